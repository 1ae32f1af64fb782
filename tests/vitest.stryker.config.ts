import { defineConfig } from 'vitest/config';

// The unit tests alone, without Astro's Vite config: what Stryker runs against each mutant (`stryker.config.json`).
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts'],
  },
});

import { defineConfig } from 'vitest/config';

// The unit and content tests, without Astro's Vite config: what Stryker runs against each mutant (`stryker.config.json`).
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    // Instrumented code on a shared 2-core machine runs the property tests several times slower.
    testTimeout: 30_000,
  },
});

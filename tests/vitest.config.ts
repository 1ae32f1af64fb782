/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so Container API tests can render components; `root` is the repository.
export default getViteConfig(
  {
    test: {
      root: new URL('..', import.meta.url).pathname,
      include: ['tests/{unit,content,astro,dist}/**/*.test.ts'],
      // Checks over the whole built site (every page through html-validate) take seconds, more on a busy CI machine.
      testTimeout: 30_000,
    },
  },
  { root: new URL('..', import.meta.url).pathname },
);

/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so Container API tests can render components; `root` is the repository.
export default getViteConfig(
  {
    test: {
      root: new URL('..', import.meta.url).pathname,
      include: ['tests/{unit,content,astro,dist}/**/*.test.ts'],
    },
  },
  { root: new URL('..', import.meta.url).pathname },
);

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import headers from './src/integrations/headers.ts';
import { listFromEnv, numberFromEnv, parseSiteOptions } from './src/lib/site-options.ts';

/** The public address of the site; canonical URLs, oEmbed and the sitemap are built from it. */
const site = process.env.ALT_ATLAS_SITE ?? 'https://altatlas.example.org';

/**
 * Site options, validated (a mistake stops the build naming the option and the value expected):
 * - ALT_ATLAS_FRAME_ANCESTORS: the sites allowed to frame embed pages, e.g. "https://portal.example.org"; default any.
 * - ALT_ATLAS_PRECACHE_BUDGET: the most a first visit stores for offline use, in bytes as built; default 5000000.
 */
const siteOptions = parseSiteOptions({
  embed: { frameAncestors: listFromEnv(process.env.ALT_ATLAS_FRAME_ANCESTORS) },
  offline: { precacheBudgetBytes: numberFromEnv(process.env.ALT_ATLAS_PRECACHE_BUDGET) },
});

export default defineConfig({
  site,
  // Builds of other content (benchmarks, the offline update test) keep their own cache, so they never mix with this one.
  ...(process.env.ALT_ATLAS_CACHE_DIR ? { cacheDir: process.env.ALT_ATLAS_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External stylesheets only: they are cached across pages and keep the Content-Security-Policy free of inline styles.
    inlineStylesheets: 'never',
  },
  // Order matters: integrations run in array order, and the service worker must see Pagefind's files.
  integrations: [
    mdx(),
    pagefind(),
    headers(siteOptions),
    serviceWorker(siteOptions.offline),
  ],
  devToolbar: { enabled: false },
  // Never inline a script or asset into the HTML: the Content-Security-Policy allows only files from the site.
  vite: { build: { assetsInlineLimit: 0 } },
});

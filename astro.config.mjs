// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import headers from './src/integrations/headers.ts';
import { listFromEnv, parseSiteOptions } from './src/lib/site-options.ts';

/** The public address of the site; canonical URLs, oEmbed and the sitemap are built from it. */
const site = process.env.ALT_ATLAS_SITE ?? 'https://altatlas.example.org';

/**
 * Site options, validated (a mistake stops the build naming the option and the value expected). `frameAncestors`:
 * the sites allowed to frame embed pages, e.g. ALT_ATLAS_FRAME_ANCESTORS="https://portal.example.org"; default any.
 */
const siteOptions = parseSiteOptions({
  embed: { frameAncestors: listFromEnv(process.env.ALT_ATLAS_FRAME_ANCESTORS) },
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
    serviceWorker({
      // ALT_ATLAS_PRECACHE_BUDGET (bytes) overrides the default 5 MB; the offline tests use it to build a large-site case.
      ...(process.env.ALT_ATLAS_PRECACHE_BUDGET ? { precacheBudgetBytes: Number(process.env.ALT_ATLAS_PRECACHE_BUDGET) } : {}),
    }),
  ],
  devToolbar: { enabled: false },
});

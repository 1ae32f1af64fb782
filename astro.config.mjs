// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';
import serviceWorker from './src/integrations/service-worker.ts';

/** The public address of the site; canonical URLs, oEmbed and the sitemap are built from it. */
const site = process.env.ALT_ATLAS_SITE ?? 'https://altatlas.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External stylesheets only: they are cached across pages and keep the Content-Security-Policy free of inline styles.
    inlineStylesheets: 'never',
  },
  // Order matters: integrations run in array order, and the service worker must see Pagefind's files.
  integrations: [mdx(), pagefind(), serviceWorker()],
  devToolbar: { enabled: false },
});

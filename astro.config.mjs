// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

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
  integrations: [mdx()],
  devToolbar: { enabled: false },
});

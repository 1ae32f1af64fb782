/**
 * Builds the Pagefind search index over the finished site, through Pagefind's Node API, and writes the bundle to
 * `dist/pagefind/`. Only elements marked `data-pagefind-body` (the articles) are indexed; embed pages carry no such
 * mark and are left out.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { COLLECTIONS } from '../lib/collections.ts';

const ARTICLE_GLOB = `{${COLLECTIONS.join(',')}}/*/index.html`;

export default function pagefind(): AstroIntegration {
  return {
    name: 'alt-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          // Only article pages carry `data-pagefind-body`; reading just their folders keeps large builds lean.
          const added = await index.addDirectory({ path: site, glob: ARTICLE_GLOB });
          if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages into ${written.outputPath}`);
        } finally {
          await close();
        }
      },
    },
  };
}

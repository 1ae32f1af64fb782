/**
 * Builds the Pagefind search index over the finished site, through Pagefind's Node API, and writes the bundle to
 * `dist/pagefind/`. Only elements marked `data-pagefind-body` (the articles) are indexed; embed pages carry no such
 * mark and are left out.
 *
 * Each page is indexed in the language of its `<html lang>`: Pagefind writes one index per language (`en`, `zh-cn`),
 * and the Chinese one is segmented into Chinese words (the npm package runs Pagefind's extended build, which has the
 * Chinese segmenter). The browser picks the index of the page's language (src/scripts/pagefind-client.ts).
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { COLLECTIONS } from '../lib/collections.ts';

const ARTICLE_GLOB = `{${COLLECTIONS.join(',')}}/*/index.html`;
/** Where each edition's articles are: the site root, and `zh/` (globbed from the root, so URLs keep `/zh/`). */
const EDITION_DIRS = ['', 'zh/'];

export default function pagefind(): AstroIntegration {
  return {
    name: 'alt-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex();
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          // Only article pages carry `data-pagefind-body`; reading just their folders keeps large builds lean.
          let pages = 0;
          for (const dir of EDITION_DIRS) {
            if (dir && !existsSync(`${site}${dir}`)) continue;
            const added = await index.addDirectory({ path: site, glob: `${dir}${ARTICLE_GLOB}` });
            if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
            pages += added.page_count;
          }
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(`indexed ${pages} pages into ${written.outputPath}`);
        } finally {
          await close();
        }
      },
    },
  };
}

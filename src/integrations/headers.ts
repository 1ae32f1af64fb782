/**
 * Writes `dist/_headers` after the build: the framing policy and the other response headers from the validated site
 * options, through the pure rule builder, with `X-Frame-Options` on the folders of `dist/` that hold pages. Netlify
 * and Cloudflare Pages read the file the same way (see src/lib/headers.ts); the local server (`scripts/serve.ts`)
 * applies it with `headersFor`; `src/lib/nginx-config.ts` turns the same rules into the README's nginx recipe.
 */
import type { AstroIntegration } from 'astro';
import { readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildHeaderRules, layoutOf } from '../lib/header-rules.ts';
import { formatHeaders } from '../lib/headers.ts';
import type { SiteOptions } from '../lib/site-options.ts';

/** Top-level entries of the output folder: folders, and whether each holds an HTML file. */
async function topLevelEntries(root: string): Promise<{ name: string; folder: boolean; html: boolean }[]> {
  const entries = await readdir(root, { withFileTypes: true });
  return Promise.all(
    entries.map(async (entry) => ({
      name: entry.name,
      folder: entry.isDirectory(),
      html: entry.isDirectory() && (await readdir(`${root}/${entry.name}`, { recursive: true })).some((f) => f.endsWith('.html')),
    })),
  );
}

export default function headers(options: SiteOptions): AstroIntegration {
  return {
    name: 'alt-atlas:headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const rules = buildHeaderRules(options, layoutOf(await topLevelEntries(root)));
        const text = `# Written by src/integrations/headers.ts from the site options; do not edit.\n${formatHeaders(rules)}`;
        await writeFile(fileURLToPath(new URL('_headers', dir)), text);
        logger.info(`_headers: ${rules.length} rules; embed pages may be framed by ${options.embed.frameAncestors.join(' ')}`);
      },
    },
  };
}

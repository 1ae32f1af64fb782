/**
 * Writes `dist/_headers` after the build: the framing policy (and, later, other response headers) from the validated
 * site options, through the pure rule builder. Static hosts that read `_headers` (Netlify, Cloudflare Pages) and the
 * local server (`scripts/serve.ts`) apply it; the README gives the same rules for nginx.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildHeaderRules } from '../lib/header-rules.ts';
import { formatHeaders } from '../lib/headers.ts';
import type { SiteOptions } from '../lib/site-options.ts';

export default function headers(options: SiteOptions): AstroIntegration {
  return {
    name: 'alt-atlas:headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const rules = buildHeaderRules(options);
        const text = `# Written by src/integrations/headers.ts from the site options; do not edit.\n${formatHeaders(rules)}`;
        await writeFile(fileURLToPath(new URL('_headers', dir)), text);
        logger.info(`_headers: ${rules.length} rules; embed pages may be framed by ${options.embed.frameAncestors.join(' ')}`);
      },
    },
  };
}

/**
 * The response headers of the site, as `_headers` rules (see `headers.ts` for the format). One function returns
 * every rule, so later policies (a full Content-Security-Policy, Referrer-Policy, caching) join the same list. Pure.
 *
 * Rules apply in order and a later rule's value for a header replaces an earlier one (`headersFor`, Netlify), so
 * the general `/*` rule comes first and the specific ones after it.
 */
import type { HeaderRule } from './headers.ts';
import type { SiteOptions } from './site-options.ts';

/** Pages a clinic portal may frame: the embed pages, and the code lookup (with `embed=1` it forwards to one). */
export const FRAMEABLE_PATTERNS = ['/embed/*', '/lookup/*'] as const;

/** Public JSON that portals fetch from their own pages: readable from any origin. */
export const CROSS_ORIGIN_JSON_PATTERNS = ['/codes/*', '/oembed/*'] as const;

/**
 * The `frame-ancestors` directive for frameable pages: `*`, or `'self'` plus the listed origins (ALT Atlas always
 * frames its own embed pages, on the integrator guide). `["https://a.example"]` -> `frame-ancestors 'self' https://a.example`.
 */
export function frameAncestorsValue(options: SiteOptions): string {
  const list = options.embed.frameAncestors;
  return `frame-ancestors ${list.includes('*') ? '*' : [...new Set(["'self'", ...list])].join(' ')}`;
}

/** Every header rule of the site, general first. */
export function buildHeaderRules(options: SiteOptions): HeaderRule[] {
  return [
    {
      // Nothing of the full site may be shown in another site's frame (clickjacking); X-Frame-Options for old browsers.
      pattern: '/*',
      headers: [
        ['Content-Security-Policy', "frame-ancestors 'self'"],
        ['X-Frame-Options', 'SAMEORIGIN'],
      ],
    },
    // Browsers ignore X-Frame-Options when a CSP frame-ancestors directive is present (CSP 3), so this replaces both.
    ...FRAMEABLE_PATTERNS.map((pattern): HeaderRule => ({ pattern, headers: [['Content-Security-Policy', frameAncestorsValue(options)]] })),
    ...CROSS_ORIGIN_JSON_PATTERNS.map((pattern): HeaderRule => ({ pattern, headers: [['Access-Control-Allow-Origin', '*']] })),
  ];
}

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

/**
 * The Content-Security-Policy of a page. Everything comes from this origin; no inline script or style is allowed.
 * `wasm-unsafe-eval` lets Pagefind compile its WebAssembly search (the header search is on every full page); embed
 * pages have no search, so theirs leaves it out. `frame-src 'self'` is for the integrator guide's live embeds.
 */
export function contentSecurityPolicy(kind: 'page' | 'embed', frameAncestors: string): string {
  return [
    "default-src 'self'",
    kind === 'page' ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'none'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    frameAncestors,
  ].join('; ');
}

/** Powerful features the site never uses, switched off for it and anything it frames. */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** Hashed or versioned files never change under their name: cache them for a year. */
export const IMMUTABLE_PATTERNS = ['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*'] as const;

/** Every header rule of the site, general first. */
export function buildHeaderRules(options: SiteOptions): HeaderRule[] {
  const embedAncestors = frameAncestorsValue(options);
  return [
    {
      // Every response: strict CSP, no framing by other sites (X-Frame-Options for old browsers), no referrer
      // (a page address such as /causes/hepatitis-b/ is health information), no sniffing, no unused features, and
      // HTML and other unversioned files revalidated on every visit so a new release is seen at once.
      pattern: '/*',
      headers: [
        ['Content-Security-Policy', contentSecurityPolicy('page', "frame-ancestors 'self'")],
        ['X-Frame-Options', 'SAMEORIGIN'],
        ['Referrer-Policy', 'no-referrer'],
        ['X-Content-Type-Options', 'nosniff'],
        ['Permissions-Policy', PERMISSIONS_POLICY],
        ['Cross-Origin-Opener-Policy', 'same-origin'],
        ['Cache-Control', 'no-cache'],
      ],
    },
    // Browsers ignore X-Frame-Options when a CSP frame-ancestors directive is present (CSP 3), so this replaces both.
    {
      pattern: '/embed/*',
      headers: [['Content-Security-Policy', contentSecurityPolicy('embed', embedAncestors)]],
    },
    ...FRAMEABLE_PATTERNS.filter((p) => p !== '/embed/*').map(
      (pattern): HeaderRule => ({ pattern, headers: [['Content-Security-Policy', contentSecurityPolicy('page', embedAncestors)]] }),
    ),
    ...CROSS_ORIGIN_JSON_PATTERNS.map((pattern): HeaderRule => ({ pattern, headers: [['Access-Control-Allow-Origin', '*']] })),
    ...IMMUTABLE_PATTERNS.map(
      (pattern): HeaderRule => ({ pattern, headers: [['Cache-Control', 'public, max-age=31536000, immutable']] }),
    ),
  ];
}

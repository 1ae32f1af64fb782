/**
 * The response headers of the site, as `_headers` rules (see `headers.ts` for the format). One function returns
 * every rule, so later policies (a full Content-Security-Policy, Referrer-Policy, caching) join the same list. Pure.
 *
 * Rules apply in order, so the general `/*` rule comes first and the specific ones after it; a specific rule that
 * sets a header again detaches it first (see `headers.ts` for why the file then reads the same on every host).
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

/**
 * What the rules need to know of a build's top-level entries (`layoutOf` lists them from `dist/`):
 * - `pageSections`: where pages that must not be framed live, as patterns (`/`, `/index.html`, `/causes/*`). They get
 *   `X-Frame-Options`. The header cannot go on `/*`: Netlify cannot remove a header under a sub-path, and embed pages
 *   must not send it (a client that knows only the old header would refuse the frame that `frame-ancestors` allows).
 * - `lookalikes`: entries that Netlify's reading of a frameable pattern also matches (`/embed/*` matches `/embed.js`
 *   there, not on Cloudflare), as patterns; a rule gives them back the ordinary policy on both hosts.
 */
export interface SiteLayout {
  pageSections: readonly string[];
  lookalikes: readonly string[];
}

const FRAMEABLE_FOLDERS = FRAMEABLE_PATTERNS.map((p) => p.slice(1, -2));

/**
 * The layout of a build, from its top-level entries: `index.html` is `/` and `/index.html`, another top-level HTML
 * file is itself, a folder holding HTML is `/<folder>/*`; frameable folders are left out.
 * `layoutOf([{ name: 'index.html' }, { name: 'causes', html: true }, { name: 'embed', html: true }, { name: 'embed.js' }])`
 * is `{ pageSections: ['/', '/index.html', '/causes/*'], lookalikes: ['/embed.js'] }`.
 */
export function layoutOf(entries: readonly { name: string; html?: boolean; folder?: boolean }[]): SiteLayout {
  const pageSections: string[] = [];
  const lookalikes: string[] = [];
  for (const { name, html, folder } of [...entries].sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
    const asPattern = folder || html ? `/${name}/*` : `/${name}`;
    if (name === 'index.html') pageSections.unshift('/', '/index.html');
    else if (name.endsWith('.html')) pageSections.push(`/${name}`);
    else if (html && !FRAMEABLE_FOLDERS.includes(name)) pageSections.push(asPattern);
    if (!FRAMEABLE_FOLDERS.includes(name) && FRAMEABLE_FOLDERS.some((f) => name.toLowerCase().startsWith(f))) lookalikes.push(asPattern);
  }
  return { pageSections, lookalikes };
}

/**
 * Every header rule of the site, general first. The file means the same on Netlify and Cloudflare Pages: a header
 * that a later rule sets again is detached first (`! Name`, which Netlify ignores and Cloudflare needs), and
 * `X-Frame-Options` goes only on the page sections, never on a path that may be framed.
 */
export function buildHeaderRules(options: SiteOptions, layout: SiteLayout): HeaderRule[] {
  const embedAncestors = frameAncestorsValue(options);
  const clash = layout.pageSections.find((section) => FRAMEABLE_PATTERNS.some((p) => section.startsWith(p.slice(0, -1))));
  if (clash) throw new Error(`header rules: the page section ${clash} lies under a frameable path (${FRAMEABLE_PATTERNS.join(', ')})`);
  const pagePolicy = contentSecurityPolicy('page', "frame-ancestors 'self'");
  return [
    {
      // Every response: strict CSP, no framing by other sites, no referrer (a page address such as
      // /causes/hepatitis-b/ is health information), no sniffing, no unused features, and HTML and other unversioned
      // files revalidated on every visit so a new release is seen at once.
      pattern: '/*',
      headers: [
        ['Content-Security-Policy', pagePolicy],
        ['Referrer-Policy', 'no-referrer'],
        ['X-Content-Type-Options', 'nosniff'],
        ['Permissions-Policy', PERMISSIONS_POLICY],
        ['Cross-Origin-Opener-Policy', 'same-origin'],
        ['Cache-Control', 'no-cache'],
      ],
    },
    // X-Frame-Options for browsers that predate frame-ancestors, on the pages that may not be framed.
    ...layout.pageSections.map((pattern): HeaderRule => ({ pattern, headers: [['X-Frame-Options', 'SAMEORIGIN']] })),
    {
      pattern: '/embed/*',
      detach: ['Content-Security-Policy'],
      headers: [['Content-Security-Policy', contentSecurityPolicy('embed', embedAncestors)]],
    },
    ...FRAMEABLE_PATTERNS.filter((p) => p !== '/embed/*').map(
      (pattern): HeaderRule => ({
        pattern,
        detach: ['Content-Security-Policy'],
        headers: [['Content-Security-Policy', contentSecurityPolicy('page', embedAncestors)]],
      }),
    ),
    ...layout.lookalikes.map(
      (pattern): HeaderRule => ({ pattern, detach: ['Content-Security-Policy'], headers: [['Content-Security-Policy', pagePolicy]] }),
    ),
    ...CROSS_ORIGIN_JSON_PATTERNS.map((pattern): HeaderRule => ({ pattern, headers: [['Access-Control-Allow-Origin', '*']] })),
    ...IMMUTABLE_PATTERNS.map(
      (pattern): HeaderRule => ({
        pattern,
        detach: ['Cache-Control'],
        headers: [['Cache-Control', 'public, max-age=31536000, immutable']],
      }),
    ),
  ];
}

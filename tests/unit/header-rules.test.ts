import { describe, expect, it } from 'vitest';
import { buildHeaderRules, contentSecurityPolicy, layoutOf } from '../../src/lib/header-rules';
import { formatHeaders, headersFor, matchesPattern, parseHeaders, repeatedHeaders } from '../../src/lib/headers';
import { parseSiteOptions } from '../../src/lib/site-options';

/** The page sections of a build like the real one (the build lists them from dist/). */
const LAYOUT = layoutOf([
  { name: 'index.html' },
  { name: '404.html' },
  { name: 'causes', folder: true, html: true },
  { name: 'search', folder: true, html: true },
  { name: 'integrate', folder: true, html: true },
  { name: 'tests', folder: true, html: true },
  { name: 'embed', folder: true, html: true },
  { name: 'lookup', folder: true, html: true },
  { name: '_astro', folder: true },
  { name: 'sw.js' },
  { name: 'embed.js' },
]);
// Built inside each test (not at import): Stryker switches a mutant on only while a test runs.
const anyOriginRules = () => buildHeaderRules(parseSiteOptions({}), LAYOUT);
/** The frame-ancestors directive of a path's Content-Security-Policy. */
const ancestors = (rules: ReturnType<typeof anyOriginRules>, path: string) =>
  /frame-ancestors [^;]+/.exec(headersFor(rules, path)['content-security-policy'] ?? '')?.[0];

const listedRules = () =>
  buildHeaderRules(parseSiteOptions({ embed: { frameAncestors: ['https://portal.example.org', 'https://*.ehr.example'] } }), LAYOUT);

describe('buildHeaderRules', () => {
  it('puts the general rule first', () => {
    expect(anyOriginRules()[0]!.pattern).toBe('/*');
  });

  it.each(['/', '/index.html', '/causes/hepatitis-b/', '/search/', '/integrate/', '/404.html'])('%s may be framed only by ALT Atlas', (path) => {
    expect(ancestors(anyOriginRules(), path)).toBe("frame-ancestors 'self'");
    expect(headersFor(anyOriginRules(), path)['x-frame-options']).toBe('SAMEORIGIN');
  });

  it.each(['/embed/causes/hepatitis-b/', '/lookup/', '/lookup/index.html', '/embed/lookup/', '/embed/nope/'])(
    '%s may be framed by any site by default, and sends one CSP and no X-Frame-Options',
    (path) => {
      expect(ancestors(anyOriginRules(), path)).toBe('frame-ancestors *');
      expect(headersFor(anyOriginRules(), path)['content-security-policy']).not.toContain(', ');
      expect(headersFor(anyOriginRules(), path)).not.toHaveProperty('x-frame-options');
    },
  );

  it('lists the page sections of a build: the home page, top-level HTML files, folders with pages, never frameable ones', () => {
    expect(LAYOUT.pageSections).toEqual(['/', '/index.html', '/404.html', '/causes/*', '/integrate/*', '/search/*', '/tests/*']);
    expect(LAYOUT.lookalikes).toEqual(['/embed.js']);
    expect(ancestors(anyOriginRules(), '/embed.js')).toBe("frame-ancestors 'self'");
  });

  it('refuses a page section under a frameable path', () => {
    expect(() => buildHeaderRules(parseSiteOptions({}), { pageSections: ['/embed/*'], lookalikes: [] })).toThrow(/page section \/embed\/\* lies under a frameable path/);
  });

  it('refuses any page section inside a frameable folder, naming every frameable path', () => {
    expect(() => buildHeaderRules(parseSiteOptions({}), { pageSections: ['/causes/*', '/lookup/index.html'], lookalikes: [] })).toThrow(
      'header rules: the page section /lookup/index.html lies under a frameable path (/embed/*, /lookup/*)',
    );
    // A section that only starts like one (`/embedded/*`) or shares the leading slash is no clash.
    expect(buildHeaderRules(parseSiteOptions({}), { pageSections: ['/', '/embedded/*', '/lookups.html'], lookalikes: [] })[1]).toEqual({
      pattern: '/',
      headers: [['X-Frame-Options', 'SAMEORIGIN']],
    });
  });

  it.each(['/', '/causes/hepatitis-b/', '/embed/tests/alt/', '/lookup/', '/_astro/a.css', '/pagefind/index/x.pf_index', '/codes/index.json'])(
    'sets no header twice for %s without detaching it first, so Netlify and Cloudflare read the file alike',
    (path) => {
      expect(repeatedHeaders(anyOriginRules(), path)).toEqual([]);
    },
  );

  it('lists the allowed origins, and ALT Atlas itself, when the option names them', () => {
    expect(ancestors(listedRules(), '/embed/tests/alt/')).toBe("frame-ancestors 'self' https://portal.example.org https://*.ehr.example");
    expect(ancestors(listedRules(), '/tests/alt/')).toBe("frame-ancestors 'self'");
  });

  it('lets any site read the lookup and oEmbed JSON', () => {
    expect(headersFor(anyOriginRules(), '/codes/loinc/1742-6.json')['access-control-allow-origin']).toBe('*');
    expect(headersFor(anyOriginRules(), '/oembed/causes/hepatitis-b.json')['access-control-allow-origin']).toBe('*');
    expect(headersFor(anyOriginRules(), '/causes/hepatitis-b/')['access-control-allow-origin']).toBeUndefined();
  });

  it('gives pages a strict CSP: own origin only, no inline code, WebAssembly only where search runs', () => {
    const page = headersFor(anyOriginRules(), '/causes/hepatitis-b/')['content-security-policy']!;
    const embed = headersFor(anyOriginRules(), '/embed/causes/hepatitis-b/')['content-security-policy']!;
    expect(page).toContain("default-src 'self'");
    expect(page).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(embed).toContain("script-src 'self';");
    for (const policy of [page, embed]) {
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain("'unsafe-eval'");
      expect(policy).toContain("object-src 'none'");
    }
    expect(contentSecurityPolicy('embed', 'frame-ancestors *')).toMatch(/frame-ancestors \*$/);
  });

  it('spells out every directive of both policies, in order', () => {
    const rest =
      "style-src 'self'; img-src 'self' data:; font-src 'none'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; " +
      "frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
    expect(contentSecurityPolicy('page', "frame-ancestors 'self'")).toBe(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; ${rest}; frame-ancestors 'self'`);
    expect(contentSecurityPolicy('embed', 'frame-ancestors *')).toBe(`default-src 'self'; script-src 'self'; ${rest}; frame-ancestors *`);
    expect(headersFor(anyOriginRules(), '/lookup/')['content-security-policy']).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; ${rest}; frame-ancestors *`,
    );
    expect(headersFor(listedRules(), '/embed/tests/alt/')['content-security-policy']).toBe(
      `default-src 'self'; script-src 'self'; ${rest}; frame-ancestors 'self' https://portal.example.org https://*.ehr.example`,
    );
  });

  it('sends privacy and hardening headers everywhere', () => {
    expect(headersFor(anyOriginRules(), '/tests/alt/')).toMatchObject({
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(headersFor(anyOriginRules(), '/embed/tests/alt/')['permissions-policy']).toContain('camera=()');
  });

  it('caches hashed files for a year and revalidates HTML', () => {
    expect(headersFor(anyOriginRules(), '/_astro/global.abc.css')['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(anyOriginRules(), '/pagefind/fragment/en_1.pf_fragment')['cache-control']).toContain('immutable');
    expect(headersFor(anyOriginRules(), '/tests/alt/')['cache-control']).toBe('no-cache');
    expect(headersFor(anyOriginRules(), '/sw.js')['cache-control']).toBe('no-cache');
    expect(headersFor(anyOriginRules(), '/pagefind/pagefind.js')['cache-control']).toBe('no-cache');
  });

  it('survives the round trip through the _headers file', () => {
    expect(parseHeaders(formatHeaders(listedRules()))).toEqual(listedRules());
  });
});

describe('parseHeaders and headersFor', () => {
  const text = '/*\n  Cache-Control: no-cache\n  X-A: 1\n\n/static/*\n  ! Cache-Control\n  Cache-Control: immutable\n  X-A: 2\n';

  it('reads detach lines', () => {
    const rules = parseHeaders(text);
    expect(rules[1]).toEqual({ pattern: '/static/*', detach: ['Cache-Control'], headers: [['Cache-Control', 'immutable'], ['X-A', '2']] });
    expect(formatHeaders(rules)).toBe(text);
  });

  it('replaces a detached header and joins one set twice, as Cloudflare does', () => {
    const rules = parseHeaders(text);
    expect(headersFor(rules, '/static/a.js')).toEqual({ 'cache-control': 'immutable', 'x-a': '1, 2' });
    expect(repeatedHeaders(rules, '/static/a.js')).toEqual(['x-a']);
    expect(headersFor(rules, '/page/')).toEqual({ 'cache-control': 'no-cache', 'x-a': '1' });
  });

  it('skips blank and comment lines, indented or not, and trims path lines', () => {
    const text = '# Site headers\n/*  \n  # why: a note\n   \n  X-A: 1\n\t\n/404.html\n  X-B: 2\n';
    expect(parseHeaders(text)).toEqual([
      { pattern: '/*', headers: [['X-A', '1']] },
      { pattern: '/404.html', headers: [['X-B', '2']] },
    ]);
    expect(() => parseHeaders('/*\n  # comment without a colon\n')).not.toThrow();
  });

  it('reads a detach line with or without a space after !, and trailing spaces', () => {
    expect(parseHeaders('/*\n  !Cache-Control\n  ! X-A  \n  X-Note: hi ! there\n')).toEqual([
      { pattern: '/*', detach: ['Cache-Control', 'X-A'], headers: [['X-Note', 'hi ! there']] },
    ]);
    expect(() => parseHeaders('/*\n  ! Cache-Control junk\n')).toThrow('_headers line 2: expected "  Name: value" or "  ! Name" under a path');
  });

  it('matches * to any run of characters, :name to one segment, and everything else literally', () => {
    expect(matchesPattern('/:lang/*', '/en/causes/')).toBe(true);
    expect(matchesPattern('/:lang/x', '/en/x')).toBe(true);
    expect(matchesPattern('/:lang/x', '/en/y/x')).toBe(false);
    expect(matchesPattern('/causes/*', '/causes/a/b/')).toBe(true);
    expect(matchesPattern('/causes/*', '/causesx/')).toBe(false);
    expect(matchesPattern('/404.html', '/404.html')).toBe(true);
    expect(matchesPattern('/404.html', '/404xhtml')).toBe(false);
    expect(matchesPattern('/a+b', '/a+b')).toBe(true);
  });

  it('names the line of a header without a path or a colon', () => {
    expect(() => parseHeaders('  X-A: 1')).toThrow(/line 1/);
    expect(() => parseHeaders('/*\n  nonsense')).toThrow(/line 2: expected/);
  });
});

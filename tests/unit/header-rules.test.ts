import { describe, expect, it } from 'vitest';
import { buildHeaderRules, contentSecurityPolicy } from '../../src/lib/header-rules';
import { formatHeaders, headersFor, parseHeaders } from '../../src/lib/headers';
import { parseSiteOptions } from '../../src/lib/site-options';

const anyOrigin = buildHeaderRules(parseSiteOptions({}));
/** The frame-ancestors directive of a path's Content-Security-Policy. */
const ancestors = (rules: typeof anyOrigin, path: string) =>
  /frame-ancestors [^;]+/.exec(headersFor(rules, path)['content-security-policy'] ?? '')?.[0];

const listed = buildHeaderRules(parseSiteOptions({ embed: { frameAncestors: ['https://portal.example.org', 'https://*.ehr.example'] } }));

describe('buildHeaderRules', () => {
  it('puts the general rule first', () => {
    expect(anyOrigin[0]!.pattern).toBe('/*');
  });

  it.each(['/', '/causes/hepatitis-b/', '/search/', '/integrate/', '/404.html', '/embedded/'])('%s may be framed only by ALT Atlas', (path) => {
    expect(ancestors(anyOrigin, path)).toBe("frame-ancestors 'self'");
    expect(headersFor(anyOrigin, path)['x-frame-options']).toBe('SAMEORIGIN');
  });

  it.each(['/embed/causes/hepatitis-b/', '/lookup/'])('%s may be framed by any site by default', (path) => {
    expect(ancestors(anyOrigin, path)).toBe('frame-ancestors *');
  });

  it('lists the allowed origins, and ALT Atlas itself, when the option names them', () => {
    expect(ancestors(listed, '/embed/tests/alt/')).toBe("frame-ancestors 'self' https://portal.example.org https://*.ehr.example");
    expect(ancestors(listed, '/tests/alt/')).toBe("frame-ancestors 'self'");
  });

  it('lets any site read the lookup and oEmbed JSON', () => {
    expect(headersFor(anyOrigin, '/codes/loinc/1742-6.json')['access-control-allow-origin']).toBe('*');
    expect(headersFor(anyOrigin, '/oembed/causes/hepatitis-b.json')['access-control-allow-origin']).toBe('*');
    expect(headersFor(anyOrigin, '/causes/hepatitis-b/')['access-control-allow-origin']).toBeUndefined();
  });

  it('gives pages a strict CSP: own origin only, no inline code, WebAssembly only where search runs', () => {
    const page = headersFor(anyOrigin, '/causes/hepatitis-b/')['content-security-policy']!;
    const embed = headersFor(anyOrigin, '/embed/causes/hepatitis-b/')['content-security-policy']!;
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

  it('sends privacy and hardening headers everywhere', () => {
    expect(headersFor(anyOrigin, '/tests/alt/')).toMatchObject({
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(headersFor(anyOrigin, '/embed/tests/alt/')['permissions-policy']).toContain('camera=()');
  });

  it('caches hashed files for a year and revalidates HTML', () => {
    expect(headersFor(anyOrigin, '/_astro/global.abc.css')['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(anyOrigin, '/pagefind/fragment/en_1.pf_fragment')['cache-control']).toContain('immutable');
    expect(headersFor(anyOrigin, '/tests/alt/')['cache-control']).toBe('no-cache');
    expect(headersFor(anyOrigin, '/sw.js')['cache-control']).toBe('no-cache');
    expect(headersFor(anyOrigin, '/pagefind/pagefind.js')['cache-control']).toBe('no-cache');
  });

  it('survives the round trip through the _headers file', () => {
    expect(parseHeaders(formatHeaders(listed))).toEqual(listed);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decideRequestPath, isInside, MAX_TARGET_LENGTH } from '../../src/lib/serve-path';

describe('decideRequestPath', () => {
  it('reads a plain path, its query and its trailing slash', () => {
    expect(decideRequestPath('GET', '/causes/hepatitis-b/?a=1')).toEqual({
      kind: 'ok',
      segments: ['causes', 'hepatitis-b'],
      trailingSlash: true,
      pathname: '/causes/hepatitis-b/',
      search: '?a=1',
    });
    expect(decideRequestPath('HEAD', '/')).toEqual({ kind: 'ok', segments: [], trailingSlash: true, pathname: '/', search: '' });
    expect(decideRequestPath('GET', '/tests/alt')).toMatchObject({ segments: ['tests', 'alt'], trailingSlash: false, pathname: '/tests/alt' });
  });

  it('decodes percent-encoding and re-encodes the pathname', () => {
    expect(decideRequestPath('GET', '/search/%E6%81%A9')).toMatchObject({ kind: 'ok', segments: ['search', '恩'], pathname: '/search/%E6%81%A9' });
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'get', 'BREW', '', undefined])('answers the method %s with 405', (method) => {
    expect(decideRequestPath(method, '/')).toMatchObject({ kind: 'error', status: 405 });
  });

  it.each([
    ['malformed encoding', '/%E0%A4%A'],
    ['a lone percent', '/%'],
    ['an encoded NUL', '/a%00b'],
    ['a backslash', '/a\\b'],
    ['an encoded backslash', '/..%5c..%5cetc/passwd'],
    ['no leading slash', 'causes/'],
    ['an absolute URL', 'http://example.org/'],
    ['an authority-like path', '//example.org/x'],
    ['a fragment', '/a#b'],
    ['an empty target', ''],
    ['an over-long target', `/${'a'.repeat(MAX_TARGET_LENGTH)}`],
  ])('answers %s with 400', (_name, target) => {
    expect(decideRequestPath('GET', target)).toMatchObject({ kind: 'error', status: 400 });
  });

  it.each(['/../etc/passwd', '/a/../../b', '/%2e%2e/x', '/%2E%2E/%2e%2e/etc/passwd', '/./a', '/a/%2e/b', '/a%2f..%2fb', '/a//b'])(
    'answers the traversal or odd path %s with 404',
    (target) => {
      expect(decideRequestPath('GET', target)).toMatchObject({ kind: 'error', status: 404 });
    },
  );

  it('accepts a target of exactly the maximum length', () => {
    expect(decideRequestPath('GET', `/${'a'.repeat(MAX_TARGET_LENGTH - 1)}`).kind).toBe('ok');
  });

  it('never throws, and every accepted path has only safe segments (generated targets)', () => {
    const piece = fc.oneof(
      fc.constantFrom('..', '.', '%2e', '%2E%2e', '%', '%E0%A4%A', '%00', '%2f', '%5c', '/', '//', '?', '#', 'a', 'é', '恩'),
      fc.string({ maxLength: 6 }),
      fc.webSegment(),
    );
    fc.assert(
      fc.property(fc.constantFrom('GET', 'HEAD', 'POST', 'get'), fc.array(piece, { maxLength: 12 }), (method, pieces) => {
        const target = `/${pieces.join('')}`;
        const decision = decideRequestPath(method, target);
        if (decision.kind === 'error') {
          expect([400, 404, 405]).toContain(decision.status);
          return;
        }
        expect(['GET', 'HEAD']).toContain(method);
        for (const segment of decision.segments) {
          expect(segment).not.toBe('');
          expect(segment).not.toBe('.');
          expect(segment).not.toBe('..');
          expect(segment).not.toMatch(/[/\\\u0000]/);
        }
        expect(decideRequestPath(method, decision.pathname + decision.search)).toMatchObject({ kind: 'ok', segments: decision.segments });
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts every URL path of a site page (generated)', () => {
    fc.assert(
      fc.property(fc.array(fc.webSegment().filter((s) => s !== '' && !/^(\.|\.\.)$/.test(decodeURIComponent(s)) && !/[\u0000-\u001f\u007f\\/]/.test(decodeURIComponent(s))), { minLength: 1, maxLength: 5 }), (segments) => {
        const decision = decideRequestPath('GET', `/${segments.join('/')}/`);
        expect(decision).toMatchObject({ kind: 'ok', trailingSlash: true });
        if (decision.kind === 'ok') expect(decision.segments).toEqual(segments.map((s) => decodeURIComponent(s)));
      }),
    );
  });
});

describe('isInside', () => {
  it('accepts the root and paths below it, nothing else', () => {
    expect(isInside('/srv/dist', '/srv/dist')).toBe(true);
    expect(isInside('/srv/dist', '/srv/dist/a.html')).toBe(true);
    expect(isInside('/srv/dist/', '/srv/dist/a.html')).toBe(true);
    expect(isInside('/srv/dist', '/srv/dist-secret/a.html')).toBe(false);
    expect(isInside('/srv/dist', '/srv/a.html')).toBe(false);
  });
});

describe('decideRequestPath reasons', () => {
  it.each([
    ['POST', '/', 405, 'method not allowed'],
    ['GET', '', 400, 'missing or over-long request target'],
    ['GET', 'causes/', 400, 'request target must start with /'],
    ['GET', '//example.org/x', 400, 'malformed path'],
    ['GET', '/a#b', 400, 'malformed path'],
    ['GET', '/%E0%A4%A', 400, 'malformed percent-encoding'],
    ['GET', '/a%00b', 400, 'forbidden character in path'],
    ['GET', '/a%2fb', 404, 'encoded slash'],
    ['GET', '/a/../b', 404, 'path traversal'],
    ['HEAD', '/a//b', 404, 'empty path segment'],
  ])('%s %s is %i: %s', (method, target, status, reason) => {
    expect(decideRequestPath(method, target)).toEqual({ kind: 'error', status, reason });
  });
});

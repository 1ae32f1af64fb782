import { describe, expect, it } from 'vitest';
import { buildHeaderRules } from '../../src/lib/header-rules';
import { formatHeaders, headersFor, parseHeaders } from '../../src/lib/headers';
import { parseSiteOptions } from '../../src/lib/site-options';

const anyOrigin = buildHeaderRules(parseSiteOptions({}));
const listed = buildHeaderRules(parseSiteOptions({ embed: { frameAncestors: ['https://portal.example.org', 'https://*.ehr.example'] } }));

describe('buildHeaderRules', () => {
  it('puts the general rule first', () => {
    expect(anyOrigin[0]!.pattern).toBe('/*');
  });

  it.each(['/', '/causes/hepatitis-b/', '/search/', '/integrate/', '/404.html', '/embedded/'])('%s may be framed only by ALT Atlas', (path) => {
    expect(headersFor(anyOrigin, path)).toMatchObject({
      'content-security-policy': "frame-ancestors 'self'",
      'x-frame-options': 'SAMEORIGIN',
    });
  });

  it.each(['/embed/causes/hepatitis-b/', '/lookup/'])('%s may be framed by any site by default', (path) => {
    expect(headersFor(anyOrigin, path)['content-security-policy']).toBe('frame-ancestors *');
  });

  it('lists the allowed origins, and ALT Atlas itself, when the option names them', () => {
    expect(headersFor(listed, '/embed/tests/alt/')['content-security-policy']).toBe(
      "frame-ancestors 'self' https://portal.example.org https://*.ehr.example",
    );
    expect(headersFor(listed, '/tests/alt/')['content-security-policy']).toBe("frame-ancestors 'self'");
  });

  it('lets any site read the lookup and oEmbed JSON', () => {
    expect(headersFor(anyOrigin, '/codes/loinc/1742-6.json')['access-control-allow-origin']).toBe('*');
    expect(headersFor(anyOrigin, '/oembed/causes/hepatitis-b.json')['access-control-allow-origin']).toBe('*');
    expect(headersFor(anyOrigin, '/causes/hepatitis-b/')['access-control-allow-origin']).toBeUndefined();
  });

  it('survives the round trip through the _headers file', () => {
    expect(parseHeaders(formatHeaders(listed))).toEqual(listed);
  });
});

import { describe, expect, it } from 'vitest';
import { isHttpsOrigin, listFromEnv, parseSiteOptions, numberFromEnv } from '../../src/lib/site-options';

describe('parseSiteOptions', () => {
  it('defaults to any origin', () => {
    const defaults = { embed: { frameAncestors: ['*'] }, offline: { precacheBudgetBytes: 5_000_000 } };
    expect(parseSiteOptions({})).toEqual(defaults);
    expect(parseSiteOptions(undefined)).toEqual(defaults);
    expect(parseSiteOptions({ embed: { frameAncestors: undefined } })).toEqual(defaults);
  });

  it('accepts https origins and self', () => {
    const list = ['https://portal.example.org', 'https://ehr.example.com:8443', 'https://*.clinic.example', "'self'"];
    expect(parseSiteOptions({ embed: { frameAncestors: list } }).embed.frameAncestors).toEqual(list);
  });

  it.each([
    [{ embed: { frameAncestors: ['http://portal.example.org'] } }, 'Site option "embed.frameAncestors[0]": expected "*" (any site)', '(got "http://portal.example.org")'],
    [{ embed: { frameAncestors: ['*', 'https://a.example'] } }, 'Site option "embed.frameAncestors": expected "*" alone', 'already allows every site'],
    [{ embed: { frameAncestors: ['https://a.example/path'] } }, 'embed.frameAncestors[0]', 'no path'],
    [{ embed: { frameAncestors: ['https://a.example', 'https://b.example/'] } }, 'embed.frameAncestors[1]', 'no trailing slash'],
    [{ embed: { frameAncestors: [] } }, 'embed.frameAncestors', 'at least one'],
    [{ embed: { frameAncestors: 'https://a.example' } }, 'embed.frameAncestors', 'expected a list'],
    [{ embed: { frameAncestor: ['*'] } }, 'Unknown site option "embed.frameAncestor"', 'check the spelling'],
    [{ embeds: {} }, 'Unknown site option "embeds"', 'check the spelling'],
  ])('%j is refused with a message naming the field', (input, field, expected) => {
    expect(() => parseSiteOptions(input)).toThrow(field);
    expect(() => parseSiteOptions(input)).toThrow(expected);
  });
});

describe('parseSiteOptions messages', () => {
  const EXPECTED_ORIGIN = 'expected "*" (any site), "\'self\'", or an https origin such as "https://portal.example.org" (lower case, no path, no trailing slash)';

  it('accepts "*" or "\'self\'" given alone', () => {
    expect(parseSiteOptions({ embed: { frameAncestors: ['*'] } }).embed.frameAncestors).toEqual(['*']);
    expect(parseSiteOptions({ embed: { frameAncestors: ["'self'"] } }).embed.frameAncestors).toEqual(["'self'"]);
  });

  it('lists every problem on its own line, with the value given when there is one', () => {
    expect(() => parseSiteOptions({ embed: { frameAncestors: ['http://a.example', 'https://b.example/'] } })).toThrow(
      'Invalid ALT Atlas site options:\n' +
        `- Site option "embed.frameAncestors[0]": ${EXPECTED_ORIGIN} (got "http://a.example").\n` +
        `- Site option "embed.frameAncestors[1]": ${EXPECTED_ORIGIN} (got "https://b.example/").`,
    );
    expect(() => parseSiteOptions({ embed: { frameAncestors: [undefined] } })).toThrow(`Site option "embed.frameAncestors[0]": ${EXPECTED_ORIGIN}.`);
  });

  it('names the options as a whole when they are not an object, and every misspelt key', () => {
    expect(() => parseSiteOptions('options')).toThrow(/^Invalid ALT Atlas site options:\n- Site option "\(root\)": .* \(got "options"\)\.$/);
    expect(() => parseSiteOptions({ embed: { frameAncestors: ['*'], a: 1, b: 2 } })).toThrow(
      'Invalid ALT Atlas site options:\n- Unknown site option "embed.a", "embed.b": check the spelling (options: embed.frameAncestors, offline.precacheBudgetBytes).',
    );
  });
});

describe('isHttpsOrigin', () => {
  it.each([
    ['https://portal.example.org', true],
    ['https://portal.example.org:8443', true],
    ['https://*.example.org', true],
    ['https://Portal.example.org', false],
    ['http://portal.example.org', false],
    ['https://portal.example.org/', false],
    ['https://user@portal.example.org', false],
    ["https://a.example 'unsafe-inline'", false],
    ['https://a.example;script-src *', false],
    ['https://a.example:443', false],
    ['https://a.example:99999', false],
  ])('%s -> %s', (value, expected) => {
    expect(isHttpsOrigin(value)).toBe(expected);
  });
});

describe('listFromEnv', () => {
  it('splits on spaces and commas', () => {
    expect(listFromEnv('https://a.example, https://b.example  https://c.example')).toEqual(['https://a.example', 'https://b.example', 'https://c.example']);
    expect(listFromEnv(undefined)).toBeUndefined();
    expect(listFromEnv(' ')).toBeUndefined();
  });
});

describe('offline.precacheBudgetBytes', () => {
  it('defaults to 5 MB and takes a positive whole number', () => {
    expect(parseSiteOptions({}).offline.precacheBudgetBytes).toBe(5_000_000);
    expect(parseSiteOptions({ offline: { precacheBudgetBytes: 400_000 } }).offline.precacheBudgetBytes).toBe(400_000);
  });
  it.each([
    [Number.NaN, 'expected a number of bytes'],
    [-1, 'expected a positive number of bytes'],
    [1.5, 'expected a whole number of bytes'],
  ])('rejects %s naming the option', (value, message) => {
    expect(() => parseSiteOptions({ offline: { precacheBudgetBytes: value } })).toThrow(
      `Site option "offline.precacheBudgetBytes": ${message}`,
    );
  });
  it('reads the environment variable as a number', () => {
    expect(numberFromEnv(undefined)).toBeUndefined();
    expect(numberFromEnv('400000')).toBe(400_000);
    expect(numberFromEnv('lots')).toBeNaN();
    expect(numberFromEnv(' ')).toBeUndefined();
    expect(numberFromEnv(' 7 ')).toBe(7);
  });
});

/**
 * Property-based tests (fast-check) of every parser of outside input: embed options, Infobutton parameters, search
 * parameters, site options, and code formats with their check digits (against published valid codes). Each parser
 * must never throw on any input, return only values of its contract, and read back what its own writer wrote.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  contrastRatio,
  EMBED_FONTS,
  EMBED_HIDEABLE,
  EMBED_LANGS,
  EMBED_THEMES,
  embedQuery,
  embedStyle,
  isHeightMessage,
  MIN_ACCENT_CONTRAST,
  parseEmbedOptions,
  parseHexColour,
  THEME_BACKGROUNDS,
} from '../../src/lib/embed-options';
import { infobuttonQuery, parseLookupRequest, shortQuery } from '../../src/lib/infobutton';
import { parseSearchParams, searchQueryString } from '../../src/lib/search/params';
import { isHttpsOrigin, listFromEnv, numberFromEnv, parseSiteOptions } from '../../src/lib/site-options';
import { CODE_SYSTEMS, isValidCode, loincCheckDigit, verhoeffValid, type CodeSystem } from '../../src/lib/codes';
import { canonicalCode } from '../../src/lib/code-lookup';
import { expandQuery } from '../../src/lib/search/synonyms';

/** Query strings: known keys with hostile or random values, random keys, and raw text. */
const queryString = (keys: string[], values: fc.Arbitrary<string>[] = []) =>
  fc.oneof(
    fc.string(),
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 8 })), fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 20 }), ...values)), { maxLength: 8 })
      .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')),
  );
const hex = fc.stringMatching(/^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/);

describe('embed options', () => {
  const keys = ['theme', 'accent', 'font', 'lang', 'hide', 'id'];
  const values = [fc.constantFrom(...EMBED_THEMES, ...EMBED_FONTS, ...EMBED_LANGS, ...EMBED_HIDEABLE, 'related,codes', ' DARK '), hex];

  it('never throws and returns only allowed values', () => {
    fc.assert(
      fc.property(queryString(keys, values), (query) => {
        const options = parseEmbedOptions(query);
        expect(EMBED_THEMES).toContain(options.theme);
        expect(EMBED_FONTS).toContain(options.font);
        expect(EMBED_LANGS).toContain(options.lang);
        if (options.accent !== undefined) expect(options.accent).toMatch(/^#[0-9a-f]{6}$/);
        expect(options.id).toMatch(/^([A-Za-z0-9_-]{1,64})?$/);
        expect(options.hide).toEqual(EMBED_HIDEABLE.filter((h) => options.hide.includes(h)));
      }),
      { numRuns: 300 },
    );
  });

  it('reads back what embedQuery writes', () => {
    fc.assert(
      fc.property(queryString(keys, values), (query) => {
        const options = parseEmbedOptions(query);
        expect(parseEmbedOptions(embedQuery(options))).toEqual(options);
      }),
      { numRuns: 300 },
    );
  });

  it('never applies an accent below 4.5:1 against the background shown', () => {
    fc.assert(
      fc.property(hex, fc.constantFrom('light', 'dark') as fc.Arbitrary<'light' | 'dark'>, (accent, theme) => {
        const style = embedStyle({ ...parseEmbedOptions(''), accent: parseHexColour(accent) }, theme);
        if (style['--accent']) expect(contrastRatio(style['--accent'], THEME_BACKGROUNDS[theme])).toBeGreaterThanOrEqual(MIN_ACCENT_CONTRAST);
        else expect(contrastRatio(parseHexColour(accent)!, THEME_BACKGROUNDS[theme])).toBeLessThan(MIN_ACCENT_CONTRAST);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts a height message only in its exact shape', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        if (isHeightMessage(data)) {
          expect(Object.keys(data).sort()).toEqual(['height', 'id', 'type']);
          expect(data.type).toBe('alt-atlas:height');
          expect(Number.isFinite(data.height)).toBe(true);
        }
      }),
    );
  });
});

describe('Infobutton parameters', () => {
  const keys = ['mainSearchCriteria.v.c', 'mainSearchCriteria.v.cs', 'mainSearchCriteria.v.dn', 'mainSearchCriteria.v.c1', 'mainSearchCriteria.v.cs1', 'informationRecipient', 'embed', 'system', 'code', 'name'];
  const values = [fc.constantFrom('2.16.840.1.113883.6.1', 'urn:oid:2.16.840.1.113883.6.90', 'loinc', 'ICD-10-CM', '1742-6', 'R74.01', 'r7401', 'PROV', '1')];

  it('never throws; every criterion is a valid code of a known system, once', () => {
    fc.assert(
      fc.property(queryString(keys, values), (query) => {
        const request = parseLookupRequest(query);
        for (const c of request.criteria) {
          expect(CODE_SYSTEMS).toContain(c.system);
          expect(isValidCode(c.system, c.code)).toBe(true);
        }
        expect(new Set(request.criteria.map((c) => `${c.system}/${c.code}`)).size).toBe(request.criteria.length);
        expect(['PAT', 'PROV']).toContain(request.recipient);
      }),
      { numRuns: 300 },
    );
  });

  it('reads back the code, display name and recipient of any query infobuttonQuery writes', () => {
    const valid = fc.constantFrom<[CodeSystem, string]>(['loinc', '1742-6'], ['icd10cm', 'R74.01'], ['icd10cm', 'K76.0'], ['atc', 'J05AF10'], ['snomed', '409673008'], ['rxcui', '306266']);
    fc.assert(
      fc.property(valid, fc.option(fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), { nil: undefined }), fc.constantFrom('PAT', 'PROV') as fc.Arbitrary<'PAT' | 'PROV'>, fc.boolean(), ([system, code], displayName, recipient, embed) => {
        const request = parseLookupRequest(infobuttonQuery({ system, code, ...(displayName ? { displayName } : {}), recipient, embed }));
        expect(request.criteria).toEqual([{ system, code }]);
        expect(request.displayName).toBe(displayName?.trim());
        expect(request.recipient).toBe(recipient);
        expect(request.embed).toBe(embed);
        expect(parseLookupRequest(shortQuery({ system, code })).criteria).toEqual([{ system, code }]);
      }),
    );
  });
});

describe('search parameters', () => {
  it('never throws, trims and bounds the query, and keeps only a known type', () => {
    fc.assert(
      fc.property(queryString(['q', 'type'], [fc.constantFrom('cause', 'medication', 'lifestyle', 'symptom', 'test', 'class')]), (query) => {
        const state = parseSearchParams(query);
        expect(state.q.length).toBeLessThanOrEqual(200);
        expect(state.q).toBe(state.q.trim());
        if (state.type !== undefined) expect(['cause', 'medication', 'lifestyle', 'symptom', 'test']).toContain(state.type);
        expect(parseSearchParams(searchQueryString(state))).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it('expands any query to words without punctuation, never empty when the query has a letter or digit', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 30 })), (query) => {
        const words = expandQuery(query);
        if (/[\p{L}\p{N}]/u.test(query)) expect(words).not.toBe('');
      }),
      { numRuns: 300 },
    );
  });
});

describe('site options', () => {
  const origin = fc.oneof(fc.constantFrom('*', "'self'", 'https://portal.example.org', 'http://x.org', 'https://a.b/', 'https://*.ehr.example'), fc.webUrl(), fc.string());

  it('either returns valid options or throws an Error naming the option', () => {
    const input = fc.oneof(
      fc.anything(),
      fc.record({ embed: fc.record({ frameAncestors: fc.array(origin, { maxLength: 4 }) }, { requiredKeys: [] }), offline: fc.record({ precacheBudgetBytes: fc.oneof(fc.integer(), fc.double()) }, { requiredKeys: [] }) }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(input, (value) => {
        let options;
        try {
          options = parseSiteOptions(value);
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message).toMatch(/^Invalid ALT Atlas site options:\n- (Site option|Unknown site option)/);
          return;
        }
        for (const o of options.embed.frameAncestors) expect(o === '*' || o === "'self'" || isHttpsOrigin(o)).toBe(true);
        expect(Number.isInteger(options.offline.precacheBudgetBytes) && options.offline.precacheBudgetBytes > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts as an origin only what is its own URL origin over https', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string()), (value) => {
        if (isHttpsOrigin(value)) {
          expect(value.startsWith('https://')).toBe(true);
          expect(new URL(value.replace('*.', 'w.')).origin).toBe(value.replace('*.', 'w.'));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads environment values without throwing', () => {
    fc.assert(
      fc.property(fc.option(fc.string(), { nil: undefined }), (value) => {
        const list = listFromEnv(value);
        if (list) for (const item of list) expect(item).toMatch(/^[^\s,]+$/);
        const n = numberFromEnv(value);
        if (value === undefined || value.trim() === '') expect(n).toBeUndefined();
        else expect(typeof n).toBe('number');
      }),
    );
  });
});

describe('code formats and check digits', () => {
  const verified = JSON.parse(readFileSync(new URL('../../content/verified-codes.json', import.meta.url), 'utf8')) as Record<string, { codes: Partial<Record<CodeSystem, string[]>> }[]>;
  const published = Object.values(verified).flatMap((list) => list.flatMap((item) => Object.entries(item.codes).flatMap(([system, codes]) => (codes ?? []).map((code) => [system as CodeSystem, code] as const))));
  // Codes published by LOINC and SNOMED International, beyond those the pages carry.
  const wellKnown: [CodeSystem, string][] = [
    ['loinc', '1742-6'],
    ['loinc', '1920-8'],
    ['loinc', '2324-2'],
    ['loinc', '1975-2'],
    ['loinc', '6768-6'],
    ['loinc', '2160-0'],
    ['loinc', '718-7'],
    ['loinc', '4548-4'],
    ['snomed', '22298006'],
    ['snomed', '73211009'],
    ['snomed', '38341003'],
    ['snomed', '404684003'],
    ['snomed', '138875005'],
  ];

  it('accepts every published valid code', () => {
    expect(published.length).toBeGreaterThan(10);
    for (const [system, code] of [...published, ...wellKnown]) expect(isValidCode(system, code), `${system} ${code}`).toBe(true);
  });

  it('a LOINC code is valid with its computed check digit and with no other', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,7}$/), fc.integer({ min: 0, max: 9 }), (body, check) => {
        expect(isValidCode('loinc', `${body}-${check}`)).toBe(check === loincCheckDigit(body));
      }),
      { numRuns: 1000 },
    );
  });

  it('a changed digit in a published LOINC or SNOMED CT code is caught', () => {
    const codes = [...published, ...wellKnown].filter(([s]) => s === 'loinc' || s === 'snomed');
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.nat(), fc.integer({ min: 1, max: 9 }), ([system, code], at, delta) => {
        const positions = [...code].flatMap((c, i) => (/\d/.test(c) ? [i] : []));
        const i = positions[at % positions.length]!;
        const changed = code.slice(0, i) + String((Number(code[i]) + delta) % 10) + code.slice(i + 1);
        expect(isValidCode(system, changed), `${code} -> ${changed}`).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('Verhoeff catches every swap of two adjacent different digits of a published SNOMED CT code', () => {
    for (const [, code] of [...published, ...wellKnown].filter(([s]) => s === 'snomed')) {
      for (let i = 0; i + 1 < code.length; i++) {
        if (code[i] === code[i + 1]) continue;
        expect(verhoeffValid(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2)), code).toBe(false);
      }
    }
  });

  it('never throws on any text, and a canonical code is always valid', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CODE_SYSTEMS), fc.oneof(fc.string(), fc.stringMatching(/^[A-Za-z]\d{2}\.?\w{0,4}$/), fc.stringMatching(/^\d{1,9}-?\d?$/)), (system, text) => {
        isValidCode(system, text);
        const code = canonicalCode(system, text);
        if (code !== undefined) expect(isValidCode(system, code)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  infobuttonQuery,
  isEmptyRequest,
  LOOKUP_EXAMPLES,
  MAX_CRITERIA,
  parseLookupRequest,
  searchTermFor,
  searchWords,
  shortQuery,
  systemFrom,
  WHO_ICD10_OID,
} from '../../src/lib/infobutton';
import { CODE_SYSTEMS, CODE_SYSTEM_OIDS, isValidCode, loincCheckDigit, type CodeSystem } from '../../src/lib/codes';
import { canonicalCode } from '../../src/lib/code-lookup';

describe('systemFrom', () => {
  it.each([
    ['2.16.840.1.113883.6.1', 'loinc'],
    ['urn:oid:2.16.840.1.113883.6.90', 'icd10cm'],
    ['2.16.840.1.113883.6.73', 'atc'],
    ['2.16.840.1.113883.6.88', 'rxcui'],
    ['2.16.840.1.113883.6.96', 'snomed'],
    ['LOINC', 'loinc'],
    ['ICD-10-CM', 'icd10cm'],
    ['RxNorm', 'rxcui'],
    ['SNOMED CT', 'snomed'],
    ['2.16.840.1.113883.6.3', 'icd10cm'],
    ['ICD-10', 'icd10cm'],
    ['2.16.840.1.113883.6.103', undefined],
    ['loinc urn:oid:', undefined],
    ['icd9', undefined],
    ['', undefined],
  ])('%j -> %s', (value, expected) => {
    expect(systemFrom(value)).toBe(expected);
  });
});

describe('parseLookupRequest', () => {
  it('reads an HL7 Infobutton request', () => {
    const request = parseLookupRequest(
      'mainSearchCriteria.v.c=1742-6&mainSearchCriteria.v.cs=2.16.840.1.113883.6.1&mainSearchCriteria.v.dn=ALT%20SerPl-cCnc&informationRecipient=PROV',
    );
    expect(request).toEqual({
      criteria: [{ system: 'loinc', code: '1742-6' }],
      displayName: 'ALT SerPl-cCnc',
      rawCode: '1742-6',
      recipient: 'PROV',
      embed: false,
      problems: [],
    });
  });

  it('reads the short form, with embed', () => {
    expect(parseLookupRequest('?system=icd10cm&code=k76.0&embed=1')).toMatchObject({
      criteria: [{ system: 'icd10cm', code: 'K76.0' }],
      recipient: 'PAT',
      embed: true,
    });
  });

  it('is tolerant of case and a missing dot in ICD-10-CM', () => {
    expect(parseLookupRequest('system=icd10cm&code=r7401').criteria).toEqual([{ system: 'icd10cm', code: 'R74.01' }]);
  });

  it('keeps numbered criteria in order, dropping duplicates and unusable ones', () => {
    const request = parseLookupRequest(
      new URLSearchParams({
        'mainSearchCriteria.v.c': 'Z99.89',
        'mainSearchCriteria.v.cs': '2.16.840.1.113883.6.90',
        'mainSearchCriteria.v.c1': 'B18.1',
        'mainSearchCriteria.v.cs1': '2.16.840.1.113883.6.90',
        'mainSearchCriteria.v.c2': 'b181',
        'mainSearchCriteria.v.cs2': '2.16.840.1.113883.6.90',
        'mainSearchCriteria.v.c3': '123',
        'mainSearchCriteria.v.cs3': '9.9.9',
        'mainSearchCriteria.v.c4': '1742-5',
        'mainSearchCriteria.v.cs4': '2.16.840.1.113883.6.1',
      }),
    );
    expect(request.criteria).toEqual([
      { system: 'icd10cm', code: 'Z99.89' },
      { system: 'icd10cm', code: 'B18.1' },
    ]);
    expect(request.problems).toEqual(['unknown-system', 'invalid-code']);
  });

  it('keeps the display name for the search fallback when the code is unusable', () => {
    const request = parseLookupRequest('mainSearchCriteria.v.c=XYZ&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.dn=Liver%20thing');
    expect(request.criteria).toEqual([]);
    expect(searchTermFor(request)).toBe('Liver thing');
    expect(isEmptyRequest(request)).toBe(false);
    expect(searchTermFor(parseLookupRequest('system=loinc&code=9999-9'))).toBe('9999-9');
  });

  it('treats a bare /lookup/ as empty and ignores hostile input', () => {
    expect(isEmptyRequest(parseLookupRequest(''))).toBe(true);
    expect(parseLookupRequest('system=icd10cm&code=../../index').criteria).toEqual([]);
    expect(parseLookupRequest('system=icd10cm&code=%3Cscript%3E').criteria).toEqual([]);
  });
});

describe('building lookup URLs', () => {
  it('writes Infobutton and short queries that parse back', () => {
    expect(infobuttonQuery({ system: 'loinc', code: '1742-6' })).toBe(
      '?mainSearchCriteria.v.c=1742-6&mainSearchCriteria.v.cs=2.16.840.1.113883.6.1&informationRecipient=PAT',
    );
    expect(shortQuery({ system: 'icd10cm', code: 'K76.0' })).toBe('?system=icd10cm&code=K76.0');
    for (const example of LOOKUP_EXAMPLES) {
      expect(parseLookupRequest(infobuttonQuery(example)).criteria).toEqual([{ system: example.system, code: example.code }]);
      expect(parseLookupRequest(shortQuery(example)).criteria).toEqual([{ system: example.system, code: example.code }]);
    }
  });
});

describe('requests as EHRs send them', () => {
  const ICD = CODE_SYSTEM_OIDS.icd10cm;
  it('reads criteria numbered from 0, after the unnumbered ones and in numeric order', () => {
    const request = parseLookupRequest(
      `mainSearchCriteria.v.c10=B18.2&mainSearchCriteria.v.cs10=${ICD}&mainSearchCriteria.v.c0=K76.0&mainSearchCriteria.v.cs0=${ICD}` +
        `&mainSearchCriteria.v.c2=B18.1&mainSearchCriteria.v.cs2=${ICD}&mainSearchCriteria.v.c=R74.01&mainSearchCriteria.v.cs=${ICD}`,
    );
    expect(request.criteria.map((c) => c.code)).toEqual(['R74.01', 'K76.0', 'B18.1', 'B18.2']);
  });

  it('pairs repeated parameters by position, one code system serving them all', () => {
    const request = parseLookupRequest(
      `mainSearchCriteria.v.c=Z99.89&mainSearchCriteria.v.c=R74.01&mainSearchCriteria.v.cs=${ICD}&mainSearchCriteria.v.dn=Machines&mainSearchCriteria.v.dn=Raised%20ALT`,
    );
    expect(request.criteria).toEqual([
      { system: 'icd10cm', code: 'Z99.89' },
      { system: 'icd10cm', code: 'R74.01' },
    ]);
    expect(request.displayName).toBe('Machines');
    const mixed = parseLookupRequest(`mainSearchCriteria.v.c=1742-6&mainSearchCriteria.v.c=K76.0&mainSearchCriteria.v.cs=${CODE_SYSTEM_OIDS.loinc}&mainSearchCriteria.v.cs=${ICD}`);
    expect(mixed.criteria).toEqual([
      { system: 'loinc', code: '1742-6' },
      { system: 'icd10cm', code: 'K76.0' },
    ]);
  });

  it('reads WHO ICD-10 codes as ICD-10-CM, without a dagger or asterisk sign', () => {
    expect(parseLookupRequest(`mainSearchCriteria.v.c=R74.0&mainSearchCriteria.v.cs=${WHO_ICD10_OID}`).criteria).toEqual([{ system: 'icd10cm', code: 'R74.0' }]);
    expect(parseLookupRequest(`mainSearchCriteria.v.c=K77.0*&mainSearchCriteria.v.cs=${WHO_ICD10_OID}`).criteria).toEqual([{ system: 'icd10cm', code: 'K77.0' }]);
  });

  it('reads parameter names in any case, and the original text when there is no display name', () => {
    const request = parseLookupRequest(`MAINSEARCHCRITERIA.V.C=1742-6&mainsearchcriteria.v.cs=${CODE_SYSTEM_OIDS.loinc}&mainSearchCriteria.v.OT=ALT%20level&INFORMATIONRECIPIENT=prov&Embed=1`);
    expect(request).toMatchObject({ criteria: [{ system: 'loinc', code: '1742-6' }], displayName: 'ALT level', recipient: 'PROV', embed: true });
  });

  it('reads the unnumbered criteria before one numbered 0, even when 0 comes first in the URL', () => {
    const request = parseLookupRequest(`mainSearchCriteria.v.c0=K76.0&mainSearchCriteria.v.cs0=${ICD}&mainSearchCriteria.v.c=R74.01&mainSearchCriteria.v.cs=${ICD}`);
    expect(request.criteria.map((c) => c.code)).toEqual(['R74.01', 'K76.0']);
  });

  it('counts only the criteria a request has toward MAX_CRITERIA', () => {
    const params = new URLSearchParams();
    for (let i = 0; i < MAX_CRITERIA - 1; i++) params.append('mainSearchCriteria.v.c', `${1000 + i}-${loincCheckDigit(String(1000 + i))}`);
    params.set('mainSearchCriteria.v.cs', CODE_SYSTEM_OIDS.loinc);
    params.set('mainSearchCriteria.v.c0', 'K76.0');
    params.set('mainSearchCriteria.v.cs0', ICD);
    const criteria = parseLookupRequest(params).criteria;
    expect(criteria).toHaveLength(MAX_CRITERIA);
    expect(criteria.at(-1)).toEqual({ system: 'icd10cm', code: 'K76.0' });
  });

  it('gives a code without its own code system none, when several systems were sent', () => {
    const request = parseLookupRequest(
      `mainSearchCriteria.v.c=1742-6&mainSearchCriteria.v.c=K76.0&mainSearchCriteria.v.c=R74.01&mainSearchCriteria.v.cs=${CODE_SYSTEM_OIDS.loinc}&mainSearchCriteria.v.cs=${ICD}`,
    );
    expect(request.criteria).toEqual([
      { system: 'loinc', code: '1742-6' },
      { system: 'icd10cm', code: 'K76.0' },
    ]);
    expect(request.problems).toEqual(['unknown-system']);
  });

  it('drops a sign only at the end of a WHO ICD-10 code', () => {
    expect(parseLookupRequest(`mainSearchCriteria.v.c=%2BK77.0&mainSearchCriteria.v.cs=${WHO_ICD10_OID}`)).toMatchObject({ criteria: [], problems: ['invalid-code'] });
  });

  it('keeps the same digits sent in two code systems as two criteria', () => {
    const request = parseLookupRequest(
      `mainSearchCriteria.v.c=22298006&mainSearchCriteria.v.cs=${CODE_SYSTEM_OIDS.snomed}&mainSearchCriteria.v.c1=22298006&mainSearchCriteria.v.cs1=${CODE_SYSTEM_OIDS.rxcui}`,
    );
    expect(request.criteria).toEqual([
      { system: 'snomed', code: '22298006' },
      { system: 'rxcui', code: '22298006' },
    ]);
  });

  it('reads the short form with only a name, or a name beside an unusable code', () => {
    const named = parseLookupRequest('name=Fatty%20liver');
    expect(named).toEqual({ criteria: [], displayName: 'Fatty liver', rawCode: undefined, recipient: 'PAT', embed: false, problems: [] });
    expect(isEmptyRequest(named)).toBe(false);
    expect(searchTermFor(named)).toBe('Fatty liver');
    expect(parseLookupRequest('system=loinc&code=XYZ&name=ALT%20level')).toMatchObject({ displayName: 'ALT level', rawCode: 'XYZ', problems: ['invalid-code'] });
  });

  it('is not empty when it has a code, usable or not, and no name', () => {
    const usable = parseLookupRequest('system=loinc&code=1742-6');
    expect(usable.displayName).toBeUndefined();
    expect(isEmptyRequest(usable)).toBe(false);
    expect(isEmptyRequest(parseLookupRequest('system=loinc&code=XYZ'))).toBe(false);
    expect(searchTermFor(parseLookupRequest(''))).toBe('');
  });

  it('reads at most MAX_CRITERIA criteria', () => {
    const params = new URLSearchParams();
    for (let i = 0; i < 40; i++) params.append('mainSearchCriteria.v.c', `${1000 + i}-${loincCheckDigit(String(1000 + i))}`);
    params.set('mainSearchCriteria.v.cs', CODE_SYSTEM_OIDS.loinc);
    expect(parseLookupRequest(params).criteria).toHaveLength(MAX_CRITERIA);
  });
});

describe('searchWords', () => {
  it.each([
    ['Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma', 'Alanine aminotransferase'],
    ['Fatty (change of) liver, not elsewhere classified', 'Fatty liver'],
    ['Chronic viral hepatitis C', 'Chronic viral hepatitis C'],
    ['Hepatitis, unspecified', 'Hepatitis'],
    ['Toxic liver disease NOS', 'Toxic liver disease'],
    ['[only brackets]', '[only brackets]'],
    ['  [only brackets]  ', '[only brackets]'],
    ['Raised ALT[x]level', 'Raised ALT level'],
    ['Hepatitis,unspecified', 'Hepatitis'],
    ['Chronic hepatitis B,NOS', 'Chronic hepatitis B'],
    ['Hepatitis B, chronic', 'Hepatitis B, chronic'],
    ['Disorder of liver;,', 'Disorder of liver'],
    ['Hepatitis,', 'Hepatitis'],
    ['Hepatitis, ', 'Hepatitis'],
    ['Alanine aminotransferase in Serum\nor Plasma', 'Alanine aminotransferase'],
  ])('%s -> %s', (name, words) => {
    expect(searchWords(name)).toBe(words);
  });
});

/** Well-formed codes of each system, for the properties below. */
const codeOf: Record<CodeSystem, fc.Arbitrary<string>> = {
  icd10cm: fc
    .tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTVWXYZ'), fc.integer({ min: 0, max: 99 }), fc.option(fc.stringMatching(/^[0-9A-Z]{1,4}$/), { nil: undefined }))
    .map(([l, n, rest]) => `${l}${String(n).padStart(2, '0')}${rest ? `.${rest}` : ''}`),
  loinc: fc.integer({ min: 1, max: 9_999_999 }).map((n) => `${n}-${loincCheckDigit(String(n))}`),
  atc: fc.constantFrom('J05AF10', 'A05BA', 'J05AF', 'A'),
  rxcui: fc.integer({ min: 1, max: 99_999_999 }).map(String),
  snomed: fc.constantFrom('409673008', '707724006'),
};
const criterion = fc.constantFrom(...CODE_SYSTEMS).chain((system) => codeOf[system].map((code) => ({ system, code })));

/** A request's criteria as Infobutton parameters: unnumbered (repeated), numbered from 0, or numbered from 1. */
function asParams(list: { system: CodeSystem; code: string }[], style: 'repeated' | 'from0' | 'from1', rename: (name: string) => string = (n) => n) {
  const params = new URLSearchParams();
  list.forEach(({ system, code }, i) => {
    const suffix = style === 'repeated' ? '' : String(style === 'from0' ? i : i + 1);
    params.append(rename(`mainSearchCriteria.v.c${suffix}`), code);
    params.append(rename(`mainSearchCriteria.v.cs${suffix}`), CODE_SYSTEM_OIDS[system]);
  });
  return params;
}

describe('parseLookupRequest, for any input', () => {
  it('never throws, and yields only well-formed codes in their canonical spelling, at most MAX_CRITERIA', () => {
    const name = fc.oneof(fc.string(), fc.constantFrom('mainSearchCriteria.v.c', 'mainSearchCriteria.v.cs', 'mainSearchCriteria.v.c0', 'mainsearchcriteria.v.dn1', 'code', 'system', 'embed'));
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.oneof(fc.string(), fc.constantFrom(...Object.values(CODE_SYSTEM_OIDS)))), { maxLength: 30 }), (pairs) => {
        const request = parseLookupRequest(new URLSearchParams(pairs));
        expect(request.criteria.length).toBeLessThanOrEqual(MAX_CRITERIA);
        for (const { system, code } of request.criteria) {
          expect(isValidCode(system, code)).toBe(true);
          expect(canonicalCode(system, code)).toBe(code);
          expect(code).not.toMatch(/[/\\?#%]/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads the same criteria whether repeated, numbered from 0 or from 1, and whatever the case of the names', () => {
    fc.assert(
      fc.property(fc.uniqueArray(criterion, { maxLength: 5, selector: (c) => `${c.system}/${canonicalCode(c.system, c.code)}` }), fc.boolean(), (list, upper) => {
        const rename = (n: string) => (upper ? n.toUpperCase() : n.toLowerCase());
        const expected = list.map(({ system, code }) => ({ system, code: canonicalCode(system, code)! }));
        expect(parseLookupRequest(asParams(list, 'repeated')).criteria).toEqual(expected);
        expect(parseLookupRequest(asParams(list, 'from0')).criteria).toEqual(expected);
        expect(parseLookupRequest(asParams(list, 'from1', rename)).criteria).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('parses back every query infobuttonQuery writes', () => {
    fc.assert(
      fc.property(criterion, fc.constantFrom<'PAT' | 'PROV'>('PAT', 'PROV'), fc.boolean(), (c, recipient, embed) => {
        const request = parseLookupRequest(infobuttonQuery({ ...c, recipient, embed }));
        expect(request.criteria).toEqual([{ system: c.system, code: canonicalCode(c.system, c.code) }]);
        expect(request.recipient).toBe(recipient);
        expect(request.embed).toBe(embed);
      }),
      { numRuns: 300 },
    );
  });

  it('always has a search term when a display name has a letter in it', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((s) => /[A-Za-z]/.test(s)), (dn) => {
        expect(searchTermFor(parseLookupRequest(new URLSearchParams({ 'mainSearchCriteria.v.dn': dn }))).trim()).not.toBe('');
      }),
      { numRuns: 300 },
    );
  });
});

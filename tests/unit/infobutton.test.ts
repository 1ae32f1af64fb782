import { describe, expect, it } from 'vitest';
import { infobuttonQuery, isEmptyRequest, LOOKUP_EXAMPLES, parseLookupRequest, searchTermFor, shortQuery, systemFrom } from '../../src/lib/infobutton';

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
    ['2.16.840.1.113883.6.103', undefined],
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

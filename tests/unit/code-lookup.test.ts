import { describe, expect, it } from 'vitest';
import { broaderCodeRecords, buildCodeTable, canonicalCode, codeFileJson, codeFilePath, codeIndexJson, decideLookup, pageInEdition, type LookupDecision, type LookupEntry } from '../../src/lib/code-lookup';
import { CODE_SYSTEM_LABELS, CODE_SYSTEM_OIDS, CODE_SYSTEMS, type CodeSystem } from '../../src/lib/codes';
import type { SearchType } from '../../src/lib/search-meta';

const entry = (collection: LookupEntry['collection'], id: string, order: number, codes: LookupEntry['codes']): LookupEntry => ({
  collection,
  id,
  title: id.replace(/-/g, ' '),
  summary: `About ${id}.`,
  order,
  codes,
});

const ENTRIES: LookupEntry[] = [
  entry('symptoms', 'jaundice', 1, { icd10cm: ['K76.0'] }),
  entry('tests', 'alt', 1, { loinc: ['1742-6'], icd10cm: ['R74.01'], snomed: ['409673008'] }),
  entry('causes', 'fatty-liver-disease', 5, { icd10cm: ['K76.0', 'K75.81'] }),
  entry('causes', 'drug-induced-liver-injury', 2, { icd10cm: ['K71.9'] }),
  entry('medications', 'paracetamol', 3, { atc: ['N02BE01'], icd10cm: ['K71.9'] }),
  entry('tests', 'ast', 2, { loinc: ['1920-8'], snomed: ['409673008'] }),
  entry('causes', 'muscle-injury', 9, { snomed: ['409673008'] }),
];

describe('canonicalCode', () => {
  it.each([
    ['icd10cm', 'R74.01', 'R74.01'],
    ['icd10cm', 'r74.01', 'R74.01'],
    ['icd10cm', 'R7401', 'R74.01'],
    ['icd10cm', ' k760 ', 'K76.0'],
    ['icd10cm', 'T796XXA', 'T79.6XXA'],
    ['icd10cm', 'K76', 'K76'],
    ['icd10cm', 'R74 01', 'R74.01'],
    ['icd10cm', 'K7 6.0', 'K76.0'],
    ['loinc', '1742 -6', '1742-6'],
    ['atc', 'n02be01', 'N02BE01'],
    ['loinc', '1742-6', '1742-6'],
    ['snomed', '409673008', '409673008'],
    ['rxcui', '161', '161'],
  ] as const)('%s %j -> %s', (system, input, expected) => {
    expect(canonicalCode(system, input)).toBe(expected);
  });

  it.each([
    ['icd10cm', '../../etc/passwd'],
    ['icd10cm', 'R74.01/../x'],
    ['loinc', '1742-5'],
    ['loinc', '1742'],
    ['snomed', '409673007'],
    ['atc', 'J05AF1'],
    ['rxcui', 'abc'],
  ] as const)('%s %j is not a code', (system, input) => {
    expect(canonicalCode(system, input)).toBeUndefined();
  });

  it('makes file paths', () => {
    expect(codeFilePath('loinc', '1742-6')).toBe('/codes/loinc/1742-6.json');
  });
});

describe('buildCodeTable', () => {
  // Built inside each test (Stryker switches a mutant on only while a test runs).
  const table = () => buildCodeTable(ENTRIES);
  const pagesOf = (system: string, code: string) => table().find((r) => r.system === system && r.code === code)?.pages.map((p) => p.path);

  it('lists a page once under a code it gives twice', () => {
    const [record] = buildCodeTable([entry('causes', 'fatty-liver-disease', 1, { icd10cm: ['K76.0', 'k760'] })]);
    expect(record!.pages.map((p) => p.path)).toEqual(['/causes/fatty-liver-disease/']);
  });

  it('lists each code once, by system then code', () => {
    expect(table().map((r) => `${r.system}/${r.code}`)).toEqual([
      'icd10cm/K71.9',
      'icd10cm/K75.81',
      'icd10cm/K76.0',
      'icd10cm/R74.01',
      'loinc/1742-6',
      'loinc/1920-8',
      'atc/N02BE01',
      'snomed/409673008',
    ]);
  });

  it('puts the page of the owning collection first, then site order', () => {
    expect(pagesOf('icd10cm', 'K76.0')).toEqual(['/causes/fatty-liver-disease/', '/symptoms/jaundice/']);
    expect(pagesOf('icd10cm', 'K71.9')).toEqual(['/causes/drug-induced-liver-injury/', '/medications/paracetamol/']);
    expect(pagesOf('loinc', '1742-6')).toEqual(['/tests/alt/']);
    expect(pagesOf('icd10cm', 'R74.01')).toEqual(['/tests/alt/']);
  });

  it('puts the owning collection first even when site order would put another first', () => {
    const owned = buildCodeTable([entry('causes', 'muscle-injury', 1, { loinc: ['1920-8'] }), entry('tests', 'ast', 9, { loinc: ['1920-8'] })]);
    expect(owned[0]!.pages.map((p) => p.path)).toEqual(['/tests/ast/', '/causes/muscle-injury/']);
  });

  it('orders SNOMED CT, which owns no collection, by collection then order', () => {
    expect(pagesOf('snomed', '409673008')).toEqual(['/causes/muscle-injury/', '/tests/alt/', '/tests/ast/']);
  });

  it('writes code files and the index with absolute URLs', () => {
    const record = table().find((r) => r.code === 'R74.01')!;
    expect(codeFileJson(record, 'https://atlas.example')).toEqual({
      system: 'icd10cm',
      systemName: 'ICD-10-CM',
      oid: '2.16.840.1.113883.6.90',
      code: 'R74.01',
      pages: [
        {
          title: 'alt',
          summary: 'About alt.',
          type: 'test',
          path: '/tests/alt/',
          embedPath: '/embed/tests/alt/',
          url: 'https://atlas.example/tests/alt/',
          embedUrl: 'https://atlas.example/embed/tests/alt/',
        },
      ],
    });
    const index = codeIndexJson(table(), 'https://atlas.example');
    expect(index.count).toBe(8);
    expect(index.codes[0]).toEqual({
      system: 'icd10cm',
      code: 'K71.9',
      file: 'https://atlas.example/codes/icd10cm/K71.9.json',
      pages: ['https://atlas.example/causes/drug-induced-liver-injury/', 'https://atlas.example/medications/paracetamol/'],
    });
  });
});

describe('decideLookup', () => {
  type Page = { type: SearchType; path: string };
  const cause: Page = { type: 'cause', path: 'c' };
  const cause2: Page = { type: 'cause', path: 'c2' };
  const test: Page = { type: 'test', path: 't' };
  const symptom: Page = { type: 'symptom', path: 's' };

  it.each<[string, CodeSystem, Page[], LookupDecision<Page>]>([
    ['no page', 'icd10cm', [], { kind: 'none' }],
    ['one page of any kind', 'icd10cm', [test], { kind: 'go', page: test }],
    ['several, one of the owning kind', 'icd10cm', [cause, symptom], { kind: 'go', page: cause }],
    ['several of the owning kind', 'icd10cm', [cause, cause2, symptom], { kind: 'choose', pages: [cause, cause2, symptom] }],
    ['several, none of the owning kind', 'loinc', [cause, symptom], { kind: 'choose', pages: [cause, symptom] }],
    ['several, system without an owner', 'snomed', [cause, test], { kind: 'choose', pages: [cause, test] }],
  ])('%s', (_, system, pages, expected) => {
    expect(decideLookup(system, pages)).toEqual(expected);
  });
});

describe('broaderCodeRecords', () => {
  const table = () => buildCodeTable(ENTRIES);

  it('leads a verified broader ICD-10-CM code to the pages of its narrower codes, naming them', () => {
    const records = broaderCodeRecords(table(), ['R74.0', 'R74.01', 'K76.0', 'K75', 'Z99.89', 'k71']);
    expect(records.map((r) => [r.code, r.narrower, r.pages.map((p) => p.path)])).toEqual([
      ['K71', ['K71.9'], ['/causes/drug-induced-liver-injury/', '/medications/paracetamol/']],
      ['K75', ['K75.81'], ['/causes/fatty-liver-disease/']],
      ['R74.0', ['R74.01'], ['/tests/alt/']],
    ]);
  });

  it('adds nothing for a code a page carries, a code with no narrower one, or a malformed code', () => {
    expect(broaderCodeRecords(table(), ['K76.0', 'Z99', '../x', ''])).toEqual([]);
  });

  it('looks only at ICD-10-CM codes: an ATC code that starts like an ICD-10-CM category is not narrower', () => {
    // N02 is an ICD-10-CM category; N02BE01 is paracetamol's ATC code.
    expect(broaderCodeRecords(buildCodeTable(ENTRIES), ['N02', 'N02BE01'])).toEqual([]);
  });

  it('adds nothing for a code a page carries even when narrower codes are carried too, and lists a page once', () => {
    const nested = buildCodeTable([
      entry('causes', 'fatty-liver-disease', 1, { icd10cm: ['K76', 'K76.0', 'K76.89'] }),
      entry('causes', 'liver-disease', 2, { icd10cm: ['K76.89'] }),
      entry('causes', 'hepatitis', 3, { icd10cm: ['K75.81', 'K75.9'] }),
    ]);
    expect(broaderCodeRecords(nested, ['K76', 'K75'])).toEqual([
      {
        system: 'icd10cm',
        code: 'K75',
        narrower: ['K75.81', 'K75.9'],
        pages: [nested.find((r) => r.code === 'K75.81')!.pages[0]],
      },
    ]);
    expect(broaderCodeRecords(nested, ['K76.8']).map((r) => [r.narrower, r.pages.map((p) => p.path)])).toEqual([
      [['K76.89'], ['/causes/fatty-liver-disease/', '/causes/liver-disease/']],
    ]);
  });

  it('writes the narrower codes into the code file', () => {
    const [record] = broaderCodeRecords(table(), ['R74.0']);
    expect(codeFileJson(record!, 'https://atlas.example/')).toMatchObject({ code: 'R74.0', narrower: ['R74.01'], pages: [{ path: '/tests/alt/' }] });
  });
});

describe('both languages in the code files', () => {
  /** An English page with its Chinese translation. */
  const hepatitisB: LookupEntry = {
    collection: 'causes',
    id: 'hepatitis-b',
    title: 'Hepatitis B',
    summary: 'A virus that infects the liver.',
    order: 1,
    codes: { icd10cm: ['B18.1'] },
    translations: { 'zh-CN': { title: '乙肝', summary: '乙肝病毒感染肝脏。' } },
  };
  const table = () => buildCodeTable([hepatitisB]);
  it('lists the Chinese page with its paths', () => {
    expect(table()[0]!.pages[0]!.translations).toEqual({
      'zh-CN': { title: '乙肝', summary: '乙肝病毒感染肝脏。', path: '/zh/causes/hepatitis-b/', embedPath: '/embed/zh/causes/hepatitis-b/' },
    });
    const json = codeFileJson(table()[0]!, 'https://example.org');
    expect(json.pages[0]!.translations!['zh-CN']!.url).toBe('https://example.org/zh/causes/hepatitis-b/');
    expect(codeIndexJson(table(), 'https://example.org').codes[0]!.translations).toEqual({ 'zh-CN': ['https://example.org/zh/causes/hepatitis-b/'] });
  });
  it('names every code system in the index, and lists translations when only some pages of a code have them', () => {
    const mixed = buildCodeTable([
      hepatitisB,
      { collection: 'tests', id: 'alt', title: 'ALT', summary: 'A blood test.', order: 1, codes: { icd10cm: ['B18.1'] } },
    ]);
    const index = codeIndexJson(mixed, 'https://example.org');
    expect(index.systems).toEqual(Object.fromEntries(CODE_SYSTEMS.map((s) => [s, { name: CODE_SYSTEM_LABELS[s], oid: CODE_SYSTEM_OIDS[s] }])));
    expect(index.systems.loinc).toEqual({ name: 'LOINC', oid: '2.16.840.1.113883.6.1' });
    expect(index.codes[0]!.translations).toEqual({ 'zh-CN': ['https://example.org/zh/causes/hepatitis-b/', 'https://example.org/tests/alt/'] });
  });

  it('shows an English page as itself, whatever its translations hold', () => {
    const page = { ...table()[0]!.pages[0]!, translations: { en: { title: 'Other', summary: 'Other.', path: '/x/', embedPath: '/embed/x/' } } };
    expect(pageInEdition(page as Parameters<typeof pageInEdition>[0], 'en')).toBe(page);
  });

  it('shows a page in the edition asked for', () => {
    const page = table()[0]!.pages[0]!;
    expect(pageInEdition(page, 'zh-CN').path).toBe('/zh/causes/hepatitis-b/');
    expect(pageInEdition(page, 'en').title).toBe('Hepatitis B');
  });
});

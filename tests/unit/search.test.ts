import { describe, expect, it } from 'vitest';
import { parseSearchParams, searchQueryString } from '../../src/lib/search/params';
import { countText, groupResults, toResultItem, type ResultItem } from '../../src/lib/search/results';
import { matchTier, normaliseName, rankByName, splitNames } from '../../src/lib/search/rank';
import { collectionOfType, typeFilter } from '../../src/lib/search-meta';

describe('parseSearchParams / searchQueryString', () => {
  it.each([
    ['?q=Baraclude', { q: 'Baraclude', type: undefined }],
    ['?q=+yellow+eyes+&type=symptom', { q: 'yellow eyes', type: 'symptom' }],
    ['?q=%E6%81%A9%E6%9B%BF%E5%8D%A1%E9%9F%A6', { q: '恩替卡韦', type: undefined }],
    ['?q=x&type=<script>', { q: 'x', type: undefined }],
    ['', { q: '', type: undefined }],
  ])('%s', (search, expected) => {
    expect(parseSearchParams(search)).toEqual(expected);
  });
  it('round-trips', () => {
    expect(searchQueryString({ q: 'hep b', type: 'cause' })).toBe('?q=hep+b&type=cause');
    expect(parseSearchParams(searchQueryString({ q: 'hep b', type: 'cause' }))).toEqual({ q: 'hep b', type: 'cause' });
    expect(searchQueryString({ q: '' })).toBe('');
  });
});

const item = (title: string, type: string, names: string[] = []): ResultItem => ({
  url: `/${type}/${title}/`,
  title,
  summary: '',
  type,
  excerpt: '',
  names,
});

describe('groupResults', () => {
  it('groups by type, the best hit’s group first, others in site order', () => {
    const groups = groupResults([item('a', 'test'), item('b', 'cause'), item('c', 'test'), item('d', 'symptom')]);
    expect(groups.map((g) => [g.type, g.items.map((i) => i.title)])).toEqual([
      ['test', ['a', 'c']],
      ['cause', ['b']],
      ['symptom', ['d']],
    ]);
  });
});

describe('toResultItem', () => {
  it('reads title, summary, type and every kind of name from the metadata', () => {
    expect(
      toResultItem({
        url: '/medications/entecavir/',
        meta: { title: 'Entecavir', summary: 'S', type: 'medication', names: 'ETV', brands: 'Baraclude, 博路定', zh: '恩替卡韦' },
      }),
    ).toEqual({
      url: '/medications/entecavir/',
      title: 'Entecavir',
      summary: 'S',
      type: 'medication',
      excerpt: '',
      names: ['ETV', 'Baraclude', '博路定', '恩替卡韦'],
    });
  });
});

describe('countText', () => {
  const templates = { none: 'No results for "{q}"', one: '1 result for "{q}"', many: '{n} results for "{q}"' };
  it.each([
    [0, 'No results for "x"'],
    [1, '1 result for "x"'],
    [12, '12 results for "x"'],
  ])('%i', (n, text) => expect(countText(n, 'x', templates)).toBe(text));
});

describe('exact-name ranking', () => {
  it('normalises case, punctuation and spacing', () => {
    expect(normaliseName(' Hep-B ')).toBe('hep b');
    expect(normaliseName('乙肝')).toBe('乙肝');
  });
  it.each([
    [item('Hepatitis B', 'cause'), 'hepatitis b', 0],
    [item('Hepatitis B', 'cause', ['hep B']), 'Hep B', 0],
    [item('Fatty liver disease (MASLD)', 'cause'), 'fatty liver disease', 0],
    [item('Hepatitis B blood tests', 'test'), 'hepatitis b', 1],
    [item('Hepatitis C blood tests', 'test'), 'hepatitis b', 2],
    [item('Anything', 'test'), '   ', 2],
  ] as const)('%o for %s -> tier %i', (it_, query, tier) => {
    expect(matchTier(it_, query)).toBe(tier);
  });
  it('moves exact matches first and keeps the engine’s order otherwise', () => {
    const ranked = rankByName(
      [item('Hepatitis B blood tests', 'test'), item('Get vaccinated', 'lifestyle'), item('Hepatitis B', 'cause')],
      'hepatitis B',
    );
    expect(ranked.map((r) => r.title)).toEqual(['Hepatitis B', 'Hepatitis B blood tests', 'Get vaccinated']);
  });
  it('splits names lists in either separator', () => {
    expect(splitNames('HBV, hep B')).toEqual(['HBV', 'hep B']);
    expect(splitNames('乙型肝炎 / 乙肝')).toEqual(['乙型肝炎', '乙肝']);
    expect(splitNames(undefined)).toEqual([]);
  });
});

describe('search metadata', () => {
  it('writes filters for the Pagefind attribute', () => {
    expect(typeFilter('causes')).toBe('type:cause');
    expect(typeFilter('medications')).toBe('type:medication');
  });
  it('maps type values back to collections', () => {
    expect(collectionOfType('medication')).toBe('medications');
    expect(collectionOfType('nope')).toBeUndefined();
  });
});

describe('ranking and result details', () => {
  it('folds runs of spaces and keeps Chinese brackets out of the plain title', () => {
    expect(normaliseName('Hep   B')).toBe('hep b');
    expect(matchTier(item('脂肪肝（脂肪性肝病）', 'cause'), '脂肪肝')).toBe(0);
    expect(matchTier(item('脂肪肝（脂肪性肝病）', 'cause'), '脂肪肝（脂肪性肝病）')).toBe(0);
    expect(matchTier(item('Fatty liver disease (MASLD)', 'cause'), 'Fatty liver disease (MASLD)')).toBe(0);
  });
  it('gives an empty query no tier, even against a title or name of only punctuation', () => {
    expect(matchTier(item('(MASLD)', 'cause', ['—']), '?')).toBe(2);
  });
  it('matches a name only when it is the query', () => {
    expect(matchTier(item('Hepatitis B', 'cause', ['HBV']), 'liver')).toBe(2);
  });
  it('keeps the engine’s order within a tier', () => {
    const ranked = rankByName([item('C', 'test'), item('A', 'test'), item('B', 'test'), item('D', 'test')], 'x');
    expect(ranked.map((r) => r.title)).toEqual(['C', 'A', 'B', 'D']);
  });
  it('trims the names at both ends', () => {
    expect(splitNames(' HBV , hep B ')).toEqual(['HBV', 'hep B']);
    expect(splitNames('乙肝、慢性乙肝 ')).toEqual(['乙肝', '慢性乙肝']);
  });
  it('fills a result from the page metadata, with every kind of name, or empty fields when there is none', () => {
    expect(toResultItem({ url: '/x/' })).toEqual({ url: '/x/', title: '/x/', summary: '', type: '', excerpt: '', names: [] });
    expect(
      toResultItem({ url: '/e/', excerpt: 'ex', meta: { title: 'Entecavir', summary: 's', type: 'medication', names: 'ETV', brands: 'Baraclude', zh: '恩替卡韦', english: 'entecavir' } }).names,
    ).toEqual(['ETV', 'Baraclude', '恩替卡韦', 'entecavir']);
  });
  it.each(['cause', 'medication', 'lifestyle', 'symptom', 'test'])('puts the group of the top result (%s) first, the rest in site order', (top) => {
    const types = ['test', 'symptom', 'lifestyle', 'medication', 'cause'];
    const groups = groupResults([item('top', top), ...types.map((t) => item(t, t)), item('n', 'news')]);
    const rest = ['cause', 'medication', 'lifestyle', 'symptom', 'test'].filter((t) => t !== top);
    expect(groups.map((g) => g.type)).toEqual([top, ...rest, 'news']);
    expect(groups.at(-1)!.items.map((i) => i.title)).toEqual(['n']);
  });
});

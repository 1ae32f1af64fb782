/**
 * The Chinese search suite tests search, not spelling: no query may be exactly a page's title (with or without its
 * bracketed part) or one of its names (Chinese names, other names, brands), and every expected page must exist.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadContent } from '../../src/lib/content-files';
import { loadZhContent } from '../../src/lib/zh-content';
import { normaliseName, splitNames } from '../../src/lib/search/rank';

const root = new URL('../..', import.meta.url).pathname;
const { queries } = JSON.parse(readFileSync(`${root}/tests/search-queries-zh.json`, 'utf8')) as { queries: { q: string; expect: string }[] };
const english = loadContent(root).files;
const chinese = loadZhContent(root).files;

/** Every title and name a page of either edition is known by, normalised as the ranking step compares them. */
const names = new Set(
  [
    ...chinese.flatMap((f) => [f.data.title, f.data.title.replace(/（[^）]*）|\([^)]*\)/g, ''), ...f.data.synonyms]),
    ...english.flatMap((f) => {
      const d = f.data as { title: string; synonyms: string[]; brands?: string[]; zh?: string };
      return [d.title, ...d.synonyms, ...(d.brands ?? []), ...splitNames(d.zh)];
    }),
  ].map(normaliseName),
);

describe('the Chinese search suite', () => {
  it('has at least 60 queries, all in Chinese', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(queries.filter((q) => !/[\u4e00-\u9fff]/.test(q.q)).map((q) => q.q)).toEqual([]);
  });
  it('has no query that is exactly a title or a name of a page', () => {
    expect(queries.filter((q) => names.has(normaliseName(q.q))).map((q) => q.q)).toEqual([]);
  });
  it('expects only pages of the Chinese edition that exist', () => {
    const keys = new Set(chinese.map((f) => `/zh/${f.key}/`));
    expect(queries.filter((q) => !keys.has(q.expect)).map((q) => q.expect)).toEqual([]);
  });
});

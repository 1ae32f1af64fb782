/**
 * The reader set of the search suite (tests/search-reader-queries.json) measures search, not the exact-name step: no
 * query may equal, after the ranking's normalising, a page's title or any of its names (synonyms, brands, Chinese
 * names). Every expected page of both sets exists.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-files';
import { normaliseName, splitNames } from '../../src/lib/search/rank';
import { readSearchSuite } from '../search-suites';

const readerQueries = readSearchSuite('search-reader-queries.json');
const nameQueries = readSearchSuite('search-queries.json');
const { files } = loadContent(new URL('../..', import.meta.url).pathname);
const urls = new Set(files.map((f) => `/${f.collection}/${f.id}/`));

/** Every name the ranking's exact-name step knows for a page, normalised as it normalises them. */
function namesOf(data: Record<string, unknown>): string[] {
  const title = String(data.title);
  const list = (key: string) => (Array.isArray(data[key]) ? (data[key] as string[]) : []);
  return [title, title.replace(/\([^)]*\)/g, ''), ...list('synonyms'), ...list('brands'), ...splitNames(data.zh as string | undefined)].map(
    normaliseName,
  );
}
const names = new Map(files.flatMap((f) => namesOf(f.data).map((n) => [n, `/${f.collection}/${f.id}/`] as const)));

describe('the search suite', () => {
  it('has at least 60 reader queries, none repeated', () => {
    expect(readerQueries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(readerQueries.map((q) => normaliseName(q.q))).size).toBe(readerQueries.length);
  });

  it('has no reader query that is a page title or name', () => {
    const equalNames = readerQueries.filter((q) => names.has(normaliseName(q.q))).map((q) => `${q.q} = a name of ${names.get(normaliseName(q.q))}`);
    expect(equalNames).toEqual([]);
  });

  it('expects only pages that exist', () => {
    const missing = [...readerQueries, ...nameQueries].filter((q) => !urls.has(q.expect)).map((q) => `${q.q} -> ${q.expect}`);
    expect(missing).toEqual([]);
  });
});

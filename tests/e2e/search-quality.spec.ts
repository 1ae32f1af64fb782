/**
 * The search quality suites, in Chromium on the built site's real search pages: every query of the name set
 * (tests/search-queries.json: titles, names, brands, Chinese names), of the reader set (tests/search-reader-queries.json:
 * questions, lay words, misspellings, partial names, none of them a page's name) and of the Chinese set
 * (tests/search-queries-zh.json, on /zh/search/, none of them a page's name) must put its page in the top 3. Prints
 * top-1 and top-3 for each set. A Chinese query on the English search page is answered by the Chinese edition, so its
 * expected page is that page's Chinese counterpart.
 */
import { expect, test, type Page } from '@playwright/test';
import { hasCjk, localizePath } from '../../src/lib/edition';
import { readSearchSuite, type SearchQuery } from '../search-suites';


const ENGLISH = { path: '/search/', box: 'Search ALT Atlas', quote: ['"', '"'] } as const;
const CHINESE = { path: '/zh/search/', box: '搜索 ALT Atlas', quote: ['“', '”'] } as const;

async function measure(page: Page, name: string, where: typeof ENGLISH | typeof CHINESE, queries: SearchQuery[]): Promise<string[]> {
  await page.goto(where.path);
  const input = page.getByRole('searchbox', { name: where.box }).last();
  const status = page.locator('[data-status]');
  const misses: string[] = [];
  let top1 = 0;
  let top3 = 0;
  for (const { q, expect: expected } of queries) {
    const url = where.path === '/search/' && hasCjk(q) ? localizePath(expected, 'zh-CN') : expected;
    await input.fill(q);
    // A relaxed Chinese search runs one search per word: on a busy machine that can take a few seconds.
    await expect(status).toContainText(`${where.quote[0]}${q}${where.quote[1]}`, { timeout: 15_000 });
    const urls = await page.locator('[data-results] .result-link').evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    // Results are grouped by type; the reading order of the page is the ranking the reader sees.
    if (urls[0] === url) top1++;
    if (urls.slice(0, 3).includes(url)) top3++;
    else misses.push(`${q} -> ${urls.slice(0, 3).join(', ') || 'nothing'} (expected ${url})`);
  }
  const rate = (n: number) => `${n}/${queries.length} (${((100 * n) / queries.length).toFixed(1)}%)`;
  console.log(`search quality, ${name}: top-1 ${rate(top1)}, top-3 ${rate(top3)}`);
  return misses;
}

for (const [name, file, where] of [
  ['name queries', 'search-queries.json', ENGLISH],
  ['reader queries', 'search-reader-queries.json', ENGLISH],
  ['Chinese queries', 'search-queries-zh.json', CHINESE],
] as const) {
  test(`every ${name.replace(' queries', '')} query finds its page in the top 3`, async ({ page }) => {
    test.setTimeout(240_000);
    const queries = readSearchSuite(file);
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(await measure(page, name, where, queries)).toEqual([]);
  });
}

/**
 * The search quality suite, in Chromium on the built site's real search page: every query of the name set
 * (tests/search-queries.json: titles, names, brands, Chinese names) and of the reader set
 * (tests/search-reader-queries.json: questions, lay words, misspellings, partial names, none of them a page's name)
 * must put its page in the top 3. Prints top-1 and top-3 for each set.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

interface Query {
  q: string;
  expect: string;
  kind: string;
}
const read = (name: string) =>
  (JSON.parse(readFileSync(new URL(`../${name}`, import.meta.url), 'utf8')) as { queries: Query[] }).queries;

async function measure(page: Page, name: string, queries: Query[]): Promise<string[]> {
  await page.goto('/search/');
  const input = page.getByRole('searchbox', { name: 'Search ALT Atlas' }).last();
  const status = page.locator('[data-status]');
  const misses: string[] = [];
  let top1 = 0;
  let top3 = 0;
  for (const { q, expect: url } of queries) {
    await input.fill(q);
    await expect(status).toContainText(`"${q}"`);
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

test('every name query finds its page in the top 3', async ({ page }) => {
  test.setTimeout(180_000);
  const queries = read('search-queries.json');
  expect(queries.length).toBeGreaterThanOrEqual(60);
  expect(await measure(page, 'name queries', queries)).toEqual([]);
});

test('every reader query finds its page in the top 3', async ({ page }) => {
  test.setTimeout(180_000);
  const queries = read('search-reader-queries.json');
  expect(queries.length).toBeGreaterThanOrEqual(60);
  expect(await measure(page, 'reader queries', queries)).toEqual([]);
});

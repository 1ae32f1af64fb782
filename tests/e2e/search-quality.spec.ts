/**
 * The search quality suite: every query in tests/search-queries.json must put its page in the top 3 of the real
 * search page, in Chromium, on the built site. Prints top-1 and top-3 hit rates.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

interface Query {
  q: string;
  expect: string;
  kind: string;
}
const { queries } = JSON.parse(readFileSync(new URL('../search-queries.json', import.meta.url), 'utf8')) as { queries: Query[] };

test('every query finds its page in the top 3', async ({ page }) => {
  test.setTimeout(180_000);
  expect(queries.length).toBeGreaterThanOrEqual(60);
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
  console.log(`search quality: top-1 ${rate(top1)}, top-3 ${rate(top3)}`);
  expect(misses).toEqual([]);
});

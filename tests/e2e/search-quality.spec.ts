/**
 * The search quality suites: every query in tests/search-queries.json (English) and tests/search-queries-zh.json
 * (Chinese, on /zh/search/) must put its page in the top 3 of the real search page, in Chromium, on the built site.
 * Prints top-1 and top-3 hit rates. A Chinese query on the English search page is answered by the Chinese edition,
 * so its expected page is that page's Chinese counterpart.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { hasCjk, localizePath } from '../../src/lib/edition';

interface Query {
  q: string;
  expect: string;
  kind: string;
}
const load = (file: string) => (JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')) as { queries: Query[] }).queries;

const SUITES = [
  { name: 'English', path: '/search/', box: 'Search ALT Atlas', queries: load('search-queries.json'), quote: ['"', '"'] },
  { name: 'Chinese', path: '/zh/search/', box: '搜索 ALT Atlas', queries: load('search-queries-zh.json'), quote: ['“', '”'] },
];

for (const suite of SUITES) {
  test(`${suite.name}: every query finds its page in the top 3`, async ({ page }) => {
    test.setTimeout(180_000);
    expect(suite.queries.length).toBeGreaterThanOrEqual(60);
    await page.goto(suite.path);
    const input = page.getByRole('searchbox', { name: suite.box }).last();
    const status = page.locator('[data-status]');
    const misses: string[] = [];
    let top1 = 0;
    let top3 = 0;
    for (const { q, expect: expected } of suite.queries) {
      const url = suite.path === '/search/' && hasCjk(q) ? localizePath(expected, 'zh-CN') : expected;
      await input.fill(q);
      // A relaxed Chinese search runs one search per word: on a busy machine that can take a few seconds.
      await expect(status).toContainText(`${suite.quote[0]}${q}${suite.quote[1]}`, { timeout: 15_000 });
      const urls = await page.locator('[data-results] .result-link').evaluateAll((links) =>
        links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      // Results are grouped by type; the reading order of the page is the ranking the reader sees.
      if (urls[0] === url) top1++;
      if (urls.slice(0, 3).includes(url)) top3++;
      else misses.push(`${q} -> ${urls.slice(0, 3).join(', ') || 'nothing'} (expected ${url})`);
    }
    const rate = (n: number) => `${n}/${suite.queries.length} (${((100 * n) / suite.queries.length).toFixed(1)}%)`;
    console.log(`search quality (${suite.name}): top-1 ${rate(top1)}, top-3 ${rate(top3)}`);
    expect(misses).toEqual([]);
  });
}

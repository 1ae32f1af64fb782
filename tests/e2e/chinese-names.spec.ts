/**
 * Every Chinese name of every page (the `zh` field, names separated by " / ") finds that page's Chinese edition in the
 * top 3 of the Chinese search page (issue 11: Chinese readers find each page by each of its names).
 */
import { expect, test } from '@playwright/test';
import { loadContent } from '../../src/lib/content-files';

const root = new URL('../..', import.meta.url).pathname;
const names = loadContent(root).files.flatMap((file) =>
  String(file.data['zh'] ?? '')
    .split(' / ')
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => ({ name, expected: `/zh/${file.collection}/${file.id}/` })),
);

test('each Chinese name finds its page in the top 3', async ({ page }) => {
  test.setTimeout(480_000);
  expect(names.length).toBeGreaterThanOrEqual(70);
  await page.goto('/zh/search/');
  const input = page.getByRole('searchbox', { name: '搜索 ALT Atlas' }).last();
  const status = page.locator('[data-status]');
  const misses: string[] = [];
  for (const { name, expected } of names) {
    await input.fill(name);
    await expect(status).toContainText(`“${name}”`, { timeout: 15_000 });
    const urls = await page.locator('[data-results] .result-link').evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    if (!urls.slice(0, 3).includes(expected)) misses.push(`${name} -> ${urls.slice(0, 3).join(', ') || 'nothing'} (expected ${expected})`);
  }
  console.log(`Chinese names: ${names.length - misses.length}/${names.length} find their page in the top 3`);
  expect(misses).toEqual([]);
});

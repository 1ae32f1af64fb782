/**
 * The search byte budget (scripts/budgets.json `search.coldFirstQueryBytes`) in `npm test`: the first query of a
 * fresh visit, typed in an article's header box, may fetch at most that many bytes (search code, Pagefind's
 * WebAssembly, index and result fragments, as sent). Bytes do not depend on the machine, so they are asserted; the
 * time is printed for the record only (too noisy on a shared CI machine to gate; `npm run bench:search` measures it).
 */
import { expect, test, type Request } from '@playwright/test';
import { readFileSync } from 'node:fs';

const budget = JSON.parse(readFileSync(new URL('../../scripts/budgets.json', import.meta.url), 'utf8')).search as { coldFirstQueryBytes: number };

test('the first search of a visit fetches no more than its byte budget', async ({ page }) => {
  await page.goto('/causes/hepatitis-b/', { waitUntil: 'networkidle' });
  const pending: Promise<number>[] = [];
  const count = (request: Request) => pending.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize, () => 0));
  page.on('requestfinished', count);
  const started = Date.now();
  const input = page.locator('[data-header-search] input');
  await input.fill('hepatitis');
  await expect(page.locator('[data-header-search] [role="status"]')).toContainText('"hepatitis"');
  const ms = Date.now() - started;
  await page.waitForLoadState('networkidle');
  page.off('requestfinished', count);
  const bytes = (await Promise.all(pending)).reduce((a, b) => a + b, 0);
  console.log(`search budget: first query fetched ${(bytes / 1024).toFixed(1)} KB (budget ${(budget.coldFirstQueryBytes / 1024).toFixed(0)} KB); shown in ${ms} ms (reported, not asserted)`);
  expect(bytes).toBeGreaterThan(10_000);
  expect(bytes).toBeLessThanOrEqual(budget.coldFirstQueryBytes);
});

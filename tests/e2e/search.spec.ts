import { expect, test, type Page } from '@playwright/test';

/** Every script URL the page has requested so far. */
function scriptRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().includes('/pagefind/')) urls.push(request.url());
  });
  return urls;
}

test.describe('the search page', () => {
  test('reads ?q= and ?type= so portals can deep-link a search', async ({ page }) => {
    await page.goto('/search/?q=Baraclude');
    await expect(page.locator('[data-status]')).toHaveText('1 result for "Baraclude"');
    await expect(page.locator('[data-results] .result-link').first()).toHaveText('Entecavir');
    await expect(page.getByRole('searchbox', { name: 'Search ALT Atlas' }).last()).toHaveValue('Baraclude');

    await page.goto('/search/?q=hepatitis&type=test');
    await expect(page.locator('[data-status]')).toContainText('for "hepatitis"');
    const types = await page.locator('[data-results] .type-label').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['Test']));
    await expect(page.getByRole('button', { name: /^Tests \(\d+\)$/ })).toHaveAttribute('aria-pressed', 'true');
  });

  test('updates the URL as the reader types, and filters with chips that show counts', async ({ page }) => {
    await page.goto('/search/');
    const input = page.getByRole('searchbox', { name: 'Search ALT Atlas' }).last();
    await input.fill('hepatitis');
    await expect(page).toHaveURL(/\/search\/\?q=hepatitis$/);
    const all = page.getByRole('button', { name: /^All \(\d+\)$/ });
    await expect(all).toHaveAttribute('aria-pressed', 'true');
    const causes = page.getByRole('button', { name: /^Causes \(\d+\)$/ });
    const causeCount = Number((await causes.textContent())!.match(/\((\d+)\)/)![1]);
    await causes.click();
    await expect(page).toHaveURL(/\/search\/\?q=hepatitis&type=cause$/);
    await expect(page.locator('[data-status]')).toHaveText(`${causeCount} results for "hepatitis"`);
    await expect(page.locator('[data-results] .result-link')).toHaveCount(causeCount);
  });

  test('announces the count in a live region and can be used with the keyboard only', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.locator('[role="status"][aria-live="polite"]')).toHaveCount(1);
    const input = page.getByRole('searchbox', { name: 'Search ALT Atlas' }).last();
    await input.focus();
    await page.keyboard.type('jaundice');
    await expect(page.locator('[data-status]')).toContainText('for "jaundice"');
    await page.keyboard.press('ArrowDown');
    const first = page.locator('[data-results] .result-link').first();
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('[data-results] .result-link').nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/symptoms\/jaundice\/$/);
  });

  test('offers the indexes and the urgent signs when nothing matches', async ({ page }) => {
    await page.goto('/search/?q=zzqxv');
    await expect(page.locator('[data-status]')).toHaveText('No results for "zzqxv"');
    const empty = page.locator('[data-empty]');
    await expect(empty).toBeVisible();
    await expect(empty.getByRole('link', { name: 'Medicines' })).toBeVisible();
    await expect(empty).toContainText('get urgent care now');
  });

  test('finds Chinese names, in the Chinese edition', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('恩替卡韦')}`);
    await expect(page.locator('[data-results] .result-link').first()).toHaveAttribute('href', '/zh/medications/entecavir/');
    await page.goto(`/search/?q=${encodeURIComponent('乙肝')}`);
    await expect(page.locator('[data-results] .result-link').first()).toHaveAttribute('href', '/zh/causes/hepatitis-b/');
  });
});

test.describe('the header search box', () => {
  test('loads no search code until the reader focuses it', async ({ page }) => {
    const requests = scriptRequests(page);
    await page.goto('/causes/hepatitis-b/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => /header-search|pagefind/.test(u))).toEqual([]);
    await page.getByRole('searchbox', { name: 'Search ALT Atlas' }).focus();
    await expect.poll(() => requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
  });

  test('"/" focuses it; results appear as the reader types; arrows and Enter open a page', async ({ page }) => {
    await page.goto('/tests/alt/');
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search ALT Atlas' });
    await expect(box).toBeFocused();
    await page.keyboard.type('Tylenol');
    const listbox = page.getByRole('listbox');
    await expect(listbox.getByRole('option').first()).toContainText('Paracetamol');
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(box).toHaveAttribute('aria-activedescendant', 'site-search-0');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/medications\/paracetamol\/$/);
  });

  test('Enter with nothing highlighted goes to the search page', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('searchbox', { name: 'Search ALT Atlas' }).first();
    await box.focus();
    await page.keyboard.type('yellow eyes');
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=yellow\+eyes$/);
    await expect(page.locator('[data-results] .result-link').first()).toHaveText('Yellow skin or eyes (jaundice)');
  });

  test('works without JavaScript as a plain form', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/causes/');
    await page.getByRole('searchbox', { name: 'Search ALT Atlas' }).fill('statin');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=statin$/);
    await context.close();
  });
});

import { expect, test } from '@playwright/test';

test('home -> a cause -> one of its medicines -> back to the cause', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What does it mean if only ALT is high?');
  await expect(page.getByRole('complementary', { name: /Get urgent care/ })).toBeVisible();

  await page.getByRole('main').getByRole('link', { name: 'Hepatitis B', exact: true }).first().click();
  await expect(page).toHaveURL(/\/causes\/hepatitis-b\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hepatitis B');

  const related = page.getByRole('navigation', { name: 'Related pages' });
  await related.getByRole('link', { name: 'Entecavir' }).click();
  await expect(page).toHaveURL(/\/medications\/entecavir\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Entecavir');

  await page.getByRole('navigation', { name: 'Related pages' }).getByRole('link', { name: 'Hepatitis B' }).click();
  await expect(page).toHaveURL(/\/causes\/hepatitis-b\/$/);

  await page.goBack();
  await expect(page).toHaveURL(/\/medications\/entecavir\/$/);
});

test('an article carries its sources, review dates, disclaimer and JSON-LD', async ({ page }) => {
  await page.goto('/causes/fatty-liver-disease/');
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(page.getByText(/Last reviewed: /)).toBeVisible();
  await expect(page.getByText(/Next review due: /)).toBeVisible();
  await expect(page.getByText(/not a diagnosis/)).toBeVisible();
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(ld['@type']).toBe('MedicalWebPage');
  expect(ld.about['@type']).toBe('MedicalCondition');
  expect(ld.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/causes\/fatty-liver-disease\/$/);
});

test('the medications index groups medicines by class', async ({ page }) => {
  await page.goto('/medications/');
  await expect(page.getByRole('heading', { level: 2, name: 'Hepatitis B medicines' })).toBeVisible();
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Hepatitis B medicines' }) });
  await expect(section.getByRole('link', { name: 'Entecavir' })).toBeVisible();
});

test('an unknown address gets a helpful 404 page', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('main').getByRole('link', { name: 'Causes' })).toBeVisible();
});

test('a 320 px wide phone shows the article without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/tests/alt/');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the print stylesheet hides navigation and prints link addresses', async ({ page }) => {
  await page.goto('/causes/hepatitis-b/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  const after = await page
    .locator('.related a')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('http');
});

import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The home page and one page of each collection, in both colour schemes. */
const PAGES = [
  '/',
  '/causes/',
  '/causes/fatty-liver-disease/',
  '/medications/entecavir/',
  '/lifestyle/regular-sleep/',
  '/symptoms/jaundice/',
  '/tests/alt/',
  '/medications/',
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of PAGES) {
    test(`${path} has no axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
    });
  }
}

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
  // Clinic portals (issue 6): an embed page (system theme, and themed by URL), the lookup page and its "no page" state.
  '/embed/causes/hepatitis-b/',
  '/embed/tests/alt/?theme=dark&font=serif&accent=%23ffcc00',
  '/lookup/',
  '/lookup/?system=icd10cm&code=Z99.89',
  // The lookup in a portal's frame (issue 13): the embed page it hands over to, in its "no page" state.
  '/embed/lookup/?system=icd10cm&code=Z99.89&embed=1',
  // The Chinese edition: home, an index, an article of each collection, search (with results), offline, an embed.
  '/zh/',
  '/zh/medications/',
  '/zh/causes/fatty-liver-disease/',
  '/zh/medications/entecavir/',
  '/zh/lifestyle/regular-sleep/',
  '/zh/symptoms/jaundice/',
  '/zh/tests/alt/',
  `/zh/search/?q=${encodeURIComponent('乙肝')}`,
  '/zh/offline/',
  '/embed/zh/causes/hepatitis-b/',
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

/**
 * The integrator guide, without its two live embeds: each embed page is checked on its own above, and two articles
 * on one page repeat the same landmarks (urgent box, sources, disclaimer) by design, which axe's landmark-unique
 * counts across frames.
 */
for (const colorScheme of ['light', 'dark'] as const) {
  test(`/integrate/ has no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/integrate/');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .exclude('iframe')
      .analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
  });
}

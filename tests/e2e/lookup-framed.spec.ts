/**
 * The code lookup as clinic portals and EHRs use it (issue 13), in Chromium: framed by a portal on another origin
 * (127.0.0.2, its own tiny server) with `embed=1`, it shows an embed page with no site chrome, and every kind of link
 * in it opens a frameable page in the frame or a new tab; its form keeps `embed=1`. Infobutton requests shaped as
 * EHRs send them land on the right page; the fallback search finds pages from long EHR display names and from codes.
 */
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { searchWords } from '../../src/lib/infobutton';

const ATLAS = `http://127.0.0.1:${process.env.E2E_PORT ?? 4322}`;
/** Search loads its index and WebAssembly on first use; on a busy 2-core machine that can take several seconds. */
const SLOW = { timeout: 20_000 };
const LOINC = '2.16.840.1.113883.6.1';
const ALT_NAME = 'Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma';
/** A well-formed LOINC code no page carries (check digit 5), so the lookup falls back to the display name. */
const UNCARRIED_LOINC = '12345-5';

let server: Server;
let portal = '';

test.beforeAll(async () => {
  // The portal page frames whatever /lookup/ query it is given, as an EHR's Infobutton frame would.
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname !== '/portal.html') return void res.writeHead(404).end('not found');
    const src = `${ATLAS}/lookup/?${url.searchParams.get('q') ?? ''}`.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal</title></head><body><h1>Lab result</h1>` +
        `<iframe id="lookup" title="ALT Atlas" src="${src}" style="width:100%;height:900px"></iframe></body></html>`,
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.2', done));
  portal = `http://127.0.0.2:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

async function openFramed(page: Page, query: string): Promise<FrameLocator> {
  await page.goto(`${portal}/portal.html?q=${encodeURIComponent(query)}`);
  return page.frameLocator('#lookup');
}

const frameUrl = (page: Page) => page.frame({ url: (u) => u.origin === ATLAS })?.url() ?? '';

/** Clicks a link in the frame and returns the new tab it opened; the frame itself stays where it was. */
async function clickToNewTab(page: Page, frame: FrameLocator, name: string | RegExp): Promise<Page> {
  const before = frameUrl(page);
  const [tab] = await Promise.all([page.context().waitForEvent('page'), frame.getByRole('link', { name }).click()]);
  await tab.waitForLoadState('domcontentloaded');
  expect(frameUrl(page)).toBe(before);
  return tab;
}

test.describe('the lookup framed by a portal on another origin', () => {
  test('shows an embed page, and each kind of link opens a new tab or a frameable page; the form keeps embed=1', async ({ page }) => {
    const frame = await openFramed(
      page,
      `mainSearchCriteria.v.c=${UNCARRIED_LOINC}&mainSearchCriteria.v.cs=${LOINC}&mainSearchCriteria.v.dn=${encodeURIComponent(ALT_NAME)}&embed=1&theme=dark`,
    );
    await expect(frame.getByRole('heading', { name: 'No page for this code' })).toBeVisible(SLOW);
    expect(frameUrl(page)).toContain(`${ATLAS}/embed/lookup/?`);
    // No site chrome: no header, navigation, header search or footer; the embed page's theme applies.
    await expect(frame.locator('.site-header, nav, footer, [role="search"]')).toHaveCount(0);
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');

    // Each kind of link that leaves the lookup: search, an index page, the integrator guide, the full page.
    const search = await clickToNewTab(page, frame, `Search ALT Atlas for "Alanine aminotransferase"`);
    expect(new URL(search.url()).pathname).toBe('/search/');
    await expect(search.locator('[data-results] .result-link').first()).toHaveAttribute('href', /\/tests\/alt\/$/, SLOW);
    await search.close();
    const index = await clickToNewTab(page, frame, 'Causes');
    expect(new URL(index.url()).pathname).toBe('/causes/');
    await index.close();
    const guide = await clickToNewTab(page, frame, /For clinic portals/);
    expect(new URL(guide.url()).pathname).toBe('/integrate/');
    await guide.close();
    const full = await clickToNewTab(page, frame, /Open the full page/);
    expect(new URL(full.url()).pathname).toBe('/lookup/');
    await full.close();

    // The form asks again inside the frame, for the embed page.
    await frame.getByLabel('Code system').selectOption('loinc');
    await frame.getByLabel('Code', { exact: true }).fill('1742-6');
    await frame.getByRole('button', { name: 'Look up' }).click();
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('ALT blood test');
    expect(frameUrl(page)).toBe(`${ATLAS}/embed/tests/alt/`);
  });

  test('a choice of pages opens the chosen embed page in the frame', async ({ page }) => {
    await page.route('**/codes/snomed/409673008.json', (route) =>
      route.fulfill({
        json: {
          pages: [
            { title: 'ALT blood test', summary: 'About ALT.', type: 'test', path: '/tests/alt/', embedPath: '/embed/tests/alt/' },
            { title: 'Muscle injury', summary: 'About muscles.', type: 'cause', path: '/causes/muscle-injury/', embedPath: '/embed/causes/muscle-injury/' },
          ],
        },
      }),
    );
    const frame = await openFramed(page, 'system=snomed&code=409673008&EMBED=1');
    await expect(frame.getByRole('heading', { name: 'Several pages fit SNOMED CT code 409673008' })).toBeVisible();
    await expect(frame.locator('.site-header')).toHaveCount(0);
    await frame.getByRole('link', { name: 'Muscle injury' }).click();
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/Muscle/);
    expect(frameUrl(page)).toBe(`${ATLAS}/embed/causes/muscle-injury/`);
  });

  test('a code with a page goes straight to its embed page in the frame', async ({ page }) => {
    const frame = await openFramed(page, `mainSearchCriteria.v.c=1742-6&mainSearchCriteria.v.cs=${LOINC}&embed=1`);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('ALT blood test');
    expect(frameUrl(page)).toBe(`${ATLAS}/embed/tests/alt/`);
  });
});

test.describe('Infobutton requests as EHRs send them', () => {
  const ICD10CM = '2.16.840.1.113883.6.90';
  const WHO = '2.16.840.1.113883.6.3';
  const shapes: [string, string, string][] = [
    ['criteria numbered from 0', `mainSearchCriteria.v.c0=K76.0&mainSearchCriteria.v.cs0=${ICD10CM}`, '/causes/fatty-liver-disease/'],
    ['repeated criteria, the first without a page', `mainSearchCriteria.v.c=Z99.89&mainSearchCriteria.v.c=R74.01&mainSearchCriteria.v.cs=${ICD10CM}`, '/tests/alt/'],
    ['WHO ICD-10', `mainSearchCriteria.v.c=K76.0&mainSearchCriteria.v.cs=${WHO}`, '/causes/fatty-liver-disease/'],
    ['a broader, older code (R74.0)', `mainSearchCriteria.v.c=R74.0&mainSearchCriteria.v.cs=${WHO}`, '/tests/alt/'],
    ['lower-case parameter names', `mainsearchcriteria.v.c=1742-6&mainsearchcriteria.v.cs=${LOINC}&informationrecipient=PAT`, '/tests/alt/'],
    ['a clinician (PROV): codes and sources first', `mainSearchCriteria.v.c=1742-6&mainSearchCriteria.v.cs=${LOINC}&informationRecipient=PROV`, '/tests/alt/#codes'],
  ];
  for (const [shape, query, expected] of shapes) {
    test(`${shape} lands on ${expected}`, async ({ page }) => {
      await page.goto(`/lookup/?${query}`);
      await expect(page).toHaveURL(`${ATLAS}${expected}`);
    });
  }

  test('a clinician lands on the codes, followed by the sources', async ({ page }) => {
    await page.goto(`/lookup/?mainSearchCriteria.v.c=1742-6&mainSearchCriteria.v.cs=${LOINC}&informationRecipient=PROV`);
    await expect(page).toHaveURL(`${ATLAS}/tests/alt/#codes`, SLOW);
    await expect(page.locator('#codes')).toBeInViewport(SLOW);
    await expect(page.locator('#codes')).toContainText('1742-6');
  });
});

test.describe('search from EHR names and codes', () => {
  const cases: [string, string][] = [
    [searchWords(ALT_NAME), '/tests/alt/'],
    [searchWords('Fatty (change of) liver, not elsewhere classified'), '/causes/fatty-liver-disease/'],
    ['R74.01', '/tests/alt/'],
    ['1742-6', '/tests/alt/'],
  ];
  for (const [q, expected] of cases) {
    test(`"${q}" finds ${expected} first`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(q)}`);
      await expect(page.locator('[data-results] .result-link').first()).toHaveAttribute('href', new RegExp(`${expected.replace(/\//g, '\\/')}$`), SLOW);
    });
  }

  test('an unknown code with a long display name offers a search that finds the page', async ({ page }) => {
    await page.goto(`/lookup/?mainSearchCriteria.v.c=${UNCARRIED_LOINC}&mainSearchCriteria.v.cs=${LOINC}&mainSearchCriteria.v.dn=${encodeURIComponent(ALT_NAME)}`);
    await page.getByRole('link', { name: 'Search ALT Atlas for "Alanine aminotransferase"' }).click();
    await expect(page.locator('[data-results] .result-link').first()).toHaveAttribute('href', /\/tests\/alt\/$/, SLOW);
  });
});

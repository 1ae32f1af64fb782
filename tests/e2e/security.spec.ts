/**
 * Zero violations, zero leaks: every page of the sitemap and every embed page, served with dist/_headers, loads with
 * no Content-Security-Policy violation, no console error, no failed request and no request to another origin; and a
 * search typed in the header box stays just as clean.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const dist = new URL('../../dist/', import.meta.url).pathname;
const sitemapPaths = [...readFileSync(`${dist}sitemap.xml`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
// Embed pages of both editions: `/embed/causes/x/` and `/embed/zh/causes/x/`.
const embedPaths = sitemapPaths.filter((p) => /^(\/zh)?\/(causes|medications|lifestyle|symptoms|tests)\/[^/]+\/$/.test(p)).map((p) => `/embed${p}`);
const ALL = [...sitemapPaths, ...embedPaths, '/offline/', '/zh/offline/', '/lookup/?system=loinc&code=1742-6', '/embed/lookup/?system=loinc&code=1742-6'];
const CHUNKS = 8;

/** Records every problem a page shows, from the moment it is attached. */
function watch(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error on ${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`script error on ${page.url()}: ${e.message}`));
  page.on('requestfailed', (r) => {
    // A navigation the test itself interrupts by moving on is not a failure of the site.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed request ${r.url()}: ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`request to another origin: ${r.url()}`);
  });
  return problems;
}

/**
 * CSP violations the current document recorded. A page that sends the reader on (the lookup redirects) can navigate
 * while we ask; then we ask the page it landed on (violations before the redirect also reach the console, watched).
 */
async function violations(page: Page): Promise<string[]> {
  const read = () => page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  try {
    return await read();
  } catch {
    await page.waitForLoadState('load');
    return read();
  }
}

/**
 * The sweep proves it can see what it looks for: before its real pages, each test visits a fixture page served with
 * the site's own headers (those of `/`) that breaks every rule once: an inline script (a CSP violation that would
 * also log to the console), a script that throws, a missing file (a 404 and a console error) and an image from
 * another origin. The test fails unless the watcher reports each one; then the record starts empty for the real
 * pages.
 */
async function proveTheSweepSeesViolations(page: Page, origin: string, problems: string[]): Promise<void> {
  const headers = (await page.request.get('/')).headers();
  const FIXTURE = `${origin}/__sweep-fixture/violation/`;
  await page.route(FIXTURE, (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': headers['content-security-policy']! },
      body: `<!doctype html><html lang="en"><title>fixture</title>
        <script>console.error('inline script ran')</script>
        <script src="/__sweep-fixture/missing.js"></script>
        <img src="https://other-origin.invalid/pixel.png" alt="">
        <p>Deliberate violations.</p></html>`,
    }),
  );
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  await page.goto(FIXTURE, { waitUntil: 'load' });
  problems.push(...(await violations(page)).map((v) => `CSP on fixture: ${v}`));
  await page.unroute(FIXTURE);
  // The console reports the missing file on its own schedule, sometimes after the load event: wait for it, so it
  // cannot arrive after the record is emptied and be charged to the real pages.
  await expect
    .poll(() => problems.some((p) => p.startsWith(`console error on ${FIXTURE}: Failed to load resource`)), {
      message: 'the sweep must see the console report the missing file',
    })
    .toBe(true);
  const seen = problems.join('\n');
  expect(seen, 'the sweep must see the inline script blocked by CSP').toMatch(/CSP on fixture: script-src(-elem)? blocked inline/);
  expect(seen, 'the sweep must see the missing file').toMatch(/HTTP 404 for .*__sweep-fixture\/missing\.js/);
  expect(seen, 'the sweep must see the image from another origin').toMatch(/other-origin\.invalid/);
  problems.length = 0;
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = store;
    document.addEventListener('securitypolicyviolation', (e) => store.push(`${e.violatedDirective} blocked ${e.blockedURI}`));
  });
});

test('the sitemap lists every article and index', () => {
  expect(sitemapPaths).toContain('/tests/alt/');
  expect(sitemapPaths.length).toBeGreaterThan(70);
});

for (let chunk = 0; chunk < CHUNKS; chunk++) {
  const paths = ALL.filter((_, i) => i % CHUNKS === chunk);
  test(`pages ${chunk + 1} of ${CHUNKS} (${paths.length}) load with no violation, error or leak`, async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const problems = watch(page, new URL(baseURL!).origin);
    await proveTheSweepSeesViolations(page, new URL(baseURL!).origin, problems);
    for (const path of paths) {
      await page.goto(path, { waitUntil: 'load' });
      problems.push(...(await violations(page)).map((v) => `CSP on ${path}: ${v}`));
    }
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}

test('a search in the header box loads Pagefind with no violation, error or leak', async ({ page, baseURL }) => {
  const problems = watch(page, new URL(baseURL!).origin);
  await proveTheSweepSeesViolations(page, new URL(baseURL!).origin, problems);
  await page.goto('/causes/hepatitis-b/');
  await page.getByRole('searchbox', { name: 'Search ALT Atlas' }).first().focus();
  await page.keyboard.type('hepatitis');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await page.goto('/search/?q=Baraclude');
  await expect(page.locator('[data-results] .result-link').first()).toHaveText('Entecavir');
  problems.push(...(await violations(page)));
  expect(problems).toEqual([]);
});

test('responses carry the security headers', async ({ request }) => {
  const page = await request.get('/causes/hepatitis-b/');
  expect(page.headers()['content-security-policy']).toContain("default-src 'self'");
  expect(page.headers()['referrer-policy']).toBe('no-referrer');
  expect(page.headers()['x-content-type-options']).toBe('nosniff');
  const embed = await request.get('/embed/causes/hepatitis-b/');
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
});

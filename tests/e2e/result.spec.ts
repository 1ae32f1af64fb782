/**
 * The result explainer (issue 14), in Chromium: values typed or linked in the fragment give the picture (read through
 * its text equivalent) and the right links; no request of any kind carries the values and nothing is stored; bad
 * input gets a message at the field and no picture; 320 px, keyboard only, axe, print, the embed form inside another
 * site's iframe, and offline.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const ATLAS = `http://127.0.0.1:${process.env.E2E_PORT ?? 4322}`;
const scale = (page: Page) => page.locator('[data-result-output]').getByRole('img');

/** Fills the form the way a reader does. */
async function fill(page: Page, values: Partial<Record<'alt' | 'uln' | 'ast' | 'age' | 'plt', string>>, sex?: 'Female' | 'Male') {
  const labels = { alt: 'ALT result', uln: "Your lab's upper limit for ALT", ast: 'AST result', age: 'Age in years', plt: 'Platelet count' };
  for (const [field, value] of Object.entries(values)) await page.getByLabel(labels[field as keyof typeof labels], { exact: true }).fill(value);
  if (sex) await page.getByRole('radio', { name: sex, exact: true }).check();
}

test('typed values give the picture, its text equivalent, the links and FIB-4; urgent signs come first', async ({ page }) => {
  await page.goto('/result/');
  await fill(page, { alt: '88', uln: '7-40', ast: '50', age: '45', plt: '210' }, 'Male');
  await page.getByRole('button', { name: 'Show my result' }).click();

  await expect(page).toHaveURL(/\/result\/#alt=88&uln=7-40&ast=50&age=45&plt=210&sex=m$/);
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
  await expect(scale(page)).toHaveAccessibleName(
    'Scale of ALT in multiples of your lab\'s upper limit of 40 U/L. Your ALT of 88 U/L is at 2.2 times, in the band "Mild". ' +
      'Bands: within range up to 1 times (40 U/L); mild, under 5 times (200 U/L); moderate, 5 to 15 times (200 to 600 U/L); severe, more than 15 times. ' +
      "The ACG healthy upper limit for men, 29 to 33 U/L, is 0.7 to 0.8 times your lab's limit.",
  );
  const output = page.locator('[data-result-output]');
  await expect(output.locator('figcaption')).toContainText('Kalas and others, World Journal of Hepatology, 2021');
  await expect(output).toContainText('That is above your lab\'s range, in the band a review calls mild');
  await expect(output).toContainText('Your FIB-4 score is 1.14.');
  await expect(output).toContainText('FIB-4 is meant for people with suspected fatty liver disease (MASLD).');
  await expect(output).toContainText('This tool does not diagnose anything.');
  for (const [name, href] of <[string, string][]>[
    ['Rest before a repeat test', '/lifestyle/rest-after-exercise/'],
    ['Intense exercise', '/causes/intense-exercise/'],
    ['Hepatitis B', '/causes/hepatitis-b/'],
    ['Causes', '/causes/'],
    ['FIB-4 score', '/tests/fib-4/'],
    ['ALT blood test', '/tests/alt/'],
  ]) {
    await expect(output.getByRole('link', { name, exact: true }).first()).toHaveAttribute('href', href);
  }
  // Urgent signs before the form and before the result.
  const urgent = page.getByRole('complementary', { name: 'Get urgent care now if you have a raised ALT and any of these' });
  await expect(urgent).toContainText('paracetamol');
  const top = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
  expect(await top('aside.urgent')).toBeLessThan(await top('[data-result-form]'));

  // Every link the explainer shows leads to a page that exists.
  const hrefs = await output.getByRole('link').evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))]);
  for (const href of hrefs) expect((await page.request.get(href)).status(), href).toBe(200);
});

test('the Chinese edition (/zh/result/): Chinese text, Chinese urgent signs, links within the Chinese edition', async ({ page }) => {
  await page.goto('/zh/result/#alt=88&uln=40&ast=50&age=45&plt=210&sex=m');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const output = page.locator('[data-result-output]');
  await expect(scale(page)).toHaveAccessibleName(/88/);
  await expect(output).toContainText('FIB-4');
  await expect(page.locator('aside.urgent')).toContainText('对乙酰氨基酚');
  const hrefs = await output.getByRole('link').evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))]);
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) {
    expect(href, href).toMatch(/^\/zh\//);
    expect((await page.request.get(href)).status(), href).toBe(200);
  }
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '解读我的化验结果' })).toHaveAttribute('href', '/zh/result/');
});

test('a link with the values opens straight on the result; very high values route to urgent care and paracetamol', async ({ page }) => {
  await page.goto('/result/#alt=1200&uln=40');
  await expect(scale(page)).toHaveAccessibleName(/Your ALT of 1,200 U\/L is at 30 times, in the band "Severe"/);
  const output = page.locator('[data-result-output]');
  await expect(output.locator('.result-urgent')).toContainText('If you feel very unwell, get urgent care now.');
  await expect(output.getByRole('link', { name: 'Paracetamol (acetaminophen)' }).first()).toHaveAttribute('href', '/medications/paracetamol/');
  await expect(output).toContainText('Galvin and others, 2015');
  await expect(page.getByLabel('ALT result', { exact: true })).toHaveValue('1200');
});

test('µkat/L are converted (1 µkat/L = 60 U/L)', async ({ page }) => {
  await page.goto('/result/');
  await fill(page, { alt: '1,47', uln: '0,75' });
  await page.getByLabel('Unit of ALT and AST').selectOption('ukat');
  await page.getByRole('button', { name: 'Show my result' }).click();
  await expect(page.locator('[data-result-output]')).toContainText('1.47 µkat/L is 88 U/L, and your upper limit of 0.75 µkat/L is 45 U/L');
  await expect(page).toHaveURL(/#alt=1%2C47&uln=0%2C75&unit=ukat$/);
});

/** Every request the browser makes for this context, from pages, frames and the service worker. */
function recordRequests(context: BrowserContext) {
  const seen: { url: string; type: string; body: string; headers: string; fromWorker: boolean }[] = [];
  context.on('request', (r) =>
    seen.push({ url: r.url(), type: r.resourceType(), body: r.postData() ?? '', headers: JSON.stringify(r.headers()), fromWorker: r.serviceWorker() !== null }),
  );
  return seen;
}

test('no request carries the values, and nothing is stored', async ({ page, context }) => {
  const seen = recordRequests(context);
  // Every script-made request channel, recorded before any page script runs.
  await context.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { __calls: string[] }).__calls = calls;
    const fetch0 = window.fetch;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      calls.push(`fetch ${String(args[0] instanceof Request ? args[0].url : args[0])} ${String(args[1]?.body ?? '')}`);
      return fetch0(...args);
    };
    const open0 = XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      calls.push(`xhr ${String(args[1])}`);
      return (open0 as (...a: unknown[]) => void).apply(this, args);
    } as typeof open0;
    const beacon0 = navigator.sendBeacon.bind(navigator);
    navigator.sendBeacon = (url, data) => {
      calls.push(`beacon ${String(url)} ${String(data)}`);
      return beacon0(url, data);
    };
    const WS = window.WebSocket;
    window.WebSocket = function (url: string | URL) {
      calls.push(`websocket ${String(url)}`);
      return new WS(url);
    } as unknown as typeof WebSocket;
  });
  // Values that appear nowhere else on the site.
  await page.goto('/result/#alt=137&uln=43&ast=59&age=47&plt=223&sex=f');
  await expect(scale(page)).toHaveAccessibleName(/137 U\/L/);
  await fill(page, { alt: '731', uln: '41', ast: '617', age: '59', plt: '187' }, 'Male');
  await page.getByRole('button', { name: 'Show my result' }).click();
  await expect(scale(page)).toHaveAccessibleName(/731 U\/L/);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.getByRole('link', { name: 'Hepatitis E' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hepatitis E');
  await page.goBack();
  await expect(scale(page)).toHaveAccessibleName(/731 U\/L/);

  const values = ['137', '43', '59', '47', '223', '731', '41', '617', '187'];
  const carries = (text: string) => /[#]|alt=|uln=|plt=/.test(text) || values.some((v) => new RegExp(`(^|[^0-9a-zA-Z])${v}([^0-9a-zA-Z]|$)`).test(text));
  expect(seen.length).toBeGreaterThan(3);
  // No request names the page it came from either (Referrer-Policy: no-referrer): the referer header is empty.
  expect(seen.filter((r) => carries(decodeURIComponent(r.url)) || carries(r.body) || carries(r.headers) || (JSON.parse(r.headers) as Record<string, string>)['referer'])).toEqual([]);
  // The page itself never asks the network for anything while working out a result: the only script-made request
  // on the site is the offline status file the service-worker script reads.
  const calls = await page.evaluate(() => (window as unknown as { __calls: string[] }).__calls);
  expect(calls.filter((c) => !c.startsWith('fetch /offline/status.json'))).toEqual([]);
  expect(seen.filter((r) => !r.fromWorker && ['xhr', 'ping', 'eventsource', 'websocket'].includes(r.type))).toEqual([]);

  const stored = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).map((d) => d.name),
    cached: (await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)))).flat(),
  }));
  expect(stored).toMatchObject({ cookie: '', local: 0, session: 0 });
  expect(stored.cached.length).toBeGreaterThan(0);
  expect(stored.cached.filter((url) => carries(decodeURIComponent(url)))).toEqual([]);
  expect(stored.databases.filter((name) => !/^workbox/.test(name ?? ''))).toEqual([]);
});

test('bad input: a clear message at each field, and no picture', async ({ page }) => {
  await page.goto('/result/');
  const submit = page.getByRole('button', { name: 'Show my result' });
  const alt = page.getByLabel('ALT result', { exact: true });
  const uln = page.getByLabel("Your lab's upper limit for ALT", { exact: true });
  const output = page.locator('[data-result-output]');

  await submit.click();
  await expect(alt).toBeFocused();
  await expect(alt).toHaveAttribute('aria-invalid', 'true');
  await expect(alt).toHaveAccessibleDescription(/Enter a number\.$/);
  await expect(uln).toHaveAccessibleDescription(/Enter the upper limit from your report/);
  await expect(page.getByRole('alert')).toHaveText('Please correct the fields marked below.');
  await expect(output).toBeHidden();

  const cases: [Record<string, string>, string, RegExp][] = [
    [{ alt: 'high', uln: '40' }, 'ALT result', /Enter a number only, for example 88 or 0\.75\./],
    [{ alt: '-88', uln: '40' }, 'ALT result', /It cannot be negative\./],
    [{ alt: '88', uln: '0' }, "Your lab's upper limit for ALT", /Enter a number above 0\./],
    [{ alt: '880000', uln: '40' }, 'ALT result', /This is more than 100,000, so it is probably a typo\./],
    [{ alt: '88', uln: '400' }, "Your lab's upper limit for ALT", /This tool accepts an upper limit from 10 to 100 in the unit chosen\./],
    [{ alt: '1,200', uln: '40' }, 'ALT result', /Is this 1,200 or 1\.2\?/],
    [{ alt: '88', uln: '40', plt: '0' }, 'Platelet count', /Enter a number above 0\./],
    [{ alt: '88', uln: '40', age: '300' }, 'Age in years', /Enter an age from 1 to 120 years\./],
  ];
  for (const [values, label, message] of cases) {
    await page.getByRole('button', { name: 'Clear' }).click();
    await fill(page, values);
    await submit.click();
    const field = page.getByLabel(label, { exact: true });
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(message);
    await expect(output).toBeHidden();
    await expect(page.locator('svg.result-scale')).toHaveCount(0);
  }

  // A broken link from a portal: the message at the field, never a broken picture.
  await page.goto('/result/#alt=abc&uln=40');
  await expect(page.getByLabel('ALT result', { exact: true })).toHaveAccessibleDescription(/Enter a number only/);
  await expect(page.locator('svg.result-scale')).toHaveCount(0);

  // Fixing the field clears its message.
  await page.getByLabel('ALT result', { exact: true }).fill('88');
  await submit.click();
  await expect(page.getByLabel('ALT result', { exact: true })).toHaveAttribute('aria-invalid', 'false');
  await expect(scale(page)).toBeVisible();
});

test('on a 320 px phone nothing overflows and the picture fits', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const fragment of ['alt=88&uln=40&sex=f&ast=50&age=45&plt=210', 'alt=3&uln=40&sex=m', 'alt=95000&uln=10&sex=f']) {
    await page.goto(`/result/#${fragment}`);
    await expect(scale(page)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const box = (await scale(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    // Every label of the picture stays inside it, and is large enough to read.
    const labels = await page.locator('svg.result-scale').evaluate((svg) => {
      const frame = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')].map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent, inside: r.left >= frame.left - 1 && r.right <= frame.right + 1, height: r.height };
      });
    });
    expect(labels.filter((l) => !l.inside).map((l) => l.text)).toEqual([]);
    expect(Math.min(...labels.map((l) => l.height))).toBeGreaterThanOrEqual(10);
  }
});

test('works with the keyboard alone', async ({ page }) => {
  await page.goto('/result/');
  const alt = page.getByLabel('ALT result', { exact: true });
  for (let i = 0; i < 40 && !(await alt.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(alt).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(alt).toBeFocused();
  await page.keyboard.type('250');
  await page.keyboard.press('Tab');
  await page.keyboard.type('40');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
  await expect(scale(page)).toHaveAccessibleName(/6\.3 times, in the band "Moderate"/);
  // On from the result to its first link, and through it to the page.
  for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.tagName)) !== 'A'; i++) await page.keyboard.press('Tab');
  const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

/** A full result (every kind of statement and FIB-4) in both schemes, error messages, and the embed form. */
const AXE_PAGES: [path: string, colorScheme: 'light' | 'dark', ready: (page: Page) => Promise<void>][] = [
  ['/result/#alt=1200&uln=40&ast=1500&age=70&plt=90&sex=m', 'light', (page) => expect(scale(page)).toBeVisible()],
  ['/result/#alt=1200&uln=40&ast=1500&age=70&plt=90&sex=m', 'dark', (page) => expect(scale(page)).toBeVisible()],
  ['/result/#alt=x&uln=4', 'light', (page) => expect(page.getByRole('alert')).not.toBeEmpty()],
  ['/embed/result/#alt=88&uln=40&sex=f', 'dark', (page) => expect(scale(page)).toBeVisible()],
];
for (const [path, colorScheme, ready] of AXE_PAGES) {
  test(`axe: ${path} has no violations (${colorScheme})`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme });
    await page.goto(path);
    await ready(page);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('prints the picture and the explanation without the form', async ({ page }) => {
  await page.goto('/result/#alt=88&uln=40&sex=f');
  await page.emulateMedia({ media: 'print' });
  await expect(scale(page)).toBeVisible();
  await expect(page.locator('[data-result-form]')).toBeHidden();
  await expect(page.locator('.result-scale .band-mild')).toHaveCSS('fill', 'rgb(250, 234, 181)');
});

test('linked from the header, the home page and the ALT test page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Explain my result' })).toHaveAttribute('href', '/result/');
  await page.getByRole('main').getByRole('link', { name: 'Have your result? See what your ALT number means' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What does my ALT result mean?');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Explain my result' })).toHaveAttribute('aria-current', 'page');
  await page.goto('/tests/alt/');
  await page.getByRole('link', { name: 'See what your ALT number means on a scale' }).click();
  await expect(page).toHaveURL(/\/result\/$/);
});

test.describe('embedded in a portal on another origin', () => {
  let server: Server;
  let portal = '';
  const received: string[] = [];
  test.beforeAll(async () => {
    server = createServer((req, res) => {
      received.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal</title></head><body>
        <h1>Your results</h1><iframe title="ALT Atlas: what does my ALT result mean?" src="${ATLAS}/embed/result/#alt=88&amp;uln=40" style="width:100%;height:900px;border:0"></iframe></body></html>`);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.2', done));
    portal = `http://127.0.0.2:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

  test('the embed form shows the result in the frame; links open in a new tab; values stay in the fragment', async ({ page, context }) => {
    const seen = recordRequests(context);
    // A Content-Security-Policy violation or script error in the frame reaches the console.
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${portal}/portal.html`);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('img')).toHaveAccessibleName(/Your ALT of 88 U\/L is at 2\.2 times, in the band "Mild"/);
    await expect(frame.getByRole('link', { name: 'Hepatitis B' }).first()).toHaveAttribute('href', '/causes/hepatitis-b/');
    expect(await frame.locator('base').getAttribute('target')).toBe('_blank');
    await expect(frame.getByRole('link', { name: /Open the full page/ })).toHaveAttribute('href', '/result/#alt=88&uln=40');
    expect(received.every((url) => !/alt=|uln=/.test(url))).toBe(true);
    expect(seen.filter((r) => /alt=|uln=/.test(r.url) && !r.url.startsWith(portal))).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test('works offline after a first visit to another page', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Whatever the offline policy (precached by the service worker, or cached by the page as part of the shell), the
  // explainer's page and its script end up in Cache Storage after a first visit.
  // (Polled from here: waitForFunction takes the promise an async predicate returns as a truthy answer at once.)
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const urls = (await Promise.all((await caches.keys()).map(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname)))).flat();
          return urls.some((u) => u === '/result/' || u === '/result/index.html') && urls.some((u) => u.includes('/_astro/ResultExplainer'));
        }),
      { timeout: 60_000 },
    )
    .toBe(true);
  await context.setOffline(true);
  await page.goto('/result/#alt=700&uln=35&ast=800&age=52&plt=150&sex=f');
  await expect(scale(page)).toHaveAccessibleName(/Your ALT of 700 U\/L is at 20 times, in the band "Severe"/);
  await expect(page.locator('[data-result-output] .result-urgent')).toContainText('Your ALT is above 500 U/L.');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page explains what it does, and offers no form that could send the values', async ({ page }) => {
    await page.goto('/result/#alt=88&uln=40');
    // Chromium's test switch turns scripts off but still renders <noscript> as if they ran (a real browser without
    // JavaScript shows it), so its content is read rather than looked at.
    const noscript = page.locator('[data-result] noscript');
    expect(await noscript.textContent()).toContain('This tool works out your result on your own device, so it needs JavaScript');
    await expect(noscript.locator('a')).toHaveAttribute('href', '/tests/alt/');
    await expect(page.getByText('This tool does not diagnose anything.').first()).toBeVisible();
    await expect(page.locator('[data-result-form]')).toBeHidden();
    await expect(page.getByRole('complementary', { name: /Get urgent care now/ })).toBeVisible();
  });
});

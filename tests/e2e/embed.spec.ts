/**
 * Embedding, in Chromium: a clinic portal on another origin (127.0.0.2, its own tiny server) embeds two pages with
 * the snippet; the iframes take their content's height and follow it; stray messages change nothing; the full site
 * refuses to be framed there while embed pages load; every lookup example lands on the right page.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { infobuttonQuery, LOOKUP_EXAMPLES, shortQuery } from '../../src/lib/infobutton';

const ATLAS = `http://127.0.0.1:${process.env.E2E_PORT ?? 4322}`;

const PAGES: Record<string, string> = {
  '/portal.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal</title></head><body>
    <h1>Your results</h1>
    <div id="one" data-alt-atlas="causes/fatty-liver-disease" data-theme="light"></div>
    <p>Between the embeds.</p>
    <div id="two" data-alt-atlas="tests/alt" data-theme="dark" data-hide="related"></div>
    <iframe id="stranger" title="not made by the snippet" src="${ATLAS}/embed/tests/ast/"></iframe>
    <script src="${ATLAS}/embed.js"></script>
  </body></html>`,
  '/framing.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Framing</title></head><body>
    <iframe id="full" title="full page" src="${ATLAS}/causes/hepatitis-b/"></iframe>
    <iframe id="embed" title="embed page" src="${ATLAS}/embed/causes/hepatitis-b/"></iframe>
  </body></html>`,
};

let server: Server;
let portal = '';

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const body = PAGES[new URL(req.url ?? '/', 'http://x').pathname];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.2', done));
  portal = `http://127.0.0.2:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

async function embedFrame(page: Page, host: string): Promise<{ frame: Frame; id: string }> {
  const iframe = page.locator(`#${host} iframe`);
  await iframe.scrollIntoViewIfNeeded();
  const handle = await iframe.elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForLoadState('load');
  return { frame: frame!, id: (await iframe.getAttribute('data-alt-atlas-id'))! };
}

/** The iframe's height on the host page and its content's height inside, in CSS pixels. */
async function heights(page: Page, host: string) {
  const { frame } = await embedFrame(page, host);
  const outer = await page.locator(`#${host} iframe`).evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  const scrolls = await frame.evaluate(() => document.documentElement.scrollHeight > window.innerHeight + 1);
  return { outer, inner, scrolls };
}

async function expectFitted(page: Page, host: string): Promise<number> {
  await expect.poll(async () => {
    const h = await heights(page, host);
    return Math.abs(h.outer - h.inner) <= 3 && !h.scrolls;
  }, { timeout: 10_000 }).toBe(true);
  return (await heights(page, host)).outer;
}

test.describe('the snippet on a portal of another origin', () => {
  test('makes titled, lazy, sandboxed iframes that fit their content and follow it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${portal}/portal.html`);
    const frames = page.locator('[data-alt-atlas] iframe');
    await expect(frames).toHaveCount(2);
    await expect(frames.first()).toHaveAttribute('title', 'ALT Atlas: fatty liver disease');
    await expect(frames.first()).toHaveAttribute('loading', 'lazy');
    await expect(frames.first()).toHaveAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    await expect(frames.first()).toHaveAttribute('referrerpolicy', 'no-referrer');
    await expect(frames.nth(1)).toHaveAttribute('src', /\/embed\/tests\/alt\/\?theme=dark&hide=related&id=alt-atlas-/);

    const wide = { one: await expectFitted(page, 'one'), two: await expectFitted(page, 'two') };
    expect(wide.one).toBeGreaterThan(600);

    // The second embed carries its options: dark theme, related pages hidden.
    const { frame: two } = await embedFrame(page, 'two');
    await expect(two.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(two.getByRole('navigation', { name: 'Related pages' })).toBeHidden();

    // A narrower window: text wraps, the content grows, and the frames follow.
    await page.setViewportSize({ width: 420, height: 800 });
    const narrow = { one: await expectFitted(page, 'one'), two: await expectFitted(page, 'two') };
    expect(narrow.one).toBeGreaterThan(wide.one + 100);
    expect(narrow.two).toBeGreaterThan(wide.two + 100);

    // Wider again: the content shrinks, and so do the frames.
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(Math.abs((await expectFitted(page, 'one')) - wide.one)).toBeLessThanOrEqual(3);
    expect(Math.abs((await expectFitted(page, 'two')) - wide.two)).toBeLessThanOrEqual(3);

    // A larger text size inside the page: the frame follows again.
    const { frame: one } = await embedFrame(page, 'one');
    await one.evaluate(() => document.documentElement.style.setProperty('font-size', '150%'));
    expect(await expectFitted(page, 'one')).toBeGreaterThan(wide.one + 100);
  });

  test('ignores messages of the wrong origin, shape, sender or id', async ({ page }) => {
    await page.goto(`${portal}/portal.html`);
    const before = { one: await expectFitted(page, 'one'), two: await expectFitted(page, 'two') };
    const { frame: one, id: idOne } = await embedFrame(page, 'one');
    const { id: idTwo } = await embedFrame(page, 'two');
    const stranger = (await (await page.locator('#stranger').elementHandle())!.contentFrame())!;
    await stranger.waitForLoadState('load');

    // Every height the snippet gives either frame from now on, so a message applied and then overwritten still shows.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __heights: string[] }).__heights = seen;
      for (const frame of document.querySelectorAll<HTMLIFrameElement>('#one iframe, #two iframe')) {
        new MutationObserver(() => seen.push(frame.style.height)).observe(frame, { attributes: true, attributeFilter: ['style'] });
      }
    });
    // From the portal's own origin: right shape, wrong origin.
    await page.evaluate((ids) => {
      for (const id of ids) window.postMessage({ type: 'alt-atlas:height', height: 37, id }, '*');
    }, [idOne, idTwo]);
    // From the ALT Atlas origin, inside the first embed: wrong shapes, and the second embed's id.
    await one.evaluate((id) => {
      const send = (data: unknown) => parent.postMessage(data, '*');
      send({ type: 'alt-atlas:height', height: 37, id, extra: 'x' });
      send({ type: 'alt-atlas:height', height: '37', id });
      send({ type: 'alt-atlas:height', height: -5, id });
      send({ type: 'alt-atlas:size', height: 37, id });
      send(JSON.stringify({ type: 'alt-atlas:height', height: 37, id }));
    }, idOne);
    await one.evaluate((id) => parent.postMessage({ type: 'alt-atlas:height', height: 37, id }, '*'), idTwo);
    // From the ALT Atlas origin but a frame the snippet did not make, claiming both ids.
    await stranger.evaluate((ids) => {
      for (const id of ids) parent.postMessage({ type: 'alt-atlas:height', height: 37, id }, '*');
    }, [idOne, idTwo]);

    // Then one valid message, sent last from the first embed: once it has been applied, every message sent before it
    // has been handled too (messages are dispatched in the order they were posted), so no fixed wait is needed.
    const SENTINEL = 321;
    await one.evaluate(([id, height]) => parent.postMessage({ type: 'alt-atlas:height', height, id }, '*'), [idOne, SENTINEL] as const);
    const heightOf = (host: string) => page.locator(`#${host} iframe`).evaluate((el) => el.getBoundingClientRect().height);
    await expect.poll(() => heightOf('one')).toBe(SENTINEL);
    expect(await heightOf('two')).toBe(before.two);
    expect(before.one).not.toBe(SENTINEL);
    expect(await page.evaluate(() => (window as unknown as { __heights: string[] }).__heights)).not.toContain('37px');
  });
});

test('the full site refuses to be framed by another origin, embed pages load', async ({ page }) => {
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/frame-ancestors/.test(message.text())) refusals.push(message.text());
  });
  await page.goto(`${portal}/framing.html`);
  await expect(page.frameLocator('#embed').getByRole('heading', { level: 1, name: 'Hepatitis B' })).toBeVisible();
  await expect.poll(() => refusals.length).toBeGreaterThan(0);
  expect(refusals.join('\n')).toMatch(/frame-ancestors 'self'/);
  await expect(page.frameLocator('#full').getByRole('heading', { name: 'Hepatitis B' })).toHaveCount(0);

  const full = await page.request.get(`${ATLAS}/causes/hepatitis-b/`);
  expect(full.headers()['content-security-policy']).toMatch(/(^|; )frame-ancestors 'self'$/);
  expect(full.headers()['x-frame-options']).toBe('SAMEORIGIN');
  const embed = await page.request.get(`${ATLAS}/embed/causes/hepatitis-b/`);
  expect(embed.headers()['content-security-policy']).toMatch(/(^|; )frame-ancestors \*$/);
});

test.describe('the embed page', () => {
  test('is the article without the site chrome, kept out of search, linking to the full page', async ({ page }) => {
    await page.goto('/embed/causes/hepatitis-b/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hepatitis B');
    await expect(page.getByRole('complementary', { name: /Get urgent care/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await expect(page.getByText(/Last reviewed: /)).toBeVisible();
    await expect(page.getByText(/not a diagnosis/)).toBeVisible();
    await expect(page.locator('header, footer, nav[aria-label="Main"], form[role="search"]')).toHaveCount(0);
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/causes\/hepatitis-b\/$/);
    const open = page.getByRole('link', { name: /Open the full page/ });
    await expect(open).toHaveAttribute('href', '/causes/hepatitis-b/');
    await expect(open).toHaveAttribute('target', '_blank');
    await expect(open).toHaveAttribute('rel', 'noopener');
  });

  test('applies theme options from the URL', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/embed/causes/hepatitis-b/?theme=dark&font=serif&hide=sources,codes&accent=%23ffcc00');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const style = await page.evaluate(() => {
      const body = getComputedStyle(document.body);
      const link = document.querySelector('.embed-bar a')!;
      return { bg: body.backgroundColor, font: body.fontFamily, link: getComputedStyle(link).color };
    });
    expect(style).toEqual({ bg: 'rgb(17, 20, 24)', font: expect.stringMatching(/^Georgia/), link: 'rgb(255, 204, 0)' });
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeHidden();
    await expect(page.getByText(/^Clinical codes:/)).toBeHidden();
  });

  test('falls back to defaults on hostile options, injecting nothing', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const hostile = new URLSearchParams({
      accent: 'red;}body{display:none',
      font: '</style><script>window.pwned=1</script>',
      theme: '"><img src=x onerror="window.pwned=1">',
      hide: 'article',
      id: '"><script>window.pwned=1</script>',
    });
    await page.goto(`/embed/causes/hepatitis-b/?${hostile}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'auto');
    await expect(page.locator('html')).toHaveAttribute('data-hide', '');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await page.locator('html').getAttribute('style')).not.toMatch(/display|url|script/);
  });
});

test.describe('code lookup', () => {
  for (const example of LOOKUP_EXAMPLES) {
    test(`Infobutton ${example.system} ${example.code} lands on ${example.expected}`, async ({ page }) => {
      await page.goto(`/lookup/${infobuttonQuery(example)}`);
      await expect(page).toHaveURL(`${ATLAS}${example.expected}`);
      await page.goto(`/lookup/${shortQuery(example)}`);
      await expect(page).toHaveURL(`${ATLAS}${example.expected}`);
    });
  }

  test('is tolerant of case and a missing dot, and sends to the embed page with embed=1', async ({ page }) => {
    await page.goto('/lookup/?system=icd10cm&code=r7401');
    await expect(page).toHaveURL(`${ATLAS}/tests/alt/`);
    await page.goto('/lookup/?system=icd10cm&code=k760&embed=1&theme=dark&id=x1');
    await expect(page).toHaveURL(`${ATLAS}/embed/causes/fatty-liver-disease/?theme=dark&id=x1`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('an unknown code gets the helpful page with a search', async ({ page }) => {
    await page.goto('/lookup/?mainSearchCriteria.v.c=Z99.89&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.dn=Dependence%20on%20machines');
    await expect(page.getByRole('heading', { name: 'No page for this code' })).toBeVisible();
    await expect(page.getByText('ALT Atlas has no page for ICD-10-CM code Z99.89 yet.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Search ALT Atlas for "Dependence on machines"' })).toHaveAttribute(
      'href',
      '/search/?q=Dependence%20on%20machines',
    );
    await expect(page.getByRole('main').getByRole('link', { name: 'Causes' })).toBeVisible();
    await expect(page).toHaveURL(/\/lookup\//);

    await page.goto('/lookup/?system=loinc&code=not-a-code');
    await expect(page.getByText('The address did not contain a clinical code ALT Atlas can read.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Search ALT Atlas for "not-a-code"' })).toBeVisible();
  });

  test('the static code files are there, readable from any origin', async ({ request }) => {
    const response = await request.get('/codes/loinc/1742-6.json');
    expect(response.headers()['access-control-allow-origin']).toBe('*');
    const body = await response.json();
    expect(body.pages[0]).toMatchObject({ path: '/tests/alt/', type: 'test' });
  });
});

test('the integrator guide shows every example live', async ({ page }) => {
  await page.goto('/integrate/');
  await page.locator('.embed-demo iframe').scrollIntoViewIfNeeded();
  await expect(page.frameLocator('.embed-demo iframe').getByRole('heading', { level: 1 })).toHaveText(/^Fatty liver disease/);
  await expect(page.frameLocator('.embed-demo-frame').getByRole('heading', { level: 1 })).toHaveText('ALT blood test');
  await expect(page.locator('[data-oembed-demo]')).toContainText('"type": "rich"');
  await expect(page.locator('[data-message-demo]')).toContainText('"type":"alt-atlas:height"');
  await expect(page.locator('[data-lookup-examples] a')).toHaveCount(LOOKUP_EXAMPLES.length * 2 + 1);
  await page.locator('[data-lookup-examples] a').first().click();
  await expect(page).toHaveURL(`${ATLAS}${LOOKUP_EXAMPLES[0]!.expected}`);
});

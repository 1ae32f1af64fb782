/**
 * The first-visit policy (src/lib/offline-policy.ts), in Chromium, on a server of its own that counts every byte it
 * sends: on Save-Data only the shell and the page being read are cached, within the budget; on a fast connection the
 * whole edition is; the save button saves it on request; the service worker, not the page, fetches what is saved;
 * offline search says what is not on the device.
 * The connection is set through the DevTools protocol (Save-Data, navigator.connection).
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { serve } from '../../scripts/serve.ts';
import { emulateConnection } from '../../scripts/lib/browser.ts';

const repo = new URL('../..', import.meta.url).pathname;
const PORT = Number(process.env.E2E_PORT ?? 4322) + 13;
const origin = `http://127.0.0.1:${PORT}`;
const budget = JSON.parse(readFileSync(join('scripts/budgets.json'), 'utf8')).offline.firstVisitLeanBytes as number;
const status = JSON.parse(readFileSync(join('dist/offline/status.json'), 'utf8'));

function join(path: string): string {
  return `${repo}${path}`;
}

let server: Server;
let sockets: Socket[] = [];
test.beforeAll(async () => {
  server = await serve({ dir: join('dist'), host: '127.0.0.1', port: PORT });
  server.on('connection', (socket: Socket) => sockets.push(socket));
});
test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

/** Bytes the server has sent (headers and bodies) on the connections opened since `sockets` was emptied. */
function sentBytes(): number {
  return sockets.reduce((n, s) => n + s.bytesWritten, 0);
}

async function connection(page: Page, kind: 'save-data' | 'fast'): Promise<void> {
  await emulateConnection(await page.context().newCDPSession(page), kind);
}

/** Every URL path in this origin's caches. */
async function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
}

/** The paths of the requests the page itself makes from now on (not those of its service worker), in order. */
function pageRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) paths.push(url.pathname);
  });
  return paths;
}

const offlineState = (page: Page, state: string, timeout = 30_000) =>
  expect(page.locator('html')).toHaveAttribute('data-offline', state, { timeout });

async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
}

test.describe.configure({ mode: 'serial' });

test('Save-Data: the first visit caches the shell and the page read, within the budget, and offers the rest', async ({ page, context }) => {
  await connection(page, 'save-data');
  sockets = [];
  const asked = pageRequests(page);
  await page.goto(`${origin}/causes/fatty-liver-disease/`);
  await offlineState(page, 'shell');
  const bytes = sentBytes();
  expect(bytes, `first visit on Save-Data sent ${bytes} B`).toBeLessThanOrEqual(budget);

  const cached = await cachedPaths(page);
  for (const path of ['/causes/fatty-liver-disease/', ...status.editions.en.shell, '/offline/index.html']) expect(cached).toContain(path);
  // The service worker fetched the shell (src/lib/offline-jobs.ts): the page itself asked for none of it.
  expect(asked.filter((path) => status.editions.en.shell.includes(path))).toEqual([]);
  expect(cached.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  expect(cached).not.toContain('/medications/entecavir/');

  const button = page.getByRole('button', { name: /^Save the whole atlas for offline use \(\d+ KB\)$/ });
  await expect(button).toBeVisible();

  await goOffline(context);
  await page.goto(`${origin}/causes/fatty-liver-disease/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fatty liver disease (MASLD)');
  await page.goto(`${origin}/medications/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Medicines');
  await page.goto(`${origin}/medications/entecavir/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  await expect(page.locator('[data-offline-list]').getByRole('link', { name: 'Fatty liver disease (MASLD)' })).toBeVisible();

  // No search index on this device: the search page says so and leads to what is saved.
  await page.goto(`${origin}/search/?q=jaundice`);
  await expect(page.getByRole('status')).toContainText('Search is not saved on this device yet');
  await expect(page.getByRole('link', { name: 'Pages saved on this device' })).toBeVisible();
});

test('a fast connection without Save-Data saves the whole edition on the first visit', async ({ page, context }) => {
  test.setTimeout(120_000);
  await connection(page, 'fast');
  await page.goto(`${origin}/`);
  await offlineState(page, 'edition', 90_000);
  await goOffline(context);
  await page.goto(`${origin}/tests/fib-4/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('FIB-4 score');
  await page.goto(`${origin}/search/?q=Baraclude`);
  await expect(page.locator('[data-results] .result-link').first()).toHaveText('Entecavir');
  await expect(page.locator('[data-results]')).not.toContainText('not saved on this device');
});

test('"Save the whole atlas for offline use" saves it on request', async ({ page, context }) => {
  test.setTimeout(120_000);
  await connection(page, 'save-data');
  await page.goto(`${origin}/symptoms/jaundice/`);
  await offlineState(page, 'shell');
  const asked = pageRequests(page);
  await page.getByRole('button', { name: /Save the whole atlas for offline use/ }).click();
  await expect(page.getByRole('button', { name: 'The whole atlas is saved on this device' })).toBeVisible({ timeout: 90_000 });
  await offlineState(page, 'edition');
  // The articles and search files came through the service worker; the page fetched only the edition's list.
  expect(asked).toEqual([status.editions.en.list]);
  await goOffline(context);
  await page.goto(`${origin}/medications/lamivudine/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lamivudine');
  await page.goto(`${origin}/causes/`);
  await page.getByRole('searchbox', { name: 'Search ALT Atlas' }).first().focus();
  await page.keyboard.type('jaundice');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('jaundice');
});

test('offline search answers from what is cached and marks results not saved on the device', async ({ page, context }) => {
  await connection(page, 'save-data');
  await page.goto(`${origin}/causes/hepatitis-b/`);
  await offlineState(page, 'shell');
  // Searching online keeps the search files it used; the result pages themselves are not saved.
  await page.goto(`${origin}/search/?q=hepatitis`);
  await expect(page.locator('[data-results] .result-link').first()).toBeVisible();
  await goOffline(context);
  await page.goto(`${origin}/search/?q=hepatitis`);
  const read = page.locator('[data-results] li', { has: page.getByRole('link', { name: 'Hepatitis B', exact: true }) });
  const unread = page.locator('[data-results] li', { has: page.getByRole('link', { name: 'Hepatitis C', exact: true }) });
  await expect(unread).toContainText('(not saved on this device)', { timeout: 15_000 });
  await expect(read).toBeVisible();
  await expect(read).not.toContainText('not saved on this device');
});

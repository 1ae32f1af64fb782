/**
 * Offline use, in Chromium, against a copy of the built site on its own server (so it can be stopped):
 * first visit; then offline, pages never visited, the search page and the header search; an uncached URL gives the
 * offline page; a rebuilt site with a changed page reaches the reader after two reloads, and old caches are gone.
 */
import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { serve } from '../../scripts/serve.ts';
import { startBuild } from '../../scripts/lib/build-site.ts';

const repo = new URL('../..', import.meta.url).pathname;
const PORT = 4533;
const origin = `http://127.0.0.1:${PORT}`;
const MARKER = 'Offline update check: this sentence was added by the rebuild.';

test.describe.configure({ mode: 'serial' });

/** Builds the site into `outDir` with extra environment (another content folder, a smaller precache budget). */
async function build(outDir: string, env: Record<string, string>): Promise<void> {
  const { code, stderr } = await startBuild(outDir, env).finished;
  if (code !== 0) throw new Error(`npm run build failed for ${outDir}:\n${stderr.slice(-4000)}`);
}

function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}

async function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(() => caches.keys());
}

test('the whole atlas works offline after one visit, and updates reach the reader', async ({ page, context }) => {
  test.setTimeout(240_000);
  const work = mkdtempSync(join(tmpdir(), 'alt-atlas-offline-'));
  const siteA = join(work, 'a');
  cpSync(join(repo, 'dist'), siteA, { recursive: true });
  let server = await serve({ dir: siteA, host: '127.0.0.1', port: PORT });
  try {
    // First visit: the service worker installs and precaches the site.
    const started = Date.now();
    await page.goto(`${origin}/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    console.log(`first visit to offline-ready: ${Date.now() - started} ms`);
    const versionA = JSON.parse(readFileSync(join(siteA, 'offline/status.json'), 'utf8')).version as string;
    expect((await cacheNames(page)).some((n) => n.startsWith(`alt-atlas-${versionA}-`))).toBe(true);

    // Offline: no network for the browser, and no server either.
    await stop(server);
    await context.setOffline(true);
    const neverVisited: [path: string, title: string][] = [
      ['/medications/lamivudine/', 'Lamivudine'],
      ['/symptoms/pale-stools/', 'Pale or clay-coloured stools'],
      ['/tests/fib-4/', 'FIB-4 score'],
    ];
    for (const [path, title] of neverVisited) {
      await page.goto(`${origin}${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    }
    await page.goto(`${origin}/search/?q=Baraclude`);
    await expect(page.locator('[data-results] .result-link').first()).toHaveText('Entecavir');
    await page.goto(`${origin}/causes/`);
    await page.getByRole('searchbox', { name: 'Search ALT Atlas' }).first().focus();
    await page.keyboard.type('jaundice');
    await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('jaundice');

    await page.goto(`${origin}/causes/no-such-page/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
    await expect(page.locator('[data-offline-list]').getByRole('link', { name: 'Hepatitis B', exact: true })).toBeVisible();

    // A new release with a changed page.
    const content = join(work, 'content');
    cpSync(join(repo, 'content'), content, { recursive: true });
    const altPage = join(content, 'tests', 'alt.mdx');
    writeFileSync(altPage, `${readFileSync(altPage, 'utf8')}\n${MARKER}\n`);
    const siteB = join(work, 'b');
    await build(siteB, { ALT_ATLAS_CONTENT: content });
    const versionB = JSON.parse(readFileSync(join(siteB, 'offline/status.json'), 'utf8')).version as string;
    expect(versionB).not.toBe(versionA);
    server = await serve({ dir: siteB, host: '127.0.0.1', port: PORT });
    await context.setOffline(false);

    // The page open when the release arrives keeps the old text, and says new information is available.
    await page.goto(`${origin}/tests/alt/`);
    await expect(page.getByText(MARKER)).toHaveCount(0);
    await expect(page.getByText('Updated information is available.')).toBeVisible({ timeout: 20_000 });
    // Reloading brings the new release; so does any page opened from now on.
    await page.reload();
    await expect(page.getByText(MARKER)).toBeVisible();
    await page.reload();
    await expect(page.getByText(MARKER)).toBeVisible();
    const names = await cacheNames(page);
    expect(names.some((n) => n.startsWith(`alt-atlas-${versionB}-`))).toBe(true);
    expect(names.filter((n) => n.startsWith(`alt-atlas-${versionA}-`))).toEqual([]);
  } finally {
    await stop(server).catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }
});

test('over the precache budget: shell and search offline, articles as read, and all on request', async ({ page, context }) => {
  test.setTimeout(180_000);
  const work = mkdtempSync(join(tmpdir(), 'alt-atlas-budget-'));
  const site = join(work, 'site');
  await build(site, { ALT_ATLAS_PRECACHE_BUDGET: '400000' });
  expect(JSON.parse(readFileSync(join(site, 'offline/status.json'), 'utf8')).mode).toBe('shell');
  const server = await serve({ dir: site, host: '127.0.0.1', port: PORT });
  try {
    await page.goto(`${origin}/causes/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.goto(`${origin}/causes/hepatitis-c/`);
    await context.setOffline(true);
    await page.goto(`${origin}/causes/hepatitis-c/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hepatitis C');
    await page.goto(`${origin}/medications/entecavir/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
    await page.goto(`${origin}/search/?q=Baraclude`);
    await expect(page.locator('[data-results] .result-link').first()).toHaveText('Entecavir');

    await context.setOffline(false);
    await page.goto(`${origin}/`);
    const button = page.getByRole('button', { name: 'Make all pages available offline' });
    await button.click();
    await expect(page.getByText('All pages are saved on this device')).toBeVisible({ timeout: 30_000 });
    await context.setOffline(true);
    await page.goto(`${origin}/medications/entecavir/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Entecavir');
  } finally {
    await stop(server);
    rmSync(work, { recursive: true, force: true });
  }
});

test('the app can be installed', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ short_name: 'ALT Atlas', start_url: '/', display: 'standalone' });
  expect(manifest.icons.some((i: { purpose: string }) => i.purpose === 'maskable')).toBe(true);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Test browsers run in incognito profiles, which Chromium never offers to install from; every other check counts.
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
});

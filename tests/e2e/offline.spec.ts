/**
 * Offline use, in Chromium, against a copy of the built site on its own server (so it can be stopped):
 * first visit on a fast connection (the whole edition is saved: see first-visit.spec.ts for the lean policy); then
 * offline, pages never visited, the search page and the header search; an uncached URL gives the offline page; a
 * rebuilt site with a changed page reaches the reader at once, the new release takes over, and old caches are gone.
 */
import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { serve } from '../../scripts/serve.ts';
import { emulateConnection } from '../../scripts/lib/browser.ts';
import { startBuild } from '../../scripts/lib/build-site.ts';

const repo = new URL('../..', import.meta.url).pathname;
const PORT = Number(process.env.E2E_PORT ?? 4322) + 11;
const origin = `http://127.0.0.1:${PORT}`;
const MARKER = 'Offline update check: this sentence was added by the rebuild.';

test.describe.configure({ mode: 'serial' });

/** Builds the site into `outDir` with extra environment (another content folder). */
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
    // First visit on a fast connection without Save-Data: the service worker installs, the whole edition is saved.
    await emulateConnection(await context.newCDPSession(page), 'fast');
    const started = Date.now();
    await page.goto(`${origin}/`);
    await expect(page.locator('html')).toHaveAttribute('data-offline', 'edition', { timeout: 90_000 });
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

    // Online, pages come from the network first, so the changed page shows at once; the new release installs
    // meanwhile, and the open page says so when it takes over.
    await page.goto(`${origin}/tests/alt/`);
    await expect(page.getByText(MARKER)).toBeVisible();
    await expect(page.getByText('Updated information is available.')).toBeVisible({ timeout: 20_000 });
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

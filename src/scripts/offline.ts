/**
 * Offline and updates, loaded by src/scripts/page.ts once the page has loaded (policy in src/lib/offline-policy.ts):
 * registers the service worker, which precaches the few common files; then caches the page being read and its
 * edition's shell, and the whole edition when the reader asked for it or the connection says data is cheap, else
 * offers "Save the whole atlas for offline use" with its size.
 * A new release installs in the background and takes over at once; open pages keep what they loaded and say
 * "Updated information is available" with a reload button.
 */
import { cacheExplainerNow, editionOf, formatBytes, saveEditionAutomatically, type ConnectionInfo } from '../lib/offline-policy';
import type { OfflineStatus } from '../integrations/service-worker';

// For the offline page's list (src/scripts/offline-page.ts), loaded from here: one file instead of a shared chunk.
export { editionOf, offlineTier } from '../lib/offline-policy';

/** Editions the reader asked to save, remembered on this device so a new release saves them again. */
const CHOICE_KEY = 'alt-atlas:save-editions';
const updateBox = document.querySelector<HTMLElement>('[data-sw-update]');
const saveButton = document.querySelector<HTMLButtonElement>('[data-offline-all]');

export async function start(): Promise<void> {
  // The offline page lists what this device has (loaded from here, so it shares this module's code).
  if (document.querySelector('[data-offline-list]')) void import('./offline-page');
  await run().catch(() => undefined);
}

/** What this device holds of the edition, on the root element: for the browser tests and the visit benchmark. */
export function mark(state: 'shell' | 'saving' | 'edition'): void {
  document.documentElement.dataset.offline = state;
}

async function run(): Promise<void> {
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!hadController || !updateBox) return;
    updateBox.hidden = false;
    updateBox.querySelector('button')?.addEventListener('click', () => location.reload(), { once: true });
  });
  await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  await navigator.serviceWorker.ready;
  // Once the service worker controls the page, what it precached is read from there, not fetched again.
  if (!navigator.serviceWorker.controller) {
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  }
  const status = (await (await fetch('/offline/status.json')).json()) as OfflineStatus;
  const edition = editionOf(location.pathname);
  const info = status.editions[edition];
  if (!info) return;
  const pages = await caches.open(`alt-atlas-${status.version}-pages`);
  // The page being read, under its URL without the fragment (the result explainer keeps the reader's values there),
  // from the copy just loaded: no second request.
  const here = location.pathname + location.search;
  if (!(await pages.match(here))) {
    const response = await fetch(here, { cache: 'force-cache' }).catch(() => undefined);
    if (response?.ok) await pages.put(here, response).catch(() => undefined);
  }
  // Whatever the connection: the edition's shell (home, search, indexes, offline page).
  await cacheAll(status.version, info.shell);
  // The result explainer too, unless the reader saves data or the connection is slow (then when opened or saved).
  const connection = (navigator as Navigator & { connection?: ConnectionInfo }).connection;
  if (cacheExplainerNow(connection) || info.explainer.includes(location.pathname)) await cacheAll(status.version, info.explainer);
  // The edition's list is stored last when the whole edition is saved.
  if (await pages.match(info.list)) return mark('edition');
  const save = () => import('./offline-save').then((m) => m.saveEdition(status.version, info, saveButton));
  const asked = (localStorage.getItem(CHOICE_KEY) ?? '').split(',').includes(edition);
  if (asked || saveEditionAutomatically(connection)) return save();
  mark('shell');
  if (!saveButton) return;
  saveButton.textContent = saveButton.textContent!.replace('{size}', formatBytes(info.saveBytes));
  saveButton.hidden = false;
  saveButton.addEventListener(
    'click',
    () => {
      const chosen = new Set((localStorage.getItem(CHOICE_KEY) ?? '').split(',').filter(Boolean)).add(edition);
      localStorage.setItem(CHOICE_KEY, [...chosen].join(','));
      void save();
    },
    { once: true },
  );
}


/** Caches the given URLs where the service worker reads them: pages in the pages cache, other files in the runtime one. */
export async function cacheAll(version: string, urls: readonly string[]): Promise<void> {
  const pages = await caches.open(`alt-atlas-${version}-pages`);
  const runtime = await caches.open(`alt-atlas-${version}-runtime`);
  for (const url of urls) {
    const cache = url.endsWith('/') ? pages : runtime;
    if (!(await cache.match(url))) await cache.add(url).catch(() => undefined);
  }
}

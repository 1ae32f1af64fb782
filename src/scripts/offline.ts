/**
 * Offline and updates, loaded by src/scripts/page.ts once the page has loaded and painted (policy in
 * src/lib/offline-policy.ts): registers the service worker, which precaches the few common files; then has it cache
 * the page being read and its edition's shell, and the whole edition when the reader asked for it or the connection
 * says data is cheap, else offers "Save the whole atlas for offline use" with its size. The fetching and storing run
 * in the service worker (src/lib/offline-jobs.ts), never on this page's main thread.
 * A new release installs in the background and takes over at once; open pages keep what they loaded and say
 * "Updated information is available" with a reload button.
 */
import { cacheExplainerNow, editionOf, formatBytes, saveEditionAutomatically, type ConnectionInfo } from '../lib/offline-policy';
import type { OfflineStatus } from '../integrations/service-worker';
import { CACHE_MESSAGE, cacheName, jobsFor, type CacheJob, type CacheProgress, type CacheRequest } from '../lib/offline-jobs';
import { saveEdition } from './offline-save';

// For the offline page's list (src/scripts/offline-page.ts, that page's own script): one file instead of a shared chunk.
export { editionOf, offlineTier } from '../lib/offline-policy';
export { cacheName } from '../lib/offline-jobs';

/** Editions the reader asked to save, remembered on this device so a new release saves them again. */
const CHOICE_KEY = 'alt-atlas:save-editions';
const updateBox = document.querySelector<HTMLElement>('[data-sw-update]');
const saveButton = document.querySelector<HTMLButtonElement>('[data-offline-all]');

export async function start(): Promise<void> {
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
  // The page being read, under its URL without the fragment (the result explainer keeps the reader's values there),
  // from the copy just loaded: no second request.
  const here: CacheJob = { url: location.pathname + location.search, cache: 'pages', reuse: true };
  // Whatever the connection: the edition's shell (home, search, indexes, offline page).
  await cacheInWorker(status.version, [here, ...jobsFor(info.shell)]);
  // The result explainer too, unless the reader saves data or the connection is slow (then when opened or saved).
  const connection = (navigator as Navigator & { connection?: ConnectionInfo }).connection;
  if (cacheExplainerNow(connection) || info.explainer.includes(location.pathname)) await cacheInWorker(status.version, jobsFor(info.explainer));
  // The edition's list is stored last when the whole edition is saved.
  const pages = await caches.open(cacheName(status.version, 'pages'));
  if (await pages.match(info.list)) return mark('edition');
  const save = () => saveEdition(status.version, info, saveButton);
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


/**
 * Has the service worker fetch and store the given files (src/lib/offline-jobs.ts), off this page's main thread;
 * `onProgress` hears after each file. Resolves with the last progress, when every file is stored or has failed.
 */
export function cacheInWorker(version: string, jobs: CacheJob[], onProgress?: (progress: CacheProgress) => void): Promise<CacheProgress> {
  const worker = navigator.serviceWorker.controller;
  const total = jobs.length;
  if (!worker) return Promise.resolve({ done: total, total, failed: total, finished: true });
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    let last: CacheProgress = { done: 0, total, failed: 0, finished: false };
    const finish = (progress: CacheProgress) => {
      channel.port1.close();
      navigator.serviceWorker.removeEventListener('controllerchange', replaced);
      resolve(progress);
    };
    // A new release took over mid-way: the old worker may stop before it answers, so what it had not done counts as
    // failed (the page offers to reload, and the new release saves again).
    const replaced = () => finish({ ...last, failed: last.failed + total - last.done, done: total, finished: true });
    navigator.serviceWorker.addEventListener('controllerchange', replaced);
    channel.port1.onmessage = (event: MessageEvent<CacheProgress>) => {
      last = event.data;
      onProgress?.(last);
      if (last.finished) finish(last);
    };
    const request: CacheRequest = { type: CACHE_MESSAGE, version, jobs };
    worker.postMessage(request, [channel.port2]);
  });
}

/**
 * Registers the service worker and handles new releases. A new version installs in the background and waits; the
 * reader sees "Updated information is available" with a reload button. A version that was already waiting when a
 * page opens takes over at once (the page then reloads before the reader has started), so new medical content
 * reaches readers on their next visit and no page ever runs with assets from two builds.
 */
const updateBox = document.querySelector<HTMLElement>('[data-sw-update]');
const offlineAll = document.querySelector<HTMLButtonElement>('[data-offline-all]');

function activate(worker: ServiceWorker): void {
  worker.postMessage({ type: 'SKIP_WAITING' });
}

async function start(): Promise<void> {
  const hadController = navigator.serviceWorker.controller !== null;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!hadController || reloading) return;
    reloading = true;
    location.reload();
  });
  const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  if (registration.waiting && hadController) return activate(registration.waiting);
  const offer = (worker: ServiceWorker) => {
    if (!navigator.serviceWorker.controller || !updateBox) return;
    updateBox.hidden = false;
    updateBox.querySelector('button')?.addEventListener('click', () => activate(worker), { once: true });
  };
  const watch = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
  if (offlineAll) {
    await navigator.serviceWorker.ready;
    const status = (await (await fetch('/offline/status.json')).json()) as { mode: string };
    if (status.mode === 'shell') {
      offlineAll.hidden = false;
      offlineAll.addEventListener('click', () => void import('./sw-offline-all').then((m) => m.cacheAllPages(offlineAll)));
    }
  }
}

// Registered once the page has loaded, so the precache download never competes with the page the reader opened.
if ('serviceWorker' in navigator) {
  const begin = () => void start().catch(() => undefined);
  if (document.readyState === 'complete') begin();
  else addEventListener('load', begin, { once: true });
}

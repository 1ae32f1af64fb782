/**
 * Registers the service worker and handles new releases. A new release installs in the background and takes over
 * at once; the pages open at that moment keep what they have already loaded and say "Updated information is
 * available" with a reload button, and every page the reader opens after that is the new release. A page of the
 * old release that later needs a script it has not loaded yet (which the new release no longer has) reloads as a
 * whole instead, so no page ever runs code from two builds.
 */
const updateBox = document.querySelector<HTMLElement>('[data-sw-update]');
const offlineAll = document.querySelector<HTMLButtonElement>('[data-offline-all]');

async function start(): Promise<void> {
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!hadController || !updateBox) return;
    updateBox.hidden = false;
    updateBox.querySelector('button')?.addEventListener('click', () => location.reload(), { once: true });
  });
  await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  if (offlineAll) {
    await navigator.serviceWorker.ready;
    const status = (await (await fetch('/offline/status.json')).json()) as { mode: string };
    if (status.mode === 'shell') {
      offlineAll.hidden = false;
      offlineAll.addEventListener('click', () => void import('./sw-offline-all').then((m) => m.cacheAllPages(offlineAll)));
    }
  }
}

// A lazily loaded script of an older release is gone after an update: load the whole page again, from the new one.
addEventListener('vite:preloadError', (event) => {
  event.preventDefault();
  location.reload();
});

// Registered once the page has loaded, so the first precache download never competes with the page being read.
if ('serviceWorker' in navigator) {
  const begin = () => void start().catch(() => undefined);
  if (document.readyState === 'complete') begin();
  else addEventListener('load', begin, { once: true });
}

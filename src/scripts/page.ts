/**
 * The one script of every full page, with no imports of its own: a chain of small modules delays the first paint
 * on a slow connection (each link costs a round trip), so everything else loads on use, from here.
 * - Header search: waits for the reader to focus the box or press "/", then loads the search code.
 * - Offline and updates (src/scripts/offline.ts): loaded once the page has loaded and painted, so nothing offline
 *   competes with the page being read.
 * - A page of an old release that later needs a script the new release no longer has reloads as a whole, so no
 *   page ever runs code from two builds.
 */
const input = document.querySelector<HTMLInputElement>('[data-header-search] input');
if (input) {
  input.addEventListener('focus', () => void import('./header-search').then((m) => m.attach(input)), { once: true });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });
}

// A lazily loaded script of an older release is gone after an update: load the whole page again, from the new one.
addEventListener('vite:preloadError', (event) => {
  event.preventDefault();
  location.reload();
});

if ('serviceWorker' in navigator) {
  // After the page has loaded and shown its first content, so the offline work never competes with, or delays, what
  // the reader sees first (browsers without paint timing start at load).
  const loaded = new Promise((resolve) => {
    if (document.readyState === 'complete') resolve(undefined);
    else addEventListener('load', resolve, { once: true });
  });
  const painted = new Promise((resolve) => {
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return resolve(undefined);
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      resolve(undefined);
    }).observe({ type: 'paint', buffered: true });
  });
  void Promise.all([loaded, painted]).then(() => import('./offline')).then((m) => m.start());
}

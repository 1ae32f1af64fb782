/**
 * "Make all pages available offline", offered when the site is larger than the precache budget: fetches every
 * article into the pages cache the service worker reads from, showing progress on the button.
 */
interface OfflineStatus {
  version: string;
}
interface OfflinePages {
  pages: { url: string }[];
}

export async function cacheAllPages(button: HTMLButtonElement): Promise<void> {
  const labels = JSON.parse(button.dataset.labels!) as { progress: string; done: string };
  button.disabled = true;
  const { version } = (await (await fetch('/offline/status.json')).json()) as OfflineStatus;
  const { pages } = (await (await fetch('/offline/pages.json')).json()) as OfflinePages;
  const cache = await caches.open(`alt-atlas-${version}-pages`);
  let done = 0;
  for (const { url } of pages) {
    if (!(await cache.match(url))) await cache.add(url).catch(() => undefined);
    done++;
    button.textContent = labels.progress.replace('{n}', String(done)).replace('{total}', String(pages.length));
  }
  button.textContent = labels.done;
}

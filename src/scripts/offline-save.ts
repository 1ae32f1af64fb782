/**
 * "Save the whole atlas for offline use": has the service worker fetch every article of the reader's edition into
 * the pages cache and the edition's search files into its runtime cache, a few at a time (src/lib/offline-jobs.ts),
 * showing progress on the button. The edition's list is stored last, as the mark that the edition is complete.
 */
import type { EditionStatus } from '../integrations/service-worker';
import { cacheName, jobsFor, type CacheProgress } from '../lib/offline-jobs';
import { cacheInWorker, mark } from './offline';

interface EditionList {
  pages: { url: string }[];
  search: string[];
}

export async function saveEdition(version: string, info: EditionStatus, button: HTMLButtonElement | null): Promise<void> {
  const labels = JSON.parse(button?.dataset.labels ?? '{}') as { progress?: string; done?: string; failed?: string };
  mark('saving');
  if (button) {
    button.hidden = false;
    button.disabled = true;
  }
  const response = await fetch(info.list);
  const list = (await response.clone().json()) as EditionList;
  // Articles to the pages cache, search files to the runtime one; the result explainer too, if the first visit left
  // it for later (Save-Data or a slow connection).
  const jobs = jobsFor([...list.pages.map((p) => p.url), ...list.search, ...info.explainer]);
  const show = (template: string | undefined, done: number) => {
    if (button && template) button.textContent = template.replace('{n}', String(done)).replace('{total}', String(jobs.length));
  };
  show(labels.progress, 0);
  const { failed } = await cacheInWorker(version, jobs, (progress: CacheProgress) => show(labels.progress, progress.done));
  if (failed > 0) {
    // A lost connection: what was saved stays; the button offers to fetch the rest.
    show(labels.failed, 0);
    mark('shell');
    if (button) {
      button.disabled = false;
      button.addEventListener('click', () => void saveEdition(version, info, button), { once: true });
    }
    return;
  }
  const pages = await caches.open(cacheName(version, 'pages'));
  await pages.put(info.list, response);
  show(labels.done, jobs.length);
  mark('edition');
}

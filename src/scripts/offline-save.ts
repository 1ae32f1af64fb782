/**
 * "Save the whole atlas for offline use": fetches every article of the reader's edition into the pages cache the
 * service worker reads from, and the edition's search files into its runtime cache, a few at a time, showing
 * progress on the button. The edition's list is stored last, as the mark that the edition is complete.
 */
import type { EditionStatus } from '../integrations/service-worker';
import { cacheAll, mark } from './offline';

interface EditionList {
  pages: { url: string }[];
  search: string[];
}

const PARALLEL = 4;

export async function saveEdition(version: string, info: EditionStatus, button: HTMLButtonElement | null): Promise<void> {
  const labels = JSON.parse(button?.dataset.labels ?? '{}') as { progress?: string; done?: string; failed?: string };
  mark('saving');
  if (button) {
    button.hidden = false;
    button.disabled = true;
  }
  const response = await fetch(info.list);
  const list = (await response.clone().json()) as EditionList;
  const pages = await caches.open(`alt-atlas-${version}-pages`);
  const runtime = await caches.open(`alt-atlas-${version}-runtime`);
  const jobs: [Cache, string][] = [...list.pages.map((p): [Cache, string] => [pages, p.url]), ...list.search.map((u): [Cache, string] => [runtime, u])];
  let next = 0;
  let done = 0;
  let failed = 0;
  const show = (template: string | undefined) => {
    if (button && template) button.textContent = template.replace('{n}', String(done)).replace('{total}', String(jobs.length));
  };
  const worker = async () => {
    while (next < jobs.length) {
      const [cache, url] = jobs[next++]!;
      if (!(await cache.match(url))) await cache.add(url).catch(() => failed++);
      done++;
      show(labels.progress);
    }
  };
  show(labels.progress);
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  // The result explainer, if the first visit left it for later (Save-Data or a slow connection).
  await cacheAll(version, info.explainer);
  if (failed > 0) {
    // A lost connection: what was saved stays; the button offers to fetch the rest.
    show(labels.failed);
    mark('shell');
    if (button) {
      button.disabled = false;
      button.addEventListener('click', () => void saveEdition(version, info, button), { once: true });
    }
    return;
  }
  await pages.put(info.list, response);
  show(labels.done);
  mark('edition');
}

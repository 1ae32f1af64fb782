/**
 * The offline page: lists the articles of this edition that this device has, grouped by collection, from the
 * pages cache (pages read, and the whole edition when saved). Titles come from the edition's list when it is saved
 * or reachable, else from each saved page's heading. The offline page's own script (src/components/pages/OfflinePage.astro).
 */
import { cacheName, editionOf, offlineTier } from './offline';
import type { OfflineStatus } from '../integrations/service-worker';

interface Page {
  url: string;
  title: string;
  collection: string;
}

const list = document.querySelector<HTMLElement>('[data-offline-list]')!;
const groupNames = JSON.parse(list.dataset.groups ?? '{}') as Record<string, string>;

async function savedPages(): Promise<Page[]> {
  const status = (await (await fetch('/offline/status.json')).json()) as OfflineStatus;
  const edition = editionOf(location.pathname);
  const info = status.editions[edition];
  if (!info) return [];
  const pages = await caches.open(cacheName(status.version, 'pages'));
  const known = new Map<string, Page>();
  const listed = (await pages.match(info.list)) ?? (await fetch(info.list).catch(() => undefined));
  if (listed?.ok) for (const page of ((await listed.json()) as { pages: Page[] }).pages) known.set(page.url, page);
  const found: Page[] = [];
  for (const request of await pages.keys()) {
    const url = new URL(request.url).pathname;
    const file = `${url.slice(1)}index.html`;
    if (offlineTier(file) !== 'edition' || editionOf(url) !== edition) continue;
    let page = known.get(url);
    if (!page) {
      const html = await (await pages.match(request))!.text();
      const title = new DOMParser().parseFromString(html, 'text/html').querySelector('h1')?.textContent ?? url;
      page = { url, title, collection: url.split('/').at(-3)! };
    }
    found.push(page);
  }
  return found.sort((a, b) => a.title.localeCompare(b.title));
}

async function render(): Promise<void> {
  if (!('caches' in window)) return;
  const available = await savedPages();
  const sections = Object.keys(groupNames)
    .map((collection) => {
      const items = available.filter((p) => p.collection === collection);
      if (items.length === 0) return undefined;
      const section = document.createElement('section');
      const heading = document.createElement('h2');
      heading.textContent = groupNames[collection]!;
      const ul = document.createElement('ul');
      for (const item of items) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = item.url;
        a.textContent = item.title;
        li.append(a);
        ul.append(li);
      }
      section.append(heading, ul);
      return section;
    })
    .filter((s): s is HTMLElement => s !== undefined);
  list.replaceChildren(...sections);
}

void render().catch(() => undefined);

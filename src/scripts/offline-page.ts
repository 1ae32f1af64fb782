/**
 * The offline page: lists the articles this device has, grouped by collection, from the caches. Precached pages
 * are stored as `.../index.html` with a revision parameter; pages cached while reading, under their own URL.
 */
interface OfflinePages {
  pages: { url: string; title: string; collection: string; lang: string }[];
}

const list = document.querySelector<HTMLElement>('[data-offline-list]');
const groupNames = JSON.parse(list?.dataset.groups ?? '{}') as Record<string, string>;

async function render(): Promise<void> {
  if (!list || !('caches' in window)) return;
  const response = await fetch('/offline/pages.json').catch(() => undefined);
  if (!response?.ok) return;
  const { pages } = (await response.json()) as OfflinePages;
  const isCached = async (url: string) =>
    (await caches.match(url)) !== undefined || (await caches.match(`${url}index.html`, { ignoreSearch: true })) !== undefined;
  const available: OfflinePages['pages'] = [];
  // Each edition's offline page lists that edition's pages.
  const lang = document.documentElement.lang;
  for (const page of pages) if (page.lang === lang && (await isCached(page.url))) available.push(page);
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

void render();

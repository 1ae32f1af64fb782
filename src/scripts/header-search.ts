/**
 * Instant results under the header search box, as an ARIA combobox: results appear as the reader types, arrow keys
 * move through them, Enter opens the highlighted page or, with none highlighted, submits to the search page.
 */
import { countText } from '../lib/search/results';
import { searchQueryString } from '../lib/search/params';
import { loadPagefind, runSearch } from './pagefind-client';
import { localizePath } from '../lib/edition';

interface HeaderLabels {
  types: Record<string, string>;
  count: { none: string; one: string; many: string };
  seeAll: string;
  offline: { noIndex: string };
}

export function attach(input: HTMLInputElement): void {
  const form = input.form!;
  const labels = JSON.parse(form.dataset.labels!) as HeaderLabels;
  const listbox = document.createElement('ul');
  listbox.id = 'site-search-results';
  listbox.className = 'search-popup';
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', input.labels?.[0]?.textContent ?? 'Search');
  listbox.hidden = true;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  form.append(listbox, status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');

  let active = -1;
  let sequence = 0;
  const options = () => [...listbox.querySelectorAll<HTMLLIElement>('[role="option"]')];

  function setActive(index: number): void {
    const all = options();
    active = all.length === 0 ? -1 : (index + all.length) % all.length;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) input.setAttribute('aria-activedescendant', all[active]!.id);
    else input.removeAttribute('aria-activedescendant');
  }

  function close(): void {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  }

  function option(id: string, href: string, text: string, note?: string): HTMLLIElement {
    const li = document.createElement('li');
    li.id = id;
    li.setAttribute('role', 'option');
    const link = document.createElement('a');
    link.href = href;
    link.tabIndex = -1;
    link.textContent = text;
    li.append(link);
    if (note) {
      const small = document.createElement('span');
      small.className = 'type-label';
      small.textContent = note;
      li.append(' ', small);
    }
    return li;
  }

  async function update(): Promise<void> {
    const mine = ++sequence;
    const q = input.value.trim();
    if (!q) return close();
    const outcome = await runSearch(q, undefined, 6);
    if (mine !== sequence) return;
    const items = outcome.items.map((item, i) => option(`site-search-${i}`, item.url, item.title, labels.types[item.type]));
    items.push(option('site-search-all', `${localizePath('/search/', outcome.edition)}${searchQueryString({ q })}`, labels.seeAll.replace('{q}', q)));
    listbox.replaceChildren(...items);
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(-1);
    status.textContent = countText(outcome.total, q, labels.count);
  }

  /** Offline without the search index on this device: say so, and lead to the pages that are saved. */
  function showOffline(): void {
    listbox.replaceChildren(option('site-search-offline', '/offline/', labels.offline.noIndex));
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = labels.offline.noIndex;
  }

  // Search failed: without the search index on this device it needs a connection, so say so; else just close.
  const failed = async () => ((await caches?.match('/pagefind/pagefind.js')) ? close() : showOffline());
  input.addEventListener('input', () => void update().catch(failed));
  input.addEventListener('keydown', (event) => {
    if (listbox.hidden) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      options()[active]!.querySelector('a')!.click();
    } else if (event.key === 'Escape') {
      close();
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  void loadPagefind();
  if (input.value.trim()) void update();
}

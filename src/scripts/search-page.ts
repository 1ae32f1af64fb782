/**
 * The search page (`/search/`): reads `?q=` and `?type=`, searches as the reader types, keeps the URL in step, and
 * renders filter chips with counts, results grouped by type, a live count for screen readers and an empty state.
 * Strings come from the page (`data-labels`), so nothing here is English-only.
 */
import { parseSearchParams, searchQueryString, type SearchState } from '../lib/search/params';
import { countText, groupResults, TYPE_ORDER, type ResultItem } from '../lib/search/results';
import { loadPagefind, pageEdition, runSearch } from './pagefind-client';

interface Labels {
  types: Record<string, string>;
  groups: Record<string, string>;
  all: string;
  count: { none: string; one: string; many: string };
  unavailable: string;
  offline: { noIndex: string; missing: string; notSaved: string };
}

const root = document.querySelector<HTMLElement>('[data-search-page]')!;
const labels = JSON.parse(root.dataset.labels!) as Labels;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
const chips = root.querySelector<HTMLElement>('[data-chips]')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const list = root.querySelector<HTMLElement>('[data-results]')!;
const empty = root.querySelector<HTMLElement>('[data-empty]')!;
const offlineNote = root.querySelector<HTMLElement>('[data-offline-note]')!;
const otherEdition = root.querySelector<HTMLElement>('[data-other-edition]');

let state: SearchState = parseSearchParams(location.search);
let sequence = 0;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function renderChips(typeCounts: Record<string, number>, total: number): void {
  const make = (type: string | undefined, label: string, count: number) => {
    const button = el('button', { type: 'button', className: 'chip' }, `${label} (${count})`);
    button.setAttribute('aria-pressed', String(state.type === type));
    button.addEventListener('click', () => {
      state = { ...state, type };
      void update();
    });
    return button;
  };
  const buttons = [make(undefined, labels.all, total)];
  for (const type of TYPE_ORDER) {
    if (typeCounts[type] || state.type === type) buttons.push(make(type, labels.groups[type] ?? type, typeCounts[type] ?? 0));
  }
  chips.replaceChildren(...buttons);
  chips.hidden = total === 0;
}

function renderResults(items: ResultItem[]): void {
  const groups = groupResults(items).map((group) =>
    el(
      'section',
      { className: 'result-group' },
      el('h2', {}, labels.groups[group.type] ?? group.type),
      el(
        'ul',
        { className: 'card-list' },
        ...group.items.map((item) =>
          el(
            'li',
            {},
            el('a', { href: item.url, className: 'result-link' }, item.title),
            ' ',
            el('span', { className: 'type-label' }, labels.types[item.type] ?? item.type),
            el('p', {}, item.summary),
          ),
        ),
      ),
    ),
  );
  list.replaceChildren(...groups);
}

let offlineCheck: Promise<boolean> | undefined;
/**
 * Whether the network is out of reach. `navigator.onLine` is true on many a dead connection, so ask the server once
 * with a HEAD request, which the service worker never answers from its caches.
 */
function isOffline(): Promise<boolean> {
  offlineCheck ??= navigator.onLine
    ? fetch('/', { method: 'HEAD', cache: 'no-store' }).then(() => false, () => true)
    : Promise.resolve(true);
  return offlineCheck;
}

/** Offline: says which results lead to a page this device has not saved. */
async function markNotSaved(): Promise<void> {
  if (!('caches' in window)) return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('.result-link')];
  const unsaved = [];
  for (const link of links) if (!(await caches.match(link.pathname))) unsaved.push(link);
  if (unsaved.length === 0 || !(await isOffline())) return;
  for (const link of unsaved) link.after(' ', el('span', { className: 'type-label' }, `(${labels.offline.notSaved})`));
}

/** Search could not start: the search index is not on this device (and the network failed), or it is broken. */
async function showUnavailable(): Promise<void> {
  const saved = 'caches' in window && (await caches.match('/pagefind/pagefind.js')) !== undefined;
  status.textContent = saved ? labels.unavailable : labels.offline.noIndex;
  offlineNote.hidden = saved;
}

async function update(): Promise<void> {
  const mine = ++sequence;
  history.replaceState(null, '', `${location.pathname}${searchQueryString(state)}`);
  if (!state.q) {
    list.replaceChildren();
    chips.hidden = true;
    empty.hidden = true;
    if (otherEdition) otherEdition.hidden = true;
    status.textContent = '';
    return;
  }
  try {
    const outcome = await runSearch(state.q, state.type, 30);
    if (mine !== sequence) return;
    renderChips(outcome.typeCounts, outcome.total);
    renderResults(outcome.items);
    const shown = state.type ? (outcome.typeCounts[state.type] ?? 0) : outcome.total;
    const missing = outcome.missing > 0 ? ` ${labels.offline.missing.replace('{n}', String(outcome.missing))}` : '';
    status.textContent = countText(shown, state.q, labels.count) + missing;
    empty.hidden = shown > 0;
    if (otherEdition) otherEdition.hidden = outcome.edition === pageEdition();
    if (mine === sequence) await markNotSaved();
  } catch {
    if (mine === sequence) await showUnavailable();
  }
}

input.value = state.q;
input.addEventListener('input', () => {
  state = { ...state, q: input.value.trim() };
  void update();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  list.querySelector<HTMLAnchorElement>('.result-link')?.focus();
});

/** Arrow keys move between the input and the result links. */
root.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('.result-link')];
  if (links.length === 0) return;
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (document.activeElement === input && event.key === 'ArrowDown') links[0]!.focus();
  else if (index >= 0 && event.key === 'ArrowDown') links[Math.min(index + 1, links.length - 1)]!.focus();
  else if (index > 0 && event.key === 'ArrowUp') links[index - 1]!.focus();
  else if (index === 0 && event.key === 'ArrowUp') input.focus();
  else return;
  event.preventDefault();
});

// Pagefind (a WebAssembly module) starts loading at once only for a deep-linked query; otherwise on first use.
if (state.q) void update();
else input.addEventListener('focus', () => void loadPagefind().catch(() => showUnavailable()), { once: true });

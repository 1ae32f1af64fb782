/**
 * Loads Pagefind's browser API once per edition, on first use, and runs searches for both search interfaces. The
 * bundle lives at `/pagefind/pagefind.js`; it is imported by URL at run time, never bundled. Pagefind keeps one index
 * per language and picks it from `<html lang>`; a Chinese query on an English page searches the Chinese index.
 */
import { toResultItem, type PagefindData, type ResultItem } from '../lib/search/results';
import { rankByName } from '../lib/search/rank';
import { expandQuery } from '../lib/search/synonyms';
import { FALLBACK_BELOW, fallbackWords, mergeFallback } from '../lib/search/fallback';
import { hasCjk, parseLanguage, searchEdition, type Edition } from '../lib/edition';
import { mergeByCoverage, splitQuery } from '../lib/search/relax';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string[]> }): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface PagefindModule {
  createInstance(options?: Record<string, unknown>): Pagefind;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
/**
 * How much a match in each metadata field counts, relative to body text. The title weighs clearly more than the other
 * names: a page named by the reader's word ("Intense exercise" for "alt high exercise") must beat a page with a
 * longer other name that holds all the words ("gym and high ALT" on "Rest before a repeat test").
 */
export const RANKING_META_WEIGHTS = { title: 8, names: 4, brands: 4, zh: 4 };
/** How many of Pagefind's best results the exact-name step may reorder. */
const RERANK_WINDOW = 10;
const instances = new Map<Edition, Promise<Pagefind>>();

/** The edition of the page the script runs on. */
export const pageEdition = (): Edition => parseLanguage(document.documentElement.lang) ?? 'en';

/** The edition that answers `query` on this page (a Chinese query on an English page: the Chinese edition). */
export const editionFor = (query: string): Edition =>
  searchEdition(query, pageEdition(), document.querySelector('[data-lang-switch]') !== null);

/** Starts loading Pagefind for an edition (idempotent); resolves when it is ready to search. */
export function loadPagefind(edition: Edition = pageEdition()): Promise<Pagefind> {
  let loading = instances.get(edition);
  if (!loading) {
    loading = (async () => {
      // One module per edition (the fragment makes a separate module; the request and its cache entry stay the same):
      // Pagefind's WebAssembly glue and its web worker are module globals, and the editions need different
      // WebAssembly files (`wasm.en`, `wasm.unknown`). Sharing them, whichever edition loaded last replaced the other's
      // WebAssembly, and the first edition's searches found nothing (a Chinese query on an English page). The page's
      // own edition loads the plain URL, so its offline behaviour is that of any cached module.
      const url = edition === pageEdition() ? PAGEFIND_URL : `${PAGEFIND_URL}#${edition}`;
      const module = (await import(/* @vite-ignore */ url)) as PagefindModule;
      // Pagefind reads the index language from <html lang> when an instance is created, and has no option for it:
      // the attribute carries the wanted edition for that synchronous moment only.
      const html = document.documentElement;
      const own = html.lang;
      html.lang = edition;
      let pagefind: Pagefind;
      try {
        pagefind = module.createInstance({});
      } finally {
        html.lang = own;
      }
      // Names matter most: titles, other names, brands and Chinese names are searched as weighted metadata.
      await pagefind.options({ ranking: { metaWeights: RANKING_META_WEIGHTS } });
      await pagefind.init();
      // Loads the filter index, so every search also reports its counts per type (for the filter chips).
      await pagefind.filters();
      return pagefind;
    })();
    instances.set(edition, loading);
    loading.catch(() => instances.delete(edition));
  }
  return loading;
}

export interface SearchOutcome {
  items: ResultItem[];
  /** Number of matches for the query across all types. */
  total: number;
  /** Matches per `type` filter value, for the filter chips. */
  typeCounts: Record<string, number>;
  /** Results among the first `limit` whose details could not be loaded: offline, and not saved on this device. */
  missing: number;
  /** The edition that answered. */
  edition: Edition;
}

/** Pagefind's results for all of `words`, followed when they are few by pages holding some of them. */
async function searchWords(pagefind: Pagefind, words: string, type: string | undefined): Promise<{ results: PagefindResult[]; search: PagefindSearch }> {
  const options = type ? { filters: { type: [type] } } : {};
  const search = await pagefind.search(words, options);
  const each = search.results.length < FALLBACK_BELOW ? fallbackWords(words) : [];
  if (each.length === 0) return { results: search.results, search };
  // One word at a time: Pagefind's WebAssembly is not re-entrant.
  const perWord: PagefindSearch[] = [];
  for (const word of each) perWord.push(await pagefind.search(word, options));
  return { results: mergeFallback(search.results, perWord.map((s) => s.results)), search };
}

/** Searches, optionally within one type, and loads the data of the first `limit` results. */
export async function runSearch(query: string, type: string | undefined, limit: number): Promise<SearchOutcome> {
  const edition = editionFor(query);
  const pagefind = await loadPagefind(edition);
  if (hasCjk(query)) {
    const relaxed = await relaxedSearch(pagefind, query);
    if (relaxed) return { ...(await shape(relaxed.results, type, limit, [query, ...relaxed.names])), edition };
  }
  // Readers' words become the pages' words (src/lib/search/synonyms.ts).
  const words = expandQuery(query) || query;
  const all = await searchWords(pagefind, words, undefined);
  const shown = type ? await searchWords(pagefind, words, type) : all;
  const window = shown.results.slice(0, Math.max(limit, RERANK_WINDOW));
  // Offline, a result whose fragment was never fetched cannot be shown; it is counted, so the page can say so.
  const settled = await Promise.allSettled(window.map((r) => r.data()));
  const loaded = settled.flatMap((r) => (r.status === 'fulfilled' ? [toResultItem(r.value)] : []));
  // The exact-name step sees both what was typed and what it became ("hepatits b" -> "hepatitis b").
  const items = rankByName(loaded, query, words).slice(0, limit);
  const fellBack = all.results.length > all.search.results.length;
  return {
    items,
    total: all.results.length,
    // Pagefind counts types for all-words matches only; with the fallback, the counts are of the results loaded.
    typeCounts: fellBack ? countTypes(type ? await loadItems(all.results.slice(0, 50)) : loaded) : (all.search.filters.type ?? {}),
    missing: settled.length - loaded.length,
    edition,
  };
}

/** The data of results, leaving out those that cannot be loaded (offline and not saved). */
async function loadItems(results: readonly PagefindResult[]): Promise<ResultItem[]> {
  const settled = await Promise.allSettled(results.map((r) => r.data()));
  return settled.flatMap((r) => (r.status === 'fulfilled' ? [toResultItem(r.value)] : []));
}

function countTypes(items: readonly ResultItem[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item.type] = (counts[item.type] ?? 0) + 1;
  return counts;
}

/** At most this many pages come from a relaxed search (their data is loaded to count them by type). */
const RELAXED_MAX = 20;

/**
 * Every Chinese query of more than one word, or with question words, is relaxed: the pages that contain every word are
 * often not the page the question is about (a page that happens to say "怎么回事" matches "转氨酶高是怎么回事").
 * Searches each word of a Chinese query on its own and merges the results by how much of the query each page covers
 * (pages that matched the whole query cover it all). Also gives the names the query may be about: the query without
 * its question words ("肝功能异常怎么办" -> "肝功能异常") and each word. Undefined when there is nothing to relax.
 */
async function relaxedSearch(pagefind: Pagefind, query: string): Promise<{ results: PagefindResult[]; names: string[] } | undefined> {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const terms = splitQuery(query, await chineseNames(), (text) => [...segmenter.segment(text)]);
  if (terms.length === 0 || (terms.length === 1 && terms[0] === query.trim().toLowerCase())) return undefined;
  // One word at a time: Pagefind's WebAssembly is not re-entrant, and the searches are quick.
  const lists: PagefindResult[][] = [];
  for (const term of terms) lists.push((await pagefind.search(term)).results);
  const byId = new Map(lists.flat().map((r) => [r.id, r]));
  const results = mergeByCoverage(lists, terms).slice(0, RELAXED_MAX).map((id) => byId.get(id)!);
  return { results, names: [terms.join(''), ...terms] };
}

let names: Promise<string[]> | undefined;

/** The site's Chinese names (`/zh/search/names.json`), loaded once; none when it cannot be loaded. */
function chineseNames(): Promise<string[]> {
  names ??= fetch('/zh/search/names.json')
    .then((r) => (r.ok ? (r.json() as Promise<{ names: string[] }>) : { names: [] }))
    .then((body) => body.names)
    .catch(() => []);
  return names;
}

/**
 * Result items, counts per type and the type filter for a relaxed result list. The exact-name step runs for each
 * name the query may be about, the first name last, so a page named by the whole query still comes first.
 */
async function shape(results: PagefindResult[], type: string | undefined, limit: number, names: string[]) {
  const all = await loadItems(results);
  const shown = type ? all.filter((item) => item.type === type) : all;
  const ranked = [...names].reverse().reduce((items, name) => rankByName(items, name), shown);
  return { items: ranked.slice(0, limit), total: all.length, typeCounts: countTypes(all), missing: results.length - all.length };
}

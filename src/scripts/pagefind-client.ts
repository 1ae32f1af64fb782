/**
 * Loads Pagefind's browser API once, on first use, and runs searches for both search interfaces. The bundle lives at
 * `/pagefind/pagefind.js`; it is imported by URL at run time, never bundled.
 */
import { toResultItem, type PagefindData, type ResultItem } from '../lib/search/results';
import { rankByName } from '../lib/search/rank';
import { expandQuery } from '../lib/search/synonyms';
import { FALLBACK_BELOW, fallbackWords, mergeFallback } from '../lib/search/fallback';

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

const PAGEFIND_URL = '/pagefind/pagefind.js';
/** How much a match in each metadata field counts, relative to body text. */
export const RANKING_META_WEIGHTS = { title: 5, names: 4, brands: 4, zh: 4 };
/** How many of Pagefind's best results the exact-name step may reorder. */
const RERANK_WINDOW = 10;
let loading: Promise<Pagefind> | undefined;

/** Starts loading Pagefind (idempotent); resolves when it is ready to search. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    // Names matter most: titles, other names, brands and Chinese names are searched as weighted metadata.
    await pagefind.options({ ranking: { metaWeights: RANKING_META_WEIGHTS } });
    await pagefind.init();
    // Loads the filter index, so every search also reports its counts per type (for the filter chips).
    await pagefind.filters();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
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
}

/** Pagefind's results for all of `words`, followed when they are few by pages holding some of them. */
async function searchWords(pagefind: Pagefind, words: string, type: string | undefined): Promise<{ results: PagefindResult[]; search: PagefindSearch }> {
  const options = type ? { filters: { type: [type] } } : {};
  const search = await pagefind.search(words, options);
  const each = search.results.length < FALLBACK_BELOW ? fallbackWords(words) : [];
  if (each.length === 0) return { results: search.results, search };
  const perWord = await Promise.all(each.map((word) => pagefind.search(word, options)));
  return { results: mergeFallback(search.results, perWord.map((s) => s.results)), search };
}

/** Searches, optionally within one type, and loads the data of the first `limit` results. */
export async function runSearch(query: string, type: string | undefined, limit: number): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
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

/**
 * Loads Pagefind's browser API once, on first use, and runs searches for both search interfaces. The bundle lives at
 * `/pagefind/pagefind.js`; it is imported by URL at run time, never bundled.
 */
import { toResultItem, type PagefindData, type ResultItem } from '../lib/search/results';

interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindData> }[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string[]> }): Promise<PagefindSearch>;
  preload(query: string): Promise<void>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
let loading: Promise<Pagefind> | undefined;

/** Starts loading Pagefind (idempotent); resolves when it is ready to search. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    // Short pages (symptoms, tests) should not lose to long ones just for length; names matter most.
    await pagefind.options({ ranking: { pageLength: 0.3, termSaturation: 1.2, termFrequency: 0.8 } });
    await pagefind.init();
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
}

/** Searches, optionally within one type, and loads the data of the first `limit` results. */
export async function runSearch(query: string, type: string | undefined, limit: number): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  const all = await pagefind.search(query);
  const shown = type ? await pagefind.search(query, { filters: { type: [type] } }) : all;
  const items = (await Promise.all(shown.results.slice(0, limit).map((r) => r.data()))).map(toResultItem);
  return { items, total: all.results.length, typeCounts: all.filters.type ?? {} };
}

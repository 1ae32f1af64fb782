/** Shapes Pagefind results for display: grouping by type in site order, and counts in words. Pure. */
import { COLLECTIONS } from '../collections.ts';
import { SEARCH_TYPES } from '../search-meta.ts';
import { splitNames } from './rank.ts';

export interface ResultItem {
  url: string;
  title: string;
  summary: string;
  type: string;
  excerpt: string;
  /** Synonyms, brand names and Chinese names, for exact-name ranking. */
  names: string[];
}

/** What Pagefind's `result.data()` gives, as far as we use it. */
export interface PagefindData {
  url: string;
  excerpt?: string;
  meta?: Record<string, string | undefined>;
}

/** Turns Pagefind data into a result item; the URL is kept as Pagefind gives it (already trailing-slash). */
export function toResultItem(data: PagefindData): ResultItem {
  return {
    url: data.url,
    title: data.meta?.title ?? data.url,
    summary: data.meta?.summary ?? '',
    type: data.meta?.type ?? '',
    excerpt: data.excerpt ?? '',
    names: ['names', 'brands', 'zh', 'english'].flatMap((key) => splitNames(data.meta?.[key])),
  };
}

/** The type filter values in site order: cause, medication, lifestyle, symptom, test. */
export const TYPE_ORDER: readonly string[] = COLLECTIONS.map((c) => SEARCH_TYPES[c]);

/**
 * Groups results by type in site order, keeping rank order inside each group; the group holding the best result
 * comes first so the top hit stays on top.
 */
export function groupResults(items: readonly ResultItem[]): { type: string; items: ResultItem[] }[] {
  const groups = new Map<string, ResultItem[]>();
  for (const item of items) {
    const list = groups.get(item.type);
    if (list) list.push(item);
    else groups.set(item.type, [item]);
  }
  const first = items[0]?.type;
  const order = [...TYPE_ORDER].sort((a, b) => Number(b === first) - Number(a === first));
  const known = order.filter((t) => groups.has(t)).map((type) => ({ type, items: groups.get(type)! }));
  const unknown = [...groups.keys()].filter((t) => !TYPE_ORDER.includes(t)).map((type) => ({ type, items: groups.get(type)! }));
  return [...known, ...unknown];
}

/** Fills a count template: `{n}` is the count and `{q}` the query; `none`, `one` or `many` is chosen by count. */
export function countText(count: number, query: string, templates: { none: string; one: string; many: string }): string {
  const template = count === 0 ? templates.none : count === 1 ? templates.one : templates.many;
  return template.replace('{n}', String(count)).replace('{q}', query);
}

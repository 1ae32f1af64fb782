/**
 * What the search index learns about a page beyond its text: the `type` filter (and `class` for medicines) and the
 * metadata shown with results. One function, so the article, the tests and the search page agree.
 */
import type { CollectionName } from '../schemas/collections.ts';

/** The `type` filter value of each collection, as portals write it in `/search/?type=`. */
export const SEARCH_TYPES = {
  causes: 'cause',
  medications: 'medication',
  lifestyle: 'lifestyle',
  symptoms: 'symptom',
  tests: 'test',
} as const satisfies Record<CollectionName, string>;
export type SearchType = (typeof SEARCH_TYPES)[CollectionName];

/** Inverse of SEARCH_TYPES: `medication` -> `medications`. */
export function collectionOfType(type: string): CollectionName | undefined {
  return (Object.keys(SEARCH_TYPES) as CollectionName[]).find((c) => SEARCH_TYPES[c] === type);
}

/**
 * The `data-pagefind-filter` attribute of an article: `type:medication, class:hepatitis-b-antiviral`.
 * Values are slugs, so they never contain the comma or colon that the attribute syntax reserves.
 */
export function pagefindFilters(collection: CollectionName, drugClass?: string): string {
  const filters = [`type:${SEARCH_TYPES[collection]}`];
  if (drugClass) filters.push(`class:${drugClass}`);
  return filters.join(', ');
}

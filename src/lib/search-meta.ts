/**
 * What the search index learns about a page beyond its text: the `type` filter and the metadata shown with results.
 * (A medicine-class filter was indexed once but no interface used it; the medicines index groups by class instead.) One function, so the article, the tests and the search page agree.
 */
import type { CollectionName } from './collections.ts';

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

/** The `data-pagefind-filter` value on an article. Values are slugs: no reserved characters. */
export const typeFilter = (collection: CollectionName) => `type:${SEARCH_TYPES[collection]}`;

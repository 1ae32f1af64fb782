/**
 * The search page's URL contract, which portals rely on: `/search/?q=<words>&type=<cause|medication|lifestyle|
 * symptom|test>`. Pure parsing and building.
 */
import { collectionOfType } from '../search-meta.ts';

export interface SearchState {
  q: string;
  /** A `type` filter value, or undefined for all types. Unknown values are dropped. */
  type?: string | undefined;
}

/** Reads `?q=` and `?type=` from a query string; trims the query and ignores an unknown type. */
export function parseSearchParams(search: string): SearchState {
  const params = new URLSearchParams(search);
  const q = (params.get('q') ?? '').trim().slice(0, 200);
  const type = params.get('type') ?? undefined;
  return { q, type: type && collectionOfType(type) ? type : undefined };
}

/** Builds the query string for a state: `{q: 'hep b', type: 'cause'}` -> `?q=hep+b&type=cause`. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.type) params.set('type', state.type);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The search suites' query files (tests/search-queries.json, tests/search-reader-queries.json,
 * tests/search-queries-zh.json), read one way for the content check of the sets and the browser suite that runs them.
 */
import { readFileSync } from 'node:fs';

export interface SearchQuery {
  q: string;
  expect: string;
  kind: string;
}

/** The queries of one suite file of this folder. */
export const readSearchSuite = (file: string): SearchQuery[] =>
  (JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')) as { queries: SearchQuery[] }).queries;

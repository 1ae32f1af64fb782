/** Helpers for cited sources. Pure. */
import type { Source } from '../schemas/source.ts';

/** Where a reader follows a source: its URL, else its DOI through the doi.org resolver. */
export function sourceHref(source: Source): string {
  return source.url ?? `https://doi.org/${source.doi}`;
}

/** "Publisher, 2023" */
export function sourceCitation(source: Source): string {
  return `${source.publisher}, ${source.year}`;
}

/**
 * What the service worker precaches, chosen within a byte budget. Pure: takes the built files (URL relative to the
 * site root, size in bytes) and returns the list.
 *
 * Within budget, everything offline-worthy is precached. Over budget, the app shell, the index pages and the whole
 * Pagefind bundle (so search works offline) are precached; articles are cached as they are read, and the reader can
 * ask for all of them with "Make all pages available offline".
 *
 * Both language editions are planned alike: `zh/causes/hepatitis-b/index.html` is an article of the Chinese edition
 * (`editionOf` in ./edition.ts tells which edition a file or URL belongs to).
 */
import { basePath } from './edition.ts';

export type FileKind = 'shell' | 'index' | 'article' | 'search' | 'skip';

export interface BuiltFile {
  /** Path from the site root without a leading slash, as Workbox lists it: `causes/hepatitis-b/index.html`. */
  url: string;
  size: number;
}

export interface PrecachePlan<F extends BuiltFile> {
  mode: 'full' | 'shell';
  entries: F[];
  bytes: number;
  /** Articles left to runtime caching (empty in full mode). */
  deferred: F[];
  /**
   * False when even the shell (pages, indexes and the search bundle) is larger than the budget: it is still precached,
   * since search and the indexes are what make the site usable offline, and the build warns.
   */
  withinBudget: boolean;
}

const COLLECTION_DIRS = ['causes', 'medications', 'lifestyle', 'symptoms', 'tests'];

/** Sorts a built file into the part of the site it belongs to. */
export function classifyFile(url: string): FileKind {
  if (url.startsWith('pagefind/')) {
    // The search bundle the browser API needs. Not used: Pagefind's UI kits, highlighter and playground. The
    // language-neutral runtime (`wasm.unknown`) is needed: the Chinese index has no language-specific one.
    return /^pagefind\/(pagefind-(component-|modular-)?ui|pagefind-highlight|playground)|\.map$/.test(url)
      ? 'skip'
      : 'search';
  }
  if (/^(embed|oembed|codes)\//.test(url) || url === '_headers' || url === 'sw.js' || url.endsWith('.map')) return 'skip';
  // An edition's pages are classified by their path within the edition: `zh/causes/x/index.html` as `causes/x/...`.
  const local = basePath(url).slice(1);
  const parts = local.split('/');
  if (url.endsWith('.html')) {
    if (local === '404.html' || local === '404/index.html') return 'skip';
    if (parts.length === 3 && COLLECTION_DIRS.includes(parts[0]!) && parts[2] === 'index.html') return 'article';
    if (parts.length === 2 && COLLECTION_DIRS.includes(parts[0]!)) return 'index';
    return 'shell';
  }
  return 'shell';
}

/** Chooses the precache list. Throws on a budget that is not a positive number. */
export function planPrecache<F extends BuiltFile>(files: readonly F[], budgetBytes: number): PrecachePlan<F> {
  if (!(budgetBytes > 0)) throw new Error(`precache budget: expected a positive number of bytes, got ${budgetBytes}`);
  const wanted = files.filter((f) => classifyFile(f.url) !== 'skip');
  const total = wanted.reduce((n, f) => n + f.size, 0);
  if (total <= budgetBytes) return { mode: 'full', entries: wanted, bytes: total, deferred: [], withinBudget: true };
  const entries = wanted.filter((f) => classifyFile(f.url) !== 'article');
  const bytes = entries.reduce((n, f) => n + f.size, 0);
  return {
    mode: 'shell',
    entries,
    bytes,
    deferred: wanted.filter((f) => classifyFile(f.url) === 'article'),
    withinBudget: bytes <= budgetBytes,
  };
}

/** `causes/hepatitis-b/index.html` -> `/causes/hepatitis-b/`: the URL a reader navigates to. */
export function pageUrl(url: string): string {
  return `/${url.replace(/index\.html$/, '')}`;
}

/**
 * Caching for offline use, done by the service worker rather than the page (src/sw/worker.ts runs it): the page
 * sends the list of URLs over a message channel and gets progress back, so the fetching and storing never take the
 * page's main thread while the reader scrolls or taps (nor count against its responsiveness).
 *
 * Protocol: the page posts `{ type: 'alt-atlas:cache', version, jobs }` to its controlling service worker with one
 * port; the worker answers on that port with a `CacheProgress` after each file and a last one with `finished: true`.
 */

/** The two caches the service worker reads from: pages (HTML) and every other file (search, scripts, styles). */
export type CacheKind = 'pages' | 'runtime';

export interface CacheJob {
  /** A path on this origin, with its query if any (`/search/`, `/pagefind/pagefind.js`). */
  url: string;
  cache: CacheKind;
  /** The page being read: take the copy the browser just loaded (its HTTP cache) rather than ask again. */
  reuse?: true;
}

export interface CacheRequest {
  type: typeof CACHE_MESSAGE;
  /** The build version, which names the caches (`alt-atlas-<version>-pages`). */
  version: string;
  jobs: CacheJob[];
}

export interface CacheProgress {
  done: number;
  total: number;
  failed: number;
  finished: boolean;
}

export const CACHE_MESSAGE = 'alt-atlas:cache';

/** Files fetched at once: enough to fill a connection, few enough to leave room for what the reader opens. */
export const PARALLEL = 4;

/** The name of one of a version's caches, as the service worker's routes use it. */
export function cacheName(version: string, kind: CacheKind): string {
  return `alt-atlas-${version}-${kind}`;
}

/** Pages (paths ending in `/`) go to the pages cache, every other file to the runtime one. */
export function jobsFor(urls: readonly string[]): CacheJob[] {
  return urls.map((url) => ({ url, cache: url.endsWith('/') ? 'pages' : 'runtime' }));
}

/** A site path: one leading slash, not a protocol-relative `//host` address, nothing that could leave the origin. */
const SITE_PATH = /^\/(?!\/)[^\s\\]*$/;

/**
 * Whether a message is a well-formed cache request: the worker acts only on those, and only on paths of its own
 * site, so a message can never make it fetch or store anything else.
 */
export function isCacheRequest(data: unknown): data is CacheRequest {
  if (typeof data !== 'object' || data === null) return false;
  const { type, version, jobs } = data as Partial<CacheRequest>;
  if (type !== CACHE_MESSAGE || typeof version !== 'string' || !/^[0-9a-f]{6,64}$/.test(version)) return false;
  return Array.isArray(jobs) && jobs.every(isJob);
}

function isJob(job: unknown): job is CacheJob {
  if (typeof job !== 'object' || job === null) return false;
  const { url, cache, reuse } = job as Partial<CacheJob>;
  return typeof url === 'string' && SITE_PATH.test(url) && (cache === 'pages' || cache === 'runtime') && (reuse === undefined || reuse === true);
}

/** What the worker needs of its global scope: the caches and fetch (fakes in the tests). */
export interface WorkerScope {
  caches: { open(name: string): Promise<Pick<Cache, 'match' | 'put'>> };
  fetch(url: string, init: RequestInit): Promise<Response>;
}

/**
 * Fetches and stores every job's file not stored yet, `PARALLEL` at a time, telling `report` after each one. A file
 * that fails (offline, an error status) is counted and skipped: what was stored stays, and the page can ask again.
 */
export async function runJobs(request: CacheRequest, scope: WorkerScope, report: (progress: CacheProgress) => void): Promise<CacheProgress> {
  const caches = {
    pages: await scope.caches.open(cacheName(request.version, 'pages')),
    runtime: await scope.caches.open(cacheName(request.version, 'runtime')),
  };
  const progress: CacheProgress = { done: 0, total: request.jobs.length, failed: 0, finished: false };
  let next = 0;
  const store = async (job: CacheJob): Promise<boolean> => {
    const cache = caches[job.cache];
    if (await cache.match(job.url)) return true;
    const response = await scope.fetch(job.url, job.reuse ? { cache: 'force-cache' } : {});
    if (!response.ok) return false;
    await cache.put(job.url, response);
    return true;
  };
  const worker = async () => {
    while (next < request.jobs.length) {
      const job = request.jobs[next++]!;
      const stored = await store(job).catch(() => false);
      if (!stored) progress.failed++;
      progress.done++;
      report({ ...progress });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  const last = { ...progress, finished: true };
  report(last);
  return last;
}

/** Caches of other builds, removed once this version's service worker takes over. */
export function isOtherBuildCache(name: string, version: string): boolean {
  return name.startsWith('alt-atlas-') && !name.startsWith(`alt-atlas-${version}-`);
}

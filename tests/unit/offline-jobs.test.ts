/**
 * The caching the service worker does when the page asks (src/lib/offline-jobs.ts): what it accepts, where each
 * file goes, what it skips, how failures count and how many files it fetches at once.
 */
import { describe, expect, it } from 'vitest';
import {
  CACHE_MESSAGE,
  PARALLEL,
  cacheName,
  isCacheRequest,
  isOtherBuildCache,
  jobsFor,
  runJobs,
  type CacheJob,
  type CacheProgress,
  type WorkerScope,
} from '../../src/lib/offline-jobs';

const VERSION = '0123456789';

describe('cacheName and jobsFor', () => {
  it('names a version’s caches as the service worker’s routes do', () => {
    expect(cacheName(VERSION, 'pages')).toBe('alt-atlas-0123456789-pages');
    expect(cacheName('abcdef', 'runtime')).toBe('alt-atlas-abcdef-runtime');
  });

  it('sends pages to the pages cache and every other file to the runtime one', () => {
    expect(jobsFor(['/', '/search/', '/pagefind/pagefind.js', '/offline/status.json'])).toEqual([
      { url: '/', cache: 'pages' },
      { url: '/search/', cache: 'pages' },
      { url: '/pagefind/pagefind.js', cache: 'runtime' },
      { url: '/offline/status.json', cache: 'runtime' },
    ]);
    expect(jobsFor([])).toEqual([]);
  });
});

describe('isCacheRequest', () => {
  const valid = { type: CACHE_MESSAGE, version: VERSION, jobs: [{ url: '/causes/', cache: 'pages', reuse: true }, { url: '/a.js?v=1', cache: 'runtime' }] };

  it('accepts a well-formed request, with or without jobs', () => {
    expect(CACHE_MESSAGE).toBe('alt-atlas:cache');
    expect(isCacheRequest(valid)).toBe(true);
    expect(isCacheRequest({ ...valid, jobs: [] })).toBe(true);
    expect(isCacheRequest({ ...valid, version: 'abcdef' })).toBe(true);
    expect(isCacheRequest({ ...valid, version: 'a'.repeat(64) })).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'alt-atlas:cache'],
    ['another type', { ...valid, type: 'alt-atlas:other' }],
    ['no version', { ...valid, version: undefined }],
    ['a numeric version', { ...valid, version: 123456 }],
    ['a version with other characters', { ...valid, version: '01234-6789' }],
    ['a version with a prefix', { ...valid, version: 'x0123456789' }],
    ['a version with a suffix', { ...valid, version: '0123456789x' }],
    ['a short version', { ...valid, version: 'abcde' }],
    ['a long version', { ...valid, version: 'a'.repeat(65) }],
    ['no jobs', { ...valid, jobs: undefined }],
    ['jobs that are not a list', { ...valid, jobs: { 0: { url: '/', cache: 'pages' } } }],
    ['a job that is null', { ...valid, jobs: [null] }],
    ['a job that is a string', { ...valid, jobs: ['/'] }],
    ['a job without a URL', { ...valid, jobs: [{ cache: 'pages' }] }],
    ['a numeric URL', { ...valid, jobs: [{ url: 1, cache: 'pages' }] }],
    ['a full address', { ...valid, jobs: [{ url: 'https://elsewhere.example/', cache: 'pages' }] }],
    ['a protocol-relative address', { ...valid, jobs: [{ url: '//elsewhere.example/', cache: 'pages' }] }],
    ['a relative path', { ...valid, jobs: [{ url: 'causes/', cache: 'pages' }] }],
    ['a path with a space', { ...valid, jobs: [{ url: '/a b/', cache: 'pages' }] }],
    ['a path with a backslash', { ...valid, jobs: [{ url: '/\\elsewhere.example/', cache: 'pages' }] }],
    ['an unknown cache', { ...valid, jobs: [{ url: '/', cache: 'precache' }] }],
    ['no cache', { ...valid, jobs: [{ url: '/' }] }],
    ['reuse that is not true', { ...valid, jobs: [{ url: '/', cache: 'pages', reuse: false }] }],
    ['one bad job among good ones', { ...valid, jobs: [...valid.jobs, { url: '//x/', cache: 'pages' }] }],
  ])('refuses %s', (_name, data) => {
    expect(isCacheRequest(data)).toBe(false);
  });
});

describe('isOtherBuildCache', () => {
  it('is true of other builds’ caches only', () => {
    expect(isOtherBuildCache('alt-atlas-abcdef0123-pages', VERSION)).toBe(true);
    expect(isOtherBuildCache('alt-atlas-abcdef0123-precache-v2-https://x/', VERSION)).toBe(true);
    expect(isOtherBuildCache(`alt-atlas-${VERSION}-pages`, VERSION)).toBe(false);
    expect(isOtherBuildCache(`alt-atlas-${VERSION}-precache-v2-https://x/`, VERSION)).toBe(false);
    expect(isOtherBuildCache('workbox-runtime', VERSION)).toBe(false);
    expect(isOtherBuildCache('my-alt-atlas-abcdef-pages', VERSION)).toBe(false);
    // A version that begins with this one is still another build.
    expect(isOtherBuildCache(`alt-atlas-${VERSION}0-pages`, VERSION)).toBe(true);
  });
});

/** Caches and a network in memory; `respond` decides each fetch's answer, and every fetch is recorded. */
function fakeScope(respond: (url: string) => Promise<Response> = async () => new Response('ok')) {
  const stores = new Map<string, Map<string, Response>>();
  const fetches: { url: string; init: RequestInit }[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const scope: WorkerScope = {
    caches: {
      open: async (name) => {
        const store = stores.get(name) ?? new Map<string, Response>();
        stores.set(name, store);
        return {
          match: async (url) => store.get(String(url)),
          put: async (url, response) => void store.set(String(url), response),
        } as Pick<Cache, 'match' | 'put'>;
      },
    },
    fetch: async (url, init) => {
      fetches.push({ url, init });
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      try {
        await new Promise((resolve) => setTimeout(resolve, 1));
        return await respond(url);
      } finally {
        inFlight--;
      }
    },
  };
  const stored = (kind: 'pages' | 'runtime') => [...(stores.get(cacheName(VERSION, kind))?.keys() ?? [])].sort();
  return { scope, stores, fetches, stored, mostInFlight: () => mostInFlight };
}

const request = (jobs: CacheJob[]) => ({ type: CACHE_MESSAGE, version: VERSION, jobs }) as const;

describe('runJobs', () => {
  it('stores each file in its cache of this version and reports after each one, then once finished', async () => {
    const { scope, stored, fetches } = fakeScope();
    const reports: CacheProgress[] = [];
    const last = await runJobs(request(jobsFor(['/', '/search/', '/pagefind/pagefind.js'])), scope, (p) => reports.push(p));
    expect(stored('pages')).toEqual(['/', '/search/']);
    expect(stored('runtime')).toEqual(['/pagefind/pagefind.js']);
    expect(fetches.map((f) => f.init)).toEqual([{}, {}, {}]);
    expect(last).toEqual({ done: 3, total: 3, failed: 0, finished: true });
    expect(reports).toEqual([
      { done: 1, total: 3, failed: 0, finished: false },
      { done: 2, total: 3, failed: 0, finished: false },
      { done: 3, total: 3, failed: 0, finished: false },
      { done: 3, total: 3, failed: 0, finished: true },
    ]);
  });

  it('finishes at once when there is nothing to do', async () => {
    const { scope, fetches } = fakeScope();
    const reports: CacheProgress[] = [];
    expect(await runJobs(request([]), scope, (p) => reports.push(p))).toEqual({ done: 0, total: 0, failed: 0, finished: true });
    expect(reports).toEqual([{ done: 0, total: 0, failed: 0, finished: true }]);
    expect(fetches).toEqual([]);
  });

  it('fetches nothing already stored, and takes the page being read from the browser’s copy', async () => {
    const { scope, stores, fetches, stored } = fakeScope();
    const pages = await scope.caches.open(cacheName(VERSION, 'pages'));
    await pages.put('/', new Response('stored'));
    const last = await runJobs(request([{ url: '/causes/', cache: 'pages', reuse: true }, { url: '/', cache: 'pages' }]), scope, () => {});
    // A file already there counts as done, not failed.
    expect(last).toEqual({ done: 2, total: 2, failed: 0, finished: true });
    expect(fetches).toEqual([{ url: '/causes/', init: { cache: 'force-cache' } }]);
    expect(stored('pages')).toEqual(['/', '/causes/']);
    expect(await stores.get(cacheName(VERSION, 'pages'))!.get('/')!.text()).toBe('stored');
    // A file stored in the other cache is not the same file.
    await runJobs(request([{ url: '/', cache: 'runtime' }]), scope, () => {});
    expect(fetches.map((f) => f.url)).toEqual(['/causes/', '/']);
  });

  it('counts error answers and lost connections as failed, stores neither, and goes on with the rest', async () => {
    const { scope, stored } = fakeScope(async (url) => {
      if (url === '/gone/') return new Response('missing', { status: 404 });
      if (url === '/offline/') throw new TypeError('Failed to fetch');
      return new Response('ok');
    });
    const reports: CacheProgress[] = [];
    const last = await runJobs(request(jobsFor(['/gone/', '/offline/', '/', '/a.js'])), scope, (p) => reports.push(p));
    expect(last).toEqual({ done: 4, total: 4, failed: 2, finished: true });
    expect(stored('pages')).toEqual(['/']);
    expect(stored('runtime')).toEqual(['/a.js']);
    expect(reports.at(-2)).toEqual({ done: 4, total: 4, failed: 2, finished: false });
  });

  it(`fetches ${PARALLEL} files at once, never more`, async () => {
    expect(PARALLEL).toBe(4);
    const { scope, fetches, mostInFlight } = fakeScope();
    const urls = Array.from({ length: 10 }, (_, i) => `/file-${i}.json`);
    await runJobs(request(jobsFor(urls)), scope, () => {});
    expect(fetches.map((f) => f.url).sort()).toEqual([...urls].sort());
    expect(mostInFlight()).toBe(PARALLEL);
  });
});

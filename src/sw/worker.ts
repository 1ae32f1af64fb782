/**
 * The service worker's own code, bundled by src/integrations/service-worker.ts and added to the `/sw.js` Workbox
 * generates (`BUILD_VERSION` is the build's version there). The logic is in src/lib/offline-jobs.ts.
 * - Caching for offline use, asked by the page (src/scripts/offline.ts): off the page's main thread.
 * - Caches of other builds are removed once this version takes over.
 */
import { isCacheRequest, isOtherBuildCache, runJobs, type CacheProgress } from '../lib/offline-jobs';

declare const BUILD_VERSION: string;

/** The parts of the service worker's global scope used here (the DOM library has no worker types). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
  ports: readonly MessagePort[];
}
const worker = self as unknown as {
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
  addEventListener(type: 'activate', listener: (event: ExtendableEvent) => void): void;
  caches: CacheStorage;
  fetch: typeof fetch;
};

worker.addEventListener('message', (event) => {
  const port = event.ports[0];
  const request = event.data;
  if (!port || !isCacheRequest(request)) return;
  const report = (progress: CacheProgress) => port.postMessage(progress);
  const scope = { caches: worker.caches, fetch: (url: string, init: RequestInit) => worker.fetch(url, init) };
  // Storage that cannot be opened (full, or refused): every file counts as failed, so the page never waits forever.
  const total = request.jobs.length;
  event.waitUntil(runJobs(request, scope, report).catch(() => report({ done: total, total, failed: total, finished: true })));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    worker.caches.keys().then((names) => Promise.all(names.filter((n) => isOtherBuildCache(n, BUILD_VERSION)).map((n) => worker.caches.delete(n)))),
  );
});

/**
 * Generates the service worker (`/sw.js`) with workbox-build once the site and its Pagefind bundle are written, so
 * it must come after the Pagefind integration. The offline policy (src/lib/offline-policy.ts) sorts the built files:
 * the service worker precaches only the common files (stylesheet, scripts, manifest, icon, offline pages); each
 * edition's shell and, on request or a fast connection, the whole edition are cached when the page script
 * (src/scripts/offline.ts) asks, by the service worker's own code (src/sw/worker.ts, bundled into `/sw.js` here),
 * from the lists written here:
 * - `/offline/status.json` (precached): version, and per edition the shell URLs and the size of the whole edition;
 * - `<edition prefix>offline/edition.json`: every article (URL, title, collection) and search file of the edition.
 * Every cache is named after the build version; other versions' caches are removed on activation.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { appendFile, readFile, writeFile, mkdir } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { generateSW } from 'workbox-build';
import { build as esbuild } from 'esbuild';
import { EDITIONS, EDITION_PREFIX, offlineTier, pageUrl, planOffline, sumBytes, type SizedFile } from '../lib/offline-policy.ts';
import { cacheName } from '../lib/offline-jobs.ts';
import { transferSize } from '../../scripts/lib/compress.ts';
import type { SiteOptions } from '../lib/site-options.ts';

/** Files worth caching at all; the offline policy then decides when. */
const CACHEABLE = /\.(html|css|js|json|svg|png|webmanifest|pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/;
/** Hashed file names need no revision: the name changes with the content. */
const HASHED = /(^|\/)_astro\/|\.(pf_index|pf_fragment|pf_filter|pf_meta)$|wasm\.[a-z-]+\.pagefind$/;
/** Written by this integration, after the list is made. */
const OWN_FILES = /^(zh\/)?offline\/(status|edition)\.json$/;

interface Built extends SizedFile {
  revision: string | null;
}

export interface EditionStatus {
  /** Pages cached on every first visit to the edition, besides the page being read. */
  shell: string[];
  /** The result explainer's page, script and stylesheet: with the shell unless on Save-Data or a slow connection. */
  explainer: string[];
  explainerBytes: number;
  /** Bytes as transferred (Brotli) of the shell pages. */
  shellBytes: number;
  /** Files and bytes as transferred (Brotli) of the rest of the edition: "Save the whole atlas". */
  saveFiles: number;
  saveBytes: number;
  /** The list of those files. */
  list: string;
}

export interface OfflineStatus {
  version: string;
  commonBytes: number;
  editions: Partial<Record<(typeof EDITIONS)[number], EditionStatus>>;
}

/** `options` are the validated site options' `offline` part (src/lib/site-options.ts). */
export default function serviceWorker(options: SiteOptions['offline']): AstroIntegration {
  const { precacheBudgetBytes } = options;
  /** The project folder, from Astro's configuration: where `src/sw/worker.ts` is. */
  let root: URL;

  return {
    name: 'alt-atlas:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const built = await listBuilt(dist);
        const plan = planOffline(built);
        // Of the scripts, only those the shell pages load (at once or on use): portal scripts stay online. The result
        // explainer's own script and stylesheet go with the explainer page, not to every first visit.
        const wanted = await assetsOf(dist, [...plan.common, ...Object.values(plan.editions).flatMap((e) => e.shell)]);
        const explainerOnly = new Set(
          [...(await assetsOf(dist, Object.values(plan.editions).flatMap((e) => e.explainer)))].filter((f) => !wanted.has(f)),
        );
        const explainerAssets = plan.common.filter((f) => explainerOnly.has(f.url));
        plan.common = plan.common.filter((f) => !explainerOnly.has(f.url) && (!f.url.endsWith('.js') || wanted.has(f.url)));
        const version = createHash('sha256')
          .update(built.map((e) => `${e.url} ${e.revision ?? ''}`).join('\n'))
          .digest('hex')
          .slice(0, 10);

        const status: OfflineStatus = { version, commonBytes: sumBytes(plan.common), editions: {} };
        const summaries: string[] = [];
        let largestStart = 0;
        for (const edition of EDITIONS) {
          const { shell, rest } = plan.editions[edition];
          if (shell.length === 0 && rest.length === 0) continue;
          const explainer = plan.editions[edition].explainer;
          const explainerFiles = explainer.length > 0 ? [...explainer, ...explainerAssets] : [];
          const prefix = EDITION_PREFIX[edition];
          const articles = rest.filter((f) => f.url.endsWith('.html'));
          const list = `${prefix}offline/edition.json`;
          await mkdir(join(dist, list, '..'), { recursive: true });
          await writeFile(
            join(dist, list),
            JSON.stringify({
              version,
              edition,
              pages: await inBatches(articles, (f) => pageInfo(dist, f.url)),
              search: rest.filter((f) => !f.url.endsWith('.html')).map((f) => `/${f.url}`),
            }),
          );
          status.editions[edition] = {
            shell: shell.map((f) => pageUrl(f.url)),
            shellBytes: sumBytes(shell),
            explainer: explainerFiles.map((f) => pageUrl(f.url)),
            explainerBytes: sumBytes(explainerFiles),
            saveFiles: rest.length + explainerFiles.length,
            saveBytes: sumBytes(rest) + sumBytes(explainerFiles),
            list,
          };
          largestStart = Math.max(largestStart, sumBytes(plan.common, 'size') + sumBytes(shell, 'size') + sumBytes(explainerFiles, 'size'));
          summaries.push(
            `${edition}: shell ${shell.length} pages ${kib(sumBytes(shell))} (+ result explainer ${explainerFiles.length} files ${kib(sumBytes(explainerFiles))}), whole edition ${rest.length} more files ${kib(sumBytes(rest))}`,
          );
        }
        await writeFile(join(dist, 'offline', 'status.json'), JSON.stringify(status));

        await generateSW({
          swDest: join(dist, 'sw.js'),
          mode: 'production',
          sourcemap: false,
          inlineWorkboxRuntime: true,
          cacheId: `alt-atlas-${version}`,
          // The list is chosen by the offline policy, so Workbox globs nothing itself (it needs the folder to take a list).
          globDirectory: dist,
          globPatterns: [],
          additionalManifestEntries: [
            ...plan.common.map(({ url, revision }) => ({ url: `/${url}`, revision })),
            { url: '/offline/status.json', revision: version },
          ],
          // Query parameters that do not change the file: Pagefind's cache-busting `?ts=`, the search page's
          // `?q=` and `?type=` (read by its script), and campaign tags.
          ignoreURLParametersMatching: [/^ts$/, /^q$/, /^type$/, /^utm_/],
          directoryIndex: 'index.html',
          // A new release takes over as soon as it is installed; open pages are told and keep what they loaded
          // (see src/scripts/offline.ts).
          skipWaiting: true,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          runtimeCaching: [
            {
              // Pages: the network first (fresh medical content), the copy read last time when offline or slow,
              // and the offline page of the page's edition when there is neither.
              urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
              handler: 'NetworkFirst',
              options: {
                cacheName: cacheName(version, 'pages'),
                networkTimeoutSeconds: 4,
                // A page is the same file whatever its query (`/search/?q=...` is the search page).
                matchOptions: { ignoreSearch: true },
                plugins: [
                  {
                    // The result explainer keeps the reader's values in the URL fragment: a navigation request
                    // carries it, so the page is fetched and stored under its URL without the fragment.
                    requestWillFetch: async ({ request }: { request: Request }) => {
                      const url = new URL(request.url);
                      if (url.hash === '') return request;
                      url.hash = '';
                      return new Request(url.href, {
                        method: request.method,
                        headers: request.headers,
                        credentials: request.credentials,
                        cache: request.cache,
                        redirect: request.redirect,
                        referrerPolicy: request.referrerPolicy,
                      });
                    },
                    cacheKeyWillBeUsed: async ({ request }: { request: Request }) => {
                      const url = new URL(request.url);
                      url.hash = '';
                      return url.href;
                    },
                    handlerDidError: async ({ request }: { request: Request }) => {
                      const zh = /^\/zh(\/|$)/.test(new URL(request.url).pathname);
                      const match = (path: string) => caches.match(path, { ignoreSearch: true });
                      // The Chinese offline page comes with the Chinese shell (as `/zh/offline/`); the English one is precached.
                      return (zh ? await match('/zh/offline/') : undefined) ?? match('/offline/index.html');
                    },
                  },
                ],
              },
            },
            {
              // Every other file of the site read online (search files, icons) is kept for offline use; pages
              // fetched by the offline script go to the pages cache themselves.
              urlPattern: ({ sameOrigin, url }) =>
                sameOrigin && !url.pathname.startsWith('/embed/') && !/(\/|\.html)$/.test(url.pathname),
              handler: 'StaleWhileRevalidate',
              options: {
                cacheName: cacheName(version, 'runtime'),
                plugins: [
                  {
                    // Pagefind asks for its entry file with a changing `?ts=`: keep one copy under the plain URL.
                    cacheKeyWillBeUsed: async ({ request }: { request: Request }) => {
                      const url = new URL(request.url);
                      url.searchParams.delete('ts');
                      return url.href;
                    },
                  },
                ],
              },
            },
          ],
        });
        // Its own code (src/sw/worker.ts: caching asked by the page, removing other builds' caches), bundled here.
        await appendFile(join(dist, 'sw.js'), `\n${await bundleWorker(root, version)}`);
        const summary = `service worker ${version}: precache ${plan.common.length + 1} common files ${kib(status.commonBytes)}; ${summaries.join('; ')} (Brotli)`;
        if (largestStart <= precacheBudgetBytes) logger.info(summary);
        else logger.warn(`${summary}: a first visit stores ${kib(largestStart)} as built, over the budget of ${kib(precacheBudgetBytes)} (ALT_ATLAS_PRECACHE_BUDGET)`);
      },
    },
  };
}

/** src/sw/worker.ts as one minified script, with the build's version in place of `BUILD_VERSION`. */
async function bundleWorker(root: URL, version: string): Promise<string> {
  const result = await esbuild({
    entryPoints: [fileURLToPath(new URL('src/sw/worker.ts', root))],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    define: { BUILD_VERSION: JSON.stringify(version) },
  });
  return result.outputFiles[0]!.text;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Every cacheable file in `dist` the policy keeps, with its size, transfer size and (unhashed) a revision. */
async function listBuilt(dist: string): Promise<Built[]> {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dist, join(e.parentPath, e.name)).split('\\').join('/'))
    .filter((url) => CACHEABLE.test(url) && !OWN_FILES.test(url) && offlineTier(url) !== 'skip')
    .sort();
  // Brotli's strongest setting, as served, for a site of normal size; a large site's figures are estimates at
  // quality 5 (about a tenth larger), so the build does not spend minutes compressing thousands of pages.
  const quality = files.length > 2000 ? 5 : 11;
  return inBatches(files, async (url) => {
    const content = await readFile(join(dist, url));
    const revision = HASHED.test(url) ? null : createHash('md5').update(content).digest('hex');
    return { url, size: content.length, transferSize: transferSize(url, content, quality), revision };
  });
}

/** The scripts and stylesheets the given pages load, following static imports and lazy `import()`s of the chunks. */
async function assetsOf(dist: string, files: readonly SizedFile[]): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const file of files.filter((f) => f.url.endsWith('.html'))) {
    const html = await readFile(join(dist, file.url), 'utf8');
    for (const m of html.matchAll(/<script\b[^>]*\bsrc="\/(_astro\/[^"]+\.js)"/g)) queue.push(m[1]!);
    for (const m of html.matchAll(/<link\b[^>]*\bhref="\/(_astro\/[^"]+\.css)"/g)) seen.add(m[1]!);
  }
  while (queue.length > 0) {
    const script = queue.pop()!;
    if (seen.has(script)) continue;
    seen.add(script);
    const code = await readFile(join(dist, script), 'utf8');
    for (const m of code.matchAll(/["'`](?:\.\/|\/?_astro\/)([^"'`/]+\.js)["'`]/g)) queue.push(`_astro/${m[1]}`);
  }
  return seen;
}

/** Maps over many files a batch at a time, so a large site never opens more files at once than the system allows. */
async function inBatches<T, R>(items: readonly T[], fn: (item: T) => Promise<R>, size = 64): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return results;
}

async function pageInfo(dist: string, url: string): Promise<{ url: string; title: string; collection: string }> {
  const html = await readFile(join(dist, url), 'utf8');
  const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? url;
  const parts = url.split('/');
  return { url: pageUrl(url), title, collection: parts[parts.length - 3]! };
}

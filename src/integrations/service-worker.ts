/**
 * Generates the service worker (`/sw.js`) with workbox-build once the site and its Pagefind bundle are written, so
 * it must come after the Pagefind integration. It precaches what `planPrecache` chooses within the byte budget,
 * names every cache after the build version, and removes other versions' caches on activation. It also writes
 * `/offline/status.json` (version, mode, size) and `/offline/pages.json` (every article, for the offline page and
 * "Make all pages available offline").
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { appendFile, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { generateSW } from 'workbox-build';
import { classifyFile, pageUrl, planPrecache } from '../lib/precache.ts';
import { basePath, editionOf } from '../lib/edition.ts';
import type { SiteOptions } from '../lib/site-options.ts';

/** Files worth caching at all; the budget then decides which are precached. */
const CACHEABLE = /\.(html|css|js|json|svg|png|webmanifest|pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/;
/** Hashed file names need no revision: the name changes with the content. */
const HASHED = /(^|\/)_astro\/|\.(pf_index|pf_fragment|pf_filter|pf_meta)$|wasm\.[a-z-]+\.pagefind$/;

interface Built {
  url: string;
  size: number;
  revision: string | null;
}

/** `options` are the validated site options' `offline` part (src/lib/site-options.ts). */
export default function serviceWorker(options: SiteOptions['offline']): AstroIntegration {
  const { precacheBudgetBytes } = options;

  return {
    name: 'alt-atlas:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const built = await listBuilt(dist);
        const plan = planPrecache(built, precacheBudgetBytes);
        const version = createHash('sha256')
          .update(plan.entries.map((e) => `${e.url} ${e.revision ?? ''}`).join('\n'))
          .digest('hex')
          .slice(0, 10);

        const articles = built.filter((f) => classifyFile(f.url) === 'article');
        const status = {
          version,
          mode: plan.mode,
          precacheBytes: plan.bytes,
          precacheCount: plan.entries.length,
          budgetBytes: precacheBudgetBytes,
          withinBudget: plan.withinBudget,
        };
        await mkdir(join(dist, 'offline'), { recursive: true });
        await writeFile(join(dist, 'offline', 'status.json'), JSON.stringify(status));
        await writeFile(
          join(dist, 'offline', 'pages.json'),
          JSON.stringify({ version, pages: await inBatches(articles, (f) => pageInfo(dist, f.url)) }),
        );

        await generateSW({
          swDest: join(dist, 'sw.js'),
          mode: 'production',
          sourcemap: false,
          inlineWorkboxRuntime: true,
          cacheId: `alt-atlas-${version}`,
          // The list is chosen by planPrecache, so Workbox globs nothing itself (it needs the folder to take a list).
          globDirectory: dist,
          globPatterns: [],
          additionalManifestEntries: [
            ...plan.entries.map(({ url, revision }) => ({ url: `/${url}`, revision })),
            { url: '/offline/status.json', revision: version },
            { url: '/offline/pages.json', revision: version },
          ],
          // Query parameters that do not change the file: Pagefind's cache-busting `?ts=`, the search page's
          // `?q=` and `?type=` (read by its script), and campaign tags.
          ignoreURLParametersMatching: [/^ts$/, /^q$/, /^type$/, /^utm_/],
          directoryIndex: 'index.html',
          // A new release takes over as soon as it is installed; open pages are told and keep what they loaded
          // (see src/scripts/sw-register.ts).
          skipWaiting: true,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          runtimeCaching: [
            {
              // The same for the Chinese edition, whose offline page is in Chinese.
              urlPattern: ({ request, sameOrigin, url }) => sameOrigin && request.mode === 'navigate' && url.pathname.startsWith('/zh/'),
              handler: 'NetworkFirst',
              options: {
                cacheName: `alt-atlas-${version}-pages`,
                networkTimeoutSeconds: 4,
                precacheFallback: { fallbackURL: '/zh/offline/index.html' },
              },
            },
            {
              // Pages not precached: the network first (fresh medical content), the copy read last time when
              // offline or slow, and the offline page when there is neither.
              urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
              handler: 'NetworkFirst',
              options: {
                cacheName: `alt-atlas-${version}-pages`,
                networkTimeoutSeconds: 4,
                precacheFallback: { fallbackURL: '/offline/index.html' },
              },
            },
            {
              urlPattern: ({ sameOrigin, url }) => sameOrigin && !url.pathname.startsWith('/embed/'),
              handler: 'StaleWhileRevalidate',
              options: { cacheName: `alt-atlas-${version}-runtime` },
            },
          ],
        });
        // Caches of other builds are removed once this version takes over.
        const prefix = JSON.stringify(`alt-atlas-${version}-`);
        await appendFile(
          join(dist, 'sw.js'),
          `\nself.addEventListener("activate",e=>e.waitUntil(caches.keys().then(k=>Promise.all(k.filter(n=>n.startsWith("alt-atlas-")&&!n.startsWith(${prefix})).map(n=>caches.delete(n))))));\n`,
        );
        const scope = plan.mode === 'full' ? 'the whole site' : `shell, indexes and search; ${plan.deferred.length} articles on demand`;
        const summary = `service worker ${version}: precache ${plan.entries.length} files, ${(plan.bytes / 1024).toFixed(1)} KiB (${scope}; budget ${(precacheBudgetBytes / 1024).toFixed(0)} KiB)`;
        if (plan.withinBudget) logger.info(summary);
        else logger.warn(`${summary}: over budget, because the shell, indexes and search bundle alone are larger; raise ALT_ATLAS_PRECACHE_BUDGET or expect a larger first download`);
      },
    },
  };
}

/** Every cacheable file in `dist`, with its size and (for names without a hash) a content revision. */
async function listBuilt(dist: string): Promise<Built[]> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => relative(dist, join(e.parentPath, e.name)).split('\\').join('/'))
    .filter((url) => CACHEABLE.test(url) && url !== 'sw.js' && !url.startsWith('offline/status') && !url.startsWith('offline/pages'))
    .sort();
  return inBatches(files, async (url) => {
    const content = await readFile(join(dist, url));
    const revision = HASHED.test(url) ? null : createHash('md5').update(content).digest('hex');
    return { url, size: content.length, revision };
  });
}

/** Maps over many files a batch at a time, so a large site never opens more files at once than the system allows. */
async function inBatches<T, R>(items: readonly T[], fn: (item: T) => Promise<R>, size = 64): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return results;
}

async function pageInfo(dist: string, url: string): Promise<{ url: string; title: string; collection: string; lang: string }> {
  const html = await readFile(join(dist, url), 'utf8');
  const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? url;
  return { url: pageUrl(url), title, collection: basePath(pageUrl(url)).split('/')[1]!, lang: editionOf(url) };
}

/**
 * What a reader's device keeps for offline use, and when. Pure: the service-worker integration sorts the built files
 * with it, and the page script asks it whether the connection says data is cheap.
 *
 * Three tiers, decided with the figures in the README (Offline):
 * - common: the stylesheet, the scripts of the shell pages and the English offline page (the last fallback of every
 *   edition), precached by the service worker when it installs (a few KiB: an offline page must be there before the
 *   first offline navigation);
 * - shell: per edition, the home and search pages, the five index pages and the edition's offline page (if it is not
 *   common), plus the page being read, cached on the first visit whatever the connection. The result explainer (its
 *   page, script and stylesheet, about 14 KB, a quarter of the lean budget) is part of the shell too, but waits on
 *   Save-Data or a slow connection until the reader opens it or saves the edition (`cacheExplainerNow`);
 * - edition: per edition, every article and the edition's search bundle (Pagefind runtime, index, filters and result
 *   fragments), cached when the reader asks ("Save the whole atlas for offline use") or automatically when
 *   `navigator.connection` reports no Save-Data and a fast connection that is not cellular.
 * Pages read are always cached (the service worker's page route), and so are search files fetched while online.
 *
 * Editions: English is every path not under `/zh/`; Chinese is `/zh/...`. Each edition has the same layout under
 * its prefix, so the same rules serve both.
 */

export const EDITIONS = ['en', 'zh'] as const;
export type Edition = (typeof EDITIONS)[number];

/** The path prefix of each edition's pages: `/` for English, `/zh/` for Chinese. */
export const EDITION_PREFIX: Record<Edition, string> = { en: '/', zh: '/zh/' };

/**
 * The edition a path belongs to. Accepts a URL path (`/zh/causes/x/`), a built file path relative to the site root
 * (`zh/causes/x/index.html`) or a full URL.
 */
export function editionOf(path: string): Edition {
  let pathname = path;
  if (/^[a-z]+:\/\//i.test(path)) pathname = new URL(path).pathname;
  pathname = pathname.replace(/^\/+/, '');
  return pathname === 'zh' || pathname.startsWith('zh/') ? 'zh' : 'en';
}

/** The edition a Pagefind file belongs to, from its language code (`en_1a2b.pf_index`, `wasm.zh-cn.pagefind`). */
export function pagefindEdition(file: string): Edition | 'shared' {
  const name = file.split('/').pop() ?? '';
  const lang = /^(?:pagefind\.)?([a-z]{2,3}(?:-[a-z0-9]+)*)_[0-9a-f]+\.pf_(?:index|fragment|filter|meta)$/i.exec(name)?.[1] ??
    /^wasm\.([a-z-]+)\.pagefind$/i.exec(name)?.[1];
  if (lang === undefined) return 'shared';
  if (lang === 'unknown') return 'zh';
  return lang.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export type OfflineTier = 'common' | 'shell' | 'edition' | 'skip';

/** The five collections, whose folders hold the articles and index pages of each edition. */
const COLLECTION_DIRS = new Set(['causes', 'medications', 'lifestyle', 'symptoms', 'tests']);
/** Pages of the shell besides the indexes: home (empty), search, the result explainer and the offline page. */
const SHELL_PAGES = new Set(['', 'search/', 'result/', 'offline/']);

/**
 * Sorts a built file (path from the site root without a leading slash, as Workbox lists it) into its tier.
 * The offline page is `common`: the service worker needs it for any navigation it cannot serve.
 */
export function offlineTier(file: string): OfflineTier {
  if (file.endsWith('.map')) return 'skip';
  if (file.startsWith('pagefind/')) {
    // Not used: Pagefind's UI kits, highlighter and playground. The language-neutral runtime (`wasm.unknown`) is the
    // Chinese edition's: Pagefind has no Chinese-specific one.
    if (/^pagefind\/(pagefind-(component-|modular-)?ui|pagefind-highlight|playground)/.test(file)) return 'skip';
    return 'edition';
  }
  // Scripts: the integration keeps only those the shell pages load (lazily included), not the portals' ones.
  if (file.startsWith('_astro/')) return 'common';
  const edition = editionOf(file);
  const rest = edition === 'en' ? file : file.slice('zh/'.length);
  if (rest === 'offline/index.html') return edition === 'en' ? 'common' : 'shell';
  // Only the pages below are kept ahead of time; everything else is `skip`: portal files (embed pages, oEmbed, code
  // lookup files), the integrator guide, the 404 page, the manifest, icons, `sw.js` and `_headers` are for other readers
  // or other moments (fetched online, they are kept like any file read).
  if (!rest.endsWith('index.html')) return 'skip';
  const dir = rest.slice(0, -'index.html'.length);
  if (SHELL_PAGES.has(dir)) return 'shell';
  const parts = dir.split('/').filter(Boolean);
  if (COLLECTION_DIRS.has(parts[0]!)) return parts.length === 1 ? 'shell' : 'edition';
  return 'skip';
}

/** Whether a built file is an edition's result explainer page (`result/index.html`, `zh/result/index.html`). */
export function isExplainerPage(file: string): boolean {
  return /^(zh\/)?result\/index\.html$/.test(file);
}

/** `causes/hepatitis-b/index.html` -> `/causes/hepatitis-b/`: the URL a reader navigates to. */
export function pageUrl(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`;
}

export interface SizedFile {
  /** Path from the site root without a leading slash. */
  url: string;
  /** Bytes as built. */
  size: number;
  /** Bytes as transferred (Brotli where that is smaller). */
  transferSize: number;
}

export interface EditionPlan<F extends SizedFile> {
  /** Cached on every first visit to this edition (with the page being read). */
  shell: F[];
  /** The result explainer's page: shell, but on Save-Data or a slow connection only when opened or saved. */
  explainer: F[];
  /** Cached when the reader asks, or automatically on a fast connection without Save-Data. */
  rest: F[];
}

export interface OfflinePlan<F extends SizedFile> {
  /** Precached by the service worker when it installs, whatever the edition. */
  common: F[];
  editions: Record<Edition, EditionPlan<F>>;
}

/** Splits the built files into the tiers above; shared Pagefind files go with every edition that has a search. */
export function planOffline<F extends SizedFile>(files: readonly F[]): OfflinePlan<F> {
  const plan: OfflinePlan<F> = {
    common: [],
    editions: { en: { shell: [], explainer: [], rest: [] }, zh: { shell: [], explainer: [], rest: [] } },
  };
  const shared: F[] = [];
  for (const file of files) {
    const tier = offlineTier(file.url);
    if (tier === 'common') plan.common.push(file);
    else if (tier === 'shell') plan.editions[editionOf(file.url)][isExplainerPage(file.url) ? 'explainer' : 'shell'].push(file);
    else if (tier === 'edition') {
      const edition = file.url.startsWith('pagefind/') ? pagefindEdition(file.url) : editionOf(file.url);
      if (edition === 'shared') shared.push(file);
      else plan.editions[edition].rest.push(file);
    }
  }
  for (const edition of EDITIONS) {
    const { rest } = plan.editions[edition];
    if (rest.some((f) => f.url.startsWith('pagefind/'))) rest.unshift(...shared);
  }
  return plan;
}

export const sumBytes = (files: readonly SizedFile[], key: 'size' | 'transferSize' = 'transferSize'): number =>
  files.reduce((n, f) => n + f[key], 0);

/** What `navigator.connection` (Network Information API) reports; every field may be missing. */
export interface ConnectionInfo {
  saveData?: boolean;
  effectiveType?: string;
  /** Estimated bandwidth in megabits per second (Chromium caps it at 10). */
  downlink?: number;
  /** `cellular`, `wifi`, `ethernet`...: only some platforms report it. */
  type?: string;
}

/** The bandwidth from which a connection counts as fast: the whole English edition (about 1 MB) in under 2 s. */
export const FAST_DOWNLINK_MBPS = 5;

/**
 * Whether to save the reader's whole edition without being asked: only when the browser says data is cheap, that
 * is no Save-Data, a 4G-class connection of at least FAST_DOWNLINK_MBPS, and not a cellular one. A browser without
 * the Network Information API (Firefox, Safari) says nothing, so nothing more is downloaded there unless asked.
 */
export function saveEditionAutomatically(connection: ConnectionInfo | undefined): boolean {
  if (!connection) return false;
  if (connection.saveData === true) return false;
  if (connection.type === 'cellular') return false;
  if (connection.effectiveType !== '4g') return false;
  return typeof connection.downlink === 'number' && connection.downlink >= FAST_DOWNLINK_MBPS;
}

/** Connection estimates Chromium gives below a 4G-class connection. */
const SLOW_TYPES = new Set(['slow-2g', '2g', '3g']);

/**
 * Whether the first visit also caches the result explainer (page, script, stylesheet): not when the reader asked to
 * save data or the connection is slow, where it would take a quarter of the lean first visit for a page not every
 * reader opens. A browser that says nothing (no Network Information API) gets it.
 */
export function cacheExplainerNow(connection: ConnectionInfo | undefined): boolean {
  if (!connection) return true;
  if (connection.saveData === true) return false;
  return connection.effectiveType === undefined || !SLOW_TYPES.has(connection.effectiveType);
}

/** "1.2 MB", "640 KB": a size a reader can weigh (decimal units, as phones show data use). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}

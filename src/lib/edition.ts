/**
 * The site's two language editions and how a URL shows which one it belongs to. English lives at the root
 * (`/causes/hepatitis-b/`), Simplified Chinese under `/zh/` (`/zh/causes/hepatitis-b/`), and the embed and oEmbed
 * files of a Chinese page under `/embed/zh/...` and `/oembed/zh/...`. Pure, with no dependencies, so the browser
 * scripts, the service-worker plan and the build all use the same rules.
 */

export const EDITIONS = ['en', 'zh-CN'] as const;
export type Edition = (typeof EDITIONS)[number];

export const DEFAULT_EDITION: Edition = 'en';

/** The URL segment of each edition (English has none). */
export const EDITION_SEGMENT: Record<Edition, string> = { en: '', 'zh-CN': 'zh' };

/** How each edition names itself on the language switch. */
export const EDITION_NAMES: Record<Edition, string> = { en: 'English', 'zh-CN': '中文' };

/** Folders whose files belong to a page of an edition, so `/embed/zh/...` is Chinese too. */
const CARRIERS = ['embed', 'oembed'];

/** Splits a path into its carrier folder (`embed`), edition and the rest: the one parser behind every helper below. */
function split(path: string): { carrier: string; edition: Edition; rest: string } {
  const parts = path.replace(/^\/+/, '').split('/');
  const carrier = CARRIERS.includes(parts[0]!) ? parts.shift()! : '';
  const edition: Edition = parts[0] === 'zh' ? 'zh-CN' : 'en';
  if (edition !== 'en') parts.shift();
  return { carrier, edition, rest: parts.join('/') };
}

/**
 * The edition a site path belongs to: `/zh/`, `/zh/causes/hepatitis-b/`, `zh/tests/alt/index.html` (as the precache
 * lists files) and `/embed/zh/tests/alt/` are Chinese; everything else is English.
 */
export function editionOf(path: string): Edition {
  return split(path).edition;
}

/** The same page in another edition: `localizePath('/embed/tests/alt/', 'zh-CN')` is `/embed/zh/tests/alt/`. */
export function localizePath(path: string, edition: Edition): string {
  const { carrier, rest } = split(path);
  // Empty parts leave double slashes, which the replace folds (as it does any in `rest`). A directory stays a
  // directory (`trailingSlash: 'always'`): an empty `rest` still adds the last slash, so `/` becomes `/zh/`, never
  // `/zh`, and a `rest` that is a directory already ends in its slash.
  return `/${[carrier, EDITION_SEGMENT[edition], rest].join('/')}`.replace(/\/{2,}/g, '/');
}

/** The path without its edition: `/zh/causes/hepatitis-b/` -> `/causes/hepatitis-b/`. */
export const basePath = (path: string) => localizePath(path, DEFAULT_EDITION);

/** The counterpart of a page in the other edition. */
export const counterpartPath = (path: string) => localizePath(path, editionOf(path) === 'en' ? 'zh-CN' : 'en');

/**
 * A language as portals and browsers write it, mapped to an edition; undefined when there is no such edition.
 * Chinese: `zh`, `zh-CN`, `zh-Hans`, `zh-Hans-CN`, `zh_CN`, and the ISO 639-2 codes `chi` and `zho` (HL7
 * Infobutton's `informationRecipient.languageCode.c`). English: `en`, `en-US`, `eng`.
 */
export function parseLanguage(value: string | null | undefined): Edition | undefined {
  const tag = (value ?? '').trim().toLowerCase().replace(/_/g, '-');
  const primary = tag.split('-')[0];
  if (primary === 'zh' || primary === 'chi' || primary === 'zho') {
    // Traditional Chinese is a different edition, which the site does not have.
    return /-(hant|tw|hk|mo)\b/.test(tag) ? undefined : 'zh-CN';
  }
  if (primary === 'en' || primary === 'eng') return 'en';
  return undefined;
}

/** Han characters, CJK punctuation and full-width forms: a query with any of these is Chinese. */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Whether a text contains Chinese characters (`hasCjk('乙肝 DNA')` is true). */
export const hasCjk = (text: string) => CJK.test(text);

/** The built file of the "page not found" page for a missing path, in the path's edition. */
export const notFoundFile = (path: string) => (editionOf(path) === 'zh-CN' ? 'zh/404/index.html' : '404.html');

/**
 * Which edition answers a search. A Chinese query typed on an English page is answered by the Chinese edition (when
 * the site has one): the reader wrote in Chinese, and the English index cannot segment Chinese words.
 */
export function searchEdition(query: string, pageEdition: Edition, hasChinese: boolean): Edition {
  return pageEdition === 'en' && hasChinese && hasCjk(query) ? 'zh-CN' : pageEdition;
}

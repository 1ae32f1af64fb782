/**
 * oEmbed (https://oembed.com/) responses for articles, written as static files: `/oembed/<collection>/<slug>.json`
 * and the same response as XML, `/oembed/<collection>/<slug>.xml` (the spec's `format=xml`, announced by its own
 * discovery link). Type `rich`: the HTML is a plain iframe of the embed page with a fixed height (a consumer may strip
 * scripts; a page that can run the snippet gets auto-sizing from `/embed.js` instead).
 *
 * A static host ignores the query string, so `maxwidth`, `maxheight` and `format` in it change nothing: every
 * consumer gets the one published size, `EMBED_FRAME` (720 x 800). The iframe is 100% wide up to 720 px, so it
 * shrinks into any narrower space; its height does not. The README says what holds on each host. Pure.
 */

/** `/oembed/causes/hepatitis-b.json`, or `.xml` for the XML format. */
export const oembedPath = (collection: string, id: string, format: 'json' | 'xml' = 'json') => `/oembed/${collection}/${id}.${format}`;

/** Default size of the iframe in oEmbed and the plain-iframe example, in CSS pixels. */
export const EMBED_FRAME = { width: 720, height: 800 } as const;

/** How long a consumer may cache a response, in seconds (one day; pages are reviewed yearly). */
export const OEMBED_CACHE_AGE = 86_400;

/** The iframe's sandbox: what the embed page needs (see public/embed.js for why each flag is there). */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A plain iframe of an embed page, for pages that cannot run the snippet. */
export function embedIframeHtml(input: { src: string; title: string; width?: number; height?: number }): string {
  const width = input.width ?? EMBED_FRAME.width;
  const height = input.height ?? EMBED_FRAME.height;
  return (
    `<iframe src="${escapeAttribute(input.src)}" title="${escapeAttribute(input.title)}" width="${width}" height="${height}" ` +
    `loading="lazy" sandbox="${EMBED_SANDBOX}" referrerpolicy="no-referrer" ` +
    `style="border:0;width:100%;max-width:${width}px"></iframe>`
  );
}

export interface OEmbedInput {
  title: string;
  /** Absolute URL of the embed page. */
  embedUrl: string;
  siteName: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
}

/** The oEmbed response object, version 1.0, type `rich`. */
export function oembedResponse(input: OEmbedInput) {
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: input.siteName,
    provider_url: input.siteUrl,
    html: embedIframeHtml({ src: input.embedUrl, title: `${input.siteName}: ${input.title}` }),
    width: EMBED_FRAME.width,
    height: EMBED_FRAME.height,
    cache_age: OEMBED_CACHE_AGE,
  };
}

const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The same response in the spec's XML format: an `oembed` element with one child per field, in order, text escaped
 * (the iframe markup in `html` too).
 */
export function oembedXml(response: Record<string, string | number>): string {
  const fields = Object.entries(response).map(([name, value]) => `  <${name}>${escapeText(String(value))}</${name}>`);
  return ['<?xml version="1.0" encoding="utf-8" standalone="yes"?>', '<oembed>', ...fields, '</oembed>', ''].join('\n');
}

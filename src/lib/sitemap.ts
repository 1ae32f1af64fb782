/** The XML sitemap, from a list of site paths. Pure. */

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface SitemapItem {
  path: string;
  /** `YYYY-MM-DD` of the last review, where the page has one. */
  lastmod?: string | undefined;
  /** The page in every language, `hreflang` -> path (including its own), announced as `xhtml:link` alternates. */
  alternates?: Record<string, string> | undefined;
}

export function sitemapXml(items: readonly SitemapItem[], site: URL | string): string {
  const urls = items.map((item) => {
    const loc = `<loc>${escapeXml(new URL(item.path, site).href)}</loc>`;
    const links = Object.entries(item.alternates ?? {}).map(
      ([lang, path]) => `<xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(new URL(path, site).href)}"/>`,
    );
    return `<url>${loc}${item.lastmod ? `<lastmod>${item.lastmod}</lastmod>` : ''}${links.join('')}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

import { describe, expect, it } from 'vitest';
import { sitemapXml } from '../../src/lib/sitemap';

describe('sitemapXml', () => {
  it('lists absolute URLs with their review dates, escaped', () => {
    const xml = sitemapXml([{ path: '/' }, { path: '/tests/alt/', lastmod: '2026-11-24' }, { path: '/a&b/' }], 'https://example.org');
    expect(xml).toContain('<url><loc>https://example.org/</loc></url>');
    expect(xml).toContain('<url><loc>https://example.org/tests/alt/</loc><lastmod>2026-11-24</lastmod></url>');
    expect(xml).toContain('https://example.org/a&amp;b/');
  });

  it('is a whole sitemap document, with every language of a page as an escaped xhtml:link alternate', () => {
    const xml = sitemapXml(
      [
        { path: '/causes/a/', lastmod: '2026-11-24', alternates: { en: '/causes/a/', 'zh-CN': '/zh/causes/a/' } },
        { path: '/q/', alternates: { 'x"<>': '/q/?a=1&b="<>"' } },
      ],
      new URL('https://example.org/'),
    );
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
        '<url><loc>https://example.org/causes/a/</loc><lastmod>2026-11-24</lastmod>' +
        '<xhtml:link rel="alternate" hreflang="en" href="https://example.org/causes/a/"/>' +
        '<xhtml:link rel="alternate" hreflang="zh-CN" href="https://example.org/zh/causes/a/"/></url>\n' +
        '<url><loc>https://example.org/q/</loc>' +
        '<xhtml:link rel="alternate" hreflang="x&quot;&lt;&gt;" href="https://example.org/q/?a=1&amp;b=%22%3C%3E%22"/></url>\n' +
        '</urlset>\n',
    );
  });
});

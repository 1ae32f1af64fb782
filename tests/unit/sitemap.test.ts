import { describe, expect, it } from 'vitest';
import { sitemapXml } from '../../src/lib/sitemap';

describe('sitemapXml', () => {
  it('lists absolute URLs with their review dates, escaped', () => {
    const xml = sitemapXml([{ path: '/' }, { path: '/tests/alt/', lastmod: '2026-11-24' }, { path: '/a&b/' }], 'https://example.org');
    expect(xml).toContain('<url><loc>https://example.org/</loc></url>');
    expect(xml).toContain('<url><loc>https://example.org/tests/alt/</loc><lastmod>2026-11-24</lastmod></url>');
    expect(xml).toContain('https://example.org/a&amp;b/');
  });
});

/**
 * The two language editions as built: every page exists in both, says its language, links to its counterpart
 * (visible switch, hreflang both ways plus x-default, also in the sitemap), has its own canonical URL and JSON-LD
 * inLanguage, writes dates the edition's way, and is searched in its own Pagefind index.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '../../src/lib/collections';

const dist = new URL('../../dist/', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const site = /<link rel="canonical" href="(https?:\/\/[^/"]+)\//.exec(read('/'))![1]!;

const articles = COLLECTIONS.flatMap((c) =>
  readdirSync(join(dist, c), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `/${c}/${d.name}/`),
);
const pairs: [string, string][] = [
  ['/', '/zh/'],
  ...COLLECTIONS.map((c): [string, string] => [`/${c}/`, `/zh/${c}/`]),
  ['/search/', '/zh/search/'],
  ['/offline/', '/zh/offline/'],
  ...articles.map((p): [string, string] => [p, `/zh${p}`]),
];

describe.each(pairs)('%s and %s', (en, zh) => {
  it('both exist, each in its language, linking to the other', () => {
    for (const [path, lang, other, otherLang, label] of [
      [en, 'en', zh, 'zh-CN', '中文'],
      [zh, 'zh-CN', en, 'en', 'English'],
    ] as const) {
      expect(existsSync(join(dist, path, 'index.html')), `${path} is missing`).toBe(true);
      const html = read(path);
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(`<link rel="canonical" href="${site}${path}">`);
      expect(html).toContain(`<link rel="alternate" hreflang="en" href="${site}${en}">`);
      expect(html).toContain(`<link rel="alternate" hreflang="zh-CN" href="${site}${zh}">`);
      expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${site}${en}">`);
      expect(html).toMatch(new RegExp(`<a href="${other}" hreflang="${otherLang}" lang="${otherLang}"[^>]*data-lang-switch>${label}</a>`));
    }
  });
});

describe('the Chinese articles', () => {
  it.each(articles)('/zh%s: Chinese title, JSON-LD inLanguage, Chinese dates, links within the edition', (path) => {
    const html = read(`/zh${path}`);
    expect(/<h1>([^<]+)<\/h1>/.exec(html)?.[1]).toMatch(/[\u4e00-\u9fff]/);
    expect(html).toContain('"inLanguage":"zh-CN"');
    expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">\d{4}年\d{1,2}月\d{1,2}日<\/time>/);
    // Every link to an article stays in the Chinese edition, except the language switch (which has an hreflang).
    const articleLinks = [...html.matchAll(/href="(\/(?:causes|medications|lifestyle|symptoms|tests)\/[^"]*)"(?! hreflang)/g)].map((m) => m[1]);
    expect(articleLinks, 'links from a Chinese page to English articles').toEqual([]);
  });
  it('English articles write dates the English way', () => {
    expect(read('/tests/alt/')).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">\d{1,2} [A-Z][a-z]+ \d{4}<\/time>/);
  });
});

describe('the sitemap', () => {
  const xml = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  const urls = [...xml.matchAll(/<url>(.*?)<\/url>/g)].map((m) => m[1]!);
  it('lists every page of both editions, each with hreflang alternates both ways and x-default', () => {
    for (const [en, zh] of pairs.filter(([p]) => p !== '/offline/')) {
      for (const path of [en, zh]) {
        const entry = urls.find((u) => u.startsWith(`<loc>${site}${path}</loc>`));
        expect(entry, path).toBeDefined();
        expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${site}${en}"/>`);
        expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="zh-CN" href="${site}${zh}"/>`);
        expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${site}${en}"/>`);
      }
    }
    const zhCount = urls.filter((u) => u.startsWith(`<loc>${site}/zh/`)).length;
    console.log(`sitemap: ${urls.length - zhCount} English and ${zhCount} Chinese URLs; articles: ${articles.length} per language`);
  });
});

describe('search', () => {
  it('has one Pagefind index per language, each with every article', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(articles.length);
    expect(entry.languages['zh-cn'].page_count).toBe(articles.length);
  });
});

describe('the Chinese 404', () => {
  it('is built, in Chinese', () => {
    const html = read('/zh/404/');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('找不到这个页面');
  });
});

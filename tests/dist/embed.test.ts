/**
 * Over the built site (issue 6): embed pages, oEmbed files and discovery links, the static code lookup files and the
 * `_headers` framing rules, as the build wrote them.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { COLLECTIONS } from '../../src/lib/collections';
import { CODE_SYSTEMS } from '../../src/lib/codes';
import { headersFor, parseHeaders } from '../../src/lib/headers';
import { LOOKUP_EXAMPLES } from '../../src/lib/infobutton';
import { parse } from 'yaml';

const dist = new URL('../../dist/', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const json = (path: string) => JSON.parse(read(path));

/** Every article of both editions: `collection` is `causes` or, for the Chinese edition, `zh/causes`. */
const articles = ['', 'zh/'].flatMap((edition) =>
  COLLECTIONS.flatMap((collection) =>
    existsSync(join(dist, edition, collection))
      ? readdirSync(join(dist, edition, collection), { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => ({ collection: `${edition}${collection}`, slug: d.name }))
      : [],
  ),
);

/** Every code in the content's frontmatter, as `system/code`. */
const contentCodes = new Set(
  COLLECTIONS.flatMap((collection) =>
    readdirSync(new URL(`../../content/${collection}/`, import.meta.url)).flatMap((file) => {
      const text = readFileSync(new URL(`../../content/${collection}/${file}`, import.meta.url), 'utf8');
      const codes = (parse(text.split('---')[1]!) as { codes?: Record<string, string[]> }).codes ?? {};
      return Object.entries(codes).flatMap(([system, list]) => list.map((code) => `${system}/${code}`));
    }),
  ),
);

describe('embed pages', () => {
  it('exist for every article', () => {
    expect(articles.length).toBeGreaterThan(60);
    const missing = articles.filter((a) => !existsSync(join(dist, 'embed', a.collection, a.slug, 'index.html')));
    expect(missing).toEqual([]);
  });

  it.each(articles.map((a) => `${a.collection}/${a.slug}`))('%s: noindex, canonical, unindexed, no inline script or style', (page) => {
    const html = read(`embed/${page}/index.html`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+/${page}/">`));
    expect(html).not.toContain('data-pagefind-body');
    expect(html).not.toMatch(/<header|<footer|role="search"/);
    expect(html).toMatch(new RegExp(`<a href="/${page}/" target="_blank" rel="noopener">`));
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []).toEqual([]);
    expect(html).not.toMatch(/<style|\sstyle="/);
  });

  it('are left out of the search index', () => {
    const urls = readdirSync(join(dist, 'pagefind', 'fragment')).flatMap((file) => {
      const text = gunzipSync(readFileSync(join(dist, 'pagefind', 'fragment', file))).toString('utf8');
      return [...text.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
    });
    expect(urls.length).toBe(articles.length);
    expect(urls.filter((url) => url.includes('/embed/'))).toEqual([]);
  });
});

describe('oEmbed', () => {
  it.each(articles.map((a) => `${a.collection}/${a.slug}`))('%s has a discovery link and a rich 1.0 response', (page) => {
    const link = read(`${page}/index.html`).match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="[^"]+">/);
    expect(link?.[1]).toMatch(new RegExp(`/oembed/${page}\\.json$`));
    const response = json(`oembed/${page}.json`);
    expect(response).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'ALT Atlas', width: 720, height: 800, cache_age: 86400 });
    expect(response.html).toMatch(new RegExp(`^<iframe src="https?://[^"]+/embed/${page}/" title="ALT Atlas: `));
    // format=xml: the same response in XML, with its own discovery link.
    const xmlLink = read(`${page}/index.html`).match(/<link rel="alternate" type="text\/xml\+oembed" href="([^"]+)" title="[^"]+">/);
    expect(xmlLink?.[1]).toMatch(new RegExp(`/oembed/${page}\\.xml$`));
    const xml = read(`oembed/${page}.xml`);
    const field = (name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];
    expect(field('version')).toBe('1.0');
    expect(field('width')).toBe('720');
    expect(field('html')?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')).toBe(response.html);
    // The Chinese edition's responses are in Chinese.
    if (page.startsWith('zh/')) expect(response.title).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('code lookup files', () => {
  const index = json('codes/index.json');
  const files = CODE_SYSTEMS.flatMap((system) =>
    existsSync(join(dist, 'codes', system)) ? readdirSync(join(dist, 'codes', system)).map((f) => `${system}/${f.replace(/\.json$/, '')}`) : [],
  );

  it('exist for every code a page carries, and otherwise only for broader verified ICD-10-CM codes that name narrower ones', () => {
    const broader = files.filter((f) => !contentCodes.has(f));
    expect(new Set(files.filter((f) => contentCodes.has(f)))).toEqual(contentCodes);
    for (const file of broader) {
      expect(file).toMatch(/^icd10cm\//);
      const narrower: string[] = json(`codes/${file}.json`).narrower;
      expect(narrower.length, file).toBeGreaterThan(0);
      for (const code of narrower) expect(contentCodes.has(`icd10cm/${code}`) && code.startsWith(file.slice('icd10cm/'.length))).toBe(true);
    }
    // R74.0: billable before FY2021 and in WHO ICD-10, a header over R74.01 in ICD-10-CM since.
    expect(json('codes/icd10cm/R74.0.json').pages[0].path).toBe('/tests/alt/');
    expect(index.count).toBe(files.length);
    expect(index.codes.map((c: { system: string; code: string }) => `${c.system}/${c.code}`).sort()).toEqual([...files].sort());
    console.log(`code lookup files: ${files.length}`);
  });

  it('list pages with everything a portal needs', () => {
    for (const file of files) {
      const body = json(`codes/${file}.json`);
      expect(`${body.system}/${body.code}`).toBe(file);
      expect(body.pages.length).toBeGreaterThan(0);
      for (const page of body.pages) {
        expect(Object.keys(page).sort()).toEqual(['embedPath', 'embedUrl', 'path', 'summary', 'title', 'translations', 'type', 'url']);
        expect(existsSync(join(dist, page.path, 'index.html'))).toBe(true);
        expect(existsSync(join(dist, page.embedPath, 'index.html'))).toBe(true);
        // Both languages: the Chinese page, with its own title, summary and addresses.
        const zh = page.translations['zh-CN'];
        expect(Object.keys(zh).sort()).toEqual(['embedPath', 'embedUrl', 'path', 'summary', 'title', 'url']);
        expect(zh.path).toBe(`/zh${page.path}`);
        expect(zh.title).toMatch(/[\u4e00-\u9fff]/);
        expect(existsSync(join(dist, zh.path, 'index.html'))).toBe(true);
        expect(existsSync(join(dist, zh.embedPath, 'index.html'))).toBe(true);
      }
    }
  });

  it.each(LOOKUP_EXAMPLES.map((e) => [`${e.system}/${e.code}`, e.expected]))('%s is best answered by %s', (file, expected) => {
    expect(json(`codes/${file}.json`).pages[0].path).toBe(expected);
  });
});

describe('_headers', () => {
  const rules = parseHeaders(read('_headers'));
  /** The frame-ancestors directive of a path's Content-Security-Policy. */
  const ancestors = (path: string) => /frame-ancestors [^;]+$/.exec(headersFor(rules, path)['content-security-policy'] ?? '')?.[0];

  it('lets only embed pages and the lookup be framed by other sites', () => {
    for (const path of ['/', '/causes/hepatitis-b/', '/search/', '/integrate/', '/embed.js']) {
      expect(ancestors(path), path).toBe("frame-ancestors 'self'");
      if (path.endsWith('/')) expect(headersFor(rules, path)['x-frame-options'], path).toBe('SAMEORIGIN');
    }
    for (const path of ['/embed/causes/hepatitis-b/', '/lookup/']) {
      expect(ancestors(path), path).toMatch(/^frame-ancestors (\*|'self'( https:\/\/\S+)+)$/);
      // The old header would contradict frame-ancestors for clients that know only it.
      expect(headersFor(rules, path), path).not.toHaveProperty('x-frame-options');
    }
  });

  it('lets any site read the JSON', () => {
    expect(headersFor(rules, '/codes/index.json')['access-control-allow-origin']).toBe('*');
    expect(headersFor(rules, '/oembed/tests/alt.json')['access-control-allow-origin']).toBe('*');
  });
});

describe('/embed.js', () => {
  it('is small', () => {
    const source = readFileSync(join(dist, 'embed.js'));
    const gzipped = gzipSync(source, { level: 9 }).length;
    console.log(`/embed.js: ${source.length} bytes, ${gzipped} bytes gzipped`);
    expect(gzipped).toBeLessThan(2048);
  });
});

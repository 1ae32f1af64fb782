/**
 * The result explainer as built (issue 14): within the page budgets (scripts/budgets.json, "result"), in the offline
 * precache with its script, usable without JavaScript only as an explanation (no form can send anything), and an
 * embed page that points back to /result/.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { join, posix } from 'node:path';
import { pageResources, staticImports } from '../../src/lib/page-weight';
import { en } from '../../src/i18n/en';
import { zhCN } from '../../src/i18n/zh-CN';

const dist = new URL('../../dist/', import.meta.url).pathname;
const budgets = JSON.parse(readFileSync(new URL('../../scripts/budgets.json', import.meta.url), 'utf8')).result as {
  firstRenderBytes: number;
  scriptBytes: number;
  paths: string[];
};
const htmlOf = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length;

/** A module and every module it imports statically, each once. */
function moduleGraph(src: string, seen = new Set<string>()): string[] {
  if (seen.has(src)) return [];
  seen.add(src);
  const code = readFileSync(join(dist, src), 'utf8');
  return [src, ...staticImports(code).flatMap((dep) => moduleGraph(posix.join(posix.dirname(src), dep), seen))];
}

/** The explainer's script: the module the ResultExplainer component adds, and what it imports. */
function explainerScript(html: string): string[] {
  const own = pageResources(html).moduleScripts.filter((s) => s.includes('ResultExplainer'));
  expect(own).toHaveLength(1);
  return moduleGraph(own[0]!);
}

describe.each(budgets.paths)('%s', (path) => {
  const html = htmlOf(path);

  it(`needs at most ${budgets.firstRenderBytes} compressed bytes before first render`, () => {
    const { stylesheets, blockingScripts } = pageResources(html);
    const total = gzipSync(html).length + [...stylesheets, ...blockingScripts].reduce((n, f) => n + gz(f), 0);
    expect(total).toBeLessThanOrEqual(budgets.firstRenderBytes);
  });

  it(`runs at most ${budgets.scriptBytes} compressed bytes of explainer script`, () => {
    const files = explainerScript(html);
    const gzip = files.reduce((n, f) => n + gz(f), 0);
    const brotli = files.reduce((n, f) => n + brotliCompressSync(readFileSync(join(dist, f))).length, 0);
    console.log(`${path}: explainer script ${files.join(', ')}: ${gzip} B gzip, ${brotli} B brotli`);
    expect(gzip).toBeLessThanOrEqual(budgets.scriptBytes);
  });

  it('without JavaScript: explains itself, and no form can send a value', () => {
    // The message of the page's own language (English or Chinese dictionary).
    const noscript = (path.includes('/zh/') ? zhCN : en)['result.noscript'];
    expect(html.match(/<noscript>([\s\S]*?)<\/noscript>/)?.[1]).toContain(noscript);
    expect(html).toMatch(/<form[^>]*data-result-form[^>]*\shidden/);
    // Text fields and the unit have no name, so even a submitted form would carry none of them.
    const fields = html.match(/<(input|select)[^>]*\sdata-field=[^>]*>/g) ?? [];
    expect(fields).toHaveLength(6);
    expect(fields.filter((tag) => /\sname=/.test(tag))).toEqual([]);
  });
});

it('/result/ and its script are kept for offline use with the English shell (src/lib/offline-policy.ts)', () => {
  const status = JSON.parse(readFileSync(join(dist, 'offline', 'status.json'), 'utf8')) as { editions?: { en?: { explainer?: string[] } } };
  // The result explainer goes with the shell on a first visit (not on Save-Data or a slow connection: then when
  // opened or saved), its page, script and stylesheet together; the chunks it shares with the shell are precached.
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const explainer = status.editions?.en?.explainer ?? [];
  expect(explainer).toContain('/result/');
  const [own, ...shared] = explainerScript(htmlOf('/result/')).map((file) => `/${file.replace(/^\//, '')}`);
  expect(explainer).toContain(own);
  for (const file of shared) expect(explainer.includes(file) || sw.includes(`"${file}"`), file).toBe(true);
});

it('/embed/result/ is an embed page of /result/: noindex, canonical, open in a new tab', () => {
  const html = htmlOf('/embed/result/');
  expect(html).toContain('<meta name="robots" content="noindex">');
  expect(html).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/result\/">/);
  expect(html).toContain('<base target="_blank">');
});

it('the sitemap lists /result/, not its embed page', () => {
  const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  expect(sitemap).toMatch(/<loc>[^<]+\/result\/<\/loc>/);
  expect(sitemap).not.toContain('/embed/result/');
});

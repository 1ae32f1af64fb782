/**
 * Page budgets over the built site (scripts/budgets.json): everything needed before first render fits in one TCP
 * round trip, article pages load at most 2 KB of script before any interaction, no web fonts, and every image has
 * its size. A failing page lists its resources, largest first, so the one that grew is named.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';
import { pageResources, staticImports } from '../../src/lib/page-weight';

const dist = new URL('../../dist/', import.meta.url).pathname;
const budgets = JSON.parse(readFileSync(new URL('../../scripts/budgets.json', import.meta.url), 'utf8')).pages as {
  firstRenderBytes: number;
  articleScriptBytes: number;
  paths: string[];
  articles: string[];
};

const gz = (path: string) => gzipSync(readFileSync(join(dist, path))).length;
const htmlOf = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

/** A module and every module it imports statically, each once. */
function moduleGraph(src: string, seen = new Set<string>()): string[] {
  if (seen.has(src)) return [];
  seen.add(src);
  const code = readFileSync(join(dist, src), 'utf8');
  return [src, ...staticImports(code).flatMap((dep) => moduleGraph(posix.join(posix.dirname(src), dep), seen))];
}

const report = (items: [string, number][]) =>
  items
    .sort((a, b) => b[1] - a[1])
    .map(([name, n]) => `${name}: ${n} B`)
    .join(', ');

describe.each(budgets.paths)('%s', (path) => {
  const html = htmlOf(path);
  const resources = pageResources(html);

  it(`needs at most ${budgets.firstRenderBytes} compressed bytes before first render`, () => {
    const items: [string, number][] = [
      [`${path} (HTML)`, gzipSync(html).length],
      ...resources.stylesheets.map((s): [string, number] => [s, gz(s)]),
      ...resources.blockingScripts.map((s): [string, number] => [s, gz(s)]),
    ];
    const total = items.reduce((n, [, b]) => n + b, 0);
    expect(total, `${total} B: ${report(items)}`).toBeLessThanOrEqual(budgets.firstRenderBytes);
  });

  it('uses no web fonts and sizes every image', () => {
    expect(resources.fontLinks).toEqual([]);
    for (const css of resources.stylesheets) expect(readFileSync(join(dist, css), 'utf8')).not.toContain('@font-face');
    expect(resources.images.filter((i) => !i.hasSize).map((i) => i.src)).toEqual([]);
  });
});

describe.each(budgets.articles)('%s', (path) => {
  it(`runs at most ${budgets.articleScriptBytes} compressed bytes of script before any interaction`, () => {
    const { moduleScripts, blockingScripts } = pageResources(htmlOf(path));
    const files = [...new Set([...blockingScripts, ...moduleScripts.flatMap((s) => moduleGraph(s))])];
    const items = files.map((f): [string, number] => [f, gz(f)]);
    const total = items.reduce((n, [, b]) => n + b, 0);
    expect(total, `${total} B: ${report(items)}`).toBeLessThanOrEqual(budgets.articleScriptBytes);
  });

  it('loads one script file, not a chain of modules, before any interaction', () => {
    const { moduleScripts } = pageResources(htmlOf(path));
    expect(moduleScripts.map((s) => moduleGraph(s))).toEqual(moduleScripts.map((s) => [s]));
  });
});

it('ships no font files', () => {
  const fonts = readdirSync(dist, { recursive: true }).filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(String(f)));
  expect(fonts).toEqual([]);
  expect(existsSync(join(dist, 'index.html'))).toBe(true);
});

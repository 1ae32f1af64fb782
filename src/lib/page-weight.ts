/**
 * What a browser needs from a built page before it can render, read from the HTML: stylesheets, synchronous
 * scripts (they block rendering) and module scripts (deferred, but they run before any interaction), with the
 * static imports of those modules. Pure: file reading and compression are passed in.
 */

export interface PageResources {
  stylesheets: string[];
  blockingScripts: string[];
  moduleScripts: string[];
  images: { src: string; hasSize: boolean }[];
  fontLinks: string[];
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
const has = (tag: string, name: string) => new RegExp(`\\s${name}(?=[\\s=/>])`, 'i').test(tag);
const value = (tag: string, name: string) => {
  const m = attr(tag, name);
  // One of the three alternatives always matched: double-quoted, single-quoted or bare.
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
};

/** Lists the resources a page's HTML refers to before interaction. */
export function pageResources(html: string): PageResources {
  const tags = (name: string) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'gi')) ?? [];
  const links = tags('link');
  const scripts = tags('script').filter((t) => value(t, 'src') !== undefined);
  return {
    stylesheets: links.filter((t) => value(t, 'rel') === 'stylesheet').map((t) => value(t, 'href')!),
    blockingScripts: scripts
      .filter((t) => value(t, 'type') !== 'module' && !has(t, 'async') && !has(t, 'defer'))
      .map((t) => value(t, 'src')!),
    moduleScripts: scripts.filter((t) => value(t, 'type') === 'module').map((t) => value(t, 'src')!),
    images: tags('img').map((t) => ({
      src: value(t, 'src') ?? '',
      hasSize: value(t, 'width') !== undefined && value(t, 'height') !== undefined,
    })),
    fontLinks: links
      .filter((t) => /\.(woff2?|ttf|otf)(\?|$)/i.test(value(t, 'href') ?? '') || /fonts\./i.test(value(t, 'href') ?? ''))
      .map((t) => value(t, 'href')!),
  };
}

/** Static imports of an ES module (`import x from "./a.js"`, `import "./b.js"`), not dynamic `import()`. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) found.add(m[1]!);
  for (const m of code.matchAll(/(?:^|[;\s}])export\s*[\w*{}\s,$]*from\s*["']([^"']+)["']/g)) found.add(m[1]!);
  return [...found];
}

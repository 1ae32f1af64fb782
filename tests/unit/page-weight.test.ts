import { describe, expect, it } from 'vitest';
import { pageResources, staticImports } from '../../src/lib/page-weight';

describe('pageResources', () => {
  const html = `<html><head><link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/f.svg">
    <script type="module" src="/_astro/boot.js"></script><script src="/legacy.js"></script>
    <script src="/later.js" defer></script><script type="application/ld+json">{}</script>
    <link rel="preload" href="/fonts/x.woff2" as="font"></head>
    <body><img src="/a.png" width="10" height="10"><img src="/b.png"></body></html>`;
  it('sorts what a page loads before interaction', () => {
    expect(pageResources(html)).toEqual({
      stylesheets: ['/_astro/a.css'],
      blockingScripts: ['/legacy.js'],
      moduleScripts: ['/_astro/boot.js'],
      images: [
        { src: '/a.png', hasSize: true },
        { src: '/b.png', hasSize: false },
      ],
      fontLinks: ['/fonts/x.woff2'],
    });
  });
});

describe('staticImports', () => {
  it('finds static imports and re-exports, not dynamic import()', () => {
    const code = `import{a as b}from"./x.js";import "./y.js";export{c}from'./z.js';const m=()=>import("./lazy.js");`;
    expect(staticImports(code)).toEqual(['./x.js', './y.js', './z.js']);
  });
});

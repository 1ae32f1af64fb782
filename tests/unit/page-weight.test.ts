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

describe('pageResources details', () => {
  it('finds nothing in a page without links, scripts or images', () => {
    expect(pageResources('<html><body><p>Text only.</p></body></html>')).toEqual({
      stylesheets: [],
      blockingScripts: [],
      moduleScripts: [],
      images: [],
      fontLinks: [],
    });
  });
  it('reads attribute names in any case and values in any quoting', () => {
    const html = `<LINK REL=stylesheet HREF='/b.css'><SCRIPT SRC="/x.js" ASYNC></SCRIPT><script src=/y.js defer></script>
      <script src="/sync.js"></script><script TYPE="module" src="/m.js"></script><img SRC="/c.png" WIDTH="1" HEIGHT="1">`;
    expect(pageResources(html)).toMatchObject({
      stylesheets: ['/b.css'],
      blockingScripts: ['/sync.js'],
      moduleScripts: ['/m.js'],
      images: [{ src: '/c.png', hasSize: true }],
    });
  });
  it('does not call an async script blocking', () => {
    expect(pageResources('<script src="/a.js" async></script>').blockingScripts).toEqual([]);
  });
  it('wants both width and height for an image to have its size', () => {
    expect(pageResources('<img src="/w.png" width="1"><img src="/h.png" height="1"><img>').images).toEqual([
      { src: '/w.png', hasSize: false },
      { src: '/h.png', hasSize: false },
      { src: '', hasSize: false },
    ]);
  });
  it('finds font files and font hosts among the links only', () => {
    const html = `<link rel="preload" href="/f/a.woff" as="font"><link rel="preload" href="/f/b.ttf?v=2" as="font">
      <link rel="preconnect" href="https://fonts.example.org"><link rel="preload" href="/f/c.otf" as="font">
      <link rel="icon" href="/icon.svg"><link rel="manifest"><a href="/download/d.woff2">font file</a>`;
    expect(pageResources(html).fontLinks).toEqual(['/f/a.woff', '/f/b.ttf?v=2', 'https://fonts.example.org', '/f/c.otf']);
  });
});

describe('staticImports details', () => {
  it('finds imports and re-exports on later lines, with spaces in the braces', () => {
    const code = `const a = 1;\nimport './n.js';\nexport { a, b } from './z.js';\nexport * from "./w.js"`;
    expect(staticImports(code)).toEqual(['./n.js', './z.js', './w.js']);
  });
  it('finds a re-export at the very start', () => {
    expect(staticImports(`export{c}from'./z.js'`)).toEqual(['./z.js']);
  });
});

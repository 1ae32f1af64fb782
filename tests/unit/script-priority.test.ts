import { describe, expect, it } from 'vitest';
import { lowerScriptPriority } from '../../src/lib/script-priority';

describe('lowerScriptPriority', () => {
  it('marks each module script loaded from a file as low priority', () => {
    const html =
      '<head><link rel="stylesheet" href="/_astro/a.css"></head><body><p>x</p>' +
      '<script type="module" src="/_astro/Search.js"></script><script type="module" src="/_astro/Base.js"></script></body>';
    expect(lowerScriptPriority(html)).toBe(
      '<head><link rel="stylesheet" href="/_astro/a.css"></head><body><p>x</p>' +
        '<script type="module" src="/_astro/Search.js" fetchpriority="low"></script>' +
        '<script type="module" src="/_astro/Base.js" fetchpriority="low"></script></body>',
    );
  });

  it('leaves data blocks, other scripts and a page without scripts as they are', () => {
    const html =
      '<script type="application/ld+json">{"a":"<script type=\\"module\\" src=\\"x\\">"}</script>' +
      '<script src="/legacy.js"></script><p>text</p>';
    expect(lowerScriptPriority(html)).toBe(html);
    expect(lowerScriptPriority('<p>no script</p>')).toBe('<p>no script</p>');
  });
});

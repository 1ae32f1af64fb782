import { describe, expect, it } from 'vitest';
import { classifyFile, pageUrl, planPrecache } from '../../src/lib/precache';

describe('classifyFile', () => {
  it.each([
    ['index.html', 'shell'],
    ['search/index.html', 'shell'],
    ['offline/index.html', 'shell'],
    ['_astro/Base.abc.css', 'shell'],
    ['manifest.webmanifest', 'shell'],
    ['causes/index.html', 'index'],
    ['causes/hepatitis-b/index.html', 'article'],
    ['tests/alt/index.html', 'article'],
    ['pagefind/pagefind.js', 'search'],
    ['pagefind/wasm.en.pagefind', 'search'],
    ['pagefind/fragment/en_123.pf_fragment', 'search'],
    ['pagefind/pagefind-ui.js', 'skip'],
    ['pagefind/pagefind-component-ui.js', 'skip'],
    ['pagefind/pagefind-highlight.js', 'skip'],
    // The Chinese index runs on Pagefind's language-neutral runtime.
    ['pagefind/wasm.unknown.pagefind', 'search'],
    ['pagefind/pagefind.zh-cn_abc.pf_meta', 'search'],
    ['embed/causes/hepatitis-b/index.html', 'skip'],
    ['codes/loinc/1742-6.json', 'skip'],
    ['404.html', 'skip'],
    // The Chinese edition, planned like the English one.
    ['zh/index.html', 'shell'],
    ['zh/search/index.html', 'shell'],
    ['zh/offline/index.html', 'shell'],
    ['zh/causes/index.html', 'index'],
    ['zh/causes/hepatitis-b/index.html', 'article'],
    ['zh/404/index.html', 'skip'],
    ['embed/zh/causes/hepatitis-b/index.html', 'skip'],
    ['sw.js', 'skip'],
  ])('%s is %s', (url, kind) => {
    expect(classifyFile(url)).toBe(kind);
  });
});

describe('planPrecache', () => {
  const files = [
    { url: 'index.html', size: 100 },
    { url: 'causes/index.html', size: 100 },
    { url: 'causes/a/index.html', size: 400 },
    { url: 'causes/b/index.html', size: 400 },
    { url: 'pagefind/pagefind.js', size: 300 },
    { url: 'embed/causes/a/index.html', size: 999 },
  ];

  it('precaches everything worth having offline when it fits', () => {
    const plan = planPrecache(files, 1300);
    expect(plan.mode).toBe('full');
    expect(plan.bytes).toBe(1300);
    expect(plan.entries.map((f) => f.url)).not.toContain('embed/causes/a/index.html');
    expect(plan.deferred).toEqual([]);
    expect(plan.withinBudget).toBe(true);
  });

  it('keeps the shell, indexes and search over budget, and defers articles', () => {
    const plan = planPrecache(files, 1299);
    expect(plan.mode).toBe('shell');
    expect(plan.entries.map((f) => f.url)).toEqual(['index.html', 'causes/index.html', 'pagefind/pagefind.js']);
    expect(plan.bytes).toBe(500);
    expect(plan.deferred.map((f) => pageUrl(f.url))).toEqual(['/causes/a/', '/causes/b/']);
    expect(plan.withinBudget).toBe(true);
  });

  it('still precaches the shell when even it is over budget, and says so', () => {
    const plan = planPrecache(files, 499);
    expect(plan.mode).toBe('shell');
    expect(plan.bytes).toBe(500);
    expect(plan.withinBudget).toBe(false);
  });

  it('refuses a budget that is not a positive number', () => {
    expect(() => planPrecache(files, 0)).toThrow('expected a positive number of bytes');
    expect(() => planPrecache(files, Number.NaN)).toThrow('expected a positive number of bytes');
  });
});

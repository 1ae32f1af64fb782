import { describe, expect, it } from 'vitest';
import {
  editionOf,
  formatBytes,
  offlineTier,
  isExplainerPage,
  cacheExplainerNow,
  pagefindEdition,
  pageUrl,
  planOffline,
  saveEditionAutomatically,
  sumBytes,
} from '../../src/lib/offline-policy';

describe('editionOf', () => {
  it('puts every path under /zh/ in the Chinese edition and the rest in the English one', () => {
    expect(editionOf('/zh/')).toBe('zh');
    expect(editionOf('/zh')).toBe('zh');
    expect(editionOf('/zh/causes/hepatitis-b/')).toBe('zh');
    expect(editionOf('zh/causes/hepatitis-b/index.html')).toBe('zh');
    expect(editionOf('https://altatlas.example.org/zh/search/?q=x')).toBe('zh');
    expect(editionOf('/')).toBe('en');
    expect(editionOf('/causes/hepatitis-b/')).toBe('en');
    expect(editionOf('causes/index.html')).toBe('en');
    expect(editionOf('https://altatlas.example.org/tests/alt/')).toBe('en');
  });

  it('does not mistake a path that only starts with the letters zh', () => {
    expect(editionOf('/zhang/')).toBe('en');
    expect(editionOf('/medications/zhibitai/')).toBe('en');
  });
});

describe('pagefindEdition', () => {
  it('reads the language of index, fragment, filter, meta and WebAssembly files', () => {
    expect(pagefindEdition('pagefind/index/en_1a2b3c4.pf_index')).toBe('en');
    expect(pagefindEdition('pagefind/fragment/en_1a2b3c4.pf_fragment')).toBe('en');
    expect(pagefindEdition('pagefind/pagefind.en_de61d36852.pf_meta')).toBe('en');
    expect(pagefindEdition('pagefind/wasm.en.pagefind')).toBe('en');
    expect(pagefindEdition('pagefind/index/zh-cn_9f8e7d6.pf_index')).toBe('zh');
    expect(pagefindEdition('pagefind/filter/zh-cn_9f8e7d6.pf_filter')).toBe('zh');
    expect(pagefindEdition('pagefind/wasm.zh-cn.pagefind')).toBe('zh');
    expect(pagefindEdition('pagefind/wasm.unknown.pagefind')).toBe('zh');
  });

  it('treats the runtime and the entry file as shared', () => {
    expect(pagefindEdition('pagefind/pagefind.js')).toBe('shared');
    expect(pagefindEdition('pagefind/pagefind-worker.js')).toBe('shared');
    expect(pagefindEdition('pagefind/pagefind-entry.json')).toBe('shared');
  });
});

describe('offlineTier', () => {
  it.each([
    ['_astro/global.DXRsVWo7.css', 'common'],
    ['_astro/page.abc.js', 'common'],
    ['offline/index.html', 'common'],
    ['zh/offline/index.html', 'shell'],
    ['index.html', 'shell'],
    ['search/index.html', 'shell'],
    ['result/index.html', 'shell'],
    ['causes/index.html', 'shell'],
    ['tests/index.html', 'shell'],
    ['zh/index.html', 'shell'],
    ['zh/medications/index.html', 'shell'],
    ['zh/result/index.html', 'shell'],
    ['causes/hepatitis-b/index.html', 'edition'],
    ['zh/causes/hepatitis-b/index.html', 'edition'],
    ['pagefind/pagefind.js', 'edition'],
    ['pagefind/pagefind-entry.json', 'edition'],
    ['pagefind/fragment/en_1a2b3c4.pf_fragment', 'edition'],
    ['pagefind/wasm.unknown.pagefind', 'edition'],
    ['pagefind/pagefind-ui.js', 'skip'],
    ['pagefind/pagefind-component-ui.css', 'skip'],
    ['embed/causes/hepatitis-b/index.html', 'skip'],
    ['zh/embed/causes/hepatitis-b/index.html', 'skip'],
    ['oembed/causes/hepatitis-b.json', 'skip'],
    ['codes/loinc/1742-6.json', 'skip'],
    ['integrate/index.html', 'skip'],
    ['lookup/index.html', 'skip'],
    ['404.html', 'skip'],
    ['favicon.svg', 'skip'],
    ['manifest.webmanifest', 'skip'],
    ['icons/icon-512.png', 'skip'],
    ['sw.js', 'skip'],
    ['_headers', 'skip'],
    ['_astro/page.abc.js.map', 'skip'],
    ['pagefind/pagefind.js.map', 'skip'],
    ['robots.txt', 'skip'],
    ['causes/hepatitis-b/photo.png', 'skip'],
    ['about/index.html', 'skip'],
    ['zh/integrate/index.html', 'skip'],
    // An article whose name ends like a portal folder is still an article.
    ['tests/lab-codes/index.html', 'edition'],
  ])('%s is %s', (file, tier) => {
    expect(offlineTier(file)).toBe(tier);
  });
});

describe('planOffline', () => {
  const file = (url: string, transferSize = 100) => ({ url, size: transferSize * 3, transferSize });
  const files = [
    file('_astro/global.css'),
    file('offline/index.html'),
    file('zh/offline/index.html'),
    file('index.html'),
    file('causes/index.html'),
    file('result/index.html'),
    file('causes/hepatitis-b/index.html', 400),
    file('zh/index.html'),
    file('zh/causes/hepatitis-b/index.html', 500),
    file('pagefind/pagefind.js', 1000),
    file('pagefind/wasm.en.pagefind', 2000),
    file('pagefind/fragment/en_1.pf_fragment', 10),
    file('pagefind/wasm.zh-cn.pagefind', 3000),
    file('embed/causes/hepatitis-b/index.html'),
  ];
  // Planned inside each test, so the mutation run knows which tests cover planOffline.
  const planned = () => planOffline(files);

  it('precaches the common files for every reader', () => {
    const plan = planned();
    expect(plan.common.map((f) => f.url)).toEqual(['_astro/global.css', 'offline/index.html']);
  });

  it('gives each edition its own shell and rest, with the shared search runtime in both', () => {
    const plan = planned();
    expect(plan.editions.en.shell.map((f) => f.url)).toEqual(['index.html', 'causes/index.html']);
    expect(plan.editions.zh.shell.map((f) => f.url)).toEqual(['zh/offline/index.html', 'zh/index.html']);
    expect(plan.editions.en.explainer.map((f) => f.url)).toEqual(['result/index.html']);
    expect(plan.editions.zh.explainer).toEqual([]);
    expect(plan.editions.en.rest.map((f) => f.url)).toEqual([
      'pagefind/pagefind.js',
      'causes/hepatitis-b/index.html',
      'pagefind/wasm.en.pagefind',
      'pagefind/fragment/en_1.pf_fragment',
    ]);
    expect(plan.editions.zh.rest.map((f) => f.url)).toEqual([
      'pagefind/pagefind.js',
      'zh/causes/hepatitis-b/index.html',
      'pagefind/wasm.zh-cn.pagefind',
    ]);
    expect(sumBytes(plan.editions.en.rest)).toBe(1000 + 400 + 2000 + 10);
    expect(sumBytes(plan.editions.en.rest, 'size')).toBe(3 * (1000 + 400 + 2000 + 10));
  });

  it('leaves the shared runtime out of an edition without a search index', () => {
    const english = planOffline(files.filter((f) => !f.url.includes('zh')));
    expect(english.editions.zh).toEqual({ shell: [], explainer: [], rest: [] });
  });
});

describe('isExplainerPage', () => {
  it('knows each edition\'s result explainer page and nothing else', () => {
    expect(isExplainerPage('result/index.html')).toBe(true);
    expect(isExplainerPage('zh/result/index.html')).toBe(true);
    expect(isExplainerPage('embed/result/index.html')).toBe(false);
    expect(isExplainerPage('causes/result/index.html')).toBe(false);
  });
});

describe('cacheExplainerNow', () => {
  it('caches the explainer on the first visit unless the reader saves data or the connection is slow', () => {
    expect(cacheExplainerNow(undefined)).toBe(true);
    expect(cacheExplainerNow({})).toBe(true);
    expect(cacheExplainerNow({ saveData: false, effectiveType: '4g', downlink: 1.2 })).toBe(true);
    expect(cacheExplainerNow({ saveData: true, effectiveType: '4g', downlink: 10 })).toBe(false);
    expect(cacheExplainerNow({ effectiveType: '3g' })).toBe(false);
    expect(cacheExplainerNow({ effectiveType: '2g' })).toBe(false);
    expect(cacheExplainerNow({ effectiveType: 'slow-2g' })).toBe(false);
  });
});

describe('saveEditionAutomatically', () => {
  it('saves the whole edition only on a fast connection without Save-Data', () => {
    expect(saveEditionAutomatically({ saveData: false, effectiveType: '4g', downlink: 10 })).toBe(true);
    expect(saveEditionAutomatically({ effectiveType: '4g', downlink: 5, type: 'wifi' })).toBe(true);
  });

  it('keeps to the shell when the browser says data is not cheap or says nothing', () => {
    expect(saveEditionAutomatically(undefined)).toBe(false);
    expect(saveEditionAutomatically({})).toBe(false);
    expect(saveEditionAutomatically({ saveData: true, effectiveType: '4g', downlink: 10 })).toBe(false);
    expect(saveEditionAutomatically({ effectiveType: '3g', downlink: 10 })).toBe(false);
    expect(saveEditionAutomatically({ effectiveType: '4g', downlink: 4.9 })).toBe(false);
    expect(saveEditionAutomatically({ effectiveType: '4g' })).toBe(false);
    expect(saveEditionAutomatically({ effectiveType: '4g', downlink: 10, type: 'cellular' })).toBe(false);
  });
});

describe('pageUrl and formatBytes', () => {
  it('turns a built file into the URL a reader opens', () => {
    expect(pageUrl('causes/hepatitis-b/index.html')).toBe('/causes/hepatitis-b/');
    expect(pageUrl('zh/index.html')).toBe('/zh/');
    expect(pageUrl('index.html')).toBe('/');
  });

  it('writes sizes the way phones show data use', () => {
    expect(formatBytes(507_168)).toBe('507 KB');
    expect(formatBytes(1_234_567)).toBe('1.2 MB');
    expect(formatBytes(12)).toBe('1 KB');
  });
});

describe('edge cases of paths and names', () => {
  it('reads a full URL only when the path starts with a scheme, and ignores repeated leading slashes', () => {
    expect(editionOf('/zh/search/?next=https://altatlas.example.org/')).toBe('zh');
    expect(editionOf('//zh/causes/')).toBe('zh');
    expect(editionOf('https://altatlas.example.org//zh/')).toBe('zh');
  });

  it('reads the language only from a whole Pagefind file name', () => {
    expect(pagefindEdition('pagefind/index/x.zh-cn_9f8e7d6.pf_index')).toBe('shared');
    expect(pagefindEdition('pagefind/index/zh-cn_9f8e7d6.pf_index.gz')).toBe('shared');
    expect(pagefindEdition('pagefind/pagefind-wasm.zh-cn.pagefind')).toBe('shared');
    expect(pagefindEdition('pagefind/wasm.zh-cn.pagefind.gz')).toBe('shared');
  });

  it('skips only the UI kits at the top of the bundle', () => {
    expect(offlineTier('pagefind/fragment/pagefind/playground.pf_fragment')).toBe('edition');
  });

  it('knows the explainer page only by its whole name', () => {
    expect(isExplainerPage('result/index.html.br')).toBe(false);
  });

  it('drops only a trailing index.html from a file to make its URL', () => {
    expect(pageUrl('404.html')).toBe('/404.html');
    expect(pageUrl('causes/index.html.br')).toBe('/causes/index.html.br');
  });

  it('writes a megabyte from exactly 1,000,000 bytes', () => {
    expect(formatBytes(1_000_000)).toBe('1.0 MB');
    expect(formatBytes(999_999)).toBe('1000 KB');
  });
});

describe('planOffline: tiers', () => {
  it('puts each file in the tier offlineTier gives and skips the rest', () => {
    const file = (url: string) => ({ url, size: 1, transferSize: 1 });
    const plan = planOffline([file('zh/result/index.html'), file('robots.txt'), file('pagefind/pagefind-ui.js'), file('zh/tests/index.html')]);
    expect(plan.common).toEqual([]);
    expect(plan.editions.zh.explainer.map((f) => f.url)).toEqual(['zh/result/index.html']);
    expect(plan.editions.zh.shell.map((f) => f.url)).toEqual(['zh/tests/index.html']);
    expect(plan.editions.zh.rest).toEqual([]);
    expect(plan.editions.en).toEqual({ shell: [], explainer: [], rest: [] });
  });

  it('puts the shared search files only in an edition that has its own search files', () => {
    const file = (url: string) => ({ url, size: 1, transferSize: 1 });
    const plan = planOffline([file('pagefind/pagefind.js'), file('zh/causes/hepatitis-b/index.html'), file('causes/hepatitis-b/index.html'), file('pagefind/wasm.en.pagefind')]);
    expect(plan.editions.en.rest.map((f) => f.url)).toEqual(['pagefind/pagefind.js', 'causes/hepatitis-b/index.html', 'pagefind/wasm.en.pagefind']);
    expect(plan.editions.zh.rest.map((f) => f.url)).toEqual(['zh/causes/hepatitis-b/index.html']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  basePath,
  counterpartPath,
  editionOf,
  hasCjk,
  localizePath,
  notFoundFile,
  parseLanguage,
  searchEdition,
} from '../../src/lib/edition';

describe('editionOf', () => {
  it.each([
    ['/', 'en'],
    ['/causes/hepatitis-b/', 'en'],
    ['/zhongwen/', 'en'],
    ['/embed/tests/alt/', 'en'],
    ['/zh/', 'zh-CN'],
    ['/zh', 'zh-CN'],
    ['/zh/causes/hepatitis-b/', 'zh-CN'],
    ['zh/tests/alt/index.html', 'zh-CN'],
    ['/embed/zh/tests/alt/', 'zh-CN'],
    ['/oembed/zh/tests/alt.json', 'zh-CN'],
  ])('%s is %s', (path, edition) => {
    expect(editionOf(path)).toBe(edition);
  });
});

describe('paths between editions', () => {
  it('adds and removes the edition segment, after embed and oembed', () => {
    expect(localizePath('/', 'zh-CN')).toBe('/zh/');
    expect(localizePath('/causes/hepatitis-b/', 'zh-CN')).toBe('/zh/causes/hepatitis-b/');
    expect(localizePath('/embed/tests/alt/', 'zh-CN')).toBe('/embed/zh/tests/alt/');
    expect(localizePath('/oembed/tests/alt.json', 'zh-CN')).toBe('/oembed/zh/tests/alt.json');
    expect(localizePath('/zh/causes/', 'zh-CN')).toBe('/zh/causes/');
    expect(localizePath('/zh/causes/', 'en')).toBe('/causes/');
    expect(basePath('/embed/zh/tests/alt/')).toBe('/embed/tests/alt/');
    expect(basePath('zh/tests/alt/index.html')).toBe('/tests/alt/index.html');
  });
  it('finds the counterpart both ways', () => {
    expect(counterpartPath('/search/')).toBe('/zh/search/');
    expect(counterpartPath('/zh/search/')).toBe('/search/');
    expect(counterpartPath('/zh/')).toBe('/');
  });
  it('serves the 404 page of the edition', () => {
    expect(notFoundFile('/zh/causes/nope/')).toBe('zh/404/index.html');
    expect(notFoundFile('/causes/nope/')).toBe('404.html');
  });
});

describe('parseLanguage', () => {
  it.each(['zh', 'zh-CN', 'ZH-cn', 'zh_CN', 'zh-Hans', 'zh-Hans-CN', 'chi', 'zho'])('%s is the Chinese edition', (tag) => {
    expect(parseLanguage(tag)).toBe('zh-CN');
  });
  it.each(['en', 'en-US', 'eng'])('%s is English', (tag) => {
    expect(parseLanguage(tag)).toBe('en');
  });
  it.each(['zh-TW', 'zh-Hant', 'zh-HK', 'fr', '', null, undefined, 'zhx'])('%s has no edition', (tag) => {
    expect(parseLanguage(tag)).toBeUndefined();
  });
});

describe('searchEdition', () => {
  it('answers a Chinese query on an English page from the Chinese edition', () => {
    expect(hasCjk('乙肝 DNA')).toBe(true);
    expect(hasCjk('hepatitis B')).toBe(false);
    expect(searchEdition('脂肪肝', 'en', true)).toBe('zh-CN');
    expect(searchEdition('fatty liver', 'en', true)).toBe('en');
    expect(searchEdition('脂肪肝', 'en', false)).toBe('en');
    expect(searchEdition('Baraclude', 'zh-CN', true)).toBe('zh-CN');
  });
});

describe('edition details', () => {
  it('reads the edition after any number of leading slashes', () => {
    expect(editionOf('//zh/causes/a/')).toBe('zh-CN');
    expect(localizePath('//zh/causes/a/', 'en')).toBe('/causes/a/');
  });
  it('keeps every form of path: directory, file, bare edition root, doubled slashes', () => {
    expect(localizePath('/zh', 'en')).toBe('/');
    expect(localizePath('/embed/', 'zh-CN')).toBe('/embed/zh/');
    expect(localizePath('/tests//alt/', 'zh-CN')).toBe('/zh/tests/alt/');
    expect(localizePath('zh/tests/alt/index.html', 'zh-CN')).toBe('/zh/tests/alt/index.html');
    expect(localizePath('/', 'en')).toBe('/');
  });
  it('reads no language from a missing value', () => {
    expect(parseLanguage(null)).toBeUndefined();
    expect(parseLanguage(undefined)).toBeUndefined();
    expect(parseLanguage(' ZH_cn ')).toBe('zh-CN');
  });
});

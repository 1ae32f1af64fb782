import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { zhCN } from '../../src/i18n/zh-CN';
import { tFor, useTranslations } from '../../src/i18n';

describe('the Chinese dictionary', () => {
  it('has exactly the keys of the English one', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });
  it('keeps every placeholder, and is written in Chinese', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]));
      // Names, punctuation and units read the same in both languages.
      if (!['site.name', 'integrate.oembed.title', 'punct.colon', 'punct.stop', 'result.scale.times', 'result.scale.ul'].includes(key)) expect(zhCN[key], key).toMatch(/[\u4e00-\u9fff]/);
    }
  });
  it('is chosen by the page address', () => {
    expect(tFor('/zh/causes/hepatitis-b/')('nav.home')).toBe('首页');
    expect(tFor(new URL('https://example.org/embed/zh/tests/alt/'))('embed.openFull')).toBe('打开完整页面');
    expect(tFor('/causes/hepatitis-b/')('nav.home')).toBe('Home');
    expect(useTranslations('zh-CN')('search.count.many').replace('{n}', '3').replace('{q}', '乙肝')).toBe('找到 3 条与“乙肝”相关的结果');
  });
});

import { describe, expect, it } from 'vitest';
import { mergeByCoverage, relaxedTerms, splitQuery } from '../../src/lib/search/relax';

const words = (...list: string[]) => list.map((segment) => ({ segment, isWordLike: !/^[\s？?，。！!-]+$/.test(segment) }));

describe('relaxedTerms', () => {
  it('drops question and function words, punctuation and repeats', () => {
    expect(relaxedTerms(words('恩替卡韦', '要', '吃', '多久'))).toEqual(['恩替卡韦', '吃']);
    expect(relaxedTerms(words('脂肪肝', '能', '治好', '吗', '？'))).toEqual(['脂肪肝']);
    expect(relaxedTerms(words('转氨酶', '高', '是', '怎么回事', '转氨酶'))).toEqual(['转氨酶', '高']);
    expect(relaxedTerms(words('FIB', '-', '4'))).toEqual(['fib', '4']);
  });
});

describe('mergeByCoverage', () => {
  it('ranks pages by how much of the query they cover, then by relevance', () => {
    const merged = mergeByCoverage(
      [
        [{ id: 'alt', score: 2 }, { id: 'ast', score: 4 }],
        [{ id: 'alt', score: 1 }, { id: 'fatigue', score: 3 }],
      ],
      ['转氨酶', '高'],
    );
    // alt covers both words; ast only the longer one; fatigue only "高", less than half of alt's cover.
    expect(merged).toEqual(['alt', 'ast']);
  });
  it('keeps pages covering at least half of what the best page covers', () => {
    const merged = mergeByCoverage([[{ id: 'a', score: 1 }], [{ id: 'a', score: 1 }, { id: 'b', score: 5 }]], ['恩替卡韦', '吃']);
    expect(merged).toEqual(['a']);
    expect(mergeByCoverage([[{ id: 'a', score: 1 }], [{ id: 'b', score: 1 }]], ['甲肝', '乙肝'])).toEqual(['a', 'b']);
    expect(mergeByCoverage([], [])).toEqual([]);
  });
});

describe('splitQuery', () => {
  const icu = (text: string) => [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text)];
  const NAMES = ['脂肪肝', '转氨酶高', '转氨酶', '乙肝疫苗', '戊肝', '抗结核药'];
  it("keeps the site's names whole and drops question words", () => {
    expect(splitQuery('脂肪肝怎么办', NAMES, icu)).toEqual(['脂肪肝']);
    expect(splitQuery('转氨酶高是怎么回事', NAMES, icu)).toEqual(['转氨酶高']);
    expect(splitQuery('戊肝怎么传染', NAMES, icu)).toEqual(['戊肝', '传染']);
    expect(splitQuery('打乙肝疫苗', NAMES, icu)).toEqual(['打', '乙肝疫苗']);
  });
  it('leaves unknown text to the segmenter', () => {
    expect(splitQuery('小便发黄', NAMES, icu)).toEqual(['小便', '发黄']);
  });
});

describe('relax details', () => {
  const icu = (text: string) => [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text)];
  it('trims each segment and skips white space even when the segmenter does not say what is word-like', () => {
    expect(relaxedTerms([{ segment: ' 脂肪 ' }, { segment: ' ' }, { segment: 'ALT' }])).toEqual(['脂肪', 'alt']);
  });
  it('scales each list to its own best score before summing', () => {
    const merged = mergeByCoverage(
      [
        [{ id: 'a', score: 10 }, { id: 'b', score: 8 }, { id: 'c', score: 1 }],
        [{ id: 'b', score: 2 }, { id: 'a', score: 1 }, { id: 'c', score: 1 }],
      ],
      ['甲', '乙'],
    );
    // a: 10/10 + 1/2 = 1.5; b: 8/10 + 2/2 = 1.8; c: 0.1 + 0.5 = 0.6.
    expect(merged).toEqual(['b', 'a', 'c']);
  });
  it('puts the page covering more first even when it comes later, and keeps one covering exactly half', () => {
    const merged = mergeByCoverage([[{ id: 'b', score: 5 }], [{ id: 'a', score: 1 }], [{ id: 'a', score: 1 }]], ['甲', '乙', '丙']);
    expect(merged).toEqual(['a', 'b']);
  });
  it('weighs a list without a term as one character', () => {
    expect(mergeByCoverage([[{ id: 'a', score: 1 }], [{ id: 'b', score: 1 }], [{ id: 'b', score: 1 }]], ['甲乙'])).toEqual(['b', 'a']);
  });
  it('matches names whatever their case, and the query whatever its case', () => {
    expect(splitQuery('  FIB-4怎么算 ', ['FIB-4'], icu)).toEqual(['fib-4', '算']);
    expect(splitQuery('fib-4', ['FIB-4'], icu)).toEqual(['fib-4']);
  });
  it('does not cut words at one-character names or stop words', () => {
    expect(splitQuery('肝炎', ['肝'], icu)).toEqual(icu('肝炎').map((s) => s.segment));
    expect(splitQuery('目的', [], icu)).toEqual(['目的']);
  });
});

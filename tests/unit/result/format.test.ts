import { describe, expect, it } from 'vitest';
import { fill, formatNumber, statementText, type ResultStrings } from '../../../src/lib/result/format';
import { resultStrings } from '../../../src/i18n/result-strings';
import { en } from '../../../src/i18n/en';

const strings = resultStrings(en);

describe('format', () => {
  it('formats numbers for the language, at most two decimals', () => {
    expect(formatNumber(1200.456, 'en')).toBe('1,200.46');
    expect(formatNumber(2.2, 'de')).toBe('2,2');
  });
  it('fills numbers, strings and other keys; leaves unknown placeholders visible', () => {
    expect(fill('{a} {b} {c} {d}', { a: 1.5, b: 'x', c: { key: 'result.sex.male' } }, strings, 'en')).toBe('1.5 x men {d}');
  });
  it('writes a statement', () => {
    expect(statementText({ key: 'result.summary', vars: { alt: 88, uln: 40, multiple: 2.2 } }, strings, 'en')).toBe(
      "Your ALT of 88 U/L is 2.2 times your lab's upper limit of 40 U/L.",
    );
  });
  it('the result strings are exactly the result group of the dictionary', () => {
    const keys = Object.keys(strings as ResultStrings);
    expect(keys.length).toBeGreaterThan(50);
    expect(keys.every((k) => k.startsWith('result.'))).toBe(true);
    expect(keys).toHaveLength(Object.keys(en).filter((k) => k.startsWith('result.')).length);
  });
});

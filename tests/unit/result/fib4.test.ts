import { describe, expect, it } from 'vitest';
import { fib4, fib4Score } from '../../../src/lib/result/fib4';

describe('FIB-4', () => {
  it('is (age x AST) / (platelets x sqrt(ALT))', () => {
    expect(fib4Score(45, 50, 88, 210)).toBeCloseTo((45 * 50) / (210 * Math.sqrt(88)), 12);
    expect(fib4Score(50, 40, 100, 200)).toBe(1);
  });

  it.each([
    // age, AST, ALT, platelets -> score, category
    [50, 26, 100, 100, 1.3, 'low'], // exactly 1.30: "≤ 1.30" is the low cut-off
    [50, 27, 100, 100, 1.35, 'indeterminate'],
    [50, 53.4, 100, 100, 2.67, 'high'], // exactly 2.67: "≥ 2.67"
    [50, 60, 100, 100, 3, 'high'],
    [65, 30, 100, 195, 1, 'low'],
    [65, 40, 100, 130, 2, 'low'], // from 65 the low cut-off is 2.0
    [64, 40, 100, 128, 2, 'indeterminate'], // under 65 it is 1.3
    [70, 40, 100, 100, 2.8, 'high'],
  ] as const)('age %d, AST %d, ALT %d, platelets %d: %d is %s', (age, ast, alt, plt, score, category) => {
    const result = fib4(age, ast, alt, plt);
    expect(result.score).toBeCloseTo(score, 2);
    expect(result.category).toBe(category);
  });

  it('reads the category from the score as shown (two decimals)', () => {
    // 1.3049 shows as 1.30, so it is low, as the reader sees it.
    const age = 1.3049 * 200 * 10 / 40;
    expect(fib4(age, 40, 100, 200)).toMatchObject({ score: 1.3, category: 'low' });
  });

  it('applies the age rules: 2.0 from 65, a caution at 35 or under', () => {
    expect(fib4(65, 30, 100, 200)).toMatchObject({ lowCutoff: 2, highCutoff: 2.67, olderCutoff: true, young: false });
    expect(fib4(64, 30, 100, 200)).toMatchObject({ lowCutoff: 1.3, olderCutoff: false, young: false });
    expect(fib4(35, 30, 100, 200)).toMatchObject({ young: true });
    expect(fib4(36, 30, 100, 200)).toMatchObject({ young: false });
  });
});

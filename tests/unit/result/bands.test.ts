import { describe, expect, it } from 'vitest';
import { ACG_HEALTHY_ULN, bandOf, compareHealthy, multipleOfUln, shownMultiple } from '../../../src/lib/result/bands';

describe('multiple of the upper limit', () => {
  it('divides ALT by the upper limit', () => {
    expect(multipleOfUln(88, 40)).toBeCloseTo(2.2, 10);
    expect(shownMultiple(88, 40)).toBe(2.2);
    expect(shownMultiple(199, 40)).toBe(5);
  });
});

describe('bandOf', () => {
  it.each([
    [20, 40, 'within'],
    [40, 40, 'within'],
    [41, 40, 'mild'],
    [196, 40, 'mild'], // 4.9x
    [199, 40, 'moderate'], // 4.975x shows as 5.0x
    [200, 40, 'moderate'], // exactly 5x: ACG words the mild band "<5X"
    [600, 40, 'moderate'], // exactly 15x: ACG words the severe band ">15X"
    [601, 40, 'moderate'], // 15.025x shows as 15.0x
    [604, 40, 'severe'], // 15.1x
    [12_000, 40, 'severe'],
  ])('ALT %d with upper limit %d is %s', (alt, uln, band) => {
    expect(bandOf(alt, uln)).toBe(band);
  });
});

describe('ACG healthy upper limits', () => {
  it('are 29-33 U/L for men and 19-25 U/L for women', () => {
    expect(ACG_HEALTHY_ULN).toEqual({ male: { low: 29, high: 33 }, female: { low: 19, high: 25 } });
  });
  it.each([
    [34, 'male', 'above'],
    [33, 'male', 'withinRange'],
    [29, 'male', 'below'],
    [26, 'female', 'above'],
    [25, 'female', 'withinRange'],
    [19, 'female', 'below'],
  ] as const)('ALT %d for %s is %s', (alt, sex, expected) => {
    expect(compareHealthy(alt, sex)).toBe(expected);
  });
});

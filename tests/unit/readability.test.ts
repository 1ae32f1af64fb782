import { describe, expect, it } from 'vitest';
import { fleschKincaid, median, proseOf, syllables } from '../../src/lib/readability';

describe('syllables', () => {
  it.each([
    ['liver', 2],
    ['the', 1],
    ['enzyme', 2],
    ['alanine', 3],
    ['aminotransferase', 6],
    ['tired', 1],
    ['sleep', 1],
  ])('%s has %i', (word, n) => expect(syllables(word)).toBe(n));
});

describe('fleschKincaid', () => {
  it('scores short plain sentences low and long technical ones high', () => {
    const plain = fleschKincaid('Rest for a week. Then test again. Tell your doctor about every pill you take.');
    const dense = fleschKincaid(
      'Aminotransferase elevations necessitate comprehensive etiological evaluation incorporating hepatitis serologies, metabolic parameters and pharmacological histories.',
    );
    expect(plain.grade).toBeLessThan(4);
    expect(dense.grade).toBeGreaterThan(16);
    expect(plain.sentences).toBe(3);
  });
  it('handles empty text', () => expect(fleschKincaid('').grade).toBe(0));
});

describe('proseOf', () => {
  it('drops tables and link targets and ends headings and list items as sentences', () => {
    expect(proseOf('## What it is\n\n- a [test](/tests/alt/)\n| a | b |\n| - | - |\nDone.')).toBe('What it is.\n\na test.\nDone.');
  });
});

describe('median', () => {
  it('of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});

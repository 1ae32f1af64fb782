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

describe('syllables: edge cases', () => {
  it('counts no syllable in a word without letters, and one in any word of up to three letters', () => {
    expect(syllables('42')).toBe(0);
    expect(syllables('')).toBe(0);
    expect(syllables('eye')).toBe(1);
  });
  it('drops a silent -es after a consonant', () => expect(syllables('makes')).toBe(1));
});

describe('fleschKincaid: exact figures', () => {
  it('counts words, sentences and syllables and applies the formula', () => {
    // 6 words, 2 sentences, 8 syllables: 0.39 × 3 + 11.8 × 8/6 − 15.59 = 1.3.
    expect(fleschKincaid('The liver makes enzymes. Rest now.')).toEqual({ words: 6, sentences: 2, syllables: 8, grade: 1.3 });
  });
  it('counts one-word sentences and a last sentence without a full stop', () => {
    expect(fleschKincaid('Stop. Wait.')).toMatchObject({ words: 2, sentences: 2 });
    expect(fleschKincaid('Rest now')).toMatchObject({ words: 2, sentences: 1, grade: -3 });
  });
  it('scores text without letters as nothing', () => {
    expect(fleschKincaid('42. 7!')).toEqual({ words: 0, sentences: 0, syllables: 0, grade: 0 });
  });
});

describe('proseOf: markup', () => {
  it('drops indented table rows but keeps a bar inside a sentence', () => {
    expect(proseOf('  | a | b |\nEither A | B')).toBe('Either A | B.');
  });
  it('strips indented and numbered list markers, and only at the start of a line', () => {
    expect(proseOf('  - indented item\n1. First step\n10. Tenth step\n-  Done.\nStep - one')).toBe(
      'indented item.\nFirst step.\nTenth step.\nDone.\nStep - one.',
    );
  });
  it('drops emphasis and quote marks', () => expect(proseOf('> **Bold** and _em_ `code`')).toBe('Bold and em code.'));
  it('ends a line with a full stop only when it has no closing punctuation, ignoring spaces', () => {
    expect(proseOf('   \ne.g. this\nEnds here.  \nTrailing  ')).toBe('   \ne.g. this.\nEnds here.  \nTrailing.');
  });
});

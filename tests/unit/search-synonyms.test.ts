import { describe, expect, it } from 'vitest';
import { expandQuery, QUERY_STOP_WORDS, READER_SYNONYMS } from '../../src/lib/search/synonyms';
import { normaliseName } from '../../src/lib/search/rank';

describe('expandQuery', () => {
  it('keeps a query it does not change exactly as typed', () => {
    expect(expandQuery(' FIB-4 ')).toBe('FIB-4');
    expect(expandQuery('恩替卡韦')).toBe('恩替卡韦');
    expect(expandQuery('hepatitis b')).toBe('hepatitis b');
  });
  it('fixes misspellings and lay words, whole words only', () => {
    expect(expandQuery('entecavier')).toBe('entecavir');
    expect(expandQuery('Acetominophen!')).toBe('acetaminophen');
    expect(expandQuery('brown pee')).toBe('brown urine');
    expect(expandQuery('peel')).toBe('peel');
    expect(expandQuery('gym gym')).toBe('exercise exercise');
  });
  it('drops words that carry no meaning, then matches phrases', () => {
    expect(expandQuery('why is my ALT high after the gym')).toBe('alt high exercise');
    expect(expandQuery('fat in my liver')).toBe('fatty liver');
    expect(expandQuery('I am lifting weights')).toBe('am exercise');
    expect(expandQuery('weight loss injection')).toBe('semaglutide');
  });
  it('keeps stop words when nothing else is left', () => {
    expect(expandQuery('what is it?')).toBe('what is it?');
    expect(expandQuery('   ')).toBe('');
    expect(expandQuery('?!')).toBe('');
  });
  it('has normalised keys and values', () => {
    for (const [key, value] of Object.entries(READER_SYNONYMS)) {
      expect(normaliseName(key)).toBe(key);
      expect(normaliseName(value)).toBe(value);
      expect(QUERY_STOP_WORDS.has(key)).toBe(false);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { FALLBACK_BELOW, fallbackWords, mergeFallback } from '../../src/lib/search/fallback';

const r = (id: string, score: number) => ({ id, score });

describe('search fallback', () => {
  it('searches the words one by one only for several distinct words', () => {
    expect(FALLBACK_BELOW).toBe(3);
    expect(fallbackWords('alt')).toEqual([]);
    expect(fallbackWords('alt alt')).toEqual([]);
    expect(fallbackWords(' always  tired ')).toEqual(['always', 'tired']);
  });
  it('keeps all-words results first, then others by summed score, then by words held', () => {
    const merged = mergeFallback([r('a', 1)], [
      [r('a', 9), r('b', 2), r('c', 5)],
      [r('b', 2), r('d', 4)],
      [r('e', 4)],
    ]);
    expect(merged.map((x) => x.id)).toEqual(['a', 'c', 'b', 'd', 'e']);
  });
  it('returns the all-words results alone when no word adds anything', () => {
    expect(mergeFallback([r('a', 1), r('b', 0.5)], [])).toEqual([r('a', 1), r('b', 0.5)]);
  });
});

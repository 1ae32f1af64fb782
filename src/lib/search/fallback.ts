/**
 * When a query of several words finds fewer than a few pages (Pagefind matches pages holding every word, and a reader's
 * "always exhausted" or "right side tummy pain" has a word no page uses), the pages that hold some of the words follow
 * the ones that hold all of them, by Pagefind's score summed over the words (a word in a title weighs more than three in
 * body text), then by how many of the words they hold. Pure.
 */

/** Below this many all-words results, the some-words results are added. */
export const FALLBACK_BELOW = 3;

export interface Scored {
  id: string;
  score: number;
}

/** The words searched one by one in the fallback: distinct, in order; none when the query is one word. */
export function fallbackWords(query: string): string[] {
  const words = [...new Set(query.split(/\s+/).filter(Boolean))];
  return words.length > 1 ? words : [];
}

/** All-words results in Pagefind's order, then the others by summed score, then by how many words they hold. */
export function mergeFallback<T extends Scored>(allWords: readonly T[], perWord: readonly (readonly T[])[]): T[] {
  const seen = new Set(allWords.map((r) => r.id));
  const others = new Map<string, { result: T; words: number; score: number }>();
  for (const list of perWord) {
    for (const result of list) {
      if (seen.has(result.id)) continue;
      const entry = others.get(result.id);
      if (entry) {
        entry.words += 1;
        entry.score += result.score;
      } else others.set(result.id, { result, words: 1, score: result.score });
    }
  }
  const rest = [...others.values()].sort((a, b) => b.score - a.score || b.words - a.words).map((e) => e.result);
  return [...allWords, ...rest];
}

/**
 * Chinese questions as readers type them ("恩替卡韦要吃多久", "脂肪肝能治好吗") carry words no page contains, and
 * Pagefind returns only pages that contain every word, so a question often finds nothing. When a Chinese query finds
 * too little, it is relaxed: split into words, question and function words dropped, each remaining word searched on
 * its own, and the pages ranked by how much of the query they cover. Pure: the browser script does the searching.
 */

/** Question and function words: they say how the reader asks, not what about. */
export const ZH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    '吗 呢 吧 啊 呀 嘛 的 地 得 了 着 过 是 不是 是不是 有没有 有 没有 会 会不会 能 能不能 可以 可不可以 要 要不要 需要 该 应该 ' +
    '怎么 怎么办 怎么样 怎样 如何 什么 为什么 为啥 啥 多久 多长时间 多少 几 哪些 哪个 有哪些 一下 还 和 与 或 或者 就 都 也 ' +
    '我 我的 你 他 她 这 那 这个 那个 一个 请问 好 好吗 对 吃了 之后 以后 后 前 时 时候 回事 怎么回事 到底 真的 一直 总是 老是 ' +
    '比较 特别 非常 很 太 更 最 治好 管用 有用 用 区别 和的 跟'
  ).split(' '),
);

/** Words worth searching on their own: word-like segments that are not stop words, each once, in query order. */
export function relaxedTerms(segments: readonly { segment: string; isWordLike?: boolean }[]): string[] {
  const terms: string[] = [];
  for (const { segment, isWordLike } of segments) {
    const word = segment.trim().toLowerCase();
    if (!word || isWordLike === false || ZH_STOP_WORDS.has(word) || terms.includes(word)) continue;
    terms.push(word);
  }
  return terms;
}

export interface Scored {
  id: string;
  score: number;
}

/**
 * Merges the results of the words searched on their own. A page ranks by how much of the query it covers (each word
 * weighs its length, so "转氨酶" counts more than "高"), then by its summed relevance, each list's scores scaled to
 * its best. Pages covering less than half of the best page's coverage are left out: they match a side word only.
 */
export function mergeByCoverage(lists: readonly (readonly Scored[])[], terms: readonly string[]): string[] {
  const pages = new Map<string, { cover: number; score: number }>();
  lists.forEach((list, i) => {
    const weight = [...(terms[i] ?? 'x')].length;
    const best = Math.max(...list.map((r) => r.score), Number.EPSILON);
    for (const result of list) {
      const page = pages.get(result.id) ?? { cover: 0, score: 0 };
      page.cover += weight;
      page.score += result.score / best;
      pages.set(result.id, page);
    }
  });
  const ranked = [...pages.entries()].sort((a, b) => b[1].cover - a[1].cover || b[1].score - a[1].score);
  const top = ranked[0]?.[1].cover ?? 0;
  return ranked.filter(([, p]) => p.cover * 2 >= top).map(([id]) => id);
}

/**
 * Splits a Chinese query into the words to search, using the site's own names first: the browser's word segmenter
 * does not know medical words ("脂肪肝" comes out as "脂肪|肝", "转氨酶" as three characters). At each position the
 * longest known name or question word wins; names are kept as words, question words dropped, and the text between
 * them is left to `segment` (the browser's segmenter), whose question words are dropped too.
 */
export function splitQuery(
  query: string,
  names: readonly string[],
  segment: (text: string) => { segment: string; isWordLike?: boolean }[],
): string[] {
  const text = query.trim().toLowerCase();
  const known = [...new Set([...names.map((n) => n.toLowerCase()), ...ZH_STOP_WORDS])].filter((n) => n.length > 1).sort((a, b) => b.length - a.length);
  const terms: string[] = [];
  let rest = '';
  const flush = () => {
    if (rest) terms.push(...relaxedTerms(segment(rest)));
    rest = '';
  };
  for (let i = 0; i < text.length; ) {
    const match = known.find((n) => text.startsWith(n, i));
    if (!match) {
      rest += text[i];
      i++;
      continue;
    }
    flush();
    if (!ZH_STOP_WORDS.has(match)) terms.push(match);
    i += match.length;
  }
  flush();
  return [...new Set(terms)];
}

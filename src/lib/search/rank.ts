/**
 * A final ordering step over Pagefind's best results: a page whose title or one of whose names is exactly what the
 * reader typed comes first ("hepatitis B" -> the Hepatitis B page, not "Hepatitis B blood tests"), then pages whose
 * title starts with it; Pagefind's order is kept within each tier. Pure.
 */

/** Lower-case, punctuation and extra spaces removed: "Hep-B " -> "hep b". Chinese characters are kept. */
export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Rankable {
  title: string;
  /** Other names: synonyms, brands, Chinese names. */
  names: readonly string[];
}

/** 0: exact title or name; 1: title starts with the query; 2: anything else. */
export function matchTier(item: Rankable, query: string): 0 | 1 | 2 {
  const q = normaliseName(query);
  if (!q) return 2;
  const title = normaliseName(item.title);
  // "Fatty liver disease (MASLD)" and "脂肪肝（脂肪性肝病）" are also named by the words before the brackets.
  const plainTitle = normaliseName(item.title.replace(/\([^)]*\)|（[^）]*）/g, ''));
  if (title === q || plainTitle === q || item.names.some((n) => normaliseName(n) === q)) return 0;
  if (title.startsWith(`${q} `)) return 1;
  return 2;
}

/** Stable re-order by tier; with several forms of the query (as typed, as expanded), the best tier counts. */
export function rankByName<T extends Rankable>(items: readonly T[], ...queries: string[]): T[] {
  return items
    .map((item, index) => ({ item, index, tier: Math.min(2, ...queries.map((q) => matchTier(item, q))) }))
    .sort((a, b) => a.tier - b.tier || a.index - b.index)
    .map((x) => x.item);
}

/** Splits a names metadata value ("HBV, hep B", "乙型肝炎 / 乙肝" or "乙肝、慢性乙肝") into names. */
export function splitNames(value: string | undefined): string[] {
  return (value ?? '')
    .split(/\s*(?:,|、|\s\/\s)\s*/)
    .map((n) => n.trim())
    .filter(Boolean);
}

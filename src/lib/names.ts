/** Other names of a page for display: synonyms minus anything already shown as a brand name. Pure. */
export function alsoCalled(synonyms: readonly string[], brands: readonly string[] = []): string[] {
  const shown = new Set(brands.map((b) => b.toLowerCase()));
  const seen = new Set<string>();
  return synonyms.filter((name) => {
    const key = name.toLowerCase();
    if (shown.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Groups items by a key, keeping the items' order within each group. `groupBy([1,2,3], n => n % 2)` -> {1:[1,3],0:[2]} */
export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

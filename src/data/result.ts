/**
 * Site data the result explainer needs, checked once at build time: the title of every page it may link to (a
 * missing page stops the build naming the path), and the urgent signs it always shows first, taken from the ALT test
 * page so the two never disagree.
 */
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { RESULT_LINK_TARGETS } from '../lib/result/explain.ts';
import { entryAt } from './site.ts';
import { localEntry } from './zh.ts';
import type { Edition } from '../lib/edition.ts';

/** `/causes/hepatitis-b/` -> "Hepatitis B"; index pages (`/causes/`) get `indexLabel(collection)`. */
export function resultLinkTitles(indexLabel: (collection: CollectionName) => string, edition: Edition = 'en'): Record<string, string> {
  return Object.fromEntries(
    RESULT_LINK_TARGETS.map((path) => {
      const [collection, slug] = path.split('/').filter(Boolean) as [string, string | undefined];
      if (!(COLLECTIONS as readonly string[]).includes(collection)) {
        throw new Error(`src/lib/result/explain.ts: link ${path}: expected a path under one of ${COLLECTIONS.join(', ')}`);
      }
      const name = collection as CollectionName;
      if (!slug) return [path, indexLabel(name)];
      try {
        return [path, localEntry(entryAt(name, slug), edition).data.title];
      } catch {
        throw new Error(`src/lib/result/explain.ts: link ${path}: expected an existing page, but content/${name}/${slug}.mdx does not exist`);
      }
    }),
  );
}

/** The urgent signs of the ALT test page, which the explainer shows before anything else. */
export function resultUrgentSigns(edition: Edition = 'en'): string[] {
  const signs = localEntry(entryAt('tests', 'alt'), edition).data.urgent;
  if (signs.length === 0) {
    throw new Error('content/tests/alt.mdx: field "urgent": the result explainer (/result/) shows these signs first; expected at least one sign');
  }
  return signs;
}

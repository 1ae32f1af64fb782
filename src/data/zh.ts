/**
 * The Chinese edition, paired with the English one. Loads `content/zh/`, checks that every page exists in both
 * languages (the build stops naming the missing file), and gives each Chinese page as an entry of the same shape as
 * the English one: Chinese title, summary, other names and urgent signs over the English page's sources, codes,
 * review dates, cross-links, brands and drug class (the English page is the single source of truth for those).
 *
 * A content folder with no `zh/` at all (the build benchmark's synthetic corpora) builds the English edition only.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { formatIssues } from '../lib/graph.ts';
import { checkEditionPairs } from '../lib/translations.ts';
import type { Edition } from '../lib/edition.ts';
import { allEntries, entriesByCollection, relatedEntries, type Entry } from './site.ts';

export type ZhSource = CollectionEntry<'zh'>;

/** An entry as one edition shows it. `englishTitle` is set on Chinese entries (shown as the English name). */
export type LocalEntry = Entry & { edition: Edition; englishTitle?: string };

const zhLoaded = await getCollection('zh');

/** Whether the site has a Chinese edition (a `zh/` folder with pages). */
export const ZH_ENABLED = zhLoaded.length > 0;

const sources = new Map(zhLoaded.map((e) => [e.id, e]));

if (ZH_ENABLED) {
  const problems = checkEditionPairs(
    allEntries.map((e) => ({ key: `${e.collection}/${e.id}`, filePath: e.filePath ?? `content/${e.collection}/${e.id}.mdx`, urgentCount: e.data.urgent.length })),
    zhLoaded.map((e) => ({ key: e.id, filePath: e.filePath ?? `content/zh/${e.id}.mdx`, urgentCount: e.data.urgent.length })),
    COLLECTIONS,
    (allEntries[0]?.filePath ?? 'content/').replace(/\/[^/]+\/[^/]+$/, ''),
  );
  if (problems.length > 0) {
    throw new Error(`ALT Atlas content has ${problems.length} problem(s) in its two language editions:\n${formatIssues(problems)}`);
  }
}

const localized = new Map<string, LocalEntry>();

/** The entry as the given edition shows it. */
export function localEntry(entry: Entry, edition: Edition): LocalEntry {
  if (edition === 'en') return { ...entry, edition } as LocalEntry;
  const key = `${entry.collection}/${entry.id}`;
  const cached = localized.get(key);
  if (cached) return cached;
  const zh = zhSource(entry);
  const merged = {
    ...entry,
    edition,
    englishTitle: entry.data.title,
    data: { ...entry.data, title: zh.data.title, summary: zh.data.summary, synonyms: zh.data.synonyms, urgent: zh.data.urgent, zh: undefined },
  } as LocalEntry;
  localized.set(key, merged);
  return merged;
}

/** The Chinese MDX entry of an English entry (rendered for the Chinese page's body). */
export function zhSource(entry: Entry): ZhSource {
  const source = sources.get(`${entry.collection}/${entry.id}`);
  if (!source) throw new Error(`No Chinese page content/zh/${entry.collection}/${entry.id}.mdx`);
  return source;
}

/** Entries of a collection in index order, as an edition shows them. */
export function entriesOf(collection: CollectionName, edition: Edition): LocalEntry[] {
  if (edition !== 'en' && !ZH_ENABLED) return [];
  return entriesByCollection[collection].map((e) => localEntry(e, edition));
}

/** Related pages of an entry, both directions, as an edition shows them. */
export function relatedEntriesOf(entry: Entry, edition: Edition): { collection: CollectionName; entries: LocalEntry[] }[] {
  return relatedEntries(entry).map((group) => ({ ...group, entries: group.entries.map((e) => localEntry(e, edition)) }));
}

/** Static paths of every Chinese article route (`/zh/<collection>/<slug>/` and its embed page). */
export function zhArticleStaticPaths() {
  if (!ZH_ENABLED) return [];
  return allEntries.map((entry) => ({
    params: { collection: entry.collection, slug: entry.id },
    props: { entry: localEntry(entry, 'zh-CN'), source: zhSource(entry) },
  }));
}

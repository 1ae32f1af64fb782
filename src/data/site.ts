/**
 * The only module that queries content. It loads every collection once, checks the whole link graph and the codes,
 * and exports ready-made lists. A broken link or an unverified code stops the build here, naming file and field.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { buildLinkGraph, formatIssues, type GraphEntry } from '../lib/graph.ts';
import { unverifiedCodes, verifiedCodesFrom } from '../lib/verified-codes.ts';
import reference from '../../content/verified-codes.json';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { slugCollisions } from '../lib/slugs.ts';
import { reviewIssues } from '../lib/review-dates.ts';

export type Entry = CollectionEntry<CollectionName>;

const byOrder = (a: Entry, b: Entry) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title);

const loaded = await Promise.all(COLLECTIONS.map((name) => getCollection(name)));

/** Every entry, per collection, in index order. */
export const entriesByCollection = Object.fromEntries(
  COLLECTIONS.map((name, i) => [name, [...(loaded[i] as Entry[])].sort(byOrder)]),
) as Record<CollectionName, Entry[]>;

export const allEntries: Entry[] = COLLECTIONS.flatMap((name) => entriesByCollection[name]);

const graphEntries: GraphEntry[] = allEntries.map((e) => ({
  collection: e.collection,
  id: e.id,
  filePath: e.filePath ?? `content/${e.collection}/${e.id}.mdx`,
  data: e.data as Record<string, unknown>,
}));

export const graph = buildLinkGraph(graphEntries);
// Astro keeps one of two files with the same slug and only warns, so the files on disk are checked here.
const contentRoot = process.env.ALT_ATLAS_CONTENT ?? './content';
const contentFiles = COLLECTIONS.flatMap((collection) => {
  const dir = join(contentRoot, collection);
  const names = (() => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  })();
  return names.filter((n) => n.endsWith('.mdx')).sort().map((n) => ({ collection, filePath: join(dir, n) }));
});
const reviews = reviewIssues(
  graphEntries.map((e) => ({ filePath: e.filePath, nextReview: e.data.nextReview as Date })),
  new Date(),
);
if (reviews.warnings.length > 0) {
  console.warn(`ALT Atlas: ${reviews.warnings.length} page(s) due for review soon:\n${formatIssues(reviews.warnings)}`);
}
const problems = [
  ...slugCollisions(contentFiles),
  ...graph.issues,
  ...unverifiedCodes(graphEntries, verifiedCodesFrom(reference)),
  ...reviews.errors,
];
if (problems.length > 0) {
  throw new Error(`ALT Atlas content has ${problems.length} problem(s):\n${formatIssues(problems)}`);
}

const lookup = new Map(allEntries.map((e) => [`${e.collection}/${e.id}`, e]));

/** The entry at `collection/id`; the graph has already proved every link resolves. */
export function entryAt(collection: CollectionName, id: string): Entry {
  const entry = lookup.get(`${collection}/${id}`);
  if (!entry) throw new Error(`No page ${collection}/${id}`);
  return entry;
}

/** Neighbours of an entry as entries, grouped by collection in site order. */
export function relatedEntries(entry: Entry): { collection: CollectionName; entries: Entry[] }[] {
  const grouped = graph.neighbours(entry.collection, entry.id);
  return COLLECTIONS.filter((name) => grouped[name]).map((name) => ({
    collection: name,
    entries: grouped[name]!.map((id) => entryAt(name, id)).sort(byOrder),
  }));
}

/** Static paths of every article route (`/<collection>/<slug>/` and its embed page), the entry as props. */
export function articleStaticPaths() {
  return allEntries.map((entry) => ({ params: { collection: entry.collection, slug: entry.id }, props: { entry } }));
}

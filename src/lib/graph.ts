/**
 * The link graph: built once from every entry, it gives each page its neighbours in both directions, grouped by
 * collection, and lists every broken link it finds. Pure: entries come in as plain data.
 */
import { COLLECTIONS, type CollectionName, type Ref } from '../schemas/collections.ts';

/** The cross-link fields of each collection, in the order their groups are shown. */
export const LINK_FIELDS: Record<CollectionName, readonly string[]> = {
  causes: ['medications', 'lifestyle', 'symptoms', 'tests'],
  medications: ['related'],
  lifestyle: ['related'],
  symptoms: ['causes', 'tests'],
  tests: ['related'],
};

/** What the graph needs of an entry. */
export interface GraphEntry {
  collection: CollectionName;
  id: string;
  /** Path of the source file, for error messages, e.g. `content/causes/hepatitis-b.mdx`. */
  filePath: string;
  data: Record<string, unknown>;
}

export interface NodeKey {
  collection: CollectionName;
  id: string;
}

/** A problem in the content, located precisely enough to fix. */
export interface ContentIssue {
  filePath: string;
  field: string;
  message: string;
}

export interface LinkGraph {
  /** Neighbours of a page, both directions merged, grouped by collection in `COLLECTIONS` order. */
  neighbours(collection: CollectionName, id: string): Partial<Record<CollectionName, string[]>>;
  /** Pages that link to this one (inbound only). */
  inbound(collection: CollectionName, id: string): NodeKey[];
  issues: ContentIssue[];
}

export const keyOf = (collection: string, id: string) => `${collection}/${id}`;

function refsOf(entry: GraphEntry, field: string): Ref[] {
  const value = entry.data[field];
  return Array.isArray(value) ? (value as Ref[]) : [];
}

/** Builds the graph. Issues are collected, never thrown, so a caller can report all of them at once. */
export function buildLinkGraph(entries: readonly GraphEntry[]): LinkGraph {
  const issues: ContentIssue[] = [];
  const known = new Map<string, GraphEntry>();
  for (const entry of entries) {
    const key = keyOf(entry.collection, entry.id);
    const first = known.get(key);
    if (first) {
      issues.push({
        filePath: entry.filePath,
        field: 'slug',
        message: `duplicate slug "${entry.id}" in ${entry.collection}: ${first.filePath} already uses it; expected each slug once per collection`,
      });
      continue;
    }
    known.set(key, entry);
  }

  const edges = new Map<string, Map<string, NodeKey>>();
  const inboundEdges = new Map<string, NodeKey[]>();
  const link = (from: NodeKey, to: NodeKey) => {
    const fromKey = keyOf(from.collection, from.id);
    const toKey = keyOf(to.collection, to.id);
    if (fromKey === toKey) return;
    if (!edges.has(fromKey)) edges.set(fromKey, new Map());
    edges.get(fromKey)!.set(toKey, to);
  };

  for (const entry of known.values()) {
    const self: NodeKey = { collection: entry.collection, id: entry.id };
    for (const field of LINK_FIELDS[entry.collection]) {
      refsOf(entry, field).forEach((ref, index) => {
        const target = known.get(keyOf(ref.collection, ref.id));
        if (!target) {
          issues.push({
            filePath: entry.filePath,
            field: `${field}[${index}]`,
            message: `"${ref.id}" is not a page in ${ref.collection}; expected the file name (without .mdx) of one of content/${ref.collection}/*.mdx`,
          });
          return;
        }
        const to: NodeKey = { collection: target.collection, id: target.id };
        link(self, to);
        link(to, self);
        const list = inboundEdges.get(keyOf(to.collection, to.id)) ?? [];
        if (!list.some((k) => k.collection === self.collection && k.id === self.id)) list.push(self);
        inboundEdges.set(keyOf(to.collection, to.id), list);
      });
    }
  }

  return {
    issues,
    neighbours(collection, id) {
      const grouped: Partial<Record<CollectionName, string[]>> = {};
      const around = edges.get(keyOf(collection, id));
      if (!around) return grouped;
      for (const name of COLLECTIONS) {
        const ids = [...around.values()].filter((n) => n.collection === name).map((n) => n.id);
        if (ids.length > 0) grouped[name] = ids;
      }
      return grouped;
    },
    inbound(collection, id) {
      return inboundEdges.get(keyOf(collection, id)) ?? [];
    },
  };
}

/** Formats issues as one readable block, one line per problem: `file: field: message`. */
export function formatIssues(issues: readonly ContentIssue[]): string {
  return issues.map((i) => `  ${i.filePath}: ${i.field}: ${i.message}`).join('\n');
}

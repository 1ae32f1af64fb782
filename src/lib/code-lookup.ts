/**
 * Static code lookup: from plain entries, the table "clinical code -> pages, best first" that the build writes as
 * `/codes/<system>/<code>.json`, and the rule the `/lookup/` page follows to pick a page. Pure.
 *
 * Best first: a page of the collection that owns the code's system comes first (an ICD-10-CM diagnosis is about a
 * cause, a LOINC code names a test, ATC and RxNorm codes name medicines; SNOMED CT spans everything and owns none),
 * then pages in site order: collection order, then the index `order`, then title.
 */
import { CODE_SYSTEMS, CODE_SYSTEM_LABELS, CODE_SYSTEM_OIDS, isValidCode, normaliseCode, type CodeSystem } from './codes.ts';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import { SEARCH_TYPES, type SearchType } from './search-meta.ts';
import { localizePath, type Edition } from './edition.ts';

/** The collection whose pages a code system is about, if any. */
export const OWNING_COLLECTION: Record<CodeSystem, CollectionName | undefined> = {
  icd10cm: 'causes',
  loinc: 'tests',
  atc: 'medications',
  rxcui: 'medications',
  snomed: undefined,
};

/** What the lookup needs of an entry: plain data, so tests need no Astro runtime. */
export interface LookupEntry {
  collection: CollectionName;
  id: string;
  title: string;
  summary: string;
  order: number;
  codes?: Partial<Record<CodeSystem, readonly string[] | undefined>> | undefined;
  /** The page's title and summary in the other editions, e.g. `{ 'zh-CN': { title: '乙肝', summary: '...' } }`. */
  translations?: Partial<Record<Edition, { title: string; summary: string }>> | undefined;
}

/** The same page in another edition, as a code file lists it. */
export interface LookupTranslation {
  title: string;
  summary: string;
  path: string;
  embedPath: string;
}

/** One page in a code file. Paths are root-relative; the endpoint adds absolute URLs for portals. */
export interface LookupPage {
  title: string;
  summary: string;
  type: SearchType;
  path: string;
  embedPath: string;
  /** The page in the other editions (both languages are listed), keyed by language: `zh-CN`. */
  translations?: Partial<Record<Edition, LookupTranslation>>;
}

export interface CodeRecord {
  system: CodeSystem;
  code: string;
  pages: LookupPage[];
  /** For a broader code no page carries (R74.0): the narrower codes whose pages these are (R74.01). */
  narrower?: string[];
}

/**
 * The code as the lookup files spell it: trimmed, upper case for ICD-10-CM and ATC, and for ICD-10-CM the dot
 * after the category put back when it was left out (`r7401` -> `R74.01`). Undefined when it is not a well-formed
 * code of that system, so nothing else ever reaches a file path.
 */
export function canonicalCode(system: CodeSystem, input: string): string | undefined {
  let code = normaliseCode(system, input).replace(/\s+/g, '');
  if (system === 'icd10cm' && /^[A-Z]\d[0-9A-Z][0-9A-Z]{1,4}$/.test(code)) code = `${code.slice(0, 3)}.${code.slice(3)}`;
  return isValidCode(system, code) ? code : undefined;
}

/** `/codes/loinc/1742-6.json` */
export const codeFilePath = (system: CodeSystem, code: string) => `/codes/${system}/${encodeURIComponent(code)}.json`;

const rank = (system: CodeSystem, entry: LookupEntry) => [
  entry.collection === OWNING_COLLECTION[system] ? 0 : 1,
  COLLECTIONS.indexOf(entry.collection),
  entry.order,
];

function compare(system: CodeSystem, a: LookupEntry, b: LookupEntry): number {
  const [ra, rb] = [rank(system, a), rank(system, b)];
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
  return a.title.localeCompare(b.title);
}

/** Builds every code record, sorted by system (in CODE_SYSTEMS order) then code; pages best first. */
export function buildCodeTable(entries: readonly LookupEntry[]): CodeRecord[] {
  const byCode = new Map<string, { system: CodeSystem; code: string; entries: LookupEntry[] }>();
  for (const entry of entries) {
    for (const system of CODE_SYSTEMS) {
      for (const raw of entry.codes?.[system] ?? []) {
        const code = canonicalCode(system, raw) ?? normaliseCode(system, raw);
        const key = `${system}/${code}`;
        const slot = byCode.get(key) ?? { system, code, entries: [] };
        if (!slot.entries.includes(entry)) slot.entries.push(entry);
        byCode.set(key, slot);
      }
    }
  }
  return [...byCode.values()]
    .sort((a, b) => CODE_SYSTEMS.indexOf(a.system) - CODE_SYSTEMS.indexOf(b.system) || a.code.localeCompare(b.code, 'en'))
    .map(({ system, code, entries: list }) => ({
      system,
      code,
      pages: [...list].sort((a, b) => compare(system, a, b)).map(toPage),
    }));
}

/**
 * Records for broader ICD-10-CM codes from the verified list that no page carries but whose narrower codes some do:
 * R74.0 (a billable code before FY2021 and a WHO ICD-10 code, a header in ICD-10-CM since) leads to the pages of
 * R74.01. ICD-10 codes nest by prefix, so a narrower code starts with the broader one. Sorted like `buildCodeTable`.
 */
export function broaderCodeRecords(table: readonly CodeRecord[], verifiedIcd10cm: Iterable<string>): CodeRecord[] {
  const carried = table.filter((r) => r.system === 'icd10cm');
  const records: CodeRecord[] = [];
  for (const raw of new Set(verifiedIcd10cm)) {
    const code = canonicalCode('icd10cm', raw);
    if (!code || carried.some((r) => r.code === code)) continue;
    const narrower = carried.filter((r) => r.code.startsWith(code) && r.code.length > code.length);
    if (narrower.length === 0) continue;
    const pages = narrower.flatMap((r) => r.pages).filter((page, i, all) => all.findIndex((p) => p.path === page.path) === i);
    records.push({ system: 'icd10cm', code, pages, narrower: narrower.map((r) => r.code) });
  }
  return records.sort((a, b) => a.code.localeCompare(b.code, 'en'));
}

function toPage(entry: LookupEntry): LookupPage {
  const path = `/${entry.collection}/${entry.id}/`;
  const embedPath = `/embed/${entry.collection}/${entry.id}/`;
  const translations = Object.entries(entry.translations ?? {}).map(([lang, text]) => [
    lang,
    { ...text, path: localizePath(path, lang as Edition), embedPath: localizePath(embedPath, lang as Edition) },
  ]);
  return {
    title: entry.title,
    summary: entry.summary,
    type: SEARCH_TYPES[entry.collection],
    path,
    embedPath,
    ...(translations.length > 0 ? { translations: Object.fromEntries(translations) } : {}),
  };
}

/** A page as an edition shows it: its translation's title, summary and paths, or the page itself. */
export function pageInEdition(page: LookupPage, edition: Edition): LookupPage {
  const translation = edition === 'en' ? undefined : page.translations?.[edition];
  return translation ? { ...page, ...translation } : page;
}

/** The JSON of one code file, with absolute URLs so a portal can use them as they are. */
export function codeFileJson(record: CodeRecord, site: URL | string) {
  return {
    system: record.system,
    systemName: CODE_SYSTEM_LABELS[record.system],
    oid: CODE_SYSTEM_OIDS[record.system],
    code: record.code,
    ...(record.narrower ? { narrower: record.narrower } : {}),
    pages: record.pages.map(({ translations, ...page }) => ({
      ...page,
      url: new URL(page.path, site).href,
      embedUrl: new URL(page.embedPath, site).href,
      ...(translations
        ? {
            translations: Object.fromEntries(
              Object.entries(translations).map(([lang, t]) => [
                lang,
                { ...t, url: new URL(t.path, site).href, embedUrl: new URL(t.embedPath, site).href },
              ]),
            ) as Partial<Record<Edition, LookupTranslation & { url: string; embedUrl: string }>>,
          }
        : {}),
    })),
  };
}

/** The JSON of `/codes/index.json`: every code that has a file, where the file is, and its pages' URLs. */
export function codeIndexJson(table: readonly CodeRecord[], site: URL | string) {
  return {
    systems: Object.fromEntries(CODE_SYSTEMS.map((s) => [s, { name: CODE_SYSTEM_LABELS[s], oid: CODE_SYSTEM_OIDS[s] }])),
    count: table.length,
    codes: table.map((record) => ({
      system: record.system,
      code: record.code,
      file: new URL(codeFilePath(record.system, record.code), site).href,
      pages: record.pages.map((page) => new URL(page.path, site).href),
      ...(record.pages.some((p) => p.translations)
        ? {
            translations: Object.fromEntries(
              [...new Set(record.pages.flatMap((p) => Object.keys(p.translations ?? {})))].map((lang) => [
                lang,
                record.pages.map((p) => new URL(pageInEdition(p, lang as Edition).path, site).href),
              ]),
            ),
          }
        : {}),
    })),
  };
}

/** Minimal shape the decision needs: the `type` of each page, best first. */
export interface Candidate {
  type: SearchType;
}

export type LookupDecision<P> = { kind: 'go'; page: P } | { kind: 'choose'; pages: P[] } | { kind: 'none' };

/**
 * Where the lookup sends the reader. One page: go there. Several pages: go to the only page of the owning
 * collection when there is exactly one; otherwise (none or several of the owning collection) list them all and
 * let the reader choose. No page: none (the page offers search).
 */
export function decideLookup<P extends Candidate>(system: CodeSystem, pages: readonly P[]): LookupDecision<P> {
  if (pages.length === 0) return { kind: 'none' };
  if (pages.length === 1) return { kind: 'go', page: pages[0]! };
  const owner = OWNING_COLLECTION[system];
  const owned = owner ? pages.filter((p) => p.type === SEARCH_TYPES[owner]) : [];
  return owned.length === 1 ? { kind: 'go', page: owned[0]! } : { kind: 'choose', pages: [...pages] };
}

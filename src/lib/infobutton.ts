/**
 * Reads a code lookup request from a `/lookup/` URL. Two forms are accepted:
 *
 * - HL7 Infobutton URL-based requests (Context-Aware Knowledge Retrieval, URL implementation guide):
 *   `mainSearchCriteria.v.c` (code), `mainSearchCriteria.v.cs` (code system OID), `mainSearchCriteria.v.dn`
 *   (display name), `mainSearchCriteria.v.ot` (original text) and `informationRecipient` (`PAT` or `PROV`), as EHRs
 *   send them: parameter names in any case; several criteria as repeated parameters (paired by position) or numbered
 *   from 0 or 1 (`mainSearchCriteria.v.c0`, `.cs0`, ...), tried in that order after the unnumbered ones.
 * - The short form `?system=loinc&code=1742-6` (the system by name, or by OID), optionally `&name=` (a display
 *   name for the search fallback).
 *
 * WHO ICD-10 (OID 2.16.840.1.113883.6.3) is read as ICD-10-CM: the categories the site carries have the same codes in
 * both, and a WHO code that ICD-10-CM splits further (R74.0) has a lookup file naming the narrower codes' pages.
 * `embed=1` asks for the embed page. Pure: the page's script does the fetching and redirecting.
 */
import { CODE_SYSTEMS, CODE_SYSTEM_OIDS, type CodeSystem } from './codes.ts';
import { canonicalCode } from './code-lookup.ts';

export type InformationRecipient = 'PAT' | 'PROV';

export interface Criterion {
  system: CodeSystem;
  /** Canonical spelling, safe for a file path (see `canonicalCode`). */
  code: string;
}

export interface LookupRequest {
  /** Well-formed codes of known systems, in the order given. */
  criteria: Criterion[];
  /** The display name (or original text) of the first criterion that has one, for the search fallback. */
  displayName: string | undefined;
  /** The first code as written, kept for the search fallback when no criterion was usable. */
  rawCode: string | undefined;
  recipient: InformationRecipient;
  embed: boolean;
  /** Why criteria were dropped, e.g. `unknown-system` or `invalid-code`; empty when all were usable. */
  problems: ('unknown-system' | 'invalid-code')[];
}

/** WHO's ICD-10, which EHRs outside the US send; looked up in the ICD-10-CM files. */
export const WHO_ICD10_OID = '2.16.840.1.113883.6.3';

const OID_TO_SYSTEM = new Map<string, CodeSystem>([...CODE_SYSTEMS.map((s) => [CODE_SYSTEM_OIDS[s], s] as const), [WHO_ICD10_OID, 'icd10cm']]);

/** A code system from an OID (`2.16.840.1.113883.6.1`, also as `urn:oid:...`) or a name (`loinc`, `ICD-10-CM`, `ICD-10`). */
export function systemFrom(value: string | null | undefined): CodeSystem | undefined {
  const text = value?.trim().toLowerCase().replace(/^urn:oid:/, '') ?? '';
  const byOid = OID_TO_SYSTEM.get(text);
  if (byOid) return byOid;
  const name = text.replace(/[-_\s]/g, '');
  if (name === 'rxnorm') return 'rxcui';
  if (name === 'snomedct') return 'snomed';
  if (name === 'icd10') return 'icd10cm';
  return (CODE_SYSTEMS as readonly string[]).includes(name) ? (name as CodeSystem) : undefined;
}

/** At most this many criteria are read from one URL: each costs the page a fetch. */
export const MAX_CRITERIA = 12;

const CRITERION_PARAM = /^mainsearchcriteria\.v\.(c|cs|dn|ot)(\d{0,2})$/;

interface RawCriterion {
  code: string | undefined;
  system: string | undefined;
  dn: string | undefined;
}

/** Parameter values by lower-case name, in order; empty values left out. */
function valuesByName(params: URLSearchParams): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const [name, raw] of params) {
    const value = raw.trim();
    if (!value) continue;
    const key = name.trim().toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), value]);
  }
  return byName;
}

/**
 * The criteria of a request, in order: the unnumbered ones (repeated parameters paired by position; one code system
 * given once applies to all of them), then numbered ones by number (0 before 1).
 */
function rawCriteria(byName: Map<string, string[]>): RawCriterion[] {
  const suffixes = new Set<string>();
  for (const name of byName.keys()) {
    const match = CRITERION_PARAM.exec(name);
    if (match) suffixes.add(match[2]!);
  }
  const ordered = [...suffixes].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : Number(a) - Number(b)));
  const raw: RawCriterion[] = [];
  for (const suffix of ordered) {
    const list = (field: string) => byName.get(`mainsearchcriteria.v.${field}${suffix}`) ?? [];
    const [codes, systems, names, texts] = [list('c'), list('cs'), list('dn'), list('ot')];
    const count = Math.max(codes.length, names.length, texts.length);
    for (let i = 0; i < count; i++) {
      raw.push({ code: codes[i], system: systems[i] ?? (systems.length === 1 ? systems[0] : undefined), dn: names[i] ?? texts[i] });
    }
  }
  return raw;
}

/** Parses the query string of a `/lookup/` URL. Never throws. */
export function parseLookupRequest(query: URLSearchParams | string): LookupRequest {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const byName = valuesByName(params);
  const get = (name: string) => byName.get(name.toLowerCase())?.[0];
  const raw = rawCriteria(byName);
  if (get('code') || get('name')) raw.push({ code: get('code'), system: get('system'), dn: get('name') });

  const criteria: Criterion[] = [];
  const problems: LookupRequest['problems'] = [];
  for (const item of raw.slice(0, MAX_CRITERIA)) {
    if (!item.code) continue;
    const system = systemFrom(item.system);
    if (!system) {
      problems.push('unknown-system');
      continue;
    }
    // WHO ICD-10 marks dagger and asterisk codes with a trailing sign; the code itself is what the files name.
    const code = canonicalCode(system, system === 'icd10cm' ? item.code.replace(/[*+\u2020]$/, '') : item.code);
    if (!code) {
      problems.push('invalid-code');
      continue;
    }
    if (!criteria.some((c) => c.system === system && c.code === code)) criteria.push({ system, code });
  }
  const recipient = get('informationRecipient')?.toUpperCase() === 'PROV' ? 'PROV' : 'PAT';
  return {
    criteria,
    displayName: raw.find((r) => r.dn)?.dn,
    rawCode: raw.find((r) => r.code)?.code,
    recipient,
    embed: /^(1|true|yes)$/i.test(get('embed') ?? ''),
    problems,
  };
}

/** True when the URL asked for anything at all (otherwise the page just shows its form). */
export const isEmptyRequest = (request: LookupRequest) => request.criteria.length === 0 && !request.displayName && !request.rawCode;

/**
 * The words of an EHR display name worth searching for: LOINC's bracketed property and scale and its "in <specimen>"
 * or "by <method>" tail, ICD's parenthesised optional words and "not elsewhere classified"/"NEC"/"NOS"/"unspecified"
 * are left out, since a page explains the thing itself and the search wants every word to match.
 * `searchWords('Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma')` is `'Alanine aminotransferase'`;
 * `searchWords('Fatty (change of) liver, not elsewhere classified')` is `'Fatty liver'`.
 */
export function searchWords(displayName: string): string {
  const words = displayName
    .replace(/\[[^\]]*\]|\([^)]*\)/g, ' ')
    // `s`: the tail goes even when the EHR put a line break in it.
    .replace(/\s(in|by)\s.*$/is, ' ')
    .replace(/,?\s*\b(not elsewhere classified|not otherwise specified|unspecified|NEC|NOS)\b/gi, ' ')
    .replace(/[,;:]+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return words || displayName.trim();
}

/** What to search for when no page fits: the display name's words, else the code as written. */
export const searchTermFor = (request: LookupRequest) => (request.displayName ? searchWords(request.displayName) : (request.rawCode ?? ''));

/**
 * An HL7 Infobutton query for one code, as an EHR would send it:
 * `infobuttonQuery({ system: 'loinc', code: '1742-6' })` is
 * `?mainSearchCriteria.v.c=1742-6&mainSearchCriteria.v.cs=2.16.840.1.113883.6.1&informationRecipient=PAT`.
 */
export function infobuttonQuery(input: { system: CodeSystem; code: string; displayName?: string; recipient?: InformationRecipient; embed?: boolean }): string {
  const params = new URLSearchParams({ 'mainSearchCriteria.v.c': input.code, 'mainSearchCriteria.v.cs': CODE_SYSTEM_OIDS[input.system] });
  if (input.displayName) params.set('mainSearchCriteria.v.dn', input.displayName);
  params.set('informationRecipient', input.recipient ?? 'PAT');
  if (input.embed) params.set('embed', '1');
  return `?${params.toString()}`;
}

/** The short form: `shortQuery({ system: 'loinc', code: '1742-6' })` is `?system=loinc&code=1742-6`. */
export const shortQuery = (input: { system: CodeSystem; code: string }) => `?${new URLSearchParams({ system: input.system, code: input.code })}`;

/** The examples issue 6 requires to work; shown live on /integrate/ and checked by the browser tests. */
export const LOOKUP_EXAMPLES: readonly { system: CodeSystem; code: string; displayName: string; expected: string }[] = [
  { system: 'loinc', code: '1742-6', displayName: 'Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma', expected: '/tests/alt/' },
  { system: 'icd10cm', code: 'R74.01', displayName: 'Elevation of levels of liver transaminase levels', expected: '/tests/alt/' },
  { system: 'icd10cm', code: 'K76.0', displayName: 'Fatty (change of) liver, not elsewhere classified', expected: '/causes/fatty-liver-disease/' },
  { system: 'icd10cm', code: 'B18.1', displayName: 'Chronic viral hepatitis B without delta-agent', expected: '/causes/hepatitis-b/' },
  { system: 'icd10cm', code: 'B18.2', displayName: 'Chronic viral hepatitis C', expected: '/causes/hepatitis-c/' },
];

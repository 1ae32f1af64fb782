/**
 * Reads a code lookup request from a `/lookup/` URL. Two forms are accepted:
 *
 * - HL7 Infobutton URL-based requests (Context-Aware Knowledge Retrieval, URL implementation guide):
 *   `mainSearchCriteria.v.c` (code), `mainSearchCriteria.v.cs` (code system OID), `mainSearchCriteria.v.dn`
 *   (display name) and `informationRecipient` (`PAT` or `PROV`). Several criteria may be numbered
 *   (`mainSearchCriteria.v.c1`, `.cs1`, ...); they are tried in order after the unnumbered one.
 * - The short form `?system=loinc&code=1742-6` (the system by name, or by OID), optionally `&name=` (a display
 *   name for the search fallback).
 *
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
  /** The display name of the first criterion that has one, for the search fallback. */
  displayName: string | undefined;
  /** The first code as written, kept for the search fallback when no criterion was usable. */
  rawCode: string | undefined;
  recipient: InformationRecipient;
  embed: boolean;
  /** Why criteria were dropped, e.g. `unknown-system` or `invalid-code`; empty when all were usable. */
  problems: ('unknown-system' | 'invalid-code')[];
}

const OID_TO_SYSTEM = new Map(CODE_SYSTEMS.map((s) => [CODE_SYSTEM_OIDS[s], s]));

/** A code system from an OID (`2.16.840.1.113883.6.1`, also as `urn:oid:...`) or a name (`loinc`, `ICD-10-CM`). */
export function systemFrom(value: string | null | undefined): CodeSystem | undefined {
  const text = value?.trim().toLowerCase().replace(/^urn:oid:/, '') ?? '';
  const byOid = OID_TO_SYSTEM.get(text);
  if (byOid) return byOid;
  const name = text.replace(/[-_\s]/g, '');
  if (name === 'rxnorm') return 'rxcui';
  if (name === 'snomedct') return 'snomed';
  return (CODE_SYSTEMS as readonly string[]).includes(name) ? (name as CodeSystem) : undefined;
}

const MAX_CRITERIA = 10;

/** Parses the query string of a `/lookup/` URL. Never throws. */
export function parseLookupRequest(query: URLSearchParams | string): LookupRequest {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const get = (name: string) => params.get(name)?.trim() || undefined;
  const raw: { code: string | undefined; system: string | undefined; dn: string | undefined }[] = [];
  for (const suffix of ['', ...Array.from({ length: MAX_CRITERIA }, (_, i) => String(i + 1))]) {
    const code = get(`mainSearchCriteria.v.c${suffix}`);
    const dn = get(`mainSearchCriteria.v.dn${suffix}`);
    if (code || dn) raw.push({ code, system: get(`mainSearchCriteria.v.cs${suffix}`), dn });
  }
  if (get('code') || get('name')) raw.push({ code: get('code'), system: get('system'), dn: get('name') });

  const criteria: Criterion[] = [];
  const problems: LookupRequest['problems'] = [];
  for (const item of raw) {
    if (!item.code) continue;
    const system = systemFrom(item.system);
    if (!system) {
      problems.push('unknown-system');
      continue;
    }
    const code = canonicalCode(system, item.code);
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

/** What to search for when no page fits: the display name, else the code as written. */
export const searchTermFor = (request: LookupRequest) => request.displayName ?? request.rawCode ?? '';

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

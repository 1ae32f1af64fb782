/**
 * The verified code list: codes a page may carry. It is read from `content/verified-codes.json` (a copy of the
 * reference team's `codes.json`), where only the `codes` objects (and the ALT test's SNOMED findings) are verified.
 */
import { CODE_SYSTEMS, type CodeSystem } from './codes.ts';
import type { ContentIssue, GraphEntry } from './graph.ts';

export type VerifiedCodes = Record<CodeSystem, Set<string>>;

interface ReferenceItem {
  codes?: Partial<Record<string, string[]>>;
  snomed_findings?: Record<string, string>;
}

/** Flattens the reference file's shape (`{tests|conditions|drugs: [{codes: {system: [..]}}]}`) into sets. */
export function verifiedCodesFrom(reference: Record<string, ReferenceItem[]>): VerifiedCodes {
  const sets = Object.fromEntries(CODE_SYSTEMS.map((s) => [s, new Set<string>()])) as VerifiedCodes;
  for (const items of Object.values(reference)) {
    for (const item of items) {
      for (const system of CODE_SYSTEMS) item.codes?.[system]?.forEach((code) => sets[system].add(code));
      Object.keys(item.snomed_findings ?? {}).forEach((code) => sets.snomed.add(code));
    }
  }
  return sets;
}

/** Lists every code on a page that is not in the verified list. */
export function unverifiedCodes(entries: readonly GraphEntry[], verified: VerifiedCodes): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    const codes = (entry.data.codes ?? {}) as Partial<Record<CodeSystem, string[]>>;
    for (const system of CODE_SYSTEMS) {
      codes[system]?.forEach((code, index) => {
        if (!verified[system].has(code)) {
          issues.push({
            filePath: entry.filePath,
            field: `codes.${system}[${index}]`,
            message: `${code} is not in the verified ${system} list (content/verified-codes.json); add a code there only with a source`,
          });
        }
      });
    }
  }
  return issues;
}

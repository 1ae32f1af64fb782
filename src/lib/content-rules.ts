/**
 * Editorial rules over the whole content, beyond what the schema checks: enough sources, reviews not overdue, no
 * dosing instructions in medication pages, and no page that nothing links to. Pure: takes parsed files and a date.
 */
import type { CollectionName } from '../schemas/collections.ts';
import type { ContentIssue, LinkGraph } from './graph.ts';
import type { ContentFile } from './content-files.ts';
import { reviewIssues } from './review-dates.ts';

/** Fewest sources a page of each collection must cite. */
export const MIN_SOURCES: Record<CollectionName, number> = {
  causes: 2,
  medications: 2,
  tests: 2,
  symptoms: 1,
  lifestyle: 1,
};

/** Dosing instructions that must never appear in a medication page: an amount ("0.5 mg") or "take 2 tablets". */
export const DOSING_PATTERNS: readonly RegExp[] = [
  /\b\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|micrograms?|milligrams?|IU|units?)\b/i,
  /\btake\s+(?:\d+|one|two|three|four|half(?:\s+a)?)\s+(?:tablets?|capsules?|pills?|doses?)\b/i,
];

/** Finds the first dosing instruction in a text, or undefined. */
export function findDosing(text: string): string | undefined {
  for (const pattern of DOSING_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}

/** Checks every rule; `today` is the date reviews are compared with (tests pass a fixed one). */
export function checkContentRules(files: readonly ContentFile[], graph: LinkGraph, today: Date): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const file of files) {
    const data = file.data as { sources: unknown[]; nextReview: Date; summary: string; brands?: string[] };
    const min = MIN_SOURCES[file.collection];
    if (data.sources.length < min) {
      issues.push({ filePath: file.filePath, field: 'sources', message: `expected at least ${min} sources, found ${data.sources.length}` });
    }
    // Calendar days: a review due today is due, not overdue.
    issues.push(...reviewIssues([{ filePath: file.filePath, nextReview: data.nextReview }], today).errors);
    if (file.collection === 'medications') {
      const dose = findDosing(`${data.summary}\n${file.body}`);
      if (dose) {
        issues.push({
          filePath: file.filePath,
          field: 'body',
          message: `dosing instruction "${dose}"; expected none (medicines are taken only as prescribed)`,
        });
      }
    }
    // Cross-links render on both pages, so a page is reachable from every page it is linked with, either way.
    if (Object.keys(graph.neighbours(file.collection, file.id)).length === 0) {
      issues.push({
        filePath: file.filePath,
        field: '(links)',
        message: 'no other page links to this page; expected it to be named in, or to name, at least one other page',
      });
    }
  }
  return issues;
}

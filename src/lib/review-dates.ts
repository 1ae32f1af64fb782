/**
 * Review dates against today, as calendar days in UTC: a page whose `nextReview` is today is due, not overdue; one
 * due within the warning window prints a warning in the build; one past its date stops the build. Pure.
 */
import type { ContentIssue } from './graph.ts';

/** Days before `nextReview` from which the build warns. */
export const REVIEW_WARNING_DAYS = 60;
const DAY_MS = 86_400_000;

/** Midnight UTC of the calendar day of `date`. */
export function utcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** Whole days from today until the review date: 0 when due today, negative when overdue. */
export function daysUntil(nextReview: Date, today: Date): number {
  return Math.round((utcDay(nextReview) - utcDay(today)) / DAY_MS);
}

export type ReviewStatus = 'ok' | 'due-soon' | 'overdue';

export function reviewStatus(nextReview: Date, today: Date, warningDays = REVIEW_WARNING_DAYS): ReviewStatus {
  const days = daysUntil(nextReview, today);
  if (days < 0) return 'overdue';
  return days <= warningDays ? 'due-soon' : 'ok';
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** Overdue reviews as errors and reviews due within the window as warnings, each naming the file and the field. */
export function reviewIssues(
  pages: readonly { filePath: string; nextReview: Date }[],
  today: Date,
): { errors: ContentIssue[]; warnings: ContentIssue[] } {
  const errors: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];
  for (const { filePath, nextReview } of pages) {
    const days = daysUntil(nextReview, today);
    const status = reviewStatus(nextReview, today);
    if (status === 'overdue') {
      errors.push({ filePath, field: 'nextReview', message: `review overdue since ${iso(nextReview)}; expected a date from today on` });
    } else if (status === 'due-soon') {
      const when = days === 0 ? 'today' : `in ${days} day(s)`;
      warnings.push({ filePath, field: 'nextReview', message: `review due ${when} (${iso(nextReview)})` });
    }
  }
  return { errors, warnings };
}

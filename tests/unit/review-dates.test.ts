import { describe, expect, it } from 'vitest';
import { daysUntil, REVIEW_WARNING_DAYS, reviewIssues, reviewStatus, utcDay } from '../../src/lib/review-dates';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const noonToday = new Date('2026-12-04T13:45:00Z');

describe('review dates', () => {
  it('counts calendar days in UTC', () => {
    expect(utcDay(noonToday)).toBe(Date.UTC(2026, 11, 4));
    expect(daysUntil(day('2026-12-04'), noonToday)).toBe(0);
    expect(daysUntil(day('2026-12-05'), noonToday)).toBe(1);
    expect(daysUntil(day('2026-12-03'), noonToday)).toBe(-1);
  });

  it('a review due today is due, not overdue; yesterday is overdue; the window is 60 days', () => {
    expect(REVIEW_WARNING_DAYS).toBe(60);
    expect(reviewStatus(day('2026-12-04'), noonToday)).toBe('due-soon');
    expect(reviewStatus(day('2026-12-03'), noonToday)).toBe('overdue');
    expect(reviewStatus(day('2027-02-02'), noonToday)).toBe('due-soon');
    expect(reviewStatus(day('2027-02-03'), noonToday)).toBe('ok');
    expect(reviewStatus(day('2027-02-03'), noonToday, 61)).toBe('due-soon');
  });

  it('reports overdue pages as errors and pages due soon as warnings, naming file and field', () => {
    const { errors, warnings } = reviewIssues(
      [
        { filePath: 'a.mdx', nextReview: day('2026-12-01') },
        { filePath: 'b.mdx', nextReview: day('2026-12-04') },
        { filePath: 'c.mdx', nextReview: day('2026-12-14') },
        { filePath: 'd.mdx', nextReview: day('2027-06-01') },
      ],
      noonToday,
    );
    expect(errors).toEqual([{ filePath: 'a.mdx', field: 'nextReview', message: 'review overdue since 2026-12-01; expected a date from today on' }]);
    expect(warnings).toEqual([
      { filePath: 'b.mdx', field: 'nextReview', message: 'review due today (2026-12-04)' },
      { filePath: 'c.mdx', field: 'nextReview', message: 'review due in 10 day(s) (2026-12-14)' },
    ]);
  });
});

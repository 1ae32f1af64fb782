/** Date helpers. Dates are calendar dates: always formatted in UTC so the build machine's zone cannot shift them. */

/** `2026-11-24` -> "24 November 2026" */
export function formatDate(date: Date, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

/** `2026-11-24` as ISO `YYYY-MM-DD`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

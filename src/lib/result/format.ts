/**
 * Turns the explainer's statements into text in the reader's language: fills `{name}` placeholders with numbers
 * formatted for the language, or with another string of the dictionary. Pure; the strings are handed in, so the same
 * code serves every edition.
 */
import type { ResultKey, Statement, StatementVar } from './explain';

export type ResultStrings = Record<ResultKey, string>;

/** `formatNumber(1200.5, 'en')` is `1,200.5`; at most two decimals. */
export function formatNumber(value: number, lang: string): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

/** Fills `{name}` placeholders; a placeholder without a value is left as it is, so a missing value shows in tests. */
export function fill(template: string, vars: Record<string, StatementVar | string>, strings: ResultStrings, lang: string): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return formatNumber(value, lang);
    if (typeof value === 'string') return value;
    return strings[value.key];
  });
}

/** The text of one statement. */
export function statementText(statement: Statement, strings: ResultStrings, lang: string): string {
  return fill(strings[statement.key], statement.vars ?? {}, strings, lang);
}

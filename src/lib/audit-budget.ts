/**
 * What `npm run audit` (scripts/audit.ts) asserts of one page's Lighthouse result: the category scores the README
 * claims and the LCP, TBT and CLS limits of scripts/budgets.json (`lighthouse`). Lighthouse simulates a slow 4G
 * phone, so these metrics are computed, not timed on this machine, and can be gated; measured times (the observed
 * load) are only reported. Pure, so the audit script and its tests share one reading of the budget.
 */

export const AUDIT_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type AuditCategory = (typeof AUDIT_CATEGORIES)[number];

export interface AuditBudget {
  /** Lowest score (0 to 100) of each category. */
  minScores: Record<AuditCategory, number>;
  /** Largest Contentful Paint limit in ms; `lcpMsByPath` overrides it for a page. */
  lcpMs: number;
  lcpMsByPath?: Record<string, number>;
  /** Total Blocking Time limit in ms. */
  tbtMs: number;
  /** Cumulative Layout Shift limit (unitless). */
  cls: number;
}

export interface AuditResult {
  path: string;
  /** Category scores 0 to 100. */
  scores: Partial<Record<AuditCategory, number | undefined>>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/** Reads and checks the `lighthouse` section of budgets.json; throws naming the field that is wrong. */
export function parseAuditBudget(value: unknown): AuditBudget {
  const fail = (field: string, expected: string): never => {
    throw new Error(`scripts/budgets.json lighthouse.${field}: expected ${expected}`);
  };
  if (typeof value !== 'object' || value === null) return fail('', 'an object');
  const v = value as Record<string, unknown>;
  const min = v.minScores as Record<string, unknown> | undefined;
  if (typeof min !== 'object' || min === null) return fail('minScores', 'an object of category scores');
  const minScores = {} as Record<AuditCategory, number>;
  for (const category of AUDIT_CATEGORIES) {
    const score = min[category];
    if (typeof score !== 'number' || !(score >= 0 && score <= 100)) fail(`minScores.${category}`, 'a score from 0 to 100');
    minScores[category] = score as number;
  }
  const limit = (field: 'lcpMs' | 'tbtMs' | 'cls') => {
    const n = v[field];
    return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : fail(field, 'a number of at least 0');
  };
  const budget: AuditBudget = { minScores, lcpMs: limit('lcpMs'), tbtMs: limit('tbtMs'), cls: limit('cls') };
  if (v.lcpMsByPath !== undefined) {
    const byPath = v.lcpMsByPath as Record<string, unknown>;
    if (typeof byPath !== 'object' || byPath === null) fail('lcpMsByPath', 'an object of path: ms');
    for (const [path, ms] of Object.entries(byPath)) {
      if (typeof ms !== 'number' || !(ms >= 0)) fail(`lcpMsByPath.${path}`, 'a number of at least 0');
    }
    budget.lcpMsByPath = byPath as Record<string, number>;
  }
  return budget;
}

/** Every way one page misses the budget, one line each; empty when it meets it. A missing score or metric fails. */
export function auditFailures(result: AuditResult, budget: AuditBudget): string[] {
  const failures: string[] = [];
  for (const category of AUDIT_CATEGORIES) {
    const score = result.scores[category];
    const min = budget.minScores[category];
    if (score === undefined || !(score >= min)) failures.push(`${result.path}: ${category} ${score ?? 'missing'} < ${min}`);
  }
  const lcpLimit = budget.lcpMsByPath?.[result.path] ?? budget.lcpMs;
  const over = (name: string, value: number, limit: number, unit: string) => {
    if (!(value <= limit)) failures.push(`${result.path}: ${name} ${Number.isNaN(value) ? 'missing' : `${value}${unit}`} > ${limit}${unit}`);
  };
  over('LCP', Math.round(result.lcpMs), lcpLimit, ' ms');
  over('TBT', Math.round(result.tbtMs), budget.tbtMs, ' ms');
  over('CLS', result.cls, budget.cls, '');
  return failures;
}

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { auditFailures, parseAuditBudget, type AuditResult } from '../../src/lib/audit-budget';

const budget = parseAuditBudget({
  minScores: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 },
  lcpMs: 2000,
  lcpMsByPath: { '/search/': 1500 },
  tbtMs: 150,
  cls: 0.05,
});
const good: AuditResult = { path: '/', scores: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 }, lcpMs: 2000, tbtMs: 150, cls: 0.05 };

describe('audit budget', () => {
  it('passes a page exactly at every limit', () => {
    expect(auditFailures(good, budget)).toEqual([]);
  });
  it('names each score and metric over its limit', () => {
    expect(auditFailures({ ...good, scores: { ...good.scores, performance: 97, seo: 99 }, lcpMs: 2000.6, tbtMs: 151, cls: 0.051 }, budget)).toEqual([
      '/: performance 97 < 98',
      '/: seo 99 < 100',
      '/: LCP 2001 ms > 2000 ms',
      '/: TBT 151 ms > 150 ms',
      '/: CLS 0.051 > 0.05',
    ]);
  });
  it('uses a per-page LCP limit and fails missing values', () => {
    expect(auditFailures({ ...good, path: '/search/', lcpMs: 1600 }, budget)).toEqual(['/search/: LCP 1600 ms > 1500 ms']);
    expect(auditFailures({ ...good, scores: { ...good.scores, accessibility: undefined }, cls: Number.NaN }, budget)).toEqual([
      '/: accessibility missing < 100',
      '/: CLS missing > 0.05',
    ]);
  });
  it('reads the real budgets file and rejects a malformed one, naming the field', () => {
    const real = parseAuditBudget(JSON.parse(readFileSync(new URL('../../scripts/budgets.json', import.meta.url), 'utf8')).lighthouse);
    expect(real.minScores.accessibility).toBe(100);
    expect(() => parseAuditBudget(null)).toThrow('lighthouse.: expected an object');
    expect(() => parseAuditBudget({ minScores: {} })).toThrow('lighthouse.minScores.performance: expected a score from 0 to 100');
    expect(() => parseAuditBudget({ minScores: budget.minScores, lcpMs: -1 })).toThrow('lighthouse.lcpMs: expected a number of at least 0');
    expect(() => parseAuditBudget({ minScores: budget.minScores, lcpMs: 1, tbtMs: 1, cls: 0, lcpMsByPath: { '/': 'x' } })).toThrow('lighthouse.lcpMsByPath./: expected');
  });
});

describe('parseAuditBudget, each field', () => {
  const base = { minScores: { performance: 0, accessibility: 100, 'best-practices': 50, seo: 100 }, lcpMs: 0, tbtMs: 1, cls: 0 };
  it('accepts scores from 0 to 100 and a per-page LCP of 0 or more', () => {
    expect(parseAuditBudget({ ...base, lcpMsByPath: { '/': 0, '/search/': 1500 } })).toEqual({ ...base, lcpMsByPath: { '/': 0, '/search/': 1500 } });
    expect(parseAuditBudget(base)).toEqual(base);
  });
  it('wants an object', () => {
    expect(() => parseAuditBudget(5)).toThrow(new Error('scripts/budgets.json lighthouse.: expected an object'));
    expect(() => parseAuditBudget('x')).toThrow(new Error('scripts/budgets.json lighthouse.: expected an object'));
  });
  it.each([undefined, null, 3])('wants minScores as an object, not %j', (minScores) => {
    expect(() => parseAuditBudget({ ...base, minScores })).toThrow(new Error('scripts/budgets.json lighthouse.minScores: expected an object of category scores'));
  });
  it.each([-1, 101, -0.5, 100.5, '90', Number.NaN])('rejects the score %j', (seo) => {
    expect(() => parseAuditBudget({ ...base, minScores: { ...base.minScores, seo } })).toThrow(
      new Error('scripts/budgets.json lighthouse.minScores.seo: expected a score from 0 to 100'),
    );
  });
  it.each([5, null, 'x'])('wants lcpMsByPath as an object, not %j', (lcpMsByPath) => {
    expect(() => parseAuditBudget({ ...base, lcpMsByPath })).toThrow(new Error('scripts/budgets.json lighthouse.lcpMsByPath: expected an object of path: ms'));
  });
  it.each([-1, Number.NaN, '100'])('rejects the per-page LCP %j', (ms) => {
    expect(() => parseAuditBudget({ ...base, lcpMsByPath: { '/a/': 10, '/b/': ms } })).toThrow(
      new Error('scripts/budgets.json lighthouse.lcpMsByPath./b/: expected a number of at least 0'),
    );
  });
});

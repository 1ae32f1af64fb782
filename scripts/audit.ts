/**
 * Lighthouse over the built site, mobile settings, in Debian's Chromium: the home page, an article and the search
 * page. Prints the four category scores with LCP, TBT, CLS and total bytes; fails unless Accessibility, Best
 * Practices and SEO are 100 and Performance is at least 98. Each page is audited three times and the run with the
 * median Performance score is reported, as Lighthouse advises for a noisy machine; then the median LCP of the three
 * runs per page type against the limits of scripts/budgets.json (lighthouse.lcpMs). Run after `npm run build`.
 * AUDIT_PORT sets the server's port (default 4520), AUDIT_RUNS the runs per page.
 */
import { readFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { median } from '../src/lib/stats.ts';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from './serve.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser.ts';

const PORT = Number(process.env.AUDIT_PORT ?? 4520);
const PAGES = ['/', '/causes/fatty-liver-disease/', '/search/'];
/** The page type each audited page stands for, as the LCP limits name them. */
const PAGE_TYPES: Record<string, string> = { '/': 'home', '/causes/fatty-liver-disease/': 'article', '/search/': 'search' };
const lcpLimits = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')).lighthouse.lcpMs as Record<string, number>;
const lcpLines: string[] = [];
const RUNS = Number(process.env.AUDIT_RUNS ?? 3);
const MINIMUM = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 } as const;

const server = await serve({ dir: 'dist', host: '127.0.0.1', port: PORT });
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const failures: string[] = [];
try {
  console.log('page                            perf  a11y  best   seo   LCP ms  TBT ms    CLS  bytes');
  for (const path of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: Object.keys(MINIMUM),
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      runs.push(result.lhr);
    }
    const lcp = median(runs.map((r) => r.audits['largest-contentful-paint']?.numericValue ?? Number.NaN));
    const type = PAGE_TYPES[path] ?? path;
    lcpLines.push(`  ${type.padEnd(8)} ${lcp.toFixed(0).padStart(6)} ms (limit ${lcpLimits[type] ?? '-'} ms)  ${path}`);
    runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    const { categories, audits } = runs[Math.floor(runs.length / 2)]!;
    const score = (id: keyof typeof MINIMUM) => Math.round((categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    console.log(
      [
        path.padEnd(30),
        ...(Object.keys(MINIMUM) as (keyof typeof MINIMUM)[]).map((id) => String(score(id)).padStart(5)),
        metric('largest-contentful-paint').toFixed(0).padStart(8),
        metric('total-blocking-time').toFixed(0).padStart(7),
        metric('cumulative-layout-shift').toFixed(3).padStart(6),
        metric('total-byte-weight').toFixed(0).padStart(6),
      ].join(' '),
    );
    for (const [id, minimum] of Object.entries(MINIMUM) as [keyof typeof MINIMUM, number][]) {
      if (score(id) >= minimum) continue;
      const failed = (categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${ref.id} (${audits[ref.id]?.title})`);
      failures.push(`${path}: ${id} ${score(id)} < ${minimum}; failing audits: ${failed.join('; ') || 'none listed'}`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log(`Largest Contentful Paint per page type, median of ${RUNS} runs:\n${lcpLines.join('\n')}`);
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log('Lighthouse: every page meets its scores.');

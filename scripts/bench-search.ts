/**
 * Search speed, measured in Chromium on the built site (run `npm run build` first):
 * - cold: a fresh browser on an article page; the reader focuses the header box and types. Time from the input to
 *   results rendered, and every byte fetched for it (search code, Pagefind runtime, index chunks, fragments).
 * - warm: further queries in the same page. Time from input to results rendered.
 * Medians of several runs; fails when a figure is over its budget in scripts/budgets.json.
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Page, Request } from '@playwright/test';
import { serve } from './serve.ts';
import { launchChromium } from './lib/browser.ts';
import { median } from '../src/lib/stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PORT = 4510;
const COLD_QUERY = 'entecavir';
const WARM_QUERIES = ['jaundice', 'statin', 'hepatitis', 'Baraclude', 'tired', 'coffee'];
const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')).search as {
  warmQueryMs: number;
  coldFirstQueryBytes: number;
};

/** Types a query into the header box (as one input event) and resolves when its results are rendered. */
const measure = `(async (query) => {
  const input = document.querySelector('[data-header-search] input');
  const form = input.form;
  const t0 = performance.now();
  input.focus();
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve) => {
    const done = () => {
      const status = form.querySelector('[role="status"]');
      if (status && status.textContent.includes('"' + query + '"')) { observer.disconnect(); resolve(); return true; }
      return false;
    };
    const observer = new MutationObserver(done);
    observer.observe(form, { subtree: true, childList: true, characterData: true });
    done();
  });
  return performance.now() - t0;
})`;

/** Runs one query; bytes are counted from Chromium's network events (body and headers as sent, compressed). */
async function run(page: Page, query: string): Promise<{ ms: number; bytes: number }> {
  const pending: Promise<number>[] = [];
  const count = (request: Request) =>
    pending.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize, () => 0));
  page.on('requestfinished', count);
  const ms = (await page.evaluate(`${measure}(${JSON.stringify(query)})`)) as number;
  await page.waitForLoadState('networkidle');
  page.off('requestfinished', count);
  const bytes = (await Promise.all(pending)).reduce((a, b) => a + b, 0);
  return { ms, bytes };
}

const server = await serve({ dir: 'dist', host: '127.0.0.1', port: PORT });
const browser = await launchChromium();
const cold: { ms: number; bytes: number }[] = [];
const warm: number[] = [];
const warmBytes: number[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/causes/hepatitis-b/`, { waitUntil: 'load' });
    cold.push(await run(page, COLD_QUERY));
    for (const q of WARM_QUERIES) {
      const r = await run(page, q);
      warm.push(r.ms);
      warmBytes.push(r.bytes);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

const result = {
  date: new Date().toISOString(),
  runs: RUNS,
  coldFirstQueryMs: Math.round(median(cold.map((c) => c.ms))),
  coldFirstQueryBytes: Math.round(median(cold.map((c) => c.bytes))),
  warmQueryMs: Math.round(median(warm) * 10) / 10,
  warmQueryMsMax: Math.round(Math.max(...warm) * 10) / 10,
  warmQueryBytes: Math.round(median(warmBytes)),
};
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/search.json', JSON.stringify(result, null, 2));
console.log(`search benchmark (median of ${RUNS} runs, Chromium, local server, gzip):`);
console.log(`  cold first query: ${result.coldFirstQueryMs} ms, ${(result.coldFirstQueryBytes / 1024).toFixed(1)} KB fetched (budget ${(budgets.coldFirstQueryBytes / 1024).toFixed(0)} KB)`);
console.log(`  warm query:       ${result.warmQueryMs} ms median, ${result.warmQueryMsMax} ms max, ${(result.warmQueryBytes / 1024).toFixed(1)} KB fetched (budget ${budgets.warmQueryMs} ms)`);
const over = [
  result.warmQueryMs > budgets.warmQueryMs && `warm query ${result.warmQueryMs} ms > ${budgets.warmQueryMs} ms`,
  result.coldFirstQueryBytes > budgets.coldFirstQueryBytes && `cold first query ${result.coldFirstQueryBytes} B > ${budgets.coldFirstQueryBytes} B`,
].filter(Boolean);
if (over.length > 0) {
  console.error(`over budget: ${over.join('; ')}`);
  process.exit(1);
}

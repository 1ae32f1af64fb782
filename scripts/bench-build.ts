/**
 * Build benchmark: generates synthetic corpora of 1,000 and 5,000 pages (scripts/lib/synthetic-content.ts) in a
 * temporary folder and runs the real pipeline on each (Astro build, Pagefind, service worker) with its own cache (scripts/lib/build-site.ts).
 * Prints and saves (.bench/build.json) wall time, pages per second, peak memory, dist/ size, Pagefind bundle size
 * and precache size; fails, with the budgets of scripts/budgets.json, if 5,000 pages take more than 5.5 times as long
 * as 1,000 (worse than linear) or any run peaks at 2 GB or more. Each run is `npm run build` (scripts/build.ts), so
 * it measures the pipeline with the memory settings it ships with.
 * Usage: node scripts/bench-build.ts [sizes...]   (default 1000 5000)
 */
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { startBuild } from './lib/build-site.ts';
import { generateContent } from './lib/synthetic-content.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (sizes.length === 0) sizes.push(1000, 5000);
const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')).build as {
  maxTimeRatio: number;
  peakMemoryBytes: number;
};
const MAX_RATIO = budgets.maxTimeRatio;
const offlineBudgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')).offline as {
  shellTransferBytes: number;
};
const MAX_MEMORY_MB = Math.round(budgets.peakMemoryBytes / 1024 ** 2);

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);
}

/** Resident memory of a process and all its descendants, from /proc (0 where it cannot be read). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  const walk = (pid: number): number => (rss.get(pid) ?? 0) + (children.get(pid) ?? []).reduce((n, c) => n + walk(c), 0);
  return walk(root);
}

async function build(content: string, outDir: string): Promise<{ seconds: number; peak: number }> {
  const started = performance.now();
  // The real pipeline with its own memory settings (scripts/build.ts), exactly as `npm run build` runs it.
  const { child, finished } = startBuild(outDir, { ALT_ATLAS_CONTENT: content });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 250);
  const { code, stderr } = await finished;
  clearInterval(timer);
  if (code !== 0) throw new Error(`npm run build failed for ${content}:\n${stderr.slice(-4000)}`);
  return { seconds: (performance.now() - started) / 1000, peak };
}

const work = mkdtempSync(join(tmpdir(), 'alt-atlas-bench-'));
const rows = [];
try {
  for (const pages of sizes) {
    const content = join(work, `content-${pages}`);
    generateContent(content, pages);
    const outDir = join(work, `dist-${pages}`);
    const { seconds, peak } = await build(content, outDir);
    const htmlPages = readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
    const status = JSON.parse(readFileSync(join(outDir, 'offline', 'status.json'), 'utf8'));
    const row = {
      pages,
      htmlPages,
      seconds: Math.round(seconds * 10) / 10,
      pagesPerSecond: Math.round(htmlPages / seconds),
      peakMemoryMB: Math.round(peak / 1024 ** 2),
      distMB: Math.round((folderBytes(outDir) / 1024 ** 2) * 10) / 10,
      pagefindMB: Math.round((folderBytes(join(outDir, 'pagefind')) / 1024 ** 2) * 10) / 10,
      // What a first visit stores whatever the connection (common files and the English shell) and the rest of the
      // English edition, both in bytes as transferred (Brotli).
      shellKiB: Math.round((status.commonBytes + status.editions.en.shellBytes) / 102.4) / 10,
      editionMB: Math.round((status.editions.en.saveBytes / 1024 ** 2) * 10) / 10,
      editionFiles: status.editions.en.saveFiles,
    };
    rows.push(row);
    console.log(JSON.stringify(row));
    rmSync(outDir, { recursive: true, force: true });
    rmSync(content, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}`;
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/build.json', JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2));
console.log(`\nmachine: ${machine}`);
console.log('| pages | HTML files | wall time | pages/s | peak memory | dist/ | Pagefind | first-visit shell | whole edition |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.pages} | ${r.htmlPages} | ${r.seconds} s | ${r.pagesPerSecond} | ${r.peakMemoryMB} MB | ${r.distMB} MB | ${r.pagefindMB} MB | ${r.shellKiB} KiB | ${r.editionMB} MB, ${r.editionFiles} files |`,
  );
}
const problems: string[] = [];
for (const r of rows) {
  if (r.shellKiB * 1024 > offlineBudgets.shellTransferBytes) {
    problems.push(`${r.pages} pages: first-visit shell ${r.shellKiB} KiB > ${offlineBudgets.shellTransferBytes / 1024} KiB`);
  }
}
const small = rows.find((r) => r.pages === 1000);
const large = rows.find((r) => r.pages === 5000);
if (small && large) {
  const ratio = large.seconds / small.seconds;
  console.log(`5,000 / 1,000 pages: ${ratio.toFixed(2)} times the time (limit ${MAX_RATIO})`);
  if (ratio > MAX_RATIO) problems.push(`5,000 pages took ${ratio.toFixed(2)} times as long as 1,000 (limit ${MAX_RATIO})`);
}
console.log(`peak memory limit: ${MAX_MEMORY_MB} MB`);
for (const r of rows) {
  if (r.peakMemoryMB >= MAX_MEMORY_MB) problems.push(`${r.pages} pages peaked at ${r.peakMemoryMB} MB (limit ${MAX_MEMORY_MB} MB)`);
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}

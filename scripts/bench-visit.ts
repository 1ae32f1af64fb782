/**
 * A first visit, end to end, in Chromium: the page, then everything the service worker and the offline script
 * fetch, counted by the server (bytes written to every connection: headers and bodies as sent, Brotli), until the
 * server has been quiet for a while. Three connections, set through the DevTools protocol:
 * - normal: a fast Wi-Fi-class connection without Save-Data (so the whole edition is saved);
 * - save-data: `navigator.connection.saveData` on;
 * - slow: a 3G-class connection (no Save-Data).
 * Prints each against the budgets of scripts/budgets.json (offline.firstVisitLeanBytes for Save-Data and slow) and
 * saves .bench/visit.json. Run after `npm run build`.
 * Usage: node scripts/bench-visit.ts [--dir dist] [--path /causes/fatty-liver-disease/]   (VISIT_PORT, default 4540)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import { parseArgs } from 'node:util';
import { serve } from './serve.ts';
import { emulateConnection, launchChromium } from './lib/browser.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'dist' }, path: { type: 'string', default: '/causes/fatty-liver-disease/' } },
});
const PORT = Number(process.env.VISIT_PORT ?? 4540);
/** The visit is over when the server has sent nothing for this long after the service worker is ready. */
const QUIET_MS = 2500;
const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')).offline as {
  firstVisitLeanBytes: number;
};

type Profile = 'normal' | 'save-data' | 'slow';
const PROFILES: Profile[] = ['normal', 'save-data', 'slow'];

interface Logged {
  path: string;
  bytes: number;
}

const server = await serve({ dir: values.dir!, host: '127.0.0.1', port: PORT });
let sockets: Socket[] = [];
let log: Logged[] = [];
let lastActivity = Date.now();
server.on('connection', (socket: Socket) => sockets.push(socket));
server.on('request', (req, res) => {
  lastActivity = Date.now();
  // Requests on one connection follow each other (HTTP/1.1), so the bytes written meanwhile are this response's.
  const before = req.socket.bytesWritten;
  res.on('finish', () => {
    lastActivity = Date.now();
    log.push({ path: req.url ?? '', bytes: req.socket.bytesWritten - before });
  });
});

const browser = await launchChromium();
const results = [];
try {
  for (const profile of PROFILES) {
    sockets = [];
    log = [];
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await emulateConnection(cdp, profile === 'normal' ? 'fast' : profile);
    const connection = await page.evaluate('JSON.stringify({ saveData: navigator.connection?.saveData, effectiveType: navigator.connection?.effectiveType, downlink: navigator.connection?.downlink })');
    const started = Date.now();
    await page.goto(`http://127.0.0.1:${PORT}${values.path}`, { waitUntil: 'load' });
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    while (Date.now() - lastActivity < QUIET_MS) await new Promise((r) => setTimeout(r, 200));
    const seconds = (lastActivity - started) / 1000;
    const wire = sockets.reduce((n, s) => n + s.bytesWritten, 0);
    const sw = log.filter((l) => l.path.startsWith('/sw.js')).reduce((n, l) => n + l.bytes, 0);
    results.push({ profile, connection: JSON.parse(String(connection)), requests: log.length, bytes: wire, serviceWorkerBytes: sw, seconds, log: [...log] });
    if (process.env.VISIT_LOG) for (const l of log) console.log(`    ${profile} ${l.bytes} ${l.path}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/visit.json', JSON.stringify({ date: new Date().toISOString(), dir: values.dir, path: values.path, results }, null, 2));
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`first visit to ${values.path} (${values.dir}/), bytes the server sent (headers and bodies, Brotli):`);
const over: string[] = [];
for (const r of results) {
  const lean = r.profile !== 'normal';
  const budget = lean ? ` (budget ${kib(budgets.firstVisitLeanBytes)})` : '';
  console.log(
    `  ${r.profile.padEnd(9)} ${String(r.requests).padStart(4)} requests ${kib(r.bytes).padStart(10)}${budget}; service worker ${kib(r.serviceWorkerBytes)}; done after ${r.seconds.toFixed(1)} s; connection ${JSON.stringify(r.connection)}`,
  );
  if (lean && r.bytes > budgets.firstVisitLeanBytes) over.push(`${r.profile} ${r.bytes} B > ${budgets.firstVisitLeanBytes} B`);
}
if (over.length > 0) {
  console.error(`over budget: ${over.join('; ')}`);
  process.exit(1);
}

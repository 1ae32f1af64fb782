// @ts-nocheck
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from './serve.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser.ts';
const dirs = { before: '/tmp/i16-baseline-dist', after: 'dist' };
const paths = ['/', '/causes/fatty-liver-disease/'];
const servers = { before: await serve({ dir: dirs.before, host: '127.0.0.1', port: 4658 }), after: await serve({ dir: dirs.after, host: '127.0.0.1', port: 4659 }) };
const ports = { before: 4658, after: 4659 };
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
const res = {};
try {
  for (let i = 0; i < Number(process.env.RUNS ?? 3); i++) for (const path of paths) for (const k of ['before', 'after']) {
    const r = await lighthouse(`http://127.0.0.1:${ports[k]}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const a = r.lhr.audits;
    const key = `${k} ${path}`;
    (res[key] ??= []).push([Math.round(a['largest-contentful-paint'].numericValue), Math.round(a['first-contentful-paint'].numericValue), Math.round(a['total-blocking-time'].numericValue)]);
    console.log(key, res[key].at(-1).join(' '));
  }
} finally { await chrome.kill(); servers.before.close(); servers.after.close(); }
for (const [k, v] of Object.entries(res)) { const l = v.map((x) => x[0]).sort((a, b) => a - b); console.log(k, 'LCP median', l[Math.floor(l.length / 2)], JSON.stringify(v)); }

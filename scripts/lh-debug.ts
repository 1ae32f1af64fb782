// @ts-nocheck
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { writeFileSync } from 'node:fs';
import { serve } from './serve.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser.ts';
const PORT = 4656;
const dir = process.argv[2] ?? 'dist';
const path = process.argv[3] ?? '/';
const server = await serve({ dir, host: '127.0.0.1', port: PORT });
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
try {
  const r = await lighthouse(`http://127.0.0.1:${PORT}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const a = r!.lhr.audits;
  writeFileSync('/tmp/i16/lhr.json', JSON.stringify(r!.lhr));
  console.log('FCP', a['first-contentful-paint'].numericValue, 'LCP', a['largest-contentful-paint'].numericValue);
  for (const req of (a['network-requests'].details as any).items) console.log(req.url.replace(/http:\/\/127.0.0.1:\d+/, ''), req.priority, req.resourceType, req.transferSize, Math.round(req.networkRequestTime), Math.round(req.networkEndTime), req.protocol);
  const m=(a['metrics'].details as any).items[0]; console.log('observed FCP', m.observedFirstContentfulPaint, 'LCP', m.observedLargestContentfulPaint, 'DCL', m.observedDomContentLoaded, 'load', m.observedLoad);
  writeFileSync('/tmp/i16/lhr.json', JSON.stringify(r!.lhr));
} finally { await chrome.kill(); server.close(); }
const l = JSON.parse((await import('node:fs')).readFileSync('/tmp/i16/lhr.json', 'utf8'));
console.log('TBT', l.audits['total-blocking-time'].numericValue);
console.log(JSON.stringify(l.audits['long-tasks']?.details?.items?.slice(0, 8)));
console.log(JSON.stringify(l.audits['bootup-time']?.details?.items?.slice(0, 6)));
console.log(JSON.stringify(l.audits['mainthread-work-breakdown']?.details?.items?.slice(0, 6)));
console.log(l.audits['network-requests'].details.items.length, 'requests');
console.log(JSON.stringify(l.audits['largest-contentful-paint-element']?.details ?? l.audits['lcp-discovery-insight']?.details ?? null).slice(0, 800));
console.log(Object.keys(l.audits).filter((k) => k.includes('lcp')).join(' '));

/**
 * Renders the app icons (PNG, for the web app manifest and iOS) from public/favicon.svg with Chromium. Run by hand
 * after changing the icon: `node scripts/make-icons.ts`; the PNGs are committed.
 */
import { readFileSync } from 'node:fs';
import { launchChromium } from './lib/browser.ts';

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await launchChromium();
const page = await browser.newPage();
const targets = [
  { file: 'public/icons/icon-192.png', size: 192, maskable: false },
  { file: 'public/icons/icon-512.png', size: 512, maskable: false },
  // Maskable: full-bleed background, the mark inside the central 80% safe zone.
  { file: 'public/icons/maskable-512.png', size: 512, maskable: true },
];
for (const { file, size, maskable } of targets) {
  await page.setViewportSize({ width: size, height: size });
  const inner = maskable ? Math.round(size * 0.7) : size;
  await page.setContent(
    `<html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${maskable ? '#0b5cad' : 'transparent'}">` +
      `<img style="width:${inner}px;height:${inner}px" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`,
  );
  await page.screenshot({ path: file, omitBackground: !maskable });
  console.log(`wrote ${file}`);
}
await browser.close();

/** The strict CSP allows no inline code: no page may carry an inline script, a <style> element or a style attribute. */
import { expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dist = new URL('../../dist/', import.meta.url).pathname;
const pages = readdirSync(dist, { recursive: true }).map(String).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));

it('no page carries inline script or style (JSON-LD data blocks are not scripts)', () => {
  const found: string[] = [];
  for (const page of pages) {
    const html = readFileSync(join(dist, page), 'utf8');
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
      if (!/\ssrc=/.test(tag) && !/type="application\/ld\+json"/.test(tag)) found.push(`${page}: ${tag}`);
    }
    if (/<style\b/.test(html)) found.push(`${page}: <style>`);
    if (/<[a-z][^>]*\sstyle=/i.test(html)) found.push(`${page}: style attribute`);
  }
  expect(pages.length).toBeGreaterThan(100);
  expect(found).toEqual([]);
});

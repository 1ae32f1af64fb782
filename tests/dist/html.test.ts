/** Every built page is valid HTML (html-validate, config in tests/html-validate.json). */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';

const dist = new URL('../../dist/', import.meta.url).pathname;
const config = JSON.parse(readFileSync(new URL('../html-validate.json', import.meta.url), 'utf8'));
delete config.$comment;
const validator = new HtmlValidate(config);

const pages = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
  .sort();

describe('html-validate', () => {
  it('checks every page, with a validator that does flag broken markup', async () => {
    expect(pages.length).toBeGreaterThan(60);
    const broken = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><div><p></div></body></html>');
    expect(broken.valid).toBe(false);
  });
  it('finds no error on any page', async () => {
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(join(dist, page), 'utf8'), relative(dist, join(dist, page)));
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});

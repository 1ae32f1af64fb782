/**
 * Every built page is valid HTML: html-validate (config in tests/html-validate.json) and the Nu HTML Checker (npm
 * `vnu-jar`, the W3C validator, on the machine's Java), which also reads the document structure (a script after
 * `</html>` is fatal there). The Nu checker runs once over all pages: one JVM start, not one per page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { ensureDebianPackage } from '../../scripts/lib/debian-package';
import { createRequire } from 'node:module';

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
    // Every page through the validator takes seconds alone, and longer while the Nu checker's JVM and other test files share 2 cores.
  }, 120_000);
});

/** The checker's jar as the npm package `vnu-jar` ships it (its own downloader of a Java is not used). */
const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** Runs the Nu HTML Checker once over the files; its JSON report comes on stderr, and exit code 1 means errors. */
function nuCheck(files: string[]): Promise<NuMessage[]> {
  const java = process.env.JAVA ?? '/usr/bin/java';
  return new Promise((done, fail) => {
    execFile(java, ['-jar', vnu, '--format', 'json', '--errors-only', ...files], { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      try {
        done((JSON.parse(stderr) as { messages: NuMessage[] }).messages);
      } catch {
        fail(new Error(`The Nu HTML Checker did not report (needs Java 11 or later at ${java}, or JAVA=...): ${error?.message ?? ''}\n${stderr}`));
      }
    });
  });
}

describe('Nu HTML Checker', () => {
  let messages: NuMessage[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'alt-atlas-nu-'));
  const broken = join(scratch, 'broken.html');
  beforeAll(async () => {
    if (!process.env.JAVA) ensureDebianPackage('/usr/bin/java', 'default-jre-headless', 'The Nu HTML Checker');
    writeFileSync(broken, '<!doctype html><html lang="en"><head><title>x</title></head><body><p>x</p></body></html><script src="/a.js"></script>');
    messages = await nuCheck([broken, ...pages.map((page) => join(dist, page))]);
    rmSync(scratch, { recursive: true, force: true });
  }, 180_000);

  it('flags broken markup, such as a script after </html>', () => {
    expect(messages.some((m) => m.url.endsWith('/broken.html'))).toBe(true);
  });

  it('finds no error on any page', () => {
    const errors = messages
      .filter((m) => !m.url.endsWith('/broken.html'))
      .map((m) => `${relative(dist, new URL(m.url).pathname)}:${m.lastLine ?? '?'} ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}`);
    expect(errors).toEqual([]);
  });
});

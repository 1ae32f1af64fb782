/**
 * `npm run build` on broken content stops with a non-zero exit, and its report starts with a message naming the file,
 * the field and what was expected (scripts/build.ts, scripts/lib/build-error.ts). One real build per failure kind in
 * the README's list, each on a copy of the tiny fixture site (tests/fixtures/tiny-content, five pages) with one
 * broken page from tests/fixtures/content added, so a build takes seconds, not the whole site's time.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBuild } from '../../scripts/lib/build-site.ts';

const repo = new URL('../..', import.meta.url).pathname;
const fixture = (name: string) => readFileSync(join(repo, 'tests/fixtures/content', `${name}.mdx`), 'utf8');
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** Builds the tiny site plus `extra` files (path under content/ -> text); the report starts at "Build failed:". */
async function buildWith(extra: Record<string, string>): Promise<{ code: number | null; report: string; stderr: string }> {
  const work = mkdtempSync(join(tmpdir(), 'alt-atlas-broken-'));
  try {
    cpSync(join(repo, 'tests/fixtures/tiny-content'), join(work, 'content'), { recursive: true });
    for (const [path, text] of Object.entries(extra)) writeFileSync(join(work, 'content', path), text);
    const { code, stderr } = await startBuild(join(work, 'dist'), { ALT_ATLAS_CONTENT: join(work, 'content') }).finished;
    return { code, stderr, report: stderr.slice(stderr.indexOf('Build failed:')) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
const schemaFailure = (collection: string, name: string) => `Build failed: ${collection} → ${name} data does not match collection schema.`;

describe('npm run build on broken content', () => {
  it.each([
    ['a missing field', 'missing-title', 'title:'],
    ['a misspelt field', 'unknown-field', 'synonym'],
    ['a field of the wrong type', 'bad-date', 'reviewed: expected a date written as YYYY-MM-DD'],
    ['a field out of range', 'long-summary', 'summary: expected at most 200 characters'],
    ['a malformed code', 'malformed-code', 'expected a icd10cm code'],
  ])('stops on %s, naming the file, the field and what was expected', async (_kind, name, expected) => {
    const { code, report } = await buildWith({ [`causes/${name}.mdx`]: fixture(name) });
    expect(code).toBe(1);
    expect(report.split('\n')[0]).toBe(schemaFailure('causes', name));
    expect(report).toContain(expected);
    expect(report).toMatch(new RegExp(`File: .*content/causes/${name}\\.mdx`));
  }, 120_000);

  it('stops on a wrong check digit', async () => {
    const { code, report } = await buildWith({ 'tests/bad-check-digit.mdx': fixture('bad-check-digit') });
    expect(code).toBe(1);
    expect(report.split('\n')[0]).toBe(schemaFailure('tests', 'bad-check-digit'));
    expect(report).toContain('correct check digit');
  }, 120_000);

  it('stops on a dangling cross-link', async () => {
    const { code, report } = await buildWith({ 'causes/dangling-link.mdx': fixture('dangling-link') });
    expect(code).toBe(1);
    expect(report.split('\n')[0]).toBe('Build failed: ALT Atlas content has 1 problem(s):');
    expect(report).toMatch(/content\/causes\/dangling-link\.mdx: medications\[0\]: "no-such-drug" is not a page in medications; expected/);
  }, 120_000);

  it('stops on a code missing from the verified list', async () => {
    const { code, report } = await buildWith({ 'causes/unverified-code.mdx': fixture('unverified-code') });
    expect(code).toBe(1);
    expect(report.split('\n')[0]).toBe('Build failed: ALT Atlas content has 1 problem(s):');
    expect(report).toMatch(/content\/causes\/unverified-code\.mdx: codes\.icd10cm\[0\]: K74\.60 is not in the verified icd10cm list/);
  }, 120_000);

  it('stops on two files whose slugs differ only in case, naming both files', async () => {
    const copy = readFileSync(join(repo, 'tests/fixtures/tiny-content/causes/hepatitis-b.mdx'), 'utf8');
    const { code, report } = await buildWith({ 'causes/Hepatitis-B.mdx': copy });
    expect(code).toBe(1);
    expect(report.split('\n')[0]).toBe('Build failed: ALT Atlas content has 1 problem(s):');
    expect(report).toMatch(/content\/causes\/hepatitis-b\.mdx: slug: slug "hepatitis-b" collides with .*content\/causes\/Hepatitis-B\.mdx/);
  }, 120_000);

  it('stops on an overdue review and warns about a review due within 60 days', async () => {
    const page = (title: string, nextReview: string) =>
      fixture('dangling-link').replace(/^title: .*$/m, `title: ${title}`).replace(/^reviewed: .*$/m, 'reviewed: 2020-01-01').replace(/^nextReview: .*$/m, `nextReview: ${nextReview}`).replace(/^medications:.*$/m, '');
    const { code, report, stderr } = await buildWith({
      'causes/overdue.mdx': page('Overdue', isoDay(-1)),
      'causes/due-soon.mdx': page('Due soon', isoDay(30)),
    });
    expect(code).toBe(1);
    expect(report.split('\n')[0]).toBe('Build failed: ALT Atlas content has 1 problem(s):');
    expect(report).toMatch(new RegExp(`content/causes/overdue\\.mdx: nextReview: review overdue since ${isoDay(-1)}`));
    expect(stderr).toMatch(new RegExp(`content/causes/due-soon\\.mdx: nextReview: review due in 30 day\\(s\\) \\(${isoDay(30)}\\)`));
  }, 120_000);
});

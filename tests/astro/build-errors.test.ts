/**
 * `npm run build` on broken content stops with a non-zero exit, and its report starts with a message naming the file,
 * the field and what was expected (scripts/build.ts, scripts/lib/build-error.ts). Each case builds a copy of the
 * content with one broken page from tests/fixtures/content added.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBuild } from '../../scripts/lib/build-site.ts';

const repo = new URL('../..', import.meta.url).pathname;

async function buildWithBrokenPage(fixture: string): Promise<{ code: number | null; report: string }> {
  const work = mkdtempSync(join(tmpdir(), 'alt-atlas-broken-'));
  try {
    cpSync(join(repo, 'content'), join(work, 'content'), { recursive: true });
    copyFileSync(join(repo, 'tests/fixtures/content', `${fixture}.mdx`), join(work, 'content/causes', `${fixture}.mdx`));
    const { code, stderr } = await startBuild(join(work, 'dist'), { ALT_ATLAS_CONTENT: join(work, 'content') }).finished;
    return { code, report: stderr.slice(stderr.indexOf('Build failed:')) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

describe('npm run build on broken content', () => {
  it('stops on a broken frontmatter field, naming the file, the field and what was expected', async () => {
    const { code, report } = await buildWithBrokenPage('bad-date');
    expect(code).toBe(1);
    expect(report.split('\n')[0]).toBe('Build failed: causes → bad-date data does not match collection schema.');
    expect(report).toContain('reviewed: expected a date written as YYYY-MM-DD');
    expect(report).toMatch(/File: .*content\/causes\/bad-date\.mdx/);
  }, 120_000);

  it('stops on a dangling cross-link, naming the file, the field and what was expected', async () => {
    const { code, report } = await buildWithBrokenPage('dangling-link');
    expect(code).toBe(1);
    expect(report.split('\n')[0]).toBe('Build failed: ALT Atlas content has 1 problem(s):');
    expect(report).toMatch(/content\/causes\/dangling-link\.mdx: medications\[0\]: "no-such-drug" is not a page in medications; expected/);
  }, 120_000);
});

import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent, parseContentFile, splitFrontmatter } from '../../src/lib/content-files';

const fixture = new URL('../fixtures/tiny-content/tests/alt.mdx', import.meta.url);
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('content files', () => {
  it('names the file when there is no frontmatter block', () => {
    expect(() => splitFrontmatter('Just text.\n', 'content/tests/x.mdx')).toThrow(
      new Error('content/tests/x.mdx: expected a frontmatter block between --- lines at the top'),
    );
  });
  it('reads only .mdx files and takes the page id from the file name', () => {
    const root = mkdtempSync(join(tmpdir(), 'content-'));
    roots.push(root);
    mkdirSync(join(root, 'content', 'tests'), { recursive: true });
    copyFileSync(fixture, join(root, 'content', 'tests', 'alt.mdx'));
    writeFileSync(join(root, 'content', 'tests', 'plain.mdx'), 'No frontmatter here.\n');
    writeFileSync(join(root, 'content', 'tests', 'notes.txt'), 'Not a page, not read.\n');
    const { files, issues } = loadContent(root);
    expect(files.map((f) => [f.collection, f.id, f.filePath, f.body])).toEqual([['tests', 'alt', 'content/tests/alt.mdx', 'Fixture body text.\n']]);
    expect(issues).toEqual([
      { filePath: 'content/tests/plain.mdx', field: '(file)', message: 'content/tests/plain.mdx: expected a frontmatter block between --- lines at the top' },
    ]);
  });
  it('names the field a schema rejects', () => {
    expect(parseContentFile('tests', 'content/tests/x.mdx', '---\nsummary: A page.\n---\n').issues[0]).toMatchObject({ filePath: 'content/tests/x.mdx', field: 'title' });
  });
});

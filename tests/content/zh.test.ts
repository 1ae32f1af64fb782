/**
 * The Chinese edition (content/zh/): every page exists in both languages, parses with its schema, follows the
 * editorial rules, and translates the current version of its English page. A stale translation fails here, naming
 * the page and the command that records a reviewed update.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content-files';
import { formatIssues } from '../../src/lib/graph';
import { checkEditionPairs, enFilePath, formatStale, staleTranslations } from '../../src/lib/translations';
import { checkZhPage, loadZhContent } from '../../src/lib/zh-content';
import { COLLECTIONS } from '../../src/schemas/collections';

const root = new URL('../..', import.meta.url).pathname;
const english = loadContent(root).files;
const zh = loadZhContent(root);
const keys = new Set(english.map((f) => `${f.collection}/${f.id}`));

describe('the Chinese edition', () => {
  it('exists, and parses with its schema', () => {
    expect(zh.exists, 'content/zh/ is missing: expected the Chinese edition').toBe(true);
    expect(formatIssues(zh.issues)).toBe('');
    expect(zh.files.length).toBeGreaterThan(0);
  });

  it('has every page in both languages, with the same number of urgent signs', () => {
    const problems = checkEditionPairs(
      english.map((f) => ({ key: `${f.collection}/${f.id}`, filePath: f.filePath, urgentCount: (f.data as { urgent: string[] }).urgent.length })),
      zh.files.map((f) => ({ key: f.key, filePath: f.filePath, urgentCount: f.data.urgent.length })),
      COLLECTIONS,
    );
    expect(formatIssues(problems)).toBe('');
  });

  it('translates the current version of every English page', () => {
    const stale = staleTranslations(
      zh.files
        .filter((f) => keys.has(f.key))
        .map((f) => ({ zhFile: f.filePath, enFile: enFilePath(f.key), translationOf: f.data.translationOf, englishText: readFileSync(join(root, enFilePath(f.key))) })),
    );
    expect(formatStale(stale), 'the English page changed after it was translated').toBe('');
  });

  it('follows the editorial rules (no dosing, the six cause sections, no talk about sources, links within the edition)', () => {
    expect(formatIssues(zh.files.flatMap((f) => checkZhPage(f, (key) => keys.has(key))))).toBe('');
  });
});

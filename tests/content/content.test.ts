import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadContent } from '../../src/lib/content-files';
import { buildLinkGraph, formatIssues } from '../../src/lib/graph';
import { unverifiedCodes, verifiedCodesFrom } from '../../src/lib/verified-codes';
import { checkContentRules } from '../../src/lib/content-rules';
import { checkWording, missingChineseNames } from '../../src/lib/content-wording';
import { COLLECTIONS } from '../../src/schemas/collections';
import { fleschKincaid, median, proseOf } from '../../src/lib/readability';

const root = new URL('../..', import.meta.url).pathname;
const { files, issues: parseIssues } = loadContent(root);
const graph = buildLinkGraph(files);
const verified = verifiedCodesFrom(JSON.parse(readFileSync(`${root}/content/verified-codes.json`, 'utf8')));

describe('the real content', () => {
  it('parses with the schemas', () => {
    expect(formatIssues(parseIssues)).toBe('');
    expect(files.length).toBeGreaterThan(0);
  });
  it('has no dangling or duplicate links', () => {
    expect(formatIssues(graph.issues)).toBe('');
  });
  it('carries only verified codes', () => {
    expect(formatIssues(unverifiedCodes(files, verified))).toBe('');
  });
  it('follows the editorial rules (sources, review dates, no dosing, no orphan page)', () => {
    expect(formatIssues(checkContentRules(files, graph, new Date()))).toBe('');
  });
  it('words every page in its own way: no talk about our sources or codes, the sections of a cause page, no copied paragraph', () => {
    expect(formatIssues(checkWording(files, 'en'))).toBe('');
  });
  it('gives every page its Chinese names', () => {
    expect(formatIssues(missingChineseNames(files))).toBe('');
  });
  it('reads at a median Flesch-Kincaid grade of 9 or under (MedlinePlus and NHS aim)', () => {
    expect(median(files.map((f) => fleschKincaid(proseOf(f.body)).grade))).toBeLessThanOrEqual(9);
  });
  it('has a page in every collection', () => {
    for (const name of COLLECTIONS) expect(files.some((f) => f.collection === name), name).toBe(true);
  });
});

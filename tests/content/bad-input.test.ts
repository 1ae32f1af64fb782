import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseContentFile } from '../../src/lib/content-files';
import { buildLinkGraph, formatIssues } from '../../src/lib/graph';
import { unverifiedCodes, verifiedCodesFrom } from '../../src/lib/verified-codes';
import { checkContentRules } from '../../src/lib/content-rules';
import { checkWording, missingChineseNames } from '../../src/lib/content-wording';
import type { CollectionName } from '../../src/schemas/collections';

const fixture = (name: string) => `tests/fixtures/content/${name}.mdx`;
const read = (name: string) => readFileSync(new URL(`../fixtures/content/${name}.mdx`, import.meta.url), 'utf8');
const parse = (name: string, collection: CollectionName = 'causes') =>
  parseContentFile(collection, fixture(name), read(name));

describe('a broken frontmatter field fails with the file, the field and what was expected', () => {
  it.each([
    ['missing-title', 'title', 'expected string'],
    ['malformed-code', 'codes.icd10cm.0', 'expected a icd10cm code'],
    ['bad-check-digit', 'codes.loinc.0', 'correct check digit'],
    ['long-summary', 'summary', 'expected at most 200 characters'],
    ['bad-date', 'reviewed', 'expected a date written as YYYY-MM-DD'],
    ['dates-reversed', 'nextReview', 'expected a date later than `reviewed`'],
    ['unknown-field', '(frontmatter)', 'synonym'],
    ['source-without-link', 'sources.0', 'expected a url or a doi'],
    ['quoted-url', 'sources.0.url', 'expected an address without quotes'],
  ])('%s -> %s', (name, field, expected) => {
    const { file, issues } = parse(name, name === 'bad-check-digit' ? 'tests' : 'causes');
    expect(file).toBeUndefined();
    const issue = issues.find((i) => i.field === field);
    expect(issue, formatIssues(issues)).toBeDefined();
    expect(issue!.filePath).toBe(fixture(name));
    expect(issue!.message).toContain(expected);
  });
});

describe('checks across pages', () => {
  it('reports a dangling cross-link', () => {
    const { file } = parse('dangling-link');
    const { issues } = buildLinkGraph([file!]);
    expect(formatIssues(issues)).toContain(`${fixture('dangling-link')}: medications[0]: "no-such-drug" is not a page`);
  });

  it('reports a code missing from the verified list', () => {
    const { file } = parse('unverified-code');
    const verified = verifiedCodesFrom({ conditions: [{ codes: { icd10cm: ['K76.0'] } }] });
    expect(formatIssues(unverifiedCodes([file!], verified))).toContain('codes.icd10cm[0]: K74.60 is not in the verified');
  });

  it('reports a dosing instruction, an orphan page and an overdue review', () => {
    const { file } = parse('dosing', 'medications');
    const graph = buildLinkGraph([file!]);
    const messages = formatIssues(checkContentRules([file!], graph, new Date('2028-01-01')));
    expect(messages).toContain('body: dosing instruction "35 mg"');
    expect(messages).toContain('(links): no other page links to this page');
    expect(messages).toContain('nextReview: review overdue since 2027-11-24');
  });

  it('reports too few sources for the collection', () => {
    const { file } = parse('dangling-link');
    const messages = formatIssues(checkContentRules([file!], buildLinkGraph([file!]), new Date('2026-11-24')));
    expect(messages).toContain('sources: expected at least 2 sources, found 1');
  });

  it('reports talk about our sources and disease codes in the body', () => {
    const { file } = parse('meta-commentary');
    const messages = formatIssues(checkWording([file!], 'en'));
    expect(messages).toContain(`${fixture('meta-commentary')}: body: "Our checked sources"`);
    expect(messages).toContain('body: "Medical coding"; expected no disease-code talk');
  });

  it('reports a cause page missing a section and a page without a Chinese name', () => {
    const { file } = parse('hollow-cause');
    expect(formatIssues(checkWording([file!], 'en'))).toContain(
      `${fixture('hollow-cause')}: body: section "## How it shows in liver tests" is missing or out of order`,
    );
    expect(formatIssues(missingChineseNames([file!]))).toContain(`${fixture('hollow-cause')}: zh: expected the Chinese name`);
  });
});

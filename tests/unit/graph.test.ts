import { describe, expect, it } from 'vitest';
import { buildLinkGraph, formatIssues, type GraphEntry } from '../../src/lib/graph';

const ref = (collection: string, id: string) => ({ collection, id });
const entry = (collection: GraphEntry['collection'], id: string, data: Record<string, unknown> = {}): GraphEntry => ({
  collection,
  id,
  filePath: `content/${collection}/${id}.mdx`,
  data,
});

const entries: GraphEntry[] = [
  entry('causes', 'hepatitis-b', {
    medications: [ref('medications', 'entecavir')],
    lifestyle: [ref('lifestyle', 'avoid-alcohol')],
    tests: [ref('tests', 'alt')],
  }),
  entry('causes', 'fatty-liver-disease', { lifestyle: [ref('lifestyle', 'avoid-alcohol')] }),
  entry('medications', 'entecavir', { related: [ref('medications', 'lamivudine')] }),
  entry('medications', 'lamivudine'),
  entry('lifestyle', 'avoid-alcohol'),
  entry('symptoms', 'jaundice', { causes: [ref('causes', 'hepatitis-b')] }),
  entry('tests', 'alt'),
];

describe('buildLinkGraph', () => {
  const graph = buildLinkGraph(entries);

  it('finds no issue in a consistent set', () => {
    expect(graph.issues).toEqual([]);
  });

  it('gives a page its outbound and inbound neighbours, grouped in site order', () => {
    expect(graph.neighbours('causes', 'hepatitis-b')).toEqual({
      medications: ['entecavir'],
      lifestyle: ['avoid-alcohol'],
      symptoms: ['jaundice'],
      tests: ['alt'],
    });
  });

  it('lists on a drug page every cause that names it, though the drug names none', () => {
    expect(graph.neighbours('medications', 'entecavir')).toEqual({
      causes: ['hepatitis-b'],
      medications: ['lamivudine'],
    });
    expect(graph.neighbours('lifestyle', 'avoid-alcohol')).toEqual({ causes: ['hepatitis-b', 'fatty-liver-disease'] });
  });

  it('reports inbound links only through inbound()', () => {
    expect(graph.inbound('medications', 'lamivudine')).toEqual([{ collection: 'medications', id: 'entecavir' }]);
    expect(graph.inbound('causes', 'fatty-liver-disease')).toEqual([]);
  });

  it('reports a dangling reference with file, field and what was expected', () => {
    const broken = buildLinkGraph([entry('causes', 'x', { medications: [ref('medications', 'nope')] })]);
    expect(formatIssues(broken.issues)).toMatchInlineSnapshot(
      `"  content/causes/x.mdx: medications[0]: "nope" is not a page in medications; expected the file name (without .mdx) of one of content/medications/*.mdx"`,
    );
  });

  it('reports a duplicate slug', () => {
    const dup = buildLinkGraph([entry('tests', 'alt'), { ...entry('tests', 'alt'), filePath: 'content/tests/ALT.mdx' }]);
    expect(dup.issues).toHaveLength(1);
    expect(dup.issues[0]).toMatchObject({ filePath: 'content/tests/ALT.mdx', field: 'slug' });
    expect(dup.issues[0]!.message).toContain('content/tests/alt.mdx already uses it');
  });
});

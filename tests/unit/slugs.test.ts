import { describe, expect, it } from 'vitest';
import { slugCollisions, slugOfFile } from '../../src/lib/slugs';

describe('slugOfFile', () => {
  it('makes the slug Astro makes', () => {
    expect(slugOfFile('hepatitis-b.mdx')).toBe('hepatitis-b');
    expect(slugOfFile('Hepatitis-B.mdx')).toBe('hepatitis-b');
    expect(slugOfFile('fatty liver.md')).toBe('fatty-liver');
    expect(slugOfFile("Wilson's_disease.MDX")).toBe('wilsons_disease');
    expect(slugOfFile('a.b.mdx')).toBe('ab');
  });
});

describe('slugCollisions', () => {
  it('names both files of a collision, once per extra file', () => {
    const issues = slugCollisions([
      { collection: 'causes', filePath: 'content/causes/Hepatitis-B.mdx' },
      { collection: 'causes', filePath: 'content/causes/hepatitis-b.mdx' },
      { collection: 'causes', filePath: 'content/causes/hepatitis-c.mdx' },
      { collection: 'tests', filePath: 'content/tests/hepatitis-b.mdx' },
      { collection: 'causes', filePath: 'content/causes/hepatitis-b!.mdx' },
    ]);
    expect(issues).toEqual([
      {
        filePath: 'content/causes/hepatitis-b.mdx',
        field: 'slug',
        message:
          'slug "hepatitis-b" collides with content/causes/Hepatitis-B.mdx (file names that differ only in case or punctuation make the same URL); expected each slug once per collection',
      },
      expect.objectContaining({ filePath: 'content/causes/hepatitis-b!.mdx', message: expect.stringContaining('collides with content/causes/Hepatitis-B.mdx') }),
    ]);
  });
  it('finds nothing in distinct slugs', () => {
    expect(slugCollisions([{ collection: 'causes', filePath: 'a.mdx' }, { collection: 'causes', filePath: 'b.mdx' }])).toEqual([]);
  });
});

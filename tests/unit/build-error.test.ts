import { describe, expect, it } from 'vitest';
import { formatBuildError } from '../../scripts/lib/build-error.ts';

describe('formatBuildError', () => {
  it('puts the message first, then the file and the hint, without Markdown marks', () => {
    const error = Object.assign(
      new Error('**causes → hepatitis-b** data does not match collection schema.\n\n  **reviewed**: expected a date written as YYYY-MM-DD'),
      { loc: { file: '/site/content/causes/hepatitis-b.mdx', line: 0 }, hint: 'See the **schema**.' },
    );
    const text = formatBuildError(error);
    expect(text.split('\n')[0]).toBe('Build failed: causes → hepatitis-b data does not match collection schema.');
    expect(text).toContain('reviewed: expected a date written as YYYY-MM-DD');
    expect(text).toContain('File: /site/content/causes/hepatitis-b.mdx\n');
    expect(text).toContain('Hint: See the schema.');
    expect(text).not.toContain('**');
  });

  it('gives a line number when there is one', () => {
    const error = Object.assign(new Error('broken'), { loc: { file: 'a.mdx', line: 12 } });
    expect(formatBuildError(error)).toContain('File: a.mdx:12');
  });

  it('keeps the stack after the message', () => {
    const text = formatBuildError(new Error('ALT Atlas content has 1 problem(s)'));
    expect(text.startsWith('Build failed: ALT Atlas content has 1 problem(s)')).toBe(true);
    expect(text).toMatch(/Where the build stopped:\n\s+at /);
  });

  it('describes a thrown value that is not an Error', () => {
    expect(formatBuildError('disk full')).toBe('Build failed: disk full');
  });
});

describe('formatBuildError, exact output', () => {
  const withStack = (message: string, stack: string | undefined) => Object.assign(new Error(message), { stack });
  it('lists only the stack frames, after a blank line, and trims the message', () => {
    const error = withStack('Stopped at the schema \n', 'Error: Stopped at the schema\n    at load (file.ts:1:2)\n\tat run (main.ts:3:4)\nnot a frame at all');
    expect(formatBuildError(error)).toBe(
      'Build failed: Stopped at the schema\n\nWhere the build stopped:\n    at load (file.ts:1:2)\n\tat run (main.ts:3:4)',
    );
  });
  it('adds no stack section when there is no stack or no frame in it', () => {
    expect(formatBuildError(withStack('broken', undefined))).toBe('Build failed: broken');
    expect(formatBuildError(withStack('broken', 'Error: broken, looked at twice'))).toBe('Build failed: broken');
  });
});

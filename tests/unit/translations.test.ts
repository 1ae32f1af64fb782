import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { checkEditionPairs, enFilePath, formatStale, restamp, staleTranslations, translationHash, zhFilePath } from '../../src/lib/translations';

describe('translationHash', () => {
  it('is the first 12 hex characters of the sha256 of the file', () => {
    const text = '---\ntitle: Hepatitis B\n---\nBody\n';
    expect(translationHash(text)).toBe(createHash('sha256').update(text).digest('hex').slice(0, 12));
    expect(translationHash(text)).toMatch(/^[0-9a-f]{12}$/);
    expect(translationHash(`${text} `)).not.toBe(translationHash(text));
  });
});

describe('checkEditionPairs', () => {
  const en = (key: string, urgentCount = 0) => ({ key, filePath: `content/${key}.mdx`, urgentCount });
  const zh = (key: string, urgentCount = 0) => ({ key, filePath: `content/zh/${key}.mdx`, urgentCount });
  const COLLECTIONS = ['causes', 'tests'];

  it('passes when every page exists in both languages', () => {
    expect(checkEditionPairs([en('causes/a', 2)], [zh('causes/a', 2)], COLLECTIONS)).toEqual([]);
  });
  it('names a missing Chinese page', () => {
    expect(checkEditionPairs([en('causes/a'), en('tests/b')], [zh('causes/a')], COLLECTIONS)).toEqual([
      { filePath: 'content/zh/tests/b.mdx', field: '(file)', message: 'missing: expected the Chinese page of content/tests/b.mdx (every page exists in both languages)' },
    ]);
  });
  it('names a Chinese page without an English one, and one in a folder that is no collection', () => {
    const issues = checkEditionPairs([en('causes/a')], [zh('causes/a'), zh('causes/b'), zh('drugs/c')], COLLECTIONS);
    expect(issues.map((i) => i.filePath)).toEqual(['content/zh/causes/b.mdx', 'content/zh/drugs/c.mdx']);
    expect(issues[0]!.message).toContain('expected content/causes/b.mdx');
  });
  it('names urgent signs that differ in number', () => {
    const [issue] = checkEditionPairs([en('causes/a', 3)], [zh('causes/a', 2)], COLLECTIONS);
    expect(issue).toMatchObject({ filePath: 'content/zh/causes/a.mdx', field: 'urgent' });
    expect(issue!.message).toContain('expected 3');
  });
});

describe('stale translations', () => {
  it('names the pages whose English changed since, and how to record an update', () => {
    const current = 'English v2';
    const stale = staleTranslations([
      { zhFile: 'content/zh/causes/a.mdx', enFile: 'content/causes/a.mdx', translationOf: translationHash('English v1'), englishText: current },
      { zhFile: 'content/zh/causes/b.mdx', enFile: 'content/causes/b.mdx', translationOf: translationHash(current), englishText: current },
    ]);
    expect(stale.map((s) => s.zhFile)).toEqual(['content/zh/causes/a.mdx']);
    expect(formatStale(stale)).toContain('npm run i18n:stamp -- causes/a');
    expect(formatStale(stale)).toContain(translationHash(current));
  });
});

describe('restamp', () => {
  it('replaces translationOf, or adds it, and leaves the rest alone', () => {
    const text = '---\ntitle: 乙肝\ntranslationOf: 000000000000\n---\n\n正文 translationOf: keep\n';
    expect(restamp(text, 'abcdefabcdef')).toBe('---\ntitle: 乙肝\ntranslationOf: abcdefabcdef\n---\n\n正文 translationOf: keep\n');
    expect(restamp('---\ntitle: 乙肝\n---\n正文\n', 'abcdefabcdef')).toBe('---\ntitle: 乙肝\ntranslationOf: abcdefabcdef\n---\n正文\n');
    expect(() => restamp('no frontmatter', 'abcdefabcdef')).toThrow(/frontmatter/);
  });
});

describe('translation details', () => {
  it('puts both editions under content/ unless told otherwise', () => {
    expect(zhFilePath('causes/a')).toBe('content/zh/causes/a.mdx');
    expect(enFilePath('causes/a')).toBe('content/causes/a.mdx');
    expect(zhFilePath('causes/a', 'tests/fixtures')).toBe('tests/fixtures/zh/causes/a.mdx');
  });
  it('names a Chinese page in a folder that is no collection, even when an English page has that key', () => {
    const page = { key: 'drugs/c', filePath: 'content/zh/drugs/c.mdx', urgentCount: 0 };
    expect(checkEditionPairs([], [page], ['causes', 'tests'])).toEqual([
      { filePath: 'content/zh/drugs/c.mdx', field: '(file)', message: 'is in content/zh/drugs/; expected one of causes, tests' },
    ]);
    expect(checkEditionPairs([{ ...page, filePath: 'content/drugs/c.mdx' }], [page], ['causes'])[0]!.message).toBe(
      'is in content/zh/drugs/; expected one of causes',
    );
    expect(checkEditionPairs([], [{ ...page, key: 'causes/c' }], ['causes'], 'x')).toEqual([
      { filePath: 'content/zh/drugs/c.mdx', field: '(file)', message: 'has no English page; expected x/causes/c.mdx (every page exists in both languages, same slug)' },
    ]);
  });
  it('writes one line per stale page with the exact stamp command', () => {
    const stale = [
      { zhFile: 'content/zh/causes/a.mdx', enFile: 'content/causes/a.mdx', recorded: '000000000000', current: '111111111111' },
      { zhFile: 'content/zh/tests/alt.mdx', enFile: 'content/tests/alt.mdx', recorded: '222222222222', current: '333333333333' },
    ];
    expect(formatStale(stale)).toBe(
      'content/zh/causes/a.mdx: translationOf is 000000000000, but content/causes/a.mdx is now 111111111111; update the translation, then run npm run i18n:stamp -- causes/a\n' +
        'content/zh/tests/alt.mdx: translationOf is 222222222222, but content/tests/alt.mdx is now 333333333333; update the translation, then run npm run i18n:stamp -- tests/alt',
    );
  });
  it('wants the frontmatter at the very top', () => {
    expect(() => restamp('note\n---\ntitle: 乙肝\n---\n', 'abcdefabcdef')).toThrow(new Error('expected a frontmatter block between --- lines at the top'));
  });
});

/**
 * Keeping the two editions in step. Every English page has a Chinese page of the same slug and the other way round;
 * each Chinese page records which version of its English file it translates (`translationOf`: the first 12 hex
 * characters of the sha256 of the English file), so a changed English page shows up as a stale translation. Pure
 * apart from hashing.
 */
import { createHash } from 'node:crypto';
import type { ContentIssue } from './graph.ts';

/** `translationOf` of an English file's text: the first 12 hex characters of its sha256. */
export function translationHash(englishText: string | Buffer): string {
  return createHash('sha256').update(englishText).digest('hex').slice(0, 12);
}

/** What the pairing check needs of a page of either edition. */
export interface EditionPage {
  /** `causes/hepatitis-b` */
  key: string;
  filePath: string;
  urgentCount: number;
}

/** Where the Chinese page of an English key lives: `content/zh/causes/hepatitis-b.mdx`. */
export const zhFilePath = (key: string, root = 'content') => `${root}/zh/${key}.mdx`;
/** Where the English page of a key lives: `content/causes/hepatitis-b.mdx`. */
export const enFilePath = (key: string, root = 'content') => `${root}/${key}.mdx`;

/**
 * A page missing in either language, a Chinese page in a folder that is no collection, and urgent signs that do not
 * match the English page in number. `collections` are the valid folder names.
 */
export function checkEditionPairs(
  english: readonly EditionPage[],
  chinese: readonly EditionPage[],
  collections: readonly string[],
  root = 'content',
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const zh = new Map(chinese.map((p) => [p.key, p]));
  const en = new Map(english.map((p) => [p.key, p]));
  for (const page of english) {
    const translation = zh.get(page.key);
    if (!translation) {
      issues.push({
        filePath: zhFilePath(page.key, root),
        field: '(file)',
        message: `missing: expected the Chinese page of ${page.filePath} (every page exists in both languages)`,
      });
    } else if (translation.urgentCount !== page.urgentCount) {
      issues.push({
        filePath: translation.filePath,
        field: 'urgent',
        message: `has ${translation.urgentCount} urgent sign(s); expected ${page.urgentCount}, the same signs in the same order as ${page.filePath}`,
      });
    }
  }
  for (const page of chinese) {
    const folder = page.key.split('/')[0]!;
    if (!collections.includes(folder)) {
      issues.push({ filePath: page.filePath, field: '(file)', message: `is in content/zh/${folder}/; expected one of ${collections.join(', ')}` });
    } else if (!en.has(page.key)) {
      issues.push({
        filePath: page.filePath,
        field: '(file)',
        message: `has no English page; expected ${enFilePath(page.key, root)} (every page exists in both languages, same slug)`,
      });
    }
  }
  return issues;
}

/** A Chinese page whose English page has changed since it was translated. */
export interface StaleTranslation {
  zhFile: string;
  enFile: string;
  recorded: string;
  current: string;
}

/** The Chinese pages whose `translationOf` no longer matches the hash of their English file. */
export function staleTranslations(
  pages: readonly { zhFile: string; enFile: string; translationOf: string; englishText: string | Buffer }[],
): StaleTranslation[] {
  return pages
    .map((p) => ({ zhFile: p.zhFile, enFile: p.enFile, recorded: p.translationOf, current: translationHash(p.englishText) }))
    .filter((p) => p.recorded !== p.current);
}

/** One line per stale page, saying what to do. */
export function formatStale(stale: readonly StaleTranslation[]): string {
  return stale
    .map(
      (s) =>
        `${s.zhFile}: translationOf is ${s.recorded}, but ${s.enFile} is now ${s.current}; update the translation, then run npm run i18n:stamp -- ${s.zhFile.replace(/^.*\/zh\//, '').replace(/\.mdx$/, '')}`,
    )
    .join('\n');
}

const TRANSLATION_OF = /^translationOf:[^\n]*$/m;

/**
 * The Chinese file's text with `translationOf` set to `hash` (added before the closing `---` when absent). Throws
 * when the text has no frontmatter block.
 */
export function restamp(zhText: string, hash: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(zhText);
  if (!match) throw new Error('expected a frontmatter block between --- lines at the top');
  const frontmatter = match[1]!;
  const updated = TRANSLATION_OF.test(frontmatter)
    ? frontmatter.replace(TRANSLATION_OF, `translationOf: ${hash}`)
    : `${frontmatter}\ntranslationOf: ${hash}`;
  return zhText.replace(frontmatter, updated);
}

/**
 * Reads the Chinese edition (`content/zh/<collection>/<slug>.mdx`) without Astro, for the checks that run in tests
 * and scripts, and the editorial rules of Chinese pages: the schema, no dosing instructions, the six sections of a
 * cause page, no talk about our sources, and internal links that stay in the Chinese edition.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import { schemaIssues, splitFrontmatter } from './content-files.ts';
import type { ContentIssue } from './graph.ts';
import { ZhPageSchema, type ZhPageData } from '../schemas/zh.ts';

export interface ZhFile {
  /** `causes/hepatitis-b` */
  key: string;
  collection: CollectionName;
  filePath: string;
  data: ZhPageData;
  body: string;
}

/** Loads every `content/zh/*\/*.mdx` below `root`; a folder that is no collection is an issue. */
export function loadZhContent(root: string): { files: ZhFile[]; issues: ContentIssue[]; exists: boolean } {
  const base = join(root, 'content', 'zh');
  const files: ZhFile[] = [];
  const issues: ContentIssue[] = [];
  if (!existsSync(base)) return { files, issues, exists: false };
  for (const folder of readdirSync(base).sort()) {
    const dir = join(base, folder);
    if (!(COLLECTIONS as readonly string[]).includes(folder)) {
      issues.push({ filePath: relative(root, dir), field: '(file)', message: `expected a folder named after a collection: ${COLLECTIONS.join(', ')}` });
      continue;
    }
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
      const filePath = relative(root, join(dir, name));
      try {
        const { data, body } = splitFrontmatter(readFileSync(join(dir, name), 'utf8'), filePath);
        const parsed = ZhPageSchema.safeParse(data);
        if (!parsed.success) issues.push(...schemaIssues(filePath, parsed.error));
        else files.push({ key: `${folder}/${name.replace(/\.mdx$/, '')}`, collection: folder as CollectionName, filePath, data: parsed.data, body });
      } catch (error) {
        issues.push({ filePath, field: '(file)', message: (error as Error).message });
      }
    }
  }
  return { files, issues, exists: true };
}

/** The six sections of a Chinese cause page, in this order (CONTENT.md). */
export const ZH_CAUSE_SECTIONS = ['这是什么病', '化验单上会怎样', '怎么诊断', '怎么治疗', '您可以做什么', '什么时候要赶快就医'] as const;

/** Dosing instructions in Chinese or with units: "500 毫克", "每次 2 片", "一日三次". */
export const ZH_DOSING_PATTERNS: readonly RegExp[] = [
  /\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|μg|毫克|微克|国际单位|IU)(?![a-z])/i,
  /每次\s*(?:\d+|[一二两三四五半])\s*(?:片|粒|袋|支|丸|毫升)/,
  /(?:一日|每日|每天|一天)\s*(?:\d+|[一二两三四])\s*次/,
];

/** Talk about our sources instead of the facts (forbidden in both languages). */
export const ZH_META_COMMENTARY: readonly RegExp[] = [/我们的资料/, /本站资料/, /资料(?:中)?没有(?:说明|提到|描述)/, /我们(?:无法|没能|未能|还没有)确认/];

/** The editorial rules of one Chinese page. */
export function checkZhPage(file: ZhFile, exists: (key: string) => boolean): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const text = `${file.data.summary}\n${file.body}`;
  if (file.collection === 'medications') {
    for (const pattern of ZH_DOSING_PATTERNS) {
      const dose = pattern.exec(text)?.[0];
      if (dose) issues.push({ filePath: file.filePath, field: 'body', message: `dosing instruction "${dose}"; expected none (medicines are taken only as prescribed)` });
    }
  }
  for (const pattern of ZH_META_COMMENTARY) {
    const found = pattern.exec(text)?.[0];
    if (found) issues.push({ filePath: file.filePath, field: 'body', message: `talks about the sources ("${found}"); expected the facts themselves` });
  }
  if (file.collection === 'causes') {
    const headings = [...file.body.matchAll(/^##\s+(.+?)\s*$/gm)].map((m) => m[1]!);
    const found = headings.filter((h) => (ZH_CAUSE_SECTIONS as readonly string[]).includes(h));
    if (found.join('|') !== ZH_CAUSE_SECTIONS.join('|')) {
      issues.push({
        filePath: file.filePath,
        field: 'body',
        message: `has the sections ${found.join('、') || '(none)'}; expected these six H2 sections in this order: ${ZH_CAUSE_SECTIONS.join('、')}`,
      });
    }
  }
  for (const match of file.body.matchAll(/\]\((\/[^)\s#?]*)[^)]*\)|href="(\/[^"#?]*)[^"]*"/g)) {
    const href = match[1] ?? match[2]!;
    const zh = /^\/zh\/([a-z]+)\/([a-z0-9-]+)\/$/.exec(href);
    if (zh) {
      if (!exists(`${zh[1]}/${zh[2]}`)) issues.push({ filePath: file.filePath, field: 'body', message: `links to ${href}, which is not a page; expected /zh/<collection>/<slug>/ of an existing page` });
    } else if (/^\/(causes|medications|lifestyle|symptoms|tests)\/[a-z0-9-]+\/$/.test(href)) {
      // An English page path: one that starts with /zh/ never matches this, so no separate /zh/ check is needed.
      issues.push({ filePath: file.filePath, field: 'body', message: `links to the English page ${href}; expected /zh${href}` });
    }
  }
  return issues;
}

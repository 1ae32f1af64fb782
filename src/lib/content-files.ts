/**
 * Reads the content folder the way the build does, without Astro: for checks that run in tests and scripts
 * (content rules, readability). Frontmatter is parsed with the real schemas; cross-links become `{collection, id}`.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { COLLECTIONS, createSchemas, type CollectionName, type Ref } from '../schemas/collections.ts';
import type { ContentIssue, GraphEntry } from './graph.ts';
import { slugCollisions } from './slugs.ts';

/** Stand-in for Astro's `reference()`: a slug string becomes `{ collection, id }`. */
const plainRef = (collection: CollectionName) =>
  z.string().transform((id): Ref => ({ collection, id }));

export const plainSchemas = createSchemas(plainRef);

export interface ContentFile extends GraphEntry {
  body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Splits a file into frontmatter data and body; throws when there is no frontmatter block. */
export function splitFrontmatter(text: string, filePath: string): { data: unknown; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error(`${filePath}: expected a frontmatter block between --- lines at the top`);
  return { data: parseYaml(match[1]!), body: match[2]! };
}

/** Turns zod issues into content issues that name the file and the field. */
export function schemaIssues(filePath: string, error: z.ZodError): ContentIssue[] {
  return error.issues.map((issue) => ({
    filePath,
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : '(frontmatter)',
    message: issue.message,
  }));
}

/** Parses one file of a collection. */
export function parseContentFile(
  collection: CollectionName,
  filePath: string,
  text: string,
): { file?: ContentFile; issues: ContentIssue[] } {
  const id = filePath.replace(/^.*\//, '').replace(/\.mdx$/, '');
  const { data, body } = splitFrontmatter(text, filePath);
  const result = plainSchemas[collection].safeParse(data);
  if (!result.success) return { issues: schemaIssues(filePath, result.error) };
  return { file: { collection, id, filePath, data: result.data as Record<string, unknown>, body }, issues: [] };
}

/** Loads every `content/<collection>/*.mdx` below `root`. */
export function loadContent(root: string): { files: ContentFile[]; issues: ContentIssue[] } {
  const files: ContentFile[] = [];
  const issues: ContentIssue[] = [];
  for (const collection of COLLECTIONS) {
    const dir = join(root, 'content', collection);
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort();
    issues.push(...slugCollisions(names.map((n) => ({ collection, filePath: relative(root, join(dir, n)) }))));
    for (const name of names) {
      const path = join(dir, name);
      const filePath = relative(root, path);
      try {
        const parsed = parseContentFile(collection, filePath, readFileSync(path, 'utf8'));
        if (parsed.file) files.push(parsed.file);
        issues.push(...parsed.issues);
      } catch (error) {
        issues.push({ filePath, field: '(file)', message: (error as Error).message });
      }
    }
  }
  return { files, issues };
}

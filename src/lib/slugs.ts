/**
 * Slugs from file names, as Astro's glob loader makes them (github-slugger: lower case, punctuation dropped, spaces to
 * hyphens), and the files whose slugs collide. Astro keeps one of two colliding files and only warns; the build must
 * instead stop and name both. Pure.
 */
import type { ContentIssue } from './graph.ts';

/** `Hepatitis-B.mdx` -> `hepatitis-b`; `fatty liver.mdx` -> `fatty-liver`. */
export function slugOfFile(fileName: string): string {
  return fileName
    .replace(/\.mdx?$/i, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** One issue per file whose slug another file of the same collection already has, naming both files. */
export function slugCollisions(files: readonly { collection: string; filePath: string }[]): ContentIssue[] {
  const seen = new Map<string, string>();
  const issues: ContentIssue[] = [];
  for (const { collection, filePath } of files) {
    const slug = slugOfFile(filePath.replace(/^.*\//, ''));
    const key = `${collection}/${slug}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, filePath);
      continue;
    }
    issues.push({
      filePath,
      field: 'slug',
      message: `slug "${slug}" collides with ${first} (file names that differ only in case or punctuation make the same URL); expected each slug once per collection`,
    });
  }
  return issues;
}

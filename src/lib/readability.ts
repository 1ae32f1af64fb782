/**
 * Flesch-Kincaid grade level of a page body, as plain-language programmes (MedlinePlus, the NHS) measure it.
 * Pure. Markdown is reduced to prose first: headings, tables and link targets are not sentences a reader reads.
 */
export { median } from './stats.ts';

/** Markdown to prose: drops tables, link targets and markup; list items and headings end as sentences. */
export function proseOf(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^\s*\|/.test(line))
    .map((line) => line.replace(/^\s*(#{1,6}|[-*+]|\d+\.)\s+/, ''))
    .map((line) => line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`>]/g, ''))
    .map((line) => (line.trim() && !/[.!?:;]$/.test(line.trim()) ? `${line.trim()}.` : line))
    .join('\n');
}

/** Syllables in an English word, by the usual vowel-group heuristic. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

export interface ReadingStats {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

/** Flesch-Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function fleschKincaid(text: string): ReadingStats {
  const sentences = text.split(/[.!?]+(?:\s|$)/).filter((s) => /[A-Za-z]/.test(s)).length;
  const words = text.match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
  const syl = words.reduce((n, w) => n + syllables(w), 0);
  // Every word lies in some sentence (a piece with a letter), so no sentence also means no words.
  if (sentences === 0) return { words: 0, sentences: 0, syllables: 0, grade: 0 };
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syl / words.length) - 15.59;
  return { words: words.length, sentences, syllables: syl, grade: Math.round(grade * 10) / 10 };
}


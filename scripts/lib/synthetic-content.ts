/**
 * A deterministic generator of synthetic ALT Atlas content for the build benchmark: the real pages (the site's fixed
 * pages link to some of them), topped up with realistic synthetic MDX (headings, lists, a table, frontmatter with
 * sources, codes and cross-links) spread over the five collections. The same seed and size give the same files.
 */
import { cpSync, mkdirSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const COLLECTIONS = ['causes', 'medications', 'lifestyle', 'symptoms', 'tests'] as const;
type Collection = (typeof COLLECTIONS)[number];
const SHARE: Record<Collection, number> = { causes: 0.2, medications: 0.35, lifestyle: 0.15, symptoms: 0.15, tests: 0.15 };
const CLASSES = ['hepatitis-b-antiviral', 'hepatitis-c-antiviral', 'mash-treatment', 'liver-support', 'pain-reliever', 'antibiotic'];
const WORDS = (
  'liver enzyme blood test result clinician range week month rest sleep weight exercise diet alcohol medicine ' +
  'virus scarring fat muscle sugar pressure follow repeat change check doctor nurse result level normal high low ' +
  'treatment guideline evidence study risk sign symptom family body skin urine stool belly appetite energy'
).split(' ');

/** mulberry32: a small, fast, seeded pseudo-random generator. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateContent(outDir: string, pages: number, seed = 20261124): Record<Collection, number> {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number) => {
    const n = Math.min(list.length, min + Math.floor(rand() * (max - min + 1)));
    const set = new Set<T>();
    while (set.size < n) set.add(pick(list));
    return [...set];
  };
  const sentence = (min = 6, max = 14) => {
    const words = Array.from({ length: min + Math.floor(rand() * (max - min)) }, () => pick(WORDS));
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const real = new URL('../../content/', import.meta.url).pathname;
  // English only: synthetic pages have no Chinese edition, and a content folder without `zh/` builds English alone.
  cpSync(real, outDir, { recursive: true, filter: (src) => !src.startsWith(`${real}zh`) });
  const realCount = COLLECTIONS.reduce((n, c) => n + readdirSync(join(real, c)).filter((f) => f.endsWith('.mdx')).length, 0);
  const synthetic = Math.max(0, pages - realCount);
  const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, Math.max(1, Math.round(synthetic * SHARE[c]))])) as Record<Collection, number>;
  const slugs = Object.fromEntries(
    COLLECTIONS.map((c) => [c, Array.from({ length: counts[c] }, (_, i) => `${c.slice(0, -1)}-${String(i + 1).padStart(5, '0')}`)]),
  ) as Record<Collection, string[]>;
  const verified = JSON.parse(readFileSync(new URL('../../content/verified-codes.json', import.meta.url), 'utf8'));
  const icd: string[] = verified.conditions.flatMap((c: { codes: { icd10cm?: string[] } }) => c.codes.icd10cm ?? []);

  for (const collection of COLLECTIONS) {
    mkdirSync(join(outDir, collection), { recursive: true });
    slugs[collection].forEach((slug, i) => {
      const list = (name: string, targets: string[]) => `${name}: [${targets.join(', ')}]`;
      const links: string[] = [];
      if (collection === 'causes') {
        links.push(list('medications', some(slugs.medications, 2, 6)), list('lifestyle', some(slugs.lifestyle, 2, 4)));
        links.push(list('symptoms', some(slugs.symptoms, 1, 4)), list('tests', some(slugs.tests, 1, 3)));
      } else if (collection === 'symptoms') {
        links.push(list('causes', some(slugs.causes, 1, 3)), list('tests', some(slugs.tests, 0, 2)));
      } else {
        links.push(list('related', some(slugs[collection], 0, 2).filter((s) => s !== slug)));
      }
      if (collection === 'medications') links.push(`drugClass: ${pick(CLASSES)}`, `brands: [Brand${i}]`);
      const codes = collection === 'causes' && rand() < 0.3 ? `codes:\n  icd10cm: [${pick(icd)}]\n` : '';
      const frontmatter = [
        `title: Synthetic ${collection.slice(0, -1)} ${i + 1}`,
        `summary: ${sentence(10, 18)}`,
        `synonyms: [${some(WORDS, 1, 4).join(', ')}]`,
        'reviewed: 2026-11-24',
        'nextReview: 2027-11-24',
        codes.trimEnd(),
        'urgent:',
        `  - ${sentence(5, 9)}`,
        'sources:',
        '  - title: ACG Clinical Guideline, Evaluation of Abnormal Liver Chemistries',
        '    publisher: American Journal of Gastroenterology',
        '    year: 2017',
        '    doi: 10.1038/ajg.2016.517',
        '  - title: LiverTox',
        '    publisher: NIDDK',
        '    year: 2020',
        '    url: https://www.ncbi.nlm.nih.gov/books/NBK547852/',
        ...links,
      ].filter(Boolean);
      const sections = Array.from({ length: 4 }, (_, s) => {
        const paragraph = Array.from({ length: 4 }, () => sentence()).join(' ');
        const bullets = Array.from({ length: 4 }, () => `- ${sentence(4, 9)}`).join('\n');
        const table = s === 1 ? `\n\n| Measure | Value | Note |\n| --- | --- | --- |\n| ${pick(WORDS)} | ${i % 90} | ${sentence(3, 6)} |\n| ${pick(WORDS)} | ${(i * 7) % 90} | ${sentence(3, 6)} |` : '';
        return `## ${sentence(2, 5).slice(0, -1)}\n\n${paragraph}\n\n${bullets}${table}`;
      });
      writeFileSync(join(outDir, collection, `${slug}.mdx`), `---\n${frontmatter.join('\n')}\n---\n\n${sections.join('\n\n')}\n`);
    });
  }
  return counts;
}

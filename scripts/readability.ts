/**
 * Readability report: the Flesch-Kincaid grade of every page body, the median, and the five hardest pages.
 * The aim (as MedlinePlus and the NHS aim) is a median at or under grade 9. Usage: npm run readability [-- --json]
 */
import { loadContent } from '../src/lib/content-files.ts';
import { fleschKincaid, median, proseOf } from '../src/lib/readability.ts';

const TARGET = 9;
const { files, issues } = loadContent(process.cwd());
if (issues.length > 0) throw new Error(`content does not parse: ${issues.map((i) => `${i.filePath}: ${i.field}: ${i.message}`).join('; ')}`);

const rows = files
  .map((f) => ({ page: `/${f.collection}/${f.id}/`, ...fleschKincaid(proseOf(f.body)) }))
  .sort((a, b) => b.grade - a.grade);
const grades = rows.map((r) => r.grade);
const med = median(grades);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ median: med, pages: rows }, null, 2));
} else {
  console.log('grade  words  page');
  for (const r of [...rows].reverse()) console.log(`${r.grade.toFixed(1).padStart(5)}  ${String(r.words).padStart(5)}  ${r.page}`);
  console.log(`\n${rows.length} pages; median Flesch-Kincaid grade ${med.toFixed(1)} (aim: ${TARGET} or under)`);
  console.log('hardest five:');
  for (const r of rows.slice(0, 5)) console.log(`  ${r.grade.toFixed(1)}  ${r.page}`);
}
if (med > TARGET) process.exitCode = 1;

/**
 * What readers type versus the words the pages use: common misspellings, lay words and question words. Applied to
 * the query before Pagefind sees it (the pages stay as written; nothing is copied into them). Pagefind matches every
 * word of a query, so words that carry no meaning ("why is my ... after the") are dropped, and a lay word becomes the
 * page's word ("pee" -> "urine"). Pure.
 */
import { normaliseName } from './rank.ts';

/**
 * Reader's word or phrase -> the words the pages use. Keys are normalised (lower case, no punctuation); a phrase is
 * matched as whole words. Only substitutions a reader really makes: spelling slips of drug and disease names, everyday
 * words for body parts and symptoms.
 */
export const READER_SYNONYMS: Readonly<Record<string, string>> = {
  // Misspellings of names.
  entecavier: 'entecavir',
  entacavir: 'entecavir',
  acetominophen: 'acetaminophen',
  acetaminophine: 'acetaminophen',
  paracetemol: 'paracetamol',
  paracetomol: 'paracetamol',
  hepatits: 'hepatitis',
  hepatitus: 'hepatitis',
  hepititis: 'hepatitis',
  thistel: 'thistle',
  glutathion: 'glutathione',
  lamivudin: 'lamivudine',
  tenofavir: 'tenofovir',
  semaglutid: 'semaglutide',
  isoniazide: 'isoniazid',
  cirosis: 'cirrhosis',
  haemochromatosis: 'hemochromatosis',
  // Everyday words.
  gym: 'exercise',
  workout: 'exercise',
  'working out': 'exercise',
  running: 'exercise',
  marathon: 'exercise',
  weightlifting: 'exercise',
  'lifting weights': 'exercise',
  pee: 'urine',
  wee: 'urine',
  poop: 'stools',
  poo: 'stools',
  tummy: 'belly',
  stomach: 'belly',
  sleepy: 'sleepiness',
  yellowish: 'yellow',
  'cholesterol pills': 'statins',
  'cholesterol tablets': 'statins',
  'weight loss injection': 'semaglutide',
  'tb pills': 'isoniazid',
  'pain killer': 'pain reliever',
  'pain killers': 'pain reliever',
  painkiller: 'pain reliever',
  painkillers: 'pain reliever',
  remedy: 'medicine',
  remedies: 'medicine',
  sugary: 'sugar',
  'fat liver': 'fatty liver',
  'right side': 'right',
  'liver fat': 'fatty liver',
  booze: 'alcohol',
};

/** The longest key of READER_SYNONYMS, in words. */
const MAX_PHRASE_WORDS = Math.max(...Object.keys(READER_SYNONYMS).map((k) => k.split(' ').length));

/** Words that say nothing about which page is meant; every page could contain them. */
export const QUERY_STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are at after be can could do does for from how i if in is it me my of on or should so the to too was what when why will with'.split(' '),
);

/**
 * The query Pagefind searches for: synonyms applied, meaningless words dropped, or the query as typed when neither
 * changes it. Empty only for a query with no letters or digits.
 */
export function expandQuery(query: string): string {
  const normal = normaliseName(query);
  if (!normal) return '';
  const all = normal.split(' ');
  const kept = all.filter((w) => !QUERY_STOP_WORDS.has(w));
  // Words that carry no meaning go first, so "fat in my liver" reads as the phrase "fat liver".
  const tokens = kept.length > 0 ? kept : all;
  const words: string[] = [];
  // Longest phrase first at each position, so "lifting weights" wins over a one-word key inside it.
  for (let i = 0; i < tokens.length; ) {
    let length = Math.min(MAX_PHRASE_WORDS, tokens.length - i);
    while (length > 1 && READER_SYNONYMS[tokens.slice(i, i + length).join(' ')] === undefined) length--;
    const phrase = tokens.slice(i, i + length).join(' ');
    words.push(...(READER_SYNONYMS[phrase] ?? phrase).split(' '));
    i += length;
  }
  const expanded = words.join(' ');
  // Unchanged queries go to Pagefind as typed, so its own reading of "FIB-4" or "3TC" is kept.
  return expanded === normal ? query.trim() : expanded;
}

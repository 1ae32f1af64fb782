/**
 * The sources behind the explainer's statements, as RESULT_EXPLAINER_FACTS.md gives them (authors, journal or
 * publisher, year and the address read). Shown under the explainer; bibliographic data, so not translated.
 */
export interface ResultSource {
  label: string;
  url: string;
}

export const RESULT_SOURCES: readonly ResultSource[] = [
  { label: 'Kwo, Cohen and Lim. ACG Clinical Guideline: Evaluation of Abnormal Liver Chemistries. American Journal of Gastroenterology, 2017', url: 'https://doi.org/10.1038/ajg.2016.517' },
  { label: 'ACG 2017 recommendations, summarised by MDCalc', url: 'https://www.mdcalc.com/guidelines/10365/acg/evaluation-abnormal-liver-chemistries' },
  { label: 'Kalas and others. World Journal of Hepatology, 2021 (bands of aminotransferase rise)', url: 'https://wjgnet.com/1948-5182/full/v13/i11/1688.htm' },
  { label: 'British Society of Gastroenterology guideline, recommendation 3. Gut, 2018', url: 'https://www.scribd.com/document/485054584/' },
  { label: 'MSD Manual Professional Version: the asymptomatic patient with abnormal liver test results', url: 'https://www.msdmanuals.com/uk/professional/hepatic-and-biliary-disorders/approach-to-the-patient-with-liver-disease/the-asymptomatic-patient-with-abnormal-liver-test-results' },
  { label: 'Oh and Hustead. American Family Physician, 2011', url: 'https://ru.scribd.com/document/366100627/' },
  { label: 'All Wales (NHS Wales): when to consider emergency admission or urgent referral', url: 'https://allwales.icst.org.uk/education/when-to-consider-emergency-admission-or-urgent-referral/' },
  { label: 'US Department of Veterans Affairs: hepatitis course, liver tests', url: 'https://www.hepatitis.va.gov/HEPATITIS/course/index.asp?page=/provider/courses/livertests/livertests-21&' },
  { label: 'Galvin and others. Clinical Medicine, 2015', url: 'https://www.rcpjournals.org/highwire/citation/3141/medlars' },
  { label: 'Nyblom and others. Alcohol and Alcoholism, 2004 (AST/ALT ratio)', url: 'https://pubmed.ncbi.nlm.nih.gov/15208167/' },
  { label: 'Sterling and others, 2006 (FIB-4 formula)', url: 'https://pubmed.ncbi.nlm.nih.gov/16729309/' },
  { label: 'Shah and others. Clinical Gastroenterology and Hepatology, 2009 (FIB-4 cut-offs)', url: 'https://pubmed.ncbi.nlm.nih.gov/19523535/' },
  { label: 'Schreiner and others, 2021 (FIB-4 indeterminate range)', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8458479' },
  { label: 'McPherson and others. American Journal of Gastroenterology, 2017 (FIB-4 and age)', url: 'https://pubmed.ncbi.nlm.nih.gov/27725647/' },
  { label: 'AASLD 2023 practice guidance on MASLD, summarised by others', url: 'https://cfu288.github.io/im-rec-deck/gi-hepatology/masld/2023-aasld/' },
];

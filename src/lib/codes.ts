/**
 * Clinical code systems and their formats. Pure functions: used by the frontmatter schema, the link graph and the
 * static code lookup.
 */
export const CODE_SYSTEMS = ['icd10cm', 'loinc', 'atc', 'rxcui', 'snomed'] as const;
export type CodeSystem = (typeof CODE_SYSTEMS)[number];

/** What a valid code looks like, in words, for error messages. */
export const CODE_FORMATS: Record<CodeSystem, string> = {
  icd10cm: 'a letter, two digits, then optionally a dot and 1-4 characters (e.g. K76.0, R74.01, T79.6XXA)',
  loinc: 'digits, a hyphen and a correct check digit (e.g. 1742-6)',
  atc: 'a WHO ATC code of any level (e.g. J05AF10, A05BA)',
  rxcui: 'an RxNorm concept id of 1 to 8 digits (e.g. 198287)',
  snomed: 'a SNOMED CT concept id of 6 to 18 digits with a correct Verhoeff check digit (e.g. 409673008)',
};

/** HL7 code-system OIDs used by Infobutton requests. */
export const CODE_SYSTEM_OIDS: Record<CodeSystem, string> = {
  icd10cm: '2.16.840.1.113883.6.90',
  loinc: '2.16.840.1.113883.6.1',
  atc: '2.16.840.1.113883.6.73',
  rxcui: '2.16.840.1.113883.6.88',
  snomed: '2.16.840.1.113883.6.96',
};

const PATTERNS: Record<CodeSystem, RegExp> = {
  icd10cm: /^[A-TV-Z]\d[0-9AB](\.[0-9A-Z]{1,4})?$/,
  loinc: /^\d{1,7}-\d$/,
  atc: /^[A-Z](\d{2}([A-Z]([A-Z](\d{2})?)?)?)?$/,
  rxcui: /^\d{1,8}$/,
  snomed: /^\d{6,18}$/,
};

/** LOINC's mod-10 check digit of the part before the hyphen, e.g. "1742" -> 6. */
export function loincCheckDigit(body: string): number {
  const digits = body.split('').map(Number).reverse();
  let sum = 0;
  digits.forEach((d, i) => {
    if (i % 2 === 0) {
      const doubled = d * 2;
      sum += Math.floor(doubled / 10) + (doubled % 10);
    } else {
      sum += d;
    }
  });
  return (10 - (sum % 10)) % 10;
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** True when a number string, check digit included, passes Verhoeff's check (SNOMED CT ids use it). */
export function verhoeffValid(value: string): boolean {
  let c = 0;
  const digits = value.split('').map(Number).reverse();
  digits.forEach((d, i) => {
    c = VERHOEFF_D[c]![VERHOEFF_P[i % 8]![d]!]!;
  });
  return c === 0;
}

/** Whether `code` is well formed for `system`, check digits included. */
export function isValidCode(system: CodeSystem, code: string): boolean {
  if (!PATTERNS[system].test(code)) return false;
  if (system === 'loinc') {
    const [body, check] = code.split('-') as [string, string];
    return loincCheckDigit(body) === Number(check);
  }
  if (system === 'snomed') return verhoeffValid(code);
  return true;
}

/** Makes a code safe and stable as a file name: `R74.01` stays `R74.01`; case is normalised to upper. */
export function normaliseCode(system: CodeSystem, code: string): string {
  const trimmed = code.trim();
  return system === 'loinc' || system === 'rxcui' || system === 'snomed' ? trimmed : trimmed.toUpperCase();
}

export function isCodeSystem(value: string): value is CodeSystem {
  return (CODE_SYSTEMS as readonly string[]).includes(value);
}

/** Display names of the code systems (proper names, the same in every language). */
export const CODE_SYSTEM_LABELS: Record<CodeSystem, string> = {
  icd10cm: 'ICD-10-CM',
  loinc: 'LOINC',
  atc: 'ATC',
  rxcui: 'RxNorm',
  snomed: 'SNOMED CT',
};

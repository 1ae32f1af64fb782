import { z } from 'astro/zod';
import { isValidCode, CODE_SYSTEMS, CODE_FORMATS } from '../lib/codes.ts';

/** One clinical code system's list of codes, each checked for its format (and check digit where the system has one). */
function codeList(system: (typeof CODE_SYSTEMS)[number]) {
  return z
    .array(
      z.string().refine((code) => isValidCode(system, code), {
        message: `expected a ${system} code: ${CODE_FORMATS[system]}`,
      }),
    )
    .describe(`${system} codes: ${CODE_FORMATS[system]}`);
}

/**
 * Clinical codes that point at a page. Portals look pages up by these codes (`/codes/<system>/<code>.json`), so each
 * must also be in the verified list (`content/verified-codes.json`); the link graph checks that.
 */
export const CodesSchema = z
  .strictObject({
    icd10cm: codeList('icd10cm').optional(),
    loinc: codeList('loinc').optional(),
    atc: codeList('atc').optional(),
    rxcui: codeList('rxcui').optional(),
    snomed: codeList('snomed').optional(),
  })
  .describe('Clinical codes for this topic, by system. Leave a system out when no verified code exists.');

export type Codes = z.infer<typeof CodesSchema>;

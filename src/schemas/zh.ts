import { z } from 'astro/zod';

/**
 * A page of the Chinese edition: `content/zh/<collection>/<slug>.mdx`, the same slug as the English page it
 * translates. Only what is written in Chinese lives here; sources, codes, review dates, cross-links, brands and drug
 * class come from the English page, the single source of truth (CONTENT.md).
 */
export const ZhPageSchema = z.strictObject({
  title: z
    .string()
    .min(2, 'expected at least 2 characters')
    .max(40, 'expected at most 40 characters')
    .describe('The name readers use first, e.g. "脂肪肝（脂肪性肝病）".'),
  summary: z
    .string()
    .min(10, 'expected at least 10 characters')
    .max(120, 'expected at most 120 characters (it is the meta description and search excerpt)')
    .describe('One or two plain sentences: the meta description and search excerpt.'),
  synonyms: z
    .array(z.string().min(1))
    .default([])
    .describe('Other Chinese names and lay words readers type (ZH_NAMES.md, H/H-3p/M only).'),
  urgent: z
    .array(z.string().min(2))
    .default([])
    .describe("The English page's urgent signs, translated: the same number, in the same order."),
  translationOf: z
    .string()
    .regex(/^[0-9a-f]{12}$/, 'expected the first 12 hex characters of the sha256 of the English file (npm run i18n:stamp)')
    .describe('Which version of the English file this translates: the first 12 hex characters of its sha256.'),
});

export type ZhPageData = z.output<typeof ZhPageSchema>;

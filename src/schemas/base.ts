import { z } from 'astro/zod';
import { CodesSchema } from './codes.ts';
import { SourceSchema } from './source.ts';

/** A calendar date written as YYYY-MM-DD in frontmatter. */
const IsoDate = z.coerce.date({ error: 'expected a date written as YYYY-MM-DD' });

/**
 * Fields every page carries, whatever its collection. Types come from these through `z.infer`; nothing restates them.
 */
export const BaseFields = {
  title: z.string().min(2).max(80).describe('Page title in plain words, e.g. "Fatty liver disease".'),
  summary: z
    .string()
    .min(20, 'expected at least 20 characters')
    .max(200, 'expected at most 200 characters (it is the meta description and search excerpt)')
    .describe('One or two plain sentences, at most 200 characters; used as meta description and search excerpt.'),
  synonyms: z
    .array(z.string().min(1))
    .default([])
    .describe('Other names people type: medical terms, abbreviations, old names, brand names. Shown as "Also called".'),
  zh: z
    .string()
    .min(1)
    .optional()
    .describe('Chinese name(s), only where verified in the reference file; several names separated by " / ".'),
  reviewed: IsoDate.describe('Date a reviewer last checked the page against its sources.'),
  nextReview: IsoDate.describe('Date the page is due for its next review; must come after `reviewed`.'),
  sources: z.array(SourceSchema).min(1, 'expected at least one source').describe('Sources the page is written from.'),
  codes: CodesSchema.optional(),
  urgent: z
    .array(z.string().min(3))
    .default([])
    .describe('Signs that need urgent care, shown in a "Get urgent care if..." box. Leave empty when none apply.'),
  order: z.number().int().default(100).describe('Position on the index page: lower comes first; ties sort by title.'),
};

/** Adds the checks that compare fields of one entry (review dates in order). */
export function withEntryChecks<S extends z.ZodObject>(schema: S) {
  return schema.superRefine((entry, ctx) => {
    const { reviewed, nextReview } = entry as { reviewed: Date; nextReview: Date };
    if (nextReview.getTime() <= reviewed.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['nextReview'], message: 'expected a date later than `reviewed`' });
    }
  });
}

import { z } from 'astro/zod';

/** A cited source: enough for a reader to find it again. */
export const SourceSchema = z
  .strictObject({
    title: z.string().min(3).describe('Title of the guideline, label, database entry or paper.'),
    publisher: z
      .string()
      .min(2)
      .describe('Who published it: a society (AASLD), a journal, an agency (FDA) or a database (LiverTox).'),
    year: z.number().int().min(1950).max(2100).describe('Year of publication or of the version read.'),
    url: z
      .url({ protocol: /^https?$/ })
      // Quotes, spaces and angle brackets are not allowed in an address: percent-encode them (%22 for ").
      .regex(/^[^\s"<>]+$/, 'expected an address without quotes, spaces or angle brackets (percent-encode them, e.g. %22)')
      .optional()
      .describe('Address of the source (http or https).'),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'expected a DOI such as 10.1038/ajg.2016.517 (no "doi:" prefix)')
      .optional()
      .describe('Digital object identifier, without the "doi:" prefix or resolver address.'),
  })
  .refine((s) => s.url !== undefined || s.doi !== undefined, {
    message: 'expected a url or a doi so the reader can find the source',
  });

export type Source = z.infer<typeof SourceSchema>;

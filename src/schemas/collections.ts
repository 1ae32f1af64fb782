import { z } from 'astro/zod';
import { BaseFields, withEntryChecks } from './base.ts';
import { MedicationClassSchema } from './medication-class.ts';

import { COLLECTIONS, type CollectionName } from '../lib/collections.ts';

export { COLLECTIONS, type CollectionName };

/** A cross-link as stored after parsing: the target collection and its slug. */
export interface Ref {
  collection: string;
  id: string;
}

/**
 * Makes a cross-link field. Astro's `reference()` is passed in by `src/content.config.ts`; tests pass a stand-in, so
 * the schemas can be exercised without Astro's runtime.
 */
export type RefFactory = (collection: CollectionName) => z.ZodType<Ref>;

const links = (ref: RefFactory, collection: CollectionName, what: string) =>
  z.array(ref(collection)).default([]).describe(`Slugs of ${what} (files in content/${collection}/).`);

/** Builds the schema of every collection from one reference factory. */
export function createSchemas(ref: RefFactory) {
  return {
    causes: withEntryChecks(
      z.strictObject({
        ...BaseFields,
        medications: links(ref, 'medications', 'medicines used for, or causing, this condition'),
        lifestyle: links(ref, 'lifestyle', 'lifestyle steps that help'),
        symptoms: links(ref, 'symptoms', 'symptoms it can cause'),
        tests: links(ref, 'tests', 'tests used to find or follow it'),
      }),
    ),
    medications: withEntryChecks(
      z.strictObject({
        ...BaseFields,
        drugClass: MedicationClassSchema,
        commonLiverInjuryCause: z
          .boolean()
          .default(false)
          .describe('True when guidelines name it among the common causes of drug-induced liver injury.'),
        brands: z.array(z.string().min(1)).default([]).describe('Brand names, in any language, as on the box.'),
        livertox: z
          .url({ protocol: /^https$/ })
          .optional()
          .describe('Address of its LiverTox record, where one exists.'),
        related: links(ref, 'medications', 'closely related medicines'),
      }),
    ),
    lifestyle: withEntryChecks(
      z.strictObject({
        ...BaseFields,
        related: links(ref, 'lifestyle', 'related lifestyle steps'),
      }),
    ),
    symptoms: withEntryChecks(
      z.strictObject({
        ...BaseFields,
        causes: links(ref, 'causes', 'causes this symptom can point to'),
        tests: links(ref, 'tests', 'tests a clinician may order for it'),
      }),
    ),
    tests: withEntryChecks(
      z.strictObject({
        ...BaseFields,
        related: links(ref, 'tests', 'related tests'),
      }),
    ),
  } satisfies Record<CollectionName, z.ZodType>;
}

export type Schemas = ReturnType<typeof createSchemas>;
export type EntryData<C extends CollectionName> = z.output<Schemas[C]>;

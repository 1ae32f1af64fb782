import { z } from 'astro/zod';

/** Medication classes, in the order the medications index shows them. Display names live in the i18n dictionary. */
export const MEDICATION_CLASSES = [
  'hepatitis-b-antiviral',
  'hepatitis-c-antiviral',
  'mash-treatment',
  'liver-support',
  'pain-reliever',
  'antibiotic',
  'tuberculosis-medicine',
  'cholesterol-lowering',
  'supplement',
  'hormone',
] as const;

export const MedicationClassSchema = z
  .enum(MEDICATION_CLASSES)
  .describe(`Medication class, one of: ${MEDICATION_CLASSES.join(', ')}.`);

export type MedicationClass = z.infer<typeof MedicationClassSchema>;

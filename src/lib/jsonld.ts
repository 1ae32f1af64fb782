/** schema.org JSON-LD for an article: a MedicalWebPage about a condition, drug or test. Pure. */
import type { CollectionName } from '../schemas/collections.ts';
import { CODE_SYSTEM_LABELS, type CodeSystem } from './codes.ts';
import { isoDate } from './dates.ts';

const ABOUT_TYPE: Record<CollectionName, string> = {
  causes: 'MedicalCondition',
  medications: 'Drug',
  lifestyle: 'LifestyleModification',
  symptoms: 'MedicalSignOrSymptom',
  tests: 'MedicalTest',
};


export interface JsonLdInput {
  collection: CollectionName;
  url: string;
  title: string;
  summary: string;
  synonyms: string[];
  reviewed: Date;
  codes?: Partial<Record<CodeSystem, string[] | undefined>> | undefined;
  siteName: string;
  /** BCP 47 language of the page (default `en`), e.g. `zh-CN`. */
  inLanguage?: string;
}

/** Builds the JSON-LD object; `serializeJsonLd` turns it into safe script text. */
export function articleJsonLd(input: JsonLdInput): Record<string, unknown> {
  const codes = Object.entries(input.codes ?? {}).flatMap(([system, list]) =>
    (list ?? []).map((codeValue) => ({
      '@type': 'MedicalCode',
      codeValue,
      codingSystem: CODE_SYSTEM_LABELS[system as CodeSystem],
    })),
  );
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url: input.url,
    name: input.title,
    description: input.summary,
    lastReviewed: isoDate(input.reviewed),
    inLanguage: input.inLanguage ?? 'en',
    audience: { '@type': 'PeopleAudience', audienceType: 'Patient' },
    isPartOf: { '@type': 'WebSite', name: input.siteName },
    about: {
      '@type': ABOUT_TYPE[input.collection],
      name: input.title,
      ...(input.synonyms.length > 0 ? { alternateName: input.synonyms } : {}),
      ...(codes.length > 0 ? { code: codes } : {}),
    },
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so no content can close the script early. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

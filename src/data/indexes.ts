/** Index-page groups: medications by class (in class order), every other collection as one list. */
import { MEDICATION_CLASSES } from '../schemas/medication-class.ts';
import type { CollectionName } from '../schemas/collections.ts';
import { groupBy } from '../lib/group.ts';
import type { Edition } from '../lib/edition.ts';
import { entriesOf, type LocalEntry } from './zh.ts';
import { useTranslations } from '../i18n/index.ts';

export interface IndexGroup {
  key: string;
  heading?: string;
  entries: LocalEntry[];
}

export function indexGroups(collection: CollectionName, edition: Edition = 'en'): IndexGroup[] {
  const t = useTranslations(edition);
  const entries = entriesOf(collection, edition);
  if (collection !== 'medications') return [{ key: collection, entries }];
  const byClass = groupBy(entries, (e) => (e.data as { drugClass: (typeof MEDICATION_CLASSES)[number] }).drugClass);
  return MEDICATION_CLASSES.filter((c) => byClass.has(c)).map((c) => ({
    key: c,
    heading: t(`class.${c}`),
    entries: byClass.get(c)!,
  }));
}

/** The strings the search scripts show, handed to them as JSON in a data attribute (scripts carry no UI text). */
import { COLLECTIONS } from '../schemas/collections.ts';
import { SEARCH_TYPES } from '../lib/search-meta.ts';
import { useTranslations } from './index.ts';
import type { Edition } from '../lib/edition.ts';

export function searchLabels(edition: Edition = 'en') {
  const t = useTranslations(edition);
  return {
    types: Object.fromEntries(COLLECTIONS.map((c) => [SEARCH_TYPES[c], t(`type.${SEARCH_TYPES[c]}`)])),
    groups: Object.fromEntries(COLLECTIONS.map((c) => [SEARCH_TYPES[c], t(`collection.${c}`)])),
    all: t('search.filter.all'),
    count: { none: t('search.count.none'), one: t('search.count.one'), many: t('search.count.many') },
    unavailable: t('search.unavailable'),
    offline: {
      noIndex: t('search.offline.noIndex'),
      missing: t('search.offline.missing'),
      notSaved: t('search.offline.notSaved'),
    },
    seeAll: t('search.seeAll'),
    otherEdition: t('search.otherEdition'),
  };
}

/**
 * The language a `/lookup/` request asks for: HL7 Infobutton's `informationRecipient.languageCode.c` (`zh`, `zh-CN`,
 * `chi`, `zho`, `en`...) or the short form's `lang=zh-CN`. English when neither names an edition. Pure; kept apart
 * from the Infobutton parser so the language is one small addition to the lookup.
 */
import { DEFAULT_EDITION, parseLanguage, type Edition } from './edition.ts';

export const LANGUAGE_PARAMS = ['informationRecipient.languageCode.c', 'lang'] as const;

export function lookupLanguage(query: URLSearchParams | string): Edition {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  for (const name of LANGUAGE_PARAMS) {
    const edition = parseLanguage(params.get(name));
    if (edition) return edition;
  }
  return DEFAULT_EDITION;
}

import { en, type Dictionary, type UiKey } from './en.ts';

const dictionaries: Record<string, Dictionary> = { en };

/** Looks up an interface string: `t('nav.home')`. Unknown languages fall back to English. */
export function useTranslations(lang = 'en') {
  const dict = dictionaries[lang] ?? en;
  return (key: UiKey): string => dict[key];
}

export const t = useTranslations('en');
export type { UiKey };

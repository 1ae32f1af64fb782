import { en, type Dictionary, type UiKey } from './en.ts';
import { zhCN } from './zh-CN.ts';
import { editionOf, type Edition } from '../lib/edition.ts';

const dictionaries: Record<Edition, Dictionary> = { en, 'zh-CN': zhCN };

/** Looks up an interface string: `useTranslations('zh-CN')('nav.home')` is "首页". */
export function useTranslations(lang: Edition = 'en') {
  const dict = dictionaries[lang] ?? en;
  return (key: UiKey): string => dict[key];
}

/** The strings of the edition a page belongs to, from its URL: `tFor(Astro.url)`. */
export const tFor = (url: URL | string) => useTranslations(editionOf(typeof url === 'string' ? url : url.pathname));

export const t = useTranslations('en');
export type { UiKey, Edition };

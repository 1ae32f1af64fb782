/**
 * `/zh/search/names.json`: every Chinese name a page is known by (titles, the words in their brackets, other names,
 * Chinese brand names), longest first. The search script splits a Chinese query with it before searching
 * (src/lib/search/relax.ts), since the browser's segmenter does not know medical words.
 */
import type { APIRoute } from 'astro';
import { allEntries } from '../../../data/site';
import { localEntry, ZH_ENABLED } from '../../../data/zh';
import { splitNames } from '../../../lib/search/rank';
import { hasCjk } from '../../../lib/edition';

export const GET: APIRoute = () => {
  const names = ZH_ENABLED
    ? allEntries.flatMap((entry) => {
        const zh = localEntry(entry, 'zh-CN').data;
        const brands = (entry.data as { brands?: string[] }).brands ?? [];
        const title = zh.title.replace(/（[^）]*）|\([^)]*\)/g, '');
        const inBrackets = [...zh.title.matchAll(/（([^）]*)）/g)].flatMap((m) => m[1]!.split(/[、，,]/));
        return [zh.title, title, ...inBrackets, ...zh.synonyms, ...splitNames(entry.data.zh), ...brands].map((n) => n.trim());
      })
    : [];
  const unique = [...new Set(names.filter((n) => n.length > 1 && hasCjk(n)))].sort((a, b) => b.length - a.length || a.localeCompare(b, 'zh'));
  return Response.json({ names: unique });
};

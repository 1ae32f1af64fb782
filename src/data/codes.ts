/** Binds the pure code lookup to the site's entries: the table every `/codes/` file is written from. */
import { buildCodeTable } from '../lib/code-lookup.ts';
import { allEntries } from './site.ts';
import { localEntry, ZH_ENABLED } from './zh.ts';

export const codeTable = buildCodeTable(
  allEntries.map((e) => ({
    collection: e.collection,
    id: e.id,
    title: e.data.title,
    summary: e.data.summary,
    order: e.data.order,
    codes: e.data.codes,
    translations: ZH_ENABLED ? { 'zh-CN': { title: localEntry(e, 'zh-CN').data.title, summary: localEntry(e, 'zh-CN').data.summary } } : undefined,
  })),
);

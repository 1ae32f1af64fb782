/**
 * Binds the pure code lookup to the site's entries: the table every `/codes/` file is written from, with the broader
 * ICD-10-CM codes of the verified list that lead to narrower codes' pages (R74.0 -> R74.01).
 */
import { broaderCodeRecords, buildCodeTable } from '../lib/code-lookup.ts';
import { verifiedCodesFrom } from '../lib/verified-codes.ts';
import reference from '../../content/verified-codes.json';
import { allEntries } from './site.ts';
import { localEntry, ZH_ENABLED } from './zh.ts';

const carried = buildCodeTable(
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

export const codeTable = [...carried, ...broaderCodeRecords(carried, verifiedCodesFrom(reference).icd10cm)];

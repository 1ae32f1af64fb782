/** `/codes/<system>/<code>.json`: the pages that carry a clinical code, best first (static code lookup). */
import type { APIRoute } from 'astro';
import { codeTable } from '../../../data/codes';
import { codeFileJson, type CodeRecord } from '../../../lib/code-lookup';

export function getStaticPaths() {
  return codeTable.map((record) => ({ params: { system: record.system, code: record.code }, props: { record } }));
}

export const GET: APIRoute<{ record: CodeRecord }> = ({ props, site }) =>
  Response.json(codeFileJson(props.record, site!));

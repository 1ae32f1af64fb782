/** `/codes/index.json`: every code that has a lookup file, with the file's URL and its pages. */
import type { APIRoute } from 'astro';
import { codeTable } from '../../data/codes';
import { codeIndexJson } from '../../lib/code-lookup';

export const GET: APIRoute = ({ site }) => Response.json(codeIndexJson(codeTable, site!));

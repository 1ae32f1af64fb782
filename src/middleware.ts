/**
 * Runs for every page as it is built (all pages are static): module scripts load at low priority, so nothing but
 * the page and its stylesheet comes before the first paint (src/lib/script-priority.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { lowerScriptPriority } from './lib/script-priority';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(lowerScriptPriority(await response.text()), response);
});

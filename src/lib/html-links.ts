/**
 * Reads links and anchors out of built HTML, for the link check over `dist/`. Astro's output is well formed, so a
 * careful pattern is enough; this is not a general HTML parser.
 */

/** Every `href` and `src` value in the document, entities decoded. */
export function linksIn(html: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(/\s(?:href|src)=(?:"([^"]*)"|'([^']*)')/g)) {
    links.push(decodeEntities(match[1] ?? match[2] ?? ''));
  }
  return links;
}

/** Every `id` in the document. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid=(?:"([^"]*)"|'([^']*)')/g)].map((m) => decodeEntities(m[1] ?? m[2] ?? '')));
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Whether a link leaves the site (another origin, mail, phone). */
export function isExternal(link: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//');
}

/**
 * Every page paints its content from HTML and CSS alone; its scripts only add to it (search box, offline copy,
 * embed height). So each bundled module script is fetched at low priority (`fetchpriority="low"`): on a slow
 * connection the stylesheet and the page come first, and Lighthouse no longer counts the script as blocking the
 * first paint. Astro writes these tags itself (`<script type="module" src="/_astro/...">`, no attributes of ours), so
 * the mark is added to the rendered HTML by src/middleware.ts.
 */

/** A module script tag that loads a file and has no fetch priority yet. */
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

/** The page's HTML with `fetchpriority="low"` on each module script loaded from a file; nothing else changes. */
export function lowerScriptPriority(html: string): string {
  return html.replace(MODULE_SCRIPT, '<script type="module" src="$1" fetchpriority="low"></script>');
}

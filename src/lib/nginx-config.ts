/**
 * The site's header rules as nginx `location` blocks: the README's nginx recipe, generated from the same rules as
 * `dist/_headers` so the two cannot drift (tests/dist/hosts.test.ts compares them and runs nginx on the result). Pure.
 *
 * nginx picks one location per request (the longest matching prefix, or an exact `=` match) and an `add_header` in a
 * location replaces every inherited one, so each block states all the headers of its paths: the headers
 * `headersFor` gives the rule's own pattern, which stands for every path of that location.
 */
import { headersFor, type HeaderRule } from './headers.ts';

/** `/*` -> `location /`, `/causes/*` -> `location /causes/`, `/404.html` -> `location = /404.html`. */
export function nginxLocation(pattern: string): string {
  if (!pattern.startsWith('/')) throw new Error(`nginx config: the _headers pattern "${pattern}" does not start with /`);
  if (pattern.endsWith('/*') && !pattern.slice(0, -1).includes('*') && !pattern.includes(':')) return `location ${pattern.slice(0, -1)}`;
  if (!pattern.includes('*') && !pattern.includes(':')) return `location = ${pattern}`;
  throw new Error(`nginx config: the _headers pattern "${pattern}" has no nginx location; expected "/folder/*" or an exact path`);
}

const quote = (name: string, value: string) => {
  if (/["$\\\n]/.test(value)) throw new Error(`nginx config: the value of ${name} contains a character nginx would read: ${value}`);
  return `"${value}"`;
};

/**
 * The `location` blocks for a server whose `root` is the built site. `always` sends the headers with error
 * responses too. Header names keep the spelling of the rules.
 */
export function nginxLocations(rules: readonly HeaderRule[]): string {
  const spelling = new Map(rules.flatMap((rule) => rule.headers.map(([name]) => [name.toLowerCase(), name] as const)));
  const seen = new Set<string>();
  const blocks: string[] = [];
  for (const rule of rules) {
    const location = nginxLocation(rule.pattern);
    if (seen.has(location)) continue;
    seen.add(location);
    const lines = Object.entries(headersFor(rules, rule.pattern)).map(
      ([name, value]) => `  add_header ${spelling.get(name) ?? name} ${quote(name, value)} always;`,
    );
    blocks.push(`${location} {\n${lines.join('\n')}\n}`);
  }
  return blocks.join('\n');
}

/** The README's recipe: what goes in the `server` block whose `root` is the built site (`npm run nginx-config`). */
export function nginxRecipe(rules: readonly HeaderRule[]): string {
  return [
    '# Inside the server block whose root is dist/. Generated from dist/_headers by `npm run nginx-config`.',
    '# Each location states all its headers: an add_header in a location drops the inherited ones.',
    'error_page 404 /404.html;',
    nginxLocations(rules),
    '',
  ].join('\n');
}

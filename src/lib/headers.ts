/**
 * The `_headers` file that static hosts (Netlify, Cloudflare Pages) read: a path pattern on its own line, then
 * indented `Name: value` lines, and Cloudflare's `! Name` lines that detach a header an earlier rule set. Pure parse
 * and match, so the build that writes it and the local server that applies it agree on one reading.
 *
 * The hosts differ when two matching rules set the same header: Netlify keeps the later value, Cloudflare joins both
 * with a comma unless the later rule detaches the header first; Netlify ignores `! Name` lines (no colon). A file in
 * which every repeated header is detached first therefore means the same on both, and `headersFor` (Cloudflare's
 * reading, which also reports a repeat that was not detached) gives that meaning. tests/dist/hosts.test.ts checks the
 * built file with both hosts' own engines.
 */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
  /** Headers an earlier matching rule set that this rule removes first (`! Name`, Cloudflare syntax). */
  detach?: string[];
}

/** Parses `_headers` text. Throws on a header line that has no path above it or no colon. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const detach = /^\s+!\s*(\S+)\s*$/.exec(line);
    if (rule && detach) {
      (rule.detach ??= []).push(detach[1]!);
      return;
    }
    const colon = line.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers line ${index + 1}: expected "  Name: value" or "  ! Name" under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

/** Serialises rules back to `_headers` text: detach lines first, as they apply before the rule's own headers. */
export function formatHeaders(rules: readonly HeaderRule[]): string {
  return (
    rules
      .map((r) => [r.pattern, ...(r.detach ?? []).map((n) => `  ! ${n}`), ...r.headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n'))
      .join('\n\n') + '\n'
  );
}

/** Whether a URL path matches a pattern: `*` matches any run of characters, `:name` one path segment. */
export function matchesPattern(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]+)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * Headers for a path, as the hosts apply them: every matching rule in file order; a rule first removes the headers it
 * detaches, then sets its own; a header set again without being detached is joined with ", " (Cloudflare; Netlify
 * would keep only the later value, which is why `repeatedHeaders` must find none in a file meant for both).
 * Names are lower case.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, path)) continue;
    for (const name of rule.detach ?? []) delete result[name.toLowerCase()];
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      result[key] = key in result ? `${result[key]}, ${value}` : value;
    }
  }
  return result;
}

/**
 * Headers that two matching rules set for one path without the later one detaching it: the hosts read such a file
 * differently (Netlify: the later value; Cloudflare: both joined). Empty for a portable file.
 */
export function repeatedHeaders(rules: readonly HeaderRule[], path: string): string[] {
  const set = new Set<string>();
  const repeated = new Set<string>();
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, path)) continue;
    for (const name of rule.detach ?? []) set.delete(name.toLowerCase());
    for (const [name] of rule.headers) {
      const key = name.toLowerCase();
      if (set.has(key)) repeated.add(key);
      set.add(key);
    }
  }
  return [...repeated];
}

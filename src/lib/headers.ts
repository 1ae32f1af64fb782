/**
 * The `_headers` file that static hosts (Netlify, Cloudflare Pages) read: a path pattern on its own line, then
 * indented `Name: value` lines. Pure parse and match, so the build that writes it and the local server that applies
 * it agree on one reading.
 */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
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
    const colon = line.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers line ${index + 1}: expected "  Name: value" under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

/** Serialises rules back to `_headers` text. */
export function formatHeaders(rules: readonly HeaderRule[]): string {
  return rules.map((r) => [r.pattern, ...r.headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n')).join('\n\n') + '\n';
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
 * Headers for a path: every matching rule applies, in file order; a later rule's value for the same header replaces
 * an earlier one (so specific rules go after general ones).
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) result[name.toLowerCase()] = value;
  }
  return result;
}

/**
 * How `npm run build` reports a failure: what went wrong first (the message names the file, the field and what was
 * expected), then where, then Astro's hint, then the stack for whoever debugs the build itself. Astro marks words in
 * its messages with Markdown `**`; a terminal shows them plainly.
 */
interface BuildError extends Error {
  loc?: { file?: string; line?: number; column?: number };
  hint?: string;
}

export function formatBuildError(error: unknown): string {
  if (!(error instanceof Error)) return `Build failed: ${String(error)}`;
  const { message, loc, hint, stack } = error as BuildError;
  const lines = [`Build failed: ${message.replaceAll('**', '').trim()}`];
  if (loc?.file) lines.push(`File: ${loc.file}${loc.line ? `:${loc.line}` : ''}`);
  if (hint) lines.push(`Hint: ${hint.replaceAll('**', '')}`);
  const frames = stack?.split('\n').filter((line) => /^\s+at /.test(line)) ?? [];
  if (frames.length > 0) lines.push('', 'Where the build stopped:', ...frames);
  return lines.join('\n');
}

/**
 * Site options: the settings a deployment may change without touching code, validated once in astro.config.mjs.
 * Parsed with a zod strictObject (a misspelt option is an error, not silently ignored), and every problem is reported
 * naming the option and the value expected, in the manner of Starlight's user-config errors.
 */
import { z } from 'astro/zod';

/** An origin a CSP `frame-ancestors` list accepts here: `https://host[:port]`, optionally `https://*.host`. */
export function isHttpsOrigin(value: string): boolean {
  if (!/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/.test(value)) return false;
  try {
    return new URL(value.replace('*.', 'wildcard.')).origin === value.replace('*.', 'wildcard.');
  } catch {
    return false;
  }
}

const ORIGIN_EXPECTED =
  'expected "*" (any site), "\'self\'", or an https origin such as "https://portal.example.org" (lower case, no path, no trailing slash)';

const FrameAncestorsSchema = z
  .array(z.string({ error: ORIGIN_EXPECTED }), { error: 'expected a list, e.g. ["*"] or ["https://portal.example.org"]' })
  .min(1, { error: 'expected at least one entry: ["*"] allows any site' })
  .superRefine((list, ctx) => {
    list.forEach((value, index) => {
      if (value !== '*' && value !== "'self'" && !isHttpsOrigin(value)) {
        ctx.addIssue({ code: 'custom', path: [index], message: ORIGIN_EXPECTED });
      }
    });
    if (list.includes('*') && list.length > 1) {
      ctx.addIssue({ code: 'custom', message: 'expected "*" alone: it already allows every site' });
    }
  })
  .default(['*'])
  .describe(
    'Sites allowed to show embed pages in an iframe (CSP frame-ancestors of /embed/*). Default ["*"]: the content is public. Every other page may be framed only by ALT Atlas itself.',
  );

const PrecacheBudgetSchema = z
  .number({ error: 'expected a number of bytes, e.g. 5000000' })
  .int({ error: 'expected a whole number of bytes' })
  .positive({ error: 'expected a positive number of bytes' })
  .default(5_000_000)
  .describe(
    'Largest amount a first visit stores whatever the connection (the common files and one edition\'s shell, in bytes as built); the build warns above it. The whole edition is saved only on request or on a fast connection without Save-Data.',
  );

export const SiteOptionsSchema = z
  .strictObject({
    embed: z
      .strictObject({ frameAncestors: FrameAncestorsSchema })
      .default({ frameAncestors: ['*'] })
      .describe('Embedding by clinic portals and EHRs.'),
    offline: z
      .strictObject({ precacheBudgetBytes: PrecacheBudgetSchema })
      .default({ precacheBudgetBytes: 5_000_000 })
      .describe('Offline reading.'),
  })
  .default({ embed: { frameAncestors: ['*'] }, offline: { precacheBudgetBytes: 5_000_000 } });

export type SiteOptions = z.output<typeof SiteOptionsSchema>;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), input);
}

const fieldName = (path: readonly PropertyKey[]) =>
  path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)), '');

/** Turns zod issues into one line each: `Site option "embed.frameAncestors[0]": expected ... (got "http://x").` */
export function formatSiteOptionIssues(issues: readonly z.core.$ZodIssue[], input: unknown): string[] {
  return issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const where = fieldName(issue.path);
      const names = issue.keys.map((key) => `"${where ? `${where}.` : ''}${key}"`).join(', ');
      return `Unknown site option ${names}: check the spelling (options: embed.frameAncestors, offline.precacheBudgetBytes).`;
    }
    const got = valueAt(input, issue.path);
    const shown = got === undefined ? '' : ` (got ${JSON.stringify(got)})`;
    return `Site option "${fieldName(issue.path) || '(root)'}": ${issue.message}${shown}.`;
  });
}

/** Validates site options, filling in defaults. Throws an Error whose message lists every problem. */
export function parseSiteOptions(input: unknown): SiteOptions {
  const result = SiteOptionsSchema.safeParse(input);
  if (result.success) return result.data;
  throw new Error(`Invalid ALT Atlas site options:\n- ${formatSiteOptionIssues(result.error.issues, input).join('\n- ')}`);
}

/** Reads a number from an environment variable; undefined when unset, NaN (rejected by the schema) when not a number. */
export function numberFromEnv(value: string | undefined): number | undefined {
  return value === undefined || value.trim() === '' ? undefined : Number(value);
}

/** Reads a list of origins from an environment variable: separated by spaces or commas; undefined when unset. */
export function listFromEnv(value: string | undefined): string[] | undefined {
  const list = value?.split(/[\s,]+/).filter(Boolean);
  return list && list.length > 0 ? list : undefined;
}

/**
 * The arguments `npm run build` accepts (scripts/build.ts): only `--outDir <folder>` (or `--outDir=<folder>`), used
 * by the build benchmark and the offline update test to build other content elsewhere. Anything else is an error
 * naming the argument, so a mistyped option never builds silently with the defaults.
 */
export type BuildArgs = { outDir?: string } | { error: string };

export function parseBuildArgs(args: readonly string[]): BuildArgs {
  let outDir: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const inline = /^--outDir=(.*)$/.exec(arg);
    const value = inline ? inline[1] : arg === '--outDir' ? args[++i] : undefined;
    if (!inline && arg !== '--outDir') return { error: `unknown argument "${arg}"; expected --outDir <folder>` };
    if (!value || value.startsWith('--')) return { error: '--outDir needs a folder' };
    if (outDir !== undefined) return { error: '--outDir given twice' };
    outDir = value;
  }
  return outDir === undefined ? {} : { outDir };
}

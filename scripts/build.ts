/**
 * `npm run build`: the whole pipeline (Astro, Vite and Rolldown, then the Pagefind, headers and service-worker
 * integrations) in this one process, through Astro's JavaScript API, so the memory settings below hold for all of it.
 *
 * Why: at 5,000 pages the build peaked at 3.3 GB with the defaults (`npm run bench`; the limit is 2 GB). Three
 * settings bring it to about 1.7 GB without changing what is built:
 * - V8 heap limits, given on the command line in package.json (`--max-old-space-size`, `--max-semi-space-size`): with
 *   no limit V8 keeps gigabytes of freed pages while the 5,000 MDX modules are bundled and rendered;
 * - `MIMALLOC_PURGE_DELAY=0` and `MIMALLOC_ARENA_EAGER_COMMIT=0`, read by the allocator inside Rolldown's native
 *   module when it loads (so they are set before Astro is imported): Rolldown's freed memory goes back to the system
 *   at once instead of staying with the process while Pagefind indexes.
 * Telemetry is off: the build sends nothing anywhere.
 *
 * Usage: node scripts/build.ts [--outDir <folder>]   (through `npm run build [-- --outDir <folder>]`)
 */
import { parseBuildArgs } from './lib/build-args.ts';
import { formatBuildError } from './lib/build-error.ts';

const options = parseBuildArgs(process.argv.slice(2));
if ('error' in options) {
  console.error(`npm run build: ${options.error}\nUsage: npm run build [-- --outDir <folder>]`);
  process.exit(2);
}

process.env.MIMALLOC_PURGE_DELAY ??= '0';
process.env.MIMALLOC_ARENA_EAGER_COMMIT ??= '0';
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const { build } = await import('astro');
try {
  await build(options.outDir ? { outDir: options.outDir } : {});
} catch (error) {
  console.error(`\n${formatBuildError(error)}`);
  process.exit(1);
}

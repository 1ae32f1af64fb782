/**
 * Starts `npm run build` (scripts/build.ts) into another output folder, with its own Astro cache next to it and extra
 * environment (another content folder, another precache budget): how the build benchmark, the build tests and the
 * offline update test build something other than the site itself. `finished` settles with the exit code and all the
 * build wrote to stderr.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface BuildRun {
  child: ChildProcess;
  finished: Promise<{ code: number | null; stderr: string }>;
}

export function startBuild(outDir: string, env: Record<string, string> = {}): BuildRun {
  const child = spawn('npm', ['run', 'build', '--', '--outDir', outDir], {
    cwd: new URL('../..', import.meta.url).pathname,
    env: { ...process.env, ALT_ATLAS_CACHE_DIR: `${outDir}-cache`, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const finished = new Promise<{ code: number | null; stderr: string }>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => done({ code, stderr }));
  });
  return { child, finished };
}

/**
 * Makes sure a program from a Debian package is there before a test uses it. Nothing is downloaded from the web: as
 * root, the Debian package is installed with apt-get; anyone else gets a message saying what to install.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export function ensureDebianPackage(program: string, pkg: string, purpose: string): void {
  if (existsSync(program)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(`${purpose} needs Debian's ${pkg} at ${program}. Install it with "sudo apt-get install ${pkg}" and run the tests again.`);
  }
  console.log(`${program} is missing: installing Debian's ${pkg} package with apt-get...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], { stdio: 'inherit', env });
  if (!existsSync(program)) throw new Error(`apt-get finished but ${program} is still missing`);
}

/**
 * Makes sure Debian's Chromium is there before any browser test. Nothing is downloaded from the web: as root, the
 * Debian package is installed with apt-get; anyone else gets a clear message.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { CHROMIUM_PATH } from './browser';

export default function globalSetup(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `Browser tests need Debian's Chromium at ${CHROMIUM_PATH}. Install it with "sudo apt-get install chromium" ` +
        'and run the tests again (or set CHROMIUM_PATH to another Chromium).',
    );
  }
  console.log(`${CHROMIUM_PATH} is missing: installing Debian's chromium package with apt-get...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`apt-get finished but ${CHROMIUM_PATH} is still missing`);
}

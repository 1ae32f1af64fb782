/**
 * `npm run i18n:stamp -- <collection>/<slug> [...]`: after a translation has been updated and reviewed against the
 * current English page, records that English version in the Chinese page (`translationOf`: the first 12 hex
 * characters of the sha256 of content/<collection>/<slug>.mdx). `--stale` lists the pages whose English changed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enFilePath, formatStale, restamp, staleTranslations, translationHash, zhFilePath } from '../src/lib/translations.ts';
import { loadZhContent } from '../src/lib/zh-content.ts';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const usage = 'Usage: npm run i18n:stamp -- <collection>/<slug> [...]   (or -- --stale to list out-of-date translations)';

if (args.length === 0) {
  console.error(usage);
  process.exit(2);
}

if (args[0] === '--stale') {
  const { files } = loadZhContent(root);
  const stale = staleTranslations(
    files
      .filter((f) => existsSync(join(root, enFilePath(f.key))))
      .map((f) => ({ zhFile: f.filePath, enFile: enFilePath(f.key), translationOf: f.data.translationOf, englishText: readFileSync(join(root, enFilePath(f.key))) })),
  );
  console.log(stale.length === 0 ? 'Every translation is up to date.' : formatStale(stale));
  process.exit(0);
}

let failed = false;
for (const arg of args) {
  const key = arg.replace(/^content\/(zh\/)?/, '').replace(/\.mdx$/, '');
  if (!/^[a-z]+\/[a-z0-9-]+$/.test(key)) {
    console.error(`${arg}: expected <collection>/<slug>, e.g. causes/hepatitis-b`);
    failed = true;
    continue;
  }
  const en = join(root, enFilePath(key));
  const zh = join(root, zhFilePath(key));
  if (!existsSync(en) || !existsSync(zh)) {
    console.error(`${arg}: expected both ${enFilePath(key)} and ${zhFilePath(key)}; ${existsSync(en) ? zhFilePath(key) : enFilePath(key)} is missing`);
    failed = true;
    continue;
  }
  const hash = translationHash(readFileSync(en));
  writeFileSync(zh, restamp(readFileSync(zh, 'utf8'), hash));
  console.log(`${zhFilePath(key)}: translationOf ${hash} (${enFilePath(key)})`);
}
process.exit(failed ? 1 : 0);

/**
 * Writes precompressed copies next to the built files, for hosts and nginx that serve them as they are
 * (`brotli_static on; gzip_static on;`): `file.br` (Brotli, strongest setting) and `file.gz` (gzip -9), only for
 * types that compress and only where the copy is smaller. Prints the totals. Run after `npm run build`.
 * Usage: node scripts/precompress.ts [dir]   (default dist)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPRESSIBLE_FILE, compressed } from './lib/compress.ts';

const dir = process.argv[2] ?? 'dist';
const totals = { files: 0, raw: 0, br: 0, gz: 0, written: 0 };
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !COMPRESSIBLE_FILE.test(entry.name)) continue;
  const file = join(entry.parentPath, entry.name);
  const body = readFileSync(file);
  totals.files++;
  totals.raw += body.length;
  for (const [encoding, suffix] of [['br', 'br'], ['gzip', 'gz']] as const) {
    const out = compressed(body, encoding);
    if (encoding === 'br') totals.br += out?.length ?? body.length;
    else totals.gz += out?.length ?? body.length;
    if (!out) continue;
    writeFileSync(`${file}.${suffix}`, out);
    totals.written++;
  }
}
const mib = (n: number) => `${(n / 1024 ** 2).toFixed(2)} MiB`;
console.log(
  `precompressed ${totals.files} files in ${dir}/ (${totals.written} .br/.gz written): ${mib(totals.raw)} as built, ` +
    `${mib(totals.br)} Brotli, ${mib(totals.gz)} gzip`,
);

import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import {
  Compressor,
  compressed,
  etagOf,
  isCompressibleType,
  negotiateEncoding,
  notModified,
  transferSize,
} from '../../scripts/lib/compress';

const text = Buffer.from('<p>ALT (alanine aminotransferase) is an enzyme made mostly in the liver.</p>\n'.repeat(40));

describe('negotiateEncoding', () => {
  it('prefers Brotli, then gzip, as browsers list them', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateEncoding('gzip, deflate')).toBe('gzip');
    expect(negotiateEncoding('BR')).toBe('br');
  });

  it('honours q=0 and the wildcard', () => {
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip;q=0')).toBeUndefined();
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('*;q=0.5, br;q=0')).toBe('gzip');
  });

  it('sends the file as it is when nothing is accepted', () => {
    expect(negotiateEncoding(undefined)).toBeUndefined();
    expect(negotiateEncoding('')).toBeUndefined();
    expect(negotiateEncoding('identity')).toBeUndefined();
    expect(negotiateEncoding('deflate')).toBeUndefined();
  });
});

describe('compression', () => {
  it('compresses text types only', () => {
    expect(isCompressibleType('text/html; charset=utf-8')).toBe(true);
    expect(isCompressibleType('application/json; charset=utf-8')).toBe(true);
    expect(isCompressibleType('application/manifest+json; charset=utf-8')).toBe(true);
    expect(isCompressibleType('image/svg+xml')).toBe(true);
    expect(isCompressibleType('image/png')).toBe(false);
    expect(isCompressibleType('application/octet-stream')).toBe(false);
  });

  it('round-trips and never returns a file that grows', () => {
    const br = compressed(text, 'br')!;
    expect(br.length).toBeLessThan(text.length);
    expect(brotliDecompressSync(br).equals(text)).toBe(true);
    expect(gunzipSync(compressed(text, 'gzip')!).equals(text)).toBe(true);
    const alreadyCompressed = gzipSync(Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251)));
    expect(compressed(alreadyCompressed, 'br')).toBeUndefined();
    expect(compressed(alreadyCompressed, 'gzip')).toBeUndefined();
  });

  it('reports the transfer size a Brotli browser gets', () => {
    expect(transferSize('a/index.html', text)).toBe(compressed(text, 'br')!.length);
    expect(transferSize('pagefind/fragment/en_1.pf_fragment', text)).toBe(text.length);
  });
});

describe('Compressor', () => {
  const dir = mkdtempSync(join(tmpdir(), 'alt-atlas-compress-'));
  const page = join(dir, 'index.html');
  writeFileSync(page, text);

  it('compresses on the fly by what the browser accepts, and leaves other types alone', () => {
    const compressor = new Compressor();
    const br = compressor.respond(page, text, 'text/html; charset=utf-8', 'gzip, br');
    expect(br.encoding).toBe('br');
    expect(brotliDecompressSync(br.body).equals(text)).toBe(true);
    expect(compressor.respond(page, text, 'text/html; charset=utf-8', 'gzip').encoding).toBe('gzip');
    expect(compressor.respond(page, text, 'text/html; charset=utf-8', undefined)).toEqual({ body: text });
    expect(compressor.respond(page, text, 'image/png', 'br')).toEqual({ body: text });
  });

  it('serves a precompressed sibling as it is', () => {
    const file = join(dir, 'app.js');
    writeFileSync(file, text);
    writeFileSync(`${file}.br`, 'precompressed brotli');
    writeFileSync(`${file}.gz`, 'precompressed gzip');
    const compressor = new Compressor();
    expect(compressor.respond(file, text, 'text/javascript', 'br').body.toString()).toBe('precompressed brotli');
    expect(compressor.respond(file, text, 'text/javascript', 'gzip').body.toString()).toBe('precompressed gzip');
  });
});

describe('ETags', () => {
  it('names the content and matches If-None-Match', () => {
    const tag = etagOf(text);
    expect(tag).toMatch(/^"[\w-]{22}"$/);
    expect(etagOf(Buffer.concat([text, Buffer.from('x')]))).not.toBe(tag);
    expect(notModified(tag, tag)).toBe(true);
    expect(notModified(`"other", W/${tag}`, tag)).toBe(true);
    expect(notModified('*', tag)).toBe(true);
    expect(notModified('"other"', tag)).toBe(false);
    expect(notModified(undefined, tag)).toBe(false);
  });
});

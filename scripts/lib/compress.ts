/**
 * Compression as production hosts do it, for the local server (scripts/serve.ts), the precompress step
 * (scripts/precompress.ts) and the size figures of the build: Brotli where the browser accepts it, else gzip; only
 * for types that compress (text, JSON, SVG, JavaScript), never when the result is not smaller (Pagefind's index and
 * fragments are gzip already), and precompressed `.br`/`.gz` files used as they are when they sit next to the file
 * (as nginx's `brotli_static` and `gzip_static` do).
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';

export type Encoding = 'br' | 'gzip';

/** Content types worth compressing; images other than SVG, WebAssembly bundles and fonts are compressed already. */
const COMPRESSIBLE_TYPE = /^(text\/|application\/(json|javascript|manifest\+json|xml)|image\/svg\+xml)/;
/** File extensions of the same types, for the build's figures and the precompress step. */
export const COMPRESSIBLE_FILE = /\.(html|css|js|mjs|json|webmanifest|svg|xml|txt)$/;

export function isCompressibleType(contentType: string): boolean {
  return COMPRESSIBLE_TYPE.test(contentType);
}

/**
 * The encoding to answer an Accept-Encoding header with: Brotli before gzip, each only when listed with a q-value
 * above 0 (`br;q=0` refuses it); `*` accepts either. Undefined: send the file as it is.
 */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const quality = q === undefined ? 1 : Number(q);
    accepted.set(name, Number.isFinite(quality) ? quality : 0);
  }
  const ok = (name: Encoding) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return undefined;
}

/** Compresses with the strongest setting (what precompressed files and static hosts' build steps use). */
export function encode(body: Buffer, encoding: Encoding, quality: number = constants.BROTLI_MAX_QUALITY): Buffer {
  if (encoding === 'gzip') return gzipSync(body, { level: 9 });
  return brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

/** The bytes to send: compressed only when it is smaller. Undefined when the file is best sent as it is. */
export function compressed(body: Buffer, encoding: Encoding, quality?: number): Buffer | undefined {
  const out = encode(body, encoding, quality);
  return out.length < body.length ? out : undefined;
}

/**
 * Bytes of a file's body as a Brotli-accepting browser receives it (the file's own size when Brotli would not help).
 * `quality` below 11 gives a quicker estimate.
 */
export function transferSize(file: string, body: Buffer, quality?: number): number {
  if (!COMPRESSIBLE_FILE.test(file)) return body.length;
  return compressed(body, 'br', quality)?.length ?? body.length;
}

export interface Encoded {
  body: Buffer;
  encoding?: Encoding;
}

/**
 * Picks what to send for a file: a precompressed sibling (`file.br`, `file.gz`) when the browser accepts it, else
 * the file compressed on the fly (remembered per file, size and modification time), else the file itself.
 */
export class Compressor {
  private readonly memo = new Map<string, Buffer | null>();

  respond(file: string, body: Buffer, contentType: string, acceptEncoding: string | undefined): Encoded {
    const encoding = negotiateEncoding(acceptEncoding);
    if (!encoding || !isCompressibleType(contentType)) return { body };
    const sibling = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
    if (existsSync(sibling)) return { body: readFileSync(sibling), encoding };
    let info;
    try {
      info = statSync(file);
    } catch {
      info = undefined;
    }
    const key = `${encoding} ${file} ${info?.size ?? body.length} ${info?.mtimeMs ?? 0}`;
    let out = this.memo.get(key);
    if (out === undefined) {
      out = compressed(body, encoding) ?? null;
      this.memo.set(key, out);
    }
    return out ? { body: out, encoding } : { body };
  }
}

/**
 * A strong validator of a file's content, as static hosts send: with it a browser revalidates a `no-cache` page
 * with a small 304 instead of downloading it again (the offline script caches the page being read that way).
 */
export function etagOf(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

/** Whether an If-None-Match header names this ETag (or `*`). */
export function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim().replace(/^W\//, '');
    return t === '*' || t === etag;
  });
}

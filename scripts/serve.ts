/**
 * Serves the built site (`dist/`) the way a static host does: directory indexes, a redirect to the trailing-slash
 * URL, `404.html` for unknown paths, the rules of `dist/_headers`, and gzip. Used by `npm start`, the browser tests
 * and the benchmarks. Usage: node scripts/serve.ts [--dir dist] [--host 127.0.0.1] [--port 4321]
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { headersFor, parseHeaders, type HeaderRule } from '../src/lib/headers.ts';
import { notFoundFile } from '../src/lib/edition.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest|xml)|image\/svg)/;

async function fileAt(root: string, urlPath: string): Promise<{ file: string; redirect?: string } | undefined> {
  const target = normalize(join(root, decodeURIComponent(urlPath)));
  if (!target.startsWith(root)) return undefined;
  const info = await stat(target).catch(() => undefined);
  if (info?.isFile()) return { file: target };
  if (info?.isDirectory()) {
    if (!urlPath.endsWith('/')) return { file: '', redirect: `${urlPath}/` };
    const index = join(target, 'index.html');
    if (existsSync(index)) return { file: index };
  }
  return undefined;
}

/** Starts a server for `dir`; resolves once it listens. */
export function serve(options: { dir: string; host: string; port: number }): Promise<Server> {
  const root = resolve(options.dir);
  const headersFile = join(root, '_headers');
  const rules: HeaderRule[] = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const found = await fileAt(root, url.pathname);
    if (found?.redirect) {
      res.writeHead(301, { location: found.redirect + url.search }).end();
      return;
    }
    const status = found ? 200 : 404;
    const file = found?.file ?? join(root, notFoundFile(url.pathname));
    const body = await readFile(file).catch(() => Buffer.from('Not found'));
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, ...headersFor(rules, url.pathname) };
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const payload = gzip ? gzipSync(body) : body;
    if (gzip) headers['content-encoding'] = 'gzip';
    headers['vary'] = 'accept-encoding';
    headers['content-length'] = String(payload.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : payload);
  });
  return new Promise((done) => server.listen(options.port, options.host, () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: process.env.PORT ?? '4321' },
    },
  });
  const port = Number(values.port);
  await serve({ dir: values.dir, host: values.host, port });
  console.log(`ALT Atlas is served at http://${values.host}:${port}/ (Ctrl+C stops it)`);
}

/**
 * Serves the built site (`dist/`) the way a static host does: directory indexes, a redirect to the trailing-slash
 * URL, `404.html` for unknown paths, the rules of `dist/_headers`, and Brotli or gzip (scripts/lib/compress.ts).
 * Used by `npm start`, the browser tests and the benchmarks. Usage: node scripts/serve.ts [--dir dist] [--host 127.0.0.1] [--port 4321]
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeaders, type HeaderRule } from '../src/lib/headers.ts';
import { decideRequestPath, isInside, type PathDecision } from '../src/lib/serve-path.ts';
import { Compressor, etagOf, notModified } from './lib/compress.ts';
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

/** The file for a decided path: only ever under `root` (checked again after joining, and after symlinks resolve). */
async function fileAt(root: string, path: Extract<PathDecision, { kind: 'ok' }>): Promise<{ file: string; redirect?: string } | undefined> {
  const target = join(root, ...path.segments);
  if (!isInside(root, target)) return undefined;
  const real = await realpath(target).catch(() => undefined);
  if (!real || !isInside(root, real)) return undefined;
  const info = await stat(real).catch(() => undefined);
  if (info?.isFile()) return { file: real };
  if (info?.isDirectory()) {
    if (!path.trailingSlash) return { file: '', redirect: `${path.pathname}/` };
    const index = join(real, 'index.html');
    if (existsSync(index)) return { file: index };
  }
  return undefined;
}

/** Starts a server for `dir`; resolves once it listens. */
export function serve(options: { dir: string; host: string; port: number }): Promise<Server> {
  // The real path, so the symlink check below compares like with like.
  const root = realpathSync(resolve(options.dir));
  const headersFile = join(root, '_headers');
  const rules: HeaderRule[] = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const compressor = new Compressor();
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // Whatever goes wrong with one request stays with that request.
      console.error(`serve: ${req.method} ${req.url}: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end();
    });
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = decideRequestPath(req.method, req.url);
    if (path.kind === 'error') {
      // A bad request never reaches the disk; 404 gets the site's page, the rest a short text.
      if (path.status === 405) res.setHeader('allow', 'GET, HEAD');
      if (path.status === 404) return send(req, res, 404, join(root, notFoundFile(req.url ?? '/')), '/');
      res.writeHead(path.status, { 'content-type': 'text/plain; charset=utf-8' }).end(req.method === 'HEAD' ? undefined : `${path.reason}\n`);
      return;
    }
    const found = await fileAt(root, path);
    if (found?.redirect) {
      res.writeHead(301, { location: found.redirect + path.search }).end();
      return;
    }
    return send(req, res, found ? 200 : 404, found?.file ?? join(root, notFoundFile(path.pathname)), path.pathname);
  }
  async function send(req: IncomingMessage, res: ServerResponse, status: number, file: string, pathname: string): Promise<void> {
    const body = await readFile(file).catch(() => Buffer.from('Not found'));
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, ...headersFor(rules, pathname) };
    const { body: payload, encoding } = compressor.respond(file, body, type, req.headers['accept-encoding']);
    if (encoding) headers['content-encoding'] = encoding;
    headers['vary'] = 'accept-encoding';
    if (status === 200) headers['etag'] = etagOf(body);
    if (status === 200 && notModified(req.headers['if-none-match'], headers['etag']!)) {
      res.writeHead(304, headers).end();
      return;
    }
    headers['content-length'] = String(payload.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : payload);
  }
  // A request Node's parser rejects (bad request line, header too large) gets a plain 400; the server keeps running.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
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

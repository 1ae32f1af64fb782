/**
 * scripts/serve.ts over raw HTTP: malformed, over-long, traversal and odd-method requests get 400, 404 or 405, no file
 * outside the served folder is ever sent, and the server keeps answering. Requests are generated (fast-check) and
 * written to a socket as they are, so nothing on the client side cleans them up first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '../../scripts/serve.ts';

const SECRET = 'SECRET-OUTSIDE-DIST';
let work: string;
let server: Server;
let port: number;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'alt-atlas-serve-'));
  const dist = join(work, 'dist');
  mkdirSync(join(dist, 'causes/hepatitis-b'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<p>home</p>');
  writeFileSync(join(dist, '404.html'), '<p>not found</p>');
  writeFileSync(join(dist, 'causes/hepatitis-b/index.html'), '<p>hep b</p>');
  writeFileSync(join(work, 'secret.txt'), SECRET);
  mkdirSync(join(work, 'dist-secret'));
  writeFileSync(join(work, 'dist-secret/index.html'), SECRET);
  symlinkSync(join(work, 'secret.txt'), join(dist, 'link.txt'));
  server = await serve({ dir: dist, host: '127.0.0.1', port: 0 });
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(work, { recursive: true, force: true });
});

/** Writes `raw` to a fresh connection and resolves with everything the server sends back before it closes. */
function rawRequest(raw: string | Buffer): Promise<string> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(raw));
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (data += chunk));
    socket.on('close', () => done(data));
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? done(data) : fail(error)));
  });
}
const statusOf = (response: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1]);
const get = (target: string, method = 'GET') => rawRequest(`${method} ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);

describe('scripts/serve.ts', () => {
  it('serves pages, redirects to the trailing slash and answers 404 with the site page', async () => {
    expect(await get('/causes/hepatitis-b/')).toMatch(/^HTTP\/1\.1 200[\s\S]*hep b/);
    expect(await get('/causes/hepatitis-b?x=1')).toMatch(/^HTTP\/1\.1 301[\s\S]*location: \/causes\/hepatitis-b\/\?x=1/i);
    expect(await get('/nothing/')).toMatch(/^HTTP\/1\.1 404[\s\S]*not found/);
  });

  it.each([
    ['GET /%E0%A4%A', '/%E0%A4%A', 'GET', 400],
    ['an over-long target', `/${'a'.repeat(5000)}`, 'GET', 400],
    ['a traversal', '/../secret.txt', 'GET', 404],
    ['an encoded traversal', '/%2e%2e/secret.txt', 'GET', 404],
    ['a sibling folder', '/../dist-secret/', 'GET', 404],
    ['a symlink out of the folder', '/link.txt', 'GET', 404],
    ['POST', '/', 'POST', 405],
    ['DELETE', '/', 'DELETE', 405],
    // Node's HTTP parser itself rejects a method it does not know; the clientError handler answers 400.
    ['an unknown method', '/', 'BREW', 400],
  ])('answers %s with %i and keeps running', async (_name, target, method, status) => {
    const response = await get(target, method);
    expect(statusOf(response)).toBe(status);
    expect(response).not.toContain(SECRET);
    expect(statusOf(await get('/'))).toBe(200);
  });

  it('answers garbage that is not HTTP with 400 and keeps running', async () => {
    expect(statusOf(await rawRequest('\u0000\u0001 nonsense\r\n\r\n'))).toBe(400);
    expect(statusOf(await get('/'))).toBe(200);
  });

  it('survives generated requests: always 200, 301, 400, 404 or 405, never a file from outside, still serving', async () => {
    const piece = fc.oneof(
      fc.constantFrom('..', '.', '%2e', '%2E', '%', '%E0%A4%A', '%00', '%2f', '%5c', '/', '//', '?', '#', '%', 'secret.txt', 'dist-secret', 'link.txt', 'causes', 'hepatitis-b'),
      fc.webSegment(),
      fc.string({ maxLength: 4 }).filter((s) => !/[\s\r\n]/.test(s)),
    );
    const method = fc.constantFrom('GET', 'HEAD', 'POST', 'OPTIONS', 'TRACE', 'DELETE', 'get', 'X');
    await fc.assert(
      fc.asyncProperty(method, fc.array(piece, { maxLength: 10 }), fc.boolean(), async (m, pieces, slash) => {
        const target = `${slash ? '/' : ''}${pieces.join('')}` || '/';
        const response = await get(target, m);
        expect([200, 301, 400, 404, 405]).toContain(statusOf(response));
        expect(response).not.toContain(SECRET);
      }),
      { numRuns: 300 },
    );
    expect(statusOf(await get('/causes/hepatitis-b/'))).toBe(200);
  });
});

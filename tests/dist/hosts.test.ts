/**
 * The built `_headers` as each host applies it (issue 13), with each host's own published engine, against
 * `headersFor` (what `npm start` and the browser tests serve):
 * - Netlify: `@netlify/headers`, Netlify's TypeScript headers engine (the one its CLI uses), parsing with
 *   `@netlify/headers-parser`;
 * - Cloudflare: Miniflare, Cloudflare's local runtime, serving `dist/` as static assets: its asset worker parses
 *   `_headers` and applies the rules with the parser and rules engine of Cloudflare's static assets (the package
 *   `workers-shared`, which Cloudflare Pages uses too);
 * - nginx: Debian's nginx (installed by this test when missing and the user is root) with the README's recipe, which
 *   must be the recipe generated from the same rules (`src/lib/nginx-config.ts`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Log, LogLevel, Miniflare } from 'miniflare';
import { HeadersHandler } from '@netlify/headers';
import { headersFor, parseHeaders } from '../../src/lib/headers';
import { nginxRecipe } from '../../src/lib/nginx-config';
import { ensureDebianPackage } from '../../scripts/lib/debian-package';

const dist = new URL('../../dist/', import.meta.url).pathname;
const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
/** Header names the rules set: only these are compared (hosts add their own, such as ETag or Content-Type). */
const ruled = new Set(rules.flatMap((r) => [...r.headers.map(([n]) => n.toLowerCase()), ...(r.detach ?? []).map((n) => n.toLowerCase())]));
/** Miniflare's Headers come from its own copy of undici, so this asks for `entries` rather than `instanceof Headers`. */
const pick = (headers: { entries(): Iterable<[string, string]> } | Record<string, string>) =>
  Object.fromEntries(
    [...(typeof headers.entries === 'function' ? (headers as Headers).entries() : Object.entries(headers))]
      .map(([n, v]) => [n.toLowerCase(), v] as const)
      .filter(([n]) => ruled.has(n))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
const expected = (path: string) => pick(headersFor(rules, path));

/** Every file of the build as the URL a browser asks for (`/causes/x/` for `causes/x/index.html`). */
const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && d.name !== '_headers')
  .map((d) => `/${join(d.parentPath, d.name).slice(dist.length)}`.replace(/\/index\.html$/, '/'));
/** One path of each kind, served by every host: pages, embed pages, the lookup, JSON, hashed and unhashed files, 404s. */
const samples = [
  '/',
  '/causes/hepatitis-b/',
  '/search/',
  '/404.html',
  '/embed/tests/alt/',
  '/embed/causes/fatty-liver-disease/',
  '/lookup/',
  '/codes/index.json',
  '/oembed/tests/alt.json',
  '/embed.js',
  '/sw.js',
  files.find((f) => f.startsWith('/_astro/') && f.endsWith('.css'))!,
  files.find((f) => f.startsWith('/pagefind/fragment/'))!,
  files.find((f) => f.startsWith('/pagefind/pagefind') && f.endsWith('.js'))!,
  '/no-such-page/',
  '/embed/no-such-page/',
];

describe('Netlify (@netlify/headers)', () => {
  const handler = new HeadersHandler({
    projectDir: dist,
    logger: { error: (m: unknown) => errors.push(String(m)), warn: (m: unknown) => errors.push(String(m)), log: () => {} } as never,
  });
  const errors: string[] = [];

  it('reads the file without an error and sends, for every file of the build, the headers the local server sends', async () => {
    const differences: string[] = [];
    for (const path of [...files, '/no-such-page/', '/embed/no-such-page/']) {
      const got = pick(await handler.apply(new Request(`https://alt-atlas.example${path}`)));
      if (JSON.stringify(got) !== JSON.stringify(expected(path))) differences.push(`${path}: ${JSON.stringify(got)}`);
    }
    expect(errors).toEqual([]);
    expect(files.length).toBeGreaterThan(300);
    expect(differences).toEqual([]);
  });
});

describe('Cloudflare (Miniflare static assets)', () => {
  let mf: Miniflare;
  const logged: string[] = [];
  beforeAll(async () => {
    mf = new Miniflare({
      modules: true,
      script: 'export default { fetch() { return new Response("no asset", { status: 599 }); } };',
      compatibilityDate: '2025-06-01',
      // A placeholder for Request.cf instead of fetching it from workers.cloudflare.com: the test stays offline.
      cf: false,
      assets: { directory: dist, binding: 'ASSETS', routerConfig: { has_user_worker: false }, assetConfig: { html_handling: 'auto-trailing-slash', not_found_handling: '404-page' } },
      log: new (class extends Log {
        override warn(message: string) {
          logged.push(message);
        }
        override error(error: Error) {
          logged.push(error.message);
        }
      })(LogLevel.WARN),
    });
    await mf.ready;
  }, 60_000);
  afterAll(() => mf?.dispose());

  it('reads the file without a warning and sends, for each kind of path, the headers the local server sends', async () => {
    const differences: string[] = [];
    // Cloudflare redirects /404.html to /404 (its "pretty URLs"); the 404 responses below are that page.
    for (const path of samples.filter((p) => p !== '/404.html')) {
      const response = await mf.dispatchFetch(`https://alt-atlas.example${path}`, { redirect: 'manual' });
      await response.arrayBuffer();
      expect(response.status, path).toBe(path.includes('no-such-page') ? 404 : 200);
      const got = pick(response.headers);
      if (JSON.stringify(got) !== JSON.stringify(expected(path))) differences.push(`${path}: ${JSON.stringify(got)}`);
    }
    expect(logged.filter((m) => /invalid|header/i.test(m))).toEqual([]);
    expect(differences).toEqual([]);
  });
});

describe('nginx (the README recipe)', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const recipe = /<!-- nginx:start -->\n```nginx\n([\s\S]*?)```\n<!-- nginx:end -->/.exec(readme)?.[1] ?? '';
  let nginx: ChildProcess | undefined;
  let port = 0;
  const prefix = mkdtempSync(join(tmpdir(), 'alt-atlas-nginx-'));

  it('is the recipe generated from the built rules', () => {
    expect(recipe).toBe(nginxRecipe(rules));
  });

  beforeAll(async () => {
    ensureDebianPackage('/usr/sbin/nginx', 'nginx', 'The nginx recipe test');
    port = await new Promise<number>((done) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => done(free));
      });
    });
    const conf = join(prefix, 'nginx.conf');
    writeFileSync(
      conf,
      [
        'worker_processes 1;',
        `pid ${prefix}/nginx.pid;`,
        'error_log stderr warn;',
        'events { worker_connections 64; }',
        'http {',
        '  include /etc/nginx/mime.types;',
        '  access_log off;',
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${prefix}/${t};`),
        '  server {',
        `    listen 127.0.0.1:${port};`,
        `    root ${dist};`,
        recipe.replace(/^/gm, '    '),
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    execFileSync('/usr/sbin/nginx', ['-t', '-q', '-p', prefix, '-c', conf], { stdio: 'pipe' });
    // As root, nginx's workers would otherwise run as "nobody", who may not read a checkout under a private home.
    const global = process.getuid?.() === 0 ? 'daemon off; user root;' : 'daemon off;';
    nginx = spawn('/usr/sbin/nginx', ['-p', prefix, '-c', conf, '-g', global], { stdio: ['ignore', 'ignore', 'inherit'] });
    for (let i = 0; i < 100; i++) {
      const ok = await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false);
      if (ok) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`nginx did not answer on port ${port}`);
  }, 180_000);

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((done) => nginx!.once('exit', done));
      nginx.kill();
      await exited;
    }
    rmSync(prefix, { recursive: true, force: true });
  });

  it('passes nginx -t and sends, for each kind of path, the headers the local server sends', async () => {
    const differences: string[] = [];
    // A 404 under nginx is served from /404.html's location (error_page), so its headers are that page's.
    for (const path of samples) {
      const response = await fetch(`http://127.0.0.1:${port}${path}`, { redirect: 'manual' });
      await response.arrayBuffer();
      expect(response.status, path).toBe(path.includes('no-such-page') ? 404 : 200);
      const want = path.includes('no-such-page') ? expected('/404.html') : expected(path);
      const got = pick(response.headers);
      if (JSON.stringify(got) !== JSON.stringify(want)) differences.push(`${path}: ${JSON.stringify(got)}`);
    }
    expect(differences).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { nginxLocation, nginxLocations, nginxRecipe } from '../../src/lib/nginx-config';
import { parseHeaders } from '../../src/lib/headers';

describe('nginxLocation', () => {
  it.each([
    ['/*', 'location /'],
    ['/causes/*', 'location /causes/'],
    ['/pagefind/fragment/*', 'location /pagefind/fragment/'],
    ['/', 'location = /'],
    ['/404.html', 'location = /404.html'],
  ])('%s is %s', (pattern, location) => {
    expect(nginxLocation(pattern)).toBe(location);
  });

  it.each(['/a/*/b', '/:lang/*', 'causes/*', '/a*/*', '/a/:b'])('refuses %s, naming it', (pattern) => {
    expect(() => nginxLocation(pattern)).toThrow(pattern);
  });
});

describe('nginxLocations', () => {
  const rules = parseHeaders('/*\n  Cache-Control: no-cache\n  X-A: 1\n/causes/*\n  X-Frame-Options: SAMEORIGIN\n/static/*\n  ! Cache-Control\n  Cache-Control: immutable\n');

  it('states every header of a location in it, since nginx inherits none once a location adds one', () => {
    expect(nginxLocations(rules)).toBe(
      [
        'location / {',
        '  add_header Cache-Control "no-cache" always;',
        '  add_header X-A "1" always;',
        '}',
        'location /causes/ {',
        '  add_header Cache-Control "no-cache" always;',
        '  add_header X-A "1" always;',
        '  add_header X-Frame-Options "SAMEORIGIN" always;',
        '}',
        'location /static/ {',
        '  add_header X-A "1" always;',
        '  add_header Cache-Control "immutable" always;',
        '}',
      ].join('\n'),
    );
  });

  it('writes one block per location, even when two rules share a pattern', () => {
    expect(nginxLocations(parseHeaders('/*\n  X-A: 1\n/404.html\n  X-B: 2\n/*\n  X-C: 3\n'))).toBe(
      [
        'location / {',
        '  add_header X-A "1" always;',
        '  add_header X-C "3" always;',
        '}',
        'location = /404.html {',
        '  add_header X-A "1" always;',
        '  add_header X-B "2" always;',
        '  add_header X-C "3" always;',
        '}',
      ].join('\n'),
    );
  });

  it('is the README recipe: comments, the 404 page, then the locations', () => {
    expect(nginxRecipe(parseHeaders('/*\n  X-A: 1\n'))).toBe(
      [
        '# Inside the server block whose root is dist/. Generated from dist/_headers by `npm run nginx-config`.',
        '# Each location states all its headers: an add_header in a location drops the inherited ones.',
        'error_page 404 /404.html;',
        'location / {',
        '  add_header X-A "1" always;',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('refuses a value nginx would read as a variable or a quote', () => {
    expect(() => nginxLocations(parseHeaders('/*\n  X-A: $uri\n'))).toThrow(/X-A|x-a/);
  });
});

/**
 * Every package the code imports is declared in package.json, so a fresh `npm ci` installs it (chrome-launcher was
 * once used by scripts/audit.ts while only installed as a dependency of lighthouse).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
const declared = new Set(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }));

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|mjs|js|astro)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** `@scope/name/sub` -> `@scope/name`; `name/sub` -> `name`. */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

describe('package.json', () => {
  it('declares every package imported by the scripts, the site and the tests', () => {
    const files = [...sources('scripts'), ...sources('src'), ...sources('tests/unit'), ...sources('tests/e2e'), ...sources('tests/dist'), ...sources('tests/astro'), 'astro.config.mjs'];
    const imported = new Set<string>();
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const m of text.matchAll(/(?:^|\s)(?:from|import)\s*\(?\s*'(@?[a-z][\w./@-]*)'/gm)) {
        if (!/^(node|astro):/.test(m[1]!)) imported.add(packageOf(m[1]!));
      }
    }
    expect(imported.size).toBeGreaterThan(5);
    expect([...imported].filter((name) => !declared.has(name)).sort()).toEqual([]);
  });
});

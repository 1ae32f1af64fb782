/** Runs over the built site: every internal link and anchor resolves; the seed cross-links show on both pages. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, posix } from 'node:path';
import { idsIn, isExternal, linksIn } from '../../src/lib/html-links';

const dist = new URL('../../dist/', import.meta.url).pathname;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The file a URL path is served from, as the local server and static hosts resolve it. */
function fileFor(urlPath: string): string | undefined {
  const path = join(dist, decodeURIComponent(urlPath));
  if (urlPath.endsWith('/')) return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : undefined;
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

const pages = htmlFiles(dist);
const urlOf = (file: string) => `/${relative(dist, file).replace(/index\.html$/, '').replace(/\\/g, '/')}`;

describe('the built site', () => {
  it('has the pages the foundation promises', () => {
    expect(pages.length).toBeGreaterThan(60);
    for (const path of ['/', '/causes/', '/medications/', '/lifestyle/', '/symptoms/', '/tests/', '/tests/alt/']) {
      expect(fileFor(path), path).toBeDefined();
    }
  });

  it('has no broken internal link or anchor', () => {
    const broken: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const base = urlOf(file);
      for (const link of linksIn(html)) {
        if (isExternal(link) || link === '') continue;
        const [pathPart, hash] = link.split('#') as [string, string | undefined];
        // The path without its query: `/lookup/?code=1` is the directory `/lookup/`.
        const path = pathPart.split('?')[0]!;
        const target = pathPart === '' ? file : fileFor(posix.resolve(posix.dirname(base + 'x'), path) + (path.endsWith('/') ? '/' : ''));
        if (!target) {
          broken.push(`${base} -> ${link} (no such file)`);
          continue;
        }
        if (hash && target.endsWith('.html') && !idsIn(readFileSync(target, 'utf8')).has(decodeURIComponent(hash))) {
          broken.push(`${base} -> ${link} (no element with id "${hash}")`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

/** The cross-links the foundation issue names: each must be visible on both pages. */
const SEED_LINKS: [string, string[]][] = [
  ['causes/fatty-liver-disease', ['medications/silibinin', 'medications/polyene-phosphatidylcholine', 'medications/diammonium-glycyrrhizinate', 'lifestyle/limit-fat-and-sugar', 'lifestyle/aerobic-exercise']],
  ['causes/drug-induced-liver-injury', ['medications/reduced-glutathione', 'medications/tiopronin', 'medications/compound-glycyrrhizin', 'lifestyle/review-your-medicines']],
  ['causes/hepatitis-b', ['medications/entecavir', 'medications/tenofovir-disoproxil-fumarate', 'medications/lamivudine']],
  ['causes/hepatitis-c', ['medications/direct-acting-antivirals']],
  ['causes/intense-exercise', ['lifestyle/rest-after-exercise']],
  ['causes/sleep-loss-and-fatigue', ['lifestyle/regular-sleep']],
  ...['intense-exercise', 'sleep-loss-and-fatigue', 'fatty-liver-disease', 'drug-induced-liver-injury', 'hepatitis-b', 'hepatitis-c'].map(
    (c): [string, string[]] => [`causes/${c}`, ['lifestyle/avoid-alcohol', 'lifestyle/regular-liver-tests']],
  ),
];

describe.each(SEED_LINKS)('%s', (from, targets) => {
  it.each(targets)('links to and from %s', (to) => {
    const html = (path: string) => readFileSync(fileFor(`/${path}/`) ?? '', 'utf8');
    expect(html(from)).toContain(`href="/${to}/"`);
    expect(html(to)).toContain(`href="/${from}/"`);
  });
});

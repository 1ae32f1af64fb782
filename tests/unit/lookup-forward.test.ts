/**
 * The script that ships in the head of /lookup/ (`public/lookup-forward.js`), run as it is: it hands a request for the
 * embed page over to /embed/lookup/ exactly when `parseLookupRequest` (src/lib/infobutton.ts) reads `embed` as true.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createContext, Script } from 'node:vm';
import { parseLookupRequest } from '../../src/lib/infobutton';

const SCRIPT = new Script(readFileSync(new URL('../../public/lookup-forward.js', import.meta.url), 'utf8'));
const page = { location: { search: '', hash: '', replace: (url: string) => void url }, URLSearchParams };
const context = createContext(page);

/** Where the script sends a page whose address has this query, or undefined when it stays. */
function forward(search: string, hash = ''): string | undefined {
  let target: string | undefined;
  page.location = { search, hash, replace: (url: string) => void (target = url) };
  SCRIPT.runInContext(context);
  return target;
}

describe('public/lookup-forward.js', () => {
  it.each([
    ['?system=loinc&code=1742-6&embed=1&theme=dark', '/embed/lookup/?system=loinc&code=1742-6&embed=1&theme=dark'],
    ['?EMBED=true&code=x', '/embed/lookup/?EMBED=true&code=x'],
    ['?embed=&embed=yes', '/embed/lookup/?embed=&embed=yes'],
    ['?system=loinc&code=1742-6', undefined],
    ['?embed=0', undefined],
    ['?embedded=1', undefined],
    ['', undefined],
  ])('%s -> %s', (search, expected) => {
    expect(forward(search)).toBe(expected);
  });

  it('keeps the fragment', () => {
    expect(forward('?embed=1', '#codes')).toBe('/embed/lookup/?embed=1#codes');
  });

  it('forwards exactly when the lookup reads the request as one for the embed page', () => {
    const name = fc.constantFrom('embed', 'EMBED', 'Embed', ' embed', 'embed ', 'embedded', 'code', 'e');
    const value = fc.oneof(fc.constantFrom('1', 'true', 'TRUE', 'yes', ' yes ', '0', 'no', '', '1 1'), fc.string());
    fc.assert(
      fc.property(fc.array(fc.tuple(name, value), { maxLength: 5 }), (pairs) => {
        const search = `?${new URLSearchParams(pairs).toString()}`;
        expect(forward(search) !== undefined).toBe(parseLookupRequest(search).embed);
      }),
      { numRuns: 1000 },
    );
  });
});

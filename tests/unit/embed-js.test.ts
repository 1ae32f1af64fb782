/**
 * The snippet that ships (`public/embed.js`), run as it is in a small fake page: it must accept exactly the height
 * messages `isHeightMessage` (src/lib/embed-options.ts, the rule the embed page's sender is typed against) accepts,
 * and only from the ALT Atlas origin and from the iframe it made, under the id it gave (issue 13).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { isHeightMessage, MAX_EMBED_HEIGHT } from '../../src/lib/embed-options';

const SOURCE = readFileSync(new URL('../../public/embed.js', import.meta.url), 'utf8');
const ORIGIN = 'https://atlas.example';

interface FakeFrame {
  attributes: Record<string, string>;
  style: Record<string, string>;
  contentWindow: object;
  src?: string;
  title?: string;
  setAttribute(name: string, value: string): void;
  getAttribute(name: string): string | null;
  addEventListener(): void;
}

/** Loads the snippet on a fake host page with one `data-alt-atlas` element; returns its frame and message handler. */
function loadSnippet() {
  let onMessage: ((event: { origin: string; source: unknown; data: unknown }) => void) | undefined;
  const frames: FakeFrame[] = [];
  const host = {
    getAttribute: (name: string) => ({ 'data-alt-atlas': 'tests/alt', 'data-theme': 'dark' })[name] ?? null,
    querySelector: () => null,
    appendChild: (frame: FakeFrame) => frames.push(frame),
  };
  const document = {
    currentScript: { src: `${ORIGIN}/embed.js` },
    readyState: 'complete',
    querySelectorAll: () => [host],
    addEventListener: () => {},
    createElement: (): FakeFrame => ({
      attributes: {},
      style: {},
      contentWindow: {},
      setAttribute(name, value) {
        this.attributes[name] = value;
      },
      getAttribute(name) {
        return this.attributes[name] ?? null;
      },
      addEventListener() {},
    }),
  };
  const window = { addEventListener: (type: string, fn: typeof onMessage) => type === 'message' && (onMessage = fn) };
  // Under mutation testing (stryker.config.json mutates this file) the snippet reads the active mutant from Stryker's
  // global, which a new context does not share unless it is handed over.
  const stryker = (globalThis as { __stryker__?: unknown }).__stryker__;
  runInNewContext(SOURCE, { document, window, URL, Math, ...(stryker ? { __stryker__: stryker } : {}) });
  const frame = frames[0]!;
  const id = frame.getAttribute('data-alt-atlas-id')!;
  /** Posts a message and tells whether the snippet resized the frame. */
  const post = (data: unknown, origin = ORIGIN, source: unknown = frame.contentWindow) => {
    frame.style['height'] = 'unset';
    onMessage!({ origin, source, data });
    return frame.style['height'] !== 'unset';
  };
  return { frame, id, post };
}

describe('public/embed.js', () => {
  it('makes one sandboxed iframe of the embed page, with the options and an id', () => {
    const { frame, id } = loadSnippet();
    expect(frame.src).toBe(`${ORIGIN}/embed/tests/alt/?theme=dark&id=${id}`);
    expect(frame.getAttribute('sandbox')).toBe('allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    expect(id).toMatch(/^alt-atlas-[a-z0-9]+$/);
  });

  it('takes a valid height from its frame and origin, and nothing from another origin or window', () => {
    const { frame, id, post } = loadSnippet();
    expect(post({ type: 'alt-atlas:height', height: 812.2, id })).toBe(true);
    expect(frame.style['height']).toBe('813px');
    expect(post({ type: 'alt-atlas:height', height: 812, id }, 'https://evil.example')).toBe(false);
    expect(post({ type: 'alt-atlas:height', height: 812, id }, ORIGIN, {})).toBe(false);
    expect(post({ type: 'alt-atlas:height', height: 812, id: 'someone-else' })).toBe(false);
  });

  it('accepts exactly the messages isHeightMessage accepts (the same rule as the unit-tested module)', () => {
    const { id, post } = loadSnippet();
    const value = fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null), fc.constant(undefined), fc.boolean(), fc.constant(id));
    const message = fc.oneof(
      // Near misses of the real shape: every key optional, each value of any type, extra keys.
      fc.record(
        {
          type: fc.oneof(fc.constant('alt-atlas:height'), fc.constant('alt-atlas:measure'), fc.string()),
          height: fc.oneof(fc.double({ min: -10, max: MAX_EMBED_HEIGHT * 2 }), fc.integer({ min: 0, max: MAX_EMBED_HEIGHT + 1 }), value),
          id: fc.oneof(fc.constant(id), value),
          extra: value,
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    fc.assert(
      fc.property(message, (data) => {
        const valid = isHeightMessage(data) && (data as { id: string }).id === id;
        expect(post(data)).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});

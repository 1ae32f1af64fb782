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

interface PageFrame {
  tag: string;
  attributes: Record<string, string>;
  style: Record<string, string>;
  listeners: Record<string, () => void>;
  contentWindow: { posted: unknown[]; postMessage(data: unknown, origin: string): void } | null;
  src?: string;
  title?: string;
  getAttribute(name: string): string | null;
}

/**
 * A fuller fake host page: any number of `data-alt-atlas` elements with their attributes, the script's own element,
 * and the document's loading state. Elements answer only the selectors the snippet is meant to use.
 */
function loadPage(
  hosts: Record<string, string>[],
  { script = { src: `${ORIGIN}/embed.js` } as { src: string } | null, readyState = 'complete', framed = [] as number[] } = {},
) {
  const frames: PageFrame[][] = hosts.map(() => []);
  const documentListeners: Record<string, () => void> = {};
  let onMessage: ((event: { origin: string; source: unknown; data: unknown }) => void) | undefined;
  const elements = hosts.map((attributes, i) => ({
    getAttribute: (name: string) => attributes[name] ?? null,
    querySelector: (selector: string) => (selector === 'iframe[data-alt-atlas-id]' && framed.includes(i) ? {} : null),
    appendChild: (frame: PageFrame) => frames[i]!.push(frame),
  }));
  const document = {
    currentScript: script,
    readyState,
    querySelectorAll: (selector: string) => (selector === '[data-alt-atlas]' ? elements : []),
    addEventListener: (type: string, fn: () => void) => (documentListeners[type] = fn),
    createElement: (tag: string): PageFrame => ({
      tag,
      attributes: {},
      style: {},
      listeners: {},
      contentWindow: {
        posted: [],
        postMessage(data: unknown, origin: string) {
          this.posted.push({ data, origin });
        },
      },
      setAttribute(name: string, value: string) {
        this.attributes[name] = value;
      },
      getAttribute(name: string) {
        return this.attributes[name] ?? null;
      },
      addEventListener(type: string, fn: () => void) {
        this.listeners[type] = fn;
      },
    } as PageFrame),
  };
  const window = { addEventListener: (type: string, fn: typeof onMessage) => type === 'message' && (onMessage = fn) };
  const stryker = (globalThis as { __stryker__?: unknown }).__stryker__;
  runInNewContext(SOURCE, { document, window, URL, Math, ...(stryker ? { __stryker__: stryker } : {}) });
  return { frames, documentListeners, message: (event: { origin: string; source: unknown; data: unknown }) => onMessage?.(event), hasListener: () => !!onMessage };
}

/** The one frame made for a single host element with these attributes. */
function frameFor(attributes: Record<string, string>) {
  const { frames } = loadPage([attributes]);
  expect(frames[0]).toHaveLength(1);
  return frames[0]![0]!;
}

const pathOf = (frame: PageFrame) => new URL(frame.src!).pathname;

describe('public/embed.js on a host page', () => {
  it('does nothing without its own script element or address', () => {
    for (const script of [null, { src: '' }]) {
      const page = loadPage([{ 'data-alt-atlas': 'causes/hepatitis-b' }], { script });
      expect(page.frames[0]).toEqual([]);
      expect(page.hasListener()).toBe(false);
    }
  });

  it('makes an iframe element of the embed page, lazy, without referrer, full width, 36rem until it reports', () => {
    const frame = frameFor({ 'data-alt-atlas': 'causes/fatty-liver-disease' });
    expect(frame.tag).toBe('iframe');
    expect(frame.src).toBe(`${ORIGIN}/embed/causes/fatty-liver-disease/?id=${frame.getAttribute('data-alt-atlas-id')}`);
    expect(frame.title).toBe('ALT Atlas: fatty liver disease');
    expect(frame.attributes).toMatchObject({ loading: 'lazy', referrerpolicy: 'no-referrer' });
    expect(frame.style).toEqual({ width: '100%', border: '0', display: 'block', height: '36rem' });
  });

  it('passes every option on to the embed page, and takes the accessible name it is given', () => {
    const frame = frameFor({
      'data-alt-atlas': 'medications/entecavir',
      'data-theme': 'dark',
      'data-accent': '#0a5',
      'data-font': 'serif',
      'data-lang': 'en',
      'data-hide': 'related,sources',
      'data-title': 'About entecavir',
      'data-other': 'x',
    });
    const url = new URL(frame.src!);
    expect([...url.searchParams.keys()]).toEqual(['theme', 'accent', 'font', 'lang', 'hide', 'id']);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ theme: 'dark', accent: '#0a5', font: 'serif', lang: 'en', hide: 'related,sources' });
    expect(url.pathname).toBe('/embed/medications/entecavir/');
    expect(frame.title).toBe('About entecavir');
  });

  it('accepts an article path with stray slashes around it', () => {
    expect(pathOf(frameFor({ 'data-alt-atlas': '//causes/hepatitis-b//' }))).toBe('/embed/causes/hepatitis-b/');
    expect(pathOf(frameFor({ 'data-alt-atlas': '/tests/alt/' }))).toBe('/embed/tests/alt/');
  });

  it.each(['', 'nope/hepatitis-b', 'x/causes/hepatitis-b', 'causes/hepatitis-b/extra', 'causes/Hepatitis-B', 'causes/-b', 'causes/a--b', 'causes/a-'])(
    'makes no frame for the path %j',
    (path) => {
      expect(loadPage([{ 'data-alt-atlas': path }]).frames[0]).toEqual([]);
    },
  );

  it.each([
    ['zh-CN', true],
    ['zh', true],
    ['ZH_Hans', true],
    ['zho', true],
    ['chi-CN', true],
    ['zh-TW', false],
    ['zh-Hant', false],
    ['zh-HK', false],
    ['zh-MO', false],
    ['zhx', false],
    ['en-zh', false],
    ['en', false],
  ] as const)('data-lang=%j shows the Chinese edition: %s', (lang, zh) => {
    expect(pathOf(frameFor({ 'data-alt-atlas': 'causes/hepatitis-b', 'data-lang': lang }))).toBe(zh ? '/embed/zh/causes/hepatitis-b/' : '/embed/causes/hepatitis-b/');
  });

  it('mounts every element once, skipping one that already holds its frame', () => {
    const page = loadPage([{ 'data-alt-atlas': 'causes/a' }, { 'data-alt-atlas': 'causes/b' }, { 'data-alt-atlas': 'causes/c' }], { framed: [1] });
    expect(page.frames.map((list) => list.map(pathOf))).toEqual([['/embed/causes/a/'], [], ['/embed/causes/c/']]);
  });

  it('waits for the document while it is still loading', () => {
    const page = loadPage([{ 'data-alt-atlas': 'causes/a' }], { readyState: 'loading' });
    expect(page.frames[0]).toEqual([]);
    page.documentListeners['DOMContentLoaded']!();
    expect(page.frames[0]!.map(pathOf)).toEqual(['/embed/causes/a/']);
  });

  it('asks the loaded frame for its height, with its id and only at the ALT Atlas origin', () => {
    const frame = frameFor({ 'data-alt-atlas': 'causes/a' });
    frame.listeners['load']!();
    expect(frame.contentWindow!.posted).toEqual([{ data: { type: 'alt-atlas:measure', id: frame.getAttribute('data-alt-atlas-id') }, origin: ORIGIN }]);
    frame.contentWindow = null;
    expect(() => frame.listeners['load']!()).not.toThrow();
  });

  it('takes heights from 0 to 100000 px as numbers only, and the right frame among several', () => {
    const page = loadPage([{ 'data-alt-atlas': 'causes/a' }, { 'data-alt-atlas': 'causes/b' }]);
    const [a, b] = [page.frames[0]![0]!, page.frames[1]![0]!];
    const send = (frame: PageFrame, height: unknown, from: { source: unknown } = { source: frame.contentWindow }) => {
      a.style['height'] = b.style['height'] = 'unset';
      page.message({ origin: ORIGIN, source: from.source, data: { type: 'alt-atlas:height', id: frame.getAttribute('data-alt-atlas-id'), height } });
      return [a.style['height'], b.style['height']];
    };
    expect(send(b, 0)).toEqual(['unset', '0px']);
    expect(send(a, 100000)).toEqual(['100000px', 'unset']);
    for (const height of [100000.5, -0.5, '812', null, true, [5]]) expect(send(b, height)).toEqual(['unset', 'unset']);
    // A message whose window is gone (no source) belongs to no frame.
    expect(send(a, 10, { source: undefined })).toEqual(['unset', 'unset']);
    expect(send(a, 10, { source: null })).toEqual(['unset', 'unset']);
  });
});

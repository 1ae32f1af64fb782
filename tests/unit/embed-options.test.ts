import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  DEFAULT_EMBED_OPTIONS,
  embedDataset,
  embedLanguageRedirect,
  embedQuery,
  embedStyle,
  isHeightMessage,
  isMeasureMessage,
  parseEmbedOptions,
  parseHexColour,
} from '../../src/lib/embed-options';

describe('parseEmbedOptions', () => {
  it('reads every option', () => {
    expect(parseEmbedOptions('theme=dark&accent=%23005A9C&font=serif&lang=en&hide=related,sources&id=alt-atlas-1')).toEqual({
      theme: 'dark',
      accent: '#005a9c',
      font: 'serif',
      lang: 'en',
      hide: ['related', 'sources'],
      id: 'alt-atlas-1',
    });
  });

  it('gives the defaults for an empty query', () => {
    expect(parseEmbedOptions('')).toEqual(DEFAULT_EMBED_OPTIONS);
  });

  it('ignores case and surrounding spaces in listed values and colours', () => {
    expect(parseEmbedOptions('theme=%20DARK%20&font=Serif&hide=%20Codes&accent=%20%23ABC%20')).toMatchObject({
      theme: 'dark',
      font: 'serif',
      hide: ['codes'],
      accent: '#aabbcc',
    });
    expect(parseHexColour(null)).toBeUndefined();
  });

  it('accepts a short hex colour, with or without #, in any case', () => {
    expect(parseHexColour('#C00')).toBe('#cc0000');
    expect(parseHexColour('0b5cad')).toBe('#0b5cad');
  });

  it('merges repeated and space-separated hide values, keeping only known parts', () => {
    expect(parseEmbedOptions('hide=sources&hide=related%20header&hide=SOURCES').hide).toEqual(['related', 'sources']);
  });

  /** Values a hostile host page might put in the query: each must fall back to the default. */
  describe.each([
    ['accent', 'red;}body{display:none'],
    ['accent', 'url(javascript:alert(1))'],
    ['accent', '#fff;background:url(//evil.example)'],
    ['accent', 'expression(alert(1))'],
    ['accent', 'var(--bg)'],
    ['accent', '#12345'],
    ['accent', '#1234567'],
    ['accent', 'rgb(0,0,0)'],
    ['accent', ' #abc\n}'],
    ['font', '</style><script>alert(1)</script>'],
    ['font', "serif;}*{font-family:'Comic Sans MS'"],
    ['font', 'url(https://evil.example/font.woff)'],
    ['theme', 'dark;}'],
    ['theme', '"><img src=x onerror=alert(1)>'],
    ['lang', 'en"><script>'],
    ['lang', 'zh-TW'],
    ['lang', 'fr'],
    ['hide', '<svg onload=alert(1)>'],
    ['id', '"><script>alert(1)</script>'],
    ['id', 'a'.repeat(65)],
  ] as const)('%s=%s', (name, value) => {
    it('falls back to the default and never reaches the CSS', () => {
      const options = parseEmbedOptions(new URLSearchParams({ [name]: value }));
      expect(options).toEqual(DEFAULT_EMBED_OPTIONS);
      const css = Object.values(embedStyle(options, 'light')).join(' ') + Object.values(embedDataset(options)).join(' ');
      expect(css).not.toMatch(/[;{}<>()"]|url|script/i);
    });
  });
});

describe('embedStyle', () => {
  it('sets the font stack from a fixed list', () => {
    expect(embedStyle(parseEmbedOptions('font=serif'), 'light')['--font']).toMatch(/serif$/);
    expect(embedStyle(parseEmbedOptions(''), 'light')['--font']).toMatch(/sans-serif$/);
  });

  it('applies a readable accent with a readable text colour on it', () => {
    const style = embedStyle(parseEmbedOptions('accent=%23005a9c'), 'light');
    expect(style['--accent']).toBe('#005a9c');
    expect(style['--accent-fg']).toBe('#ffffff');
    expect(embedStyle(parseEmbedOptions('accent=%23ffcc00'), 'dark')['--accent-fg']).toBe('#0b1a2a');
  });

  it('drops an accent too faint for the background shown', () => {
    expect(embedStyle(parseEmbedOptions('accent=%23ffff00'), 'light')).not.toHaveProperty('--accent');
    expect(embedStyle(parseEmbedOptions('accent=%23005a9c'), 'dark')).not.toHaveProperty('--accent');
  });

  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // Very dark channels sit on the linear part of the sRGB curve: 10/255 / 12.92.
    expect(contrastRatio('#0a0a0a', '#000000')).toBeCloseTo((10 / 255 / 12.92 + 0.05) / 0.05, 6);
  });
});

describe('embedDataset and embedQuery', () => {
  it('writes data attributes the stylesheet keys on', () => {
    expect(embedDataset(parseEmbedOptions('theme=light&hide=codes,sources'))).toEqual({ theme: 'light', font: 'system', hide: 'sources codes' });
  });

  it('round-trips the options through a canonical query without defaults', () => {
    const options = parseEmbedOptions('theme=dark&accent=C00&hide=sources&id=x1&font=system');
    expect(embedQuery(options)).toBe('?theme=dark&accent=%23cc0000&hide=sources&id=x1');
    expect(parseEmbedOptions(embedQuery(options))).toEqual(options);
    expect(embedQuery(DEFAULT_EMBED_OPTIONS)).toBe('');
  });
});

describe('message shapes', () => {
  it.each([
    [{ type: 'alt-atlas:height', height: 812, id: 'a' }, true],
    [{ type: 'alt-atlas:height', height: 0, id: '' }, true],
    [{ type: 'alt-atlas:height', height: -1, id: 'a' }, false],
    [{ type: 'alt-atlas:height', height: Infinity, id: 'a' }, false],
    [{ type: 'alt-atlas:height', height: 1e9, id: 'a' }, false],
    [{ type: 'alt-atlas:height', height: '812', id: 'a' }, false],
    [{ type: 'alt-atlas:height', height: 812 }, false],
    [{ type: 'alt-atlas:height', height: 812, id: 'a', extra: 1 }, false],
    [{ type: 'other', height: 812, id: 'a' }, false],
    [[812], false],
    ['alt-atlas:height', false],
    [null, false],
  ])('isHeightMessage(%j) is %s', (data, expected) => {
    expect(isHeightMessage(data)).toBe(expected);
  });

  it('accepts heights up to and including the maximum, and only a string id', () => {
    expect(isHeightMessage({ type: 'alt-atlas:height', height: 100_000, id: 'a' })).toBe(true);
    expect(isHeightMessage({ type: 'alt-atlas:height', height: 100_000.01, id: 'a' })).toBe(false);
    expect(isHeightMessage({ type: 'alt-atlas:height', height: 812, id: 7 })).toBe(false);
  });

  it('counts only the message\'s own keys, not inherited ones', () => {
    const inherited = Object.assign(Object.create({ id: 'a' }) as object, { type: 'alt-atlas:height', height: 812, extra: 1 });
    expect(isHeightMessage(inherited)).toBe(false);
    const measure = Object.assign(Object.create({ id: 'a' }) as object, { type: 'alt-atlas:measure', extra: 1 });
    expect(isMeasureMessage(measure)).toBe(false);
  });

  it.each([null, undefined, 'alt-atlas:measure', 5, ['alt-atlas:measure', 'a'], Object.assign([], { type: 'alt-atlas:measure', id: 'a' })])(
    'isMeasureMessage(%j) is false',
    (data) => {
      expect(isMeasureMessage(data)).toBe(false);
    },
  );

  it('accepts only the exact measure request', () => {
    expect(isMeasureMessage({ type: 'alt-atlas:measure', id: 'a' })).toBe(true);
    expect(isMeasureMessage({ type: 'alt-atlas:height', id: 'a' })).toBe(false);
    expect(isMeasureMessage({ type: 'alt-atlas:measure', id: 1 })).toBe(false);
    expect(isMeasureMessage({ type: 'alt-atlas:measure', id: 'a', height: 1 })).toBe(false);
    expect(isMeasureMessage({ type: 'alt-atlas:measure' })).toBe(false);
  });
});

describe('lang', () => {
  it('accepts the Chinese edition however a portal writes it', () => {
    for (const value of ['zh', 'zh-CN', 'zh-cn', 'zh-Hans', 'zho']) expect(parseEmbedOptions(`lang=${value}`).lang).toBe('zh-CN');
    expect(embedQuery(parseEmbedOptions('lang=zh'))).toBe('?lang=zh-CN');
  });
  it('sends an English embed page asked for in Chinese to the Chinese one, keeping the query', () => {
    expect(embedLanguageRedirect('/embed/causes/hepatitis-b/', '?lang=zh-CN&theme=dark')).toBe('/embed/zh/causes/hepatitis-b/?lang=zh-CN&theme=dark');
    expect(embedLanguageRedirect('/embed/zh/causes/hepatitis-b/', '?lang=en')).toBe('/embed/causes/hepatitis-b/?lang=en');
  });
  it('stays when the page is already in that language, or none or an unknown one is asked for', () => {
    expect(embedLanguageRedirect('/embed/zh/causes/hepatitis-b/', '?lang=zh-CN')).toBeUndefined();
    expect(embedLanguageRedirect('/embed/zh/causes/hepatitis-b/', '')).toBeUndefined();
    expect(embedLanguageRedirect('/embed/causes/hepatitis-b/', '?lang=fr')).toBeUndefined();
  });
  it('leaves the framed lookup alone: it serves both editions and forwards to the page in the language asked for', () => {
    expect(embedLanguageRedirect('/embed/lookup/', '?system=icd10cm&code=K76.0&lang=zh-CN&embed=1')).toBeUndefined();
    expect(embedLanguageRedirect('/embed/result/', '?lang=zh-CN')).toBe('/embed/zh/result/?lang=zh-CN');
  });
});

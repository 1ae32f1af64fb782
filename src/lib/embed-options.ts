/**
 * Theming of embed pages by URL (`/embed/causes/hepatitis-b/?theme=dark&accent=%23005a9c&font=serif&hide=sources`).
 * The query is untrusted input from any host page, so every value is checked against a closed list or a strict
 * pattern; anything else falls back to the default. CSS values come only from constants or from a colour that
 * matched `#rgb`/`#rrggbb`, so no value can carry CSS or markup. Pure: the embed page's script applies the result
 * with `style.setProperty` and `data-*` attributes (issue 6).
 */
import { EDITIONS, basePath, editionOf, localizePath, parseLanguage, type Edition } from './edition.ts';

export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export const EMBED_FONTS = ['system', 'serif'] as const;
export type EmbedFont = (typeof EMBED_FONTS)[number];

/** Languages with an edition (src/lib/edition.ts); `lang=zh`, `zh-CN`, `zh-Hans`... all mean the Chinese one. */
export const EMBED_LANGS = EDITIONS;
export type EmbedLang = Edition;

/** Parts of the embed page a host may leave out. */
export const EMBED_HIDEABLE = ['related', 'sources', 'codes'] as const;
export type EmbedHideable = (typeof EMBED_HIDEABLE)[number];

export interface EmbedOptions {
  theme: EmbedTheme;
  /** Lower-case `#rrggbb`, or undefined for the site's own accent. */
  accent: string | undefined;
  font: EmbedFont;
  lang: EmbedLang;
  /** Sorted, without duplicates. */
  hide: EmbedHideable[];
  /** The snippet's name for this iframe, echoed in height messages; letters, digits, `-` and `_` only. */
  id: string;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { theme: 'auto', accent: undefined, font: 'system', lang: 'en', hide: [], id: '' };

/** Font stacks: local fonts only, nothing is downloaded. */
export const FONT_STACKS: Record<EmbedFont, string> = {
  system: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
  serif: "Georgia, Cambria, 'Times New Roman', 'Noto Serif', 'Songti SC', 'SimSun', serif",
};

/** Page backgrounds of the two themes (the same values as `--bg` in global.css), for the contrast check. */
export const THEME_BACKGROUNDS: Record<Exclude<EmbedTheme, 'auto'>, string> = { light: '#ffffff', dark: '#111418' };

/** Text on an accent-coloured button: the darker or the lighter of these, whichever reads better. */
const ACCENT_FG = { dark: '#0b1a2a', light: '#ffffff' };

/** WCAG AA for normal text: accents used for links must reach this contrast against the background. */
export const MIN_ACCENT_CONTRAST = 4.5;

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  value !== null && (list as readonly string[]).includes(value.trim().toLowerCase()) ? (value.trim().toLowerCase() as T) : undefined;

/**
 * `#rgb` or `#rrggbb` (the `#` may be left out, since hosts often forget to encode it as `%23`), as lower-case
 * `#rrggbb`; undefined for anything else. `parseHexColour('#C00')` is `'#cc0000'`; `parseHexColour('red;}')` is
 * undefined.
 */
export function parseHexColour(value: string | null): string | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const hex = match[1]!.toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}

/** Relative luminance of a `#rrggbb` colour (WCAG 2). */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Parses the embed query. Never throws; every unknown or malformed value becomes its default. */
export function parseEmbedOptions(query: URLSearchParams | string): EmbedOptions {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const hide = new Set<EmbedHideable>();
  for (const value of params.getAll('hide')) {
    for (const part of value.split(/[\s,]+/)) {
      const item = oneOf(EMBED_HIDEABLE, part);
      if (item) hide.add(item);
    }
  }
  const id = params.get('id') ?? '';
  return {
    theme: oneOf(EMBED_THEMES, params.get('theme')) ?? DEFAULT_EMBED_OPTIONS.theme,
    accent: parseHexColour(params.get('accent')),
    font: oneOf(EMBED_FONTS, params.get('font')) ?? DEFAULT_EMBED_OPTIONS.font,
    lang: parseLanguage(params.get('lang')) ?? DEFAULT_EMBED_OPTIONS.lang,
    hide: EMBED_HIDEABLE.filter((item) => hide.has(item)),
    id: /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : '',
  };
}

/**
 * CSS custom properties for the options, given the theme actually shown (`auto` resolved by the caller from
 * `prefers-color-scheme`). An accent that would not reach 4.5:1 against that background is dropped, so a host's
 * brand colour can never make the links unreadable.
 * `embedStyle({ ...defaults, accent: '#005a9c' }, 'light')` is `{ '--font': ..., '--accent': '#005a9c', '--accent-fg': '#ffffff' }`.
 */
export function embedStyle(options: EmbedOptions, shownTheme: Exclude<EmbedTheme, 'auto'>): Record<string, string> {
  const style: Record<string, string> = { '--font': FONT_STACKS[options.font] };
  const accent = options.accent;
  if (accent && contrastRatio(accent, THEME_BACKGROUNDS[shownTheme]) >= MIN_ACCENT_CONTRAST) {
    style['--accent'] = accent;
    style['--accent-fg'] = contrastRatio(accent, ACCENT_FG.light) >= contrastRatio(accent, ACCENT_FG.dark) ? ACCENT_FG.light : ACCENT_FG.dark;
  }
  return style;
}

/** `data-*` attributes for the root element: the stylesheet keys the theme, font and hidden parts on them. */
export function embedDataset(options: EmbedOptions): Record<'theme' | 'font' | 'hide', string> {
  return { theme: options.theme, font: options.font, hide: options.hide.join(' ') };
}

/**
 * The canonical query for the options, without defaults: used to keep the theme when the lookup page forwards to an
 * embed page. `embedQuery(parseEmbedOptions('theme=dark&accent=C00'))` is `'?theme=dark&accent=%23cc0000'`.
 */
export function embedQuery(options: EmbedOptions): string {
  const params = new URLSearchParams();
  if (options.theme !== DEFAULT_EMBED_OPTIONS.theme) params.set('theme', options.theme);
  if (options.accent) params.set('accent', options.accent);
  if (options.font !== DEFAULT_EMBED_OPTIONS.font) params.set('font', options.font);
  if (options.lang !== DEFAULT_EMBED_OPTIONS.lang) params.set('lang', options.lang);
  if (options.hide.length > 0) params.set('hide', options.hide.join(','));
  if (options.id) params.set('id', options.id);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Embed pages that serve every edition, so `lang` never sends them to a Chinese copy (there is none). */
const SHARED_EMBED_PAGES = ['/embed/lookup/'];

/**
 * Where an embed page asked for in another language should go: `/embed/causes/x/?lang=zh-CN` is the Chinese embed
 * page `/embed/zh/causes/x/?lang=zh-CN` (the query kept, so the theme stays). Undefined when the page is already in
 * the language asked for, or none (or an unknown one) was asked for.
 */
export function embedLanguageRedirect(pathname: string, search: string): string | undefined {
  const asked = parseLanguage(new URLSearchParams(search).get('lang'));
  if (!asked || asked === editionOf(pathname)) return undefined;
  // The framed lookup is one page for both editions: it reads `lang` itself and forwards to the asked edition's page.
  if (SHARED_EMBED_PAGES.includes(basePath(pathname))) return undefined;
  return `${localizePath(pathname, asked)}${search}`;
}

/** The message an embed page sends to its parent: nothing but its height and the id it was given. */
export interface HeightMessage {
  type: 'alt-atlas:height';
  height: number;
  id: string;
}

/** The message a host's snippet may send to ask for a fresh height. */
export interface MeasureMessage {
  type: 'alt-atlas:measure';
  id: string;
}

/** Upper bound for a reported height in CSS pixels: a guard against absurd values, far above any article. */
export const MAX_EMBED_HEIGHT = 100_000;

const hasExactKeys = (value: object, keys: readonly string[]) => {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => own.includes(key));
};

/** Whether `data` is exactly a HeightMessage: the right keys and nothing else, a finite height in range. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const d = data as Record<string, unknown>;
  return (
    hasExactKeys(d, ['type', 'height', 'id']) &&
    d['type'] === 'alt-atlas:height' &&
    typeof d['height'] === 'number' &&
    Number.isFinite(d['height']) &&
    d['height'] >= 0 &&
    d['height'] <= MAX_EMBED_HEIGHT &&
    typeof d['id'] === 'string'
  );
}

/** Whether `data` is exactly a MeasureMessage. */
export function isMeasureMessage(data: unknown): data is MeasureMessage {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const d = data as Record<string, unknown>;
  return hasExactKeys(d, ['type', 'id']) && d['type'] === 'alt-atlas:measure' && typeof d['id'] === 'string';
}

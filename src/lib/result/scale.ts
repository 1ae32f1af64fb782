/**
 * The explainer's picture as data: an SVG tree (tag, attributes, children, text) of a horizontal scale of ALT in
 * multiples of the lab's upper limit, with the bands, tick marks at 1x, 5x and 15x (and their U/L values), the
 * reader's value, and the ACG healthy upper limit for the sex given; plus its text equivalent. Pure: the page's
 * script turns the tree into DOM nodes (no HTML strings), and tests serialise it.
 *
 * The axis is logarithmic, so 0.5x and 200x both fit and each band keeps a readable width.
 */
import { ACG_HEALTHY_ULN, BAND_IDS, MILD_BELOW, SEVERE_ABOVE, type BandId } from './bands';
import type { Explanation, ResultKey } from './explain';
import type { Sex } from './input';
import { fill, formatNumber, type ResultStrings } from './format';

export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number>;
  children?: SvgNode[];
  text?: string;
}

export const SCALE_WIDTH = 320;
const PAD = 12;
const BAR_TOP = 44;
const BAR_HEIGHT = 28;
/** The axis always shows 0.2x to at least 40x; a higher value widens it up to 300x, beyond which the marker sits at the end. */
export const AXIS_MIN = 0.2;
export const AXIS_MAX_FLOOR = 40;
export const AXIS_MAX_CEILING = 300;
export const TICKS = [1, MILD_BELOW, SEVERE_ABOVE] as const;

/** The right end of the axis for a value: 40x, or a little beyond the value, at most 300x. */
export function axisMax(multiple: number): number {
  return Math.min(AXIS_MAX_CEILING, Math.max(AXIS_MAX_FLOOR, Math.ceil(multiple * 1.3)));
}

/** x of a multiple on the axis (clamped to the ends). `xOf(1, 40)` is about 102. */
export function xOf(multiple: number, max: number): number {
  const clamped = Math.min(max, Math.max(AXIS_MIN, multiple));
  const share = Math.log(clamped / AXIS_MIN) / Math.log(max / AXIS_MIN);
  return round1(PAD + share * (SCALE_WIDTH - 2 * PAD));
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const text = (x: number, y: number, content: string, cls: string, anchor = 'middle'): SvgNode => ({
  tag: 'text',
  attrs: { x, y, class: cls, 'text-anchor': anchor },
  text: content,
});
/** Rough width of a bold label at the scale's font size: enough to decide whether a band name fits in its band. */
const labelWidth = (s: string, size: number) => s.length * size * 0.62;
/** The left x of a label of `width` centred on `centre`, moved inwards so it stays inside the picture. */
const labelStart = (centre: number, width: number) => round1(Math.max(PAD, Math.min(SCALE_WIDTH - PAD - width, centre - width / 2)));

const BAND_EDGES: Record<BandId, [number, number]> = {
  within: [0, 1],
  mild: [1, MILD_BELOW],
  moderate: [MILD_BELOW, SEVERE_ABOVE],
  severe: [SEVERE_ABOVE, Number.POSITIVE_INFINITY],
};

export interface Scale {
  svg: SvgNode;
  /** What the picture shows, in sentences, for screen readers (the SVG's accessible name) and for print. */
  textEquivalent: string;
}

/** Builds the picture for an explanation. `titleId` names the SVG's `<title>`, which is its accessible name. */
export function buildScale(ex: Explanation, sex: Sex | undefined, strings: ResultStrings, lang: string, titleId: string): Scale {
  const s = (key: ResultKey, vars: Record<string, number | string> = {}) => fill(strings[key], vars, strings, lang);
  const max = axisMax(ex.multiple);
  const num = (n: number) => formatNumber(n, lang);
  const uln = ex.uln;
  const children: SvgNode[] = [];

  for (const band of BAND_IDS) {
    const [from, to] = BAND_EDGES[band];
    const x1 = xOf(Math.max(from, AXIS_MIN), max);
    const x2 = xOf(Math.min(to, max), max);
    children.push({ tag: 'rect', attrs: { x: x1, y: BAR_TOP, width: round1(x2 - x1), height: BAR_HEIGHT, class: `band band-${band}` } });
    const name = strings[`result.bandName.${band}`];
    if (labelWidth(name, 11) + 6 <= x2 - x1) children.push(text(round1((x1 + x2) / 2), BAR_TOP + 18, name, 'band-label'));
  }

  for (const tick of TICKS) {
    const x = xOf(tick, max);
    children.push({ tag: 'line', attrs: { x1: x, x2: x, y1: BAR_TOP, y2: BAR_TOP + BAR_HEIGHT + 6, class: 'tick' } });
    children.push(text(x, BAR_TOP + BAR_HEIGHT + 20, s('result.scale.times', { n: num(tick) }), 'tick-label'));
    children.push(text(x, BAR_TOP + BAR_HEIGHT + 34, s('result.scale.ul', { n: num(round1(tick * uln)) }), 'tick-value'));
  }

  let height = BAR_TOP + BAR_HEIGHT + 44;
  let acgText = '';
  if (sex) {
    const { low, high } = ACG_HEALTHY_ULN[sex];
    const x1 = xOf(low / uln, max);
    const x2 = Math.max(xOf(high / uln, max), x1 + 3);
    const y = height;
    const label = s('result.scale.acg', { sex: strings[`result.sex.${sex}`], low: num(low), high: num(high) });
    children.push({ tag: 'rect', attrs: { x: x1, y, width: round1(x2 - x1), height: 8, class: 'acg' } });
    children.push(text(labelStart((x1 + x2) / 2, labelWidth(label, 11)), y + 22, label, 'acg-label', 'start'));
    height += 32;
    acgText = s('result.scale.textAcg', {
      sex: strings[`result.sex.${sex}`],
      low: num(low),
      high: num(high),
      mlow: num(Math.round((low / uln) * 10) / 10),
      mhigh: num(Math.round((high / uln) * 10) / 10),
    });
  }

  // The reader's value last, so it is drawn over the bands.
  const x = xOf(ex.multiple, max);
  const beyond = ex.multiple > max;
  const youLabel = s(beyond ? 'result.scale.youBeyond' : 'result.scale.you', { alt: num(ex.alt), multiple: num(ex.multiple) });
  children.push({ tag: 'line', attrs: { x1: x, x2: x, y1: BAR_TOP - 10, y2: BAR_TOP + BAR_HEIGHT + 4, class: 'marker' } });
  children.push({ tag: 'path', attrs: { d: `M${x - 7} ${BAR_TOP - 16}h14l-7 10z`, class: 'marker-head' } });
  children.push(text(labelStart(x, labelWidth(youLabel, 13)), BAR_TOP - 22, youLabel, 'you-label', 'start'));

  const bandName = strings[`result.bandName.${ex.band}`];
  const textEquivalent = [
    s('result.scale.text', {
      uln: num(uln),
      alt: num(ex.alt),
      multiple: num(ex.multiple),
      band: bandName,
      five: num(round1(MILD_BELOW * uln)),
      fifteen: num(round1(SEVERE_ABOVE * uln)),
    }),
    acgText,
  ]
    .filter(Boolean)
    .join(' ');

  const svg: SvgNode = {
    tag: 'svg',
    attrs: {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${SCALE_WIDTH} ${height}`,
      role: 'img',
      'aria-labelledby': titleId,
      class: 'result-scale',
    },
    children: [{ tag: 'title', attrs: { id: titleId }, text: textEquivalent }, ...children],
  };
  return { svg, textEquivalent };
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The tree as SVG markup (tests and snapshots; the page builds DOM nodes instead). */
export function serializeSvg(node: SvgNode): string {
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
    .join('');
  const inner = (node.text !== undefined ? escape(node.text) : '') + (node.children ?? []).map(serializeSvg).join('');
  return `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}

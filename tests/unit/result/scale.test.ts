import { describe, expect, it } from 'vitest';
import { AXIS_MAX_CEILING, axisMax, buildScale, serializeSvg, xOf, SCALE_WIDTH, type SvgNode } from '../../../src/lib/result/scale';
import { explain } from '../../../src/lib/result/explain';
import type { ResultInput } from '../../../src/lib/result/input';
import { resultStrings } from '../../../src/i18n/result-strings';
import { en } from '../../../src/i18n/en';

const strings = resultStrings(en);
const input = (over: Partial<ResultInput> = {}): ResultInput => ({ alt: 88, uln: 40, unit: 'ul', typed: { alt: 88, uln: 40 }, ...over });
const scaleOf = (over: Partial<ResultInput> = {}) => {
  const i = input(over);
  return buildScale(explain(i), i.sex, strings, 'en', 'title-id');
};
const find = (node: SvgNode, cls: string): SvgNode[] => [
  ...(String(node.attrs['class'] ?? '').split(' ').includes(cls) ? [node] : []),
  ...(node.children ?? []).flatMap((c) => find(c, cls)),
];

describe('axis', () => {
  it('is logarithmic from 0.2x, at least 40x wide, at most 300x', () => {
    expect(xOf(0.2, 40)).toBe(12);
    expect(xOf(40, 40)).toBe(SCALE_WIDTH - 12);
    expect(xOf(1, 40)).toBeCloseTo(12 + ((SCALE_WIDTH - 24) * Math.log(5)) / Math.log(200), 0);
    expect(axisMax(2)).toBe(40);
    expect(axisMax(100)).toBe(130);
    expect(axisMax(5000)).toBe(AXIS_MAX_CEILING);
    expect(xOf(0.01, 40)).toBe(12);
    expect(xOf(1000, 300)).toBe(SCALE_WIDTH - 12);
  });
});

describe('buildScale', () => {
  it('draws the four bands, the ticks at 1x, 5x and 15x with their U/L values, and the marker', () => {
    const { svg } = scaleOf();
    expect(find(svg, 'band').map((b) => b.attrs['class'])).toEqual(['band band-within', 'band band-mild', 'band band-moderate', 'band band-severe']);
    expect(find(svg, 'tick-label').map((t) => t.text)).toEqual(['1×', '5×', '15×']);
    expect(find(svg, 'tick-value').map((t) => t.text)).toEqual(['40 U/L', '200 U/L', '600 U/L']);
    expect(find(svg, 'you-label')[0]!.text).toBe('Your ALT: 88 U/L (2.2×)');
    expect(find(svg, 'marker')[0]!.attrs['x1']).toBe(xOf(2.2, 40));
    expect(find(svg, 'acg')).toEqual([]);
    // At the default width of the axis every band has room for its name.
    expect(find(svg, 'band-label').map((t) => t.text)).toEqual(['Within range', 'Mild', 'Moderate', 'Severe']);
  });

  it('is an image named by its text equivalent', () => {
    const { svg, textEquivalent } = scaleOf({ sex: 'male' });
    expect(svg.attrs).toMatchObject({ role: 'img', 'aria-labelledby': 'title-id' });
    expect(svg.children![0]).toEqual({ tag: 'title', attrs: { id: 'title-id' }, text: textEquivalent });
    expect(textEquivalent).toBe(
      'Scale of ALT in multiples of your lab\'s upper limit of 40 U/L. Your ALT of 88 U/L is at 2.2 times, in the band "Mild". ' +
        'Bands: within range up to 1 times (40 U/L); mild, under 5 times (200 U/L); moderate, 5 to 15 times (200 to 600 U/L); severe, more than 15 times. ' +
        "The ACG healthy upper limit for men, 29 to 33 U/L, is 0.7 to 0.8 times your lab's limit.",
    );
  });

  it('shows the ACG healthy limit for the sex given', () => {
    const { svg } = scaleOf({ sex: 'female' });
    const bar = find(svg, 'acg')[0]!;
    expect(bar.attrs['x']).toBe(xOf(19 / 40, 40));
    expect(find(svg, 'acg-label')[0]!.text).toBe('ACG healthy limit, women: 19–25 U/L');
  });

  it('keeps a value beyond 300x at the end of the axis, with an arrow', () => {
    const { svg } = scaleOf({ alt: 20_000, uln: 40 });
    expect(find(svg, 'marker')[0]!.attrs['x1']).toBe(SCALE_WIDTH - 12);
    expect(find(svg, 'you-label')[0]!.text).toBe('Your ALT: 20,000 U/L (500×) →');
  });

  it('never draws outside its box or a band of negative width', () => {
    for (const [alt, uln] of [[1, 100], [40, 40], [88, 40], [599, 40], [5000, 10], [100_000, 10]] as const) {
      const { svg } = scaleOf({ alt, uln, sex: 'male' });
      for (const band of find(svg, 'band')) expect(Number(band.attrs['width'])).toBeGreaterThanOrEqual(0);
      const markup = serializeSvg(svg);
      expect(markup).not.toMatch(/NaN|Infinity|undefined/);
      for (const m of markup.matchAll(/ x="(-?[\d.]+)"/g)) {
        expect(Number(m[1])).toBeGreaterThanOrEqual(0);
        expect(Number(m[1])).toBeLessThanOrEqual(SCALE_WIDTH);
      }
    }
  });

  it('serialises with escaped text', () => {
    expect(serializeSvg({ tag: 'text', attrs: { x: 1 }, text: 'a < b & "c"' })).toBe('<text x="1">a &lt; b &amp; &quot;c&quot;</text>');
  });
});

describe('buildScale: layout', () => {
  const round1 = (n: number) => Math.round(n * 10) / 10;
  // The layout: a 12-unit margin, the bar from y=44, 28 high; tick marks reach 6 below it, their labels 20 and 34 below.
  const BAR_TOP = 44;
  const BAR_BOTTOM = 44 + 28;

  it('lays the four bands side by side from the left margin to the right one, across the bar', () => {
    const { svg } = scaleOf();
    const bands = find(svg, 'band');
    const edges = [0.2, 1, 5, 15, 40];
    expect(bands.map((b) => b.tag)).toEqual(['rect', 'rect', 'rect', 'rect']);
    bands.forEach((band, i) => {
      const x = xOf(edges[i]!, 40);
      expect(band.attrs).toEqual({ x, y: BAR_TOP, width: round1(xOf(edges[i + 1]!, 40) - x), height: 28, class: band.attrs['class'] });
    });
    expect(bands[0]!.attrs['x']).toBe(12);
    expect(Number(bands[3]!.attrs['x']) + Number(bands[3]!.attrs['width'])).toBeCloseTo(SCALE_WIDTH - 12, 5);
  });

  it('centres each band name in its band', () => {
    const { svg } = scaleOf();
    const bands = find(svg, 'band');
    find(svg, 'band-label').forEach((label, i) => {
      const x1 = Number(bands[i]!.attrs['x']);
      const x2 = xOf([1, 5, 15, 40][i]!, 40);
      expect(label).toEqual({ tag: 'text', attrs: { x: round1((x1 + x2) / 2), y: BAR_TOP + 18, class: 'band-label', 'text-anchor': 'middle' }, text: label.text });
    });
  });

  it('names only the bands wide enough for their name (with 3 units either side)', () => {
    // 300x axis: the within-range and moderate bands are too narrow for their names.
    expect(find(scaleOf({ alt: 12_000 }).svg, 'band-label').map((t) => t.text)).toEqual(['Mild', 'Severe']);
    // 52x axis: "Moderate" (about 55 units at this size) would fit its band (about 58) but not with 3 units either side.
    const { svg } = scaleOf({ alt: 1600 });
    const moderate = find(svg, 'band-moderate')[0]!;
    expect(Number(moderate.attrs['width'])).toBeGreaterThan(55);
    expect(Number(moderate.attrs['width'])).toBeLessThan(61);
    expect(find(svg, 'band-label').map((t) => t.text)).toEqual(['Mild', 'Severe']);
  });

  it('marks 1x, 5x and 15x with a line across the bar and two centred labels below it', () => {
    const { svg } = scaleOf();
    const lines = find(svg, 'tick');
    [1, 5, 15].forEach((tick, i) => {
      const x = xOf(tick, 40);
      expect(lines[i]).toEqual({ tag: 'line', attrs: { x1: x, x2: x, y1: BAR_TOP, y2: BAR_BOTTOM + 6, class: 'tick' } });
      expect(find(svg, 'tick-label')[i]!.attrs).toEqual({ x, y: BAR_BOTTOM + 20, class: 'tick-label', 'text-anchor': 'middle' });
      expect(find(svg, 'tick-value')[i]!.attrs).toEqual({ x, y: BAR_BOTTOM + 34, class: 'tick-value', 'text-anchor': 'middle' });
    });
  });

  it('draws the marker through the bar, an arrow head above it, and the label above that', () => {
    const { svg } = scaleOf();
    const x = xOf(2.2, 40);
    expect(find(svg, 'marker')[0]).toEqual({ tag: 'line', attrs: { x1: x, x2: x, y1: BAR_TOP - 10, y2: BAR_BOTTOM + 4, class: 'marker' } });
    expect(find(svg, 'marker-head')[0]).toEqual({ tag: 'path', attrs: { d: `M${x - 7} ${BAR_TOP - 16}h14l-7 10z`, class: 'marker-head' } });
    // Centred on the marker: 23 characters at about 8 units each.
    const width = 23 * 13 * 0.62;
    expect(find(svg, 'you-label')[0]!.attrs).toEqual({ x: round1(x - width / 2), y: BAR_TOP - 22, class: 'you-label', 'text-anchor': 'start' });
  });

  it('keeps the value label inside the picture at both ends', () => {
    const left = find(scaleOf({ alt: 10, uln: 100 }).svg, 'you-label')[0]!;
    expect(left.attrs['x']).toBe(12);
    const right = find(scaleOf({ alt: 12_000 }).svg, 'you-label')[0]!;
    expect(right.attrs['x']).toBe(round1(SCALE_WIDTH - 12 - right.text!.length * 13 * 0.62));
  });

  it('puts a value of exactly 300x at the end without the arrow', () => {
    const { svg } = scaleOf({ alt: 12_000 });
    expect(find(svg, 'marker')[0]!.attrs['x1']).toBe(SCALE_WIDTH - 12);
    expect(find(svg, 'you-label')[0]!.text).toBe('Your ALT: 12,000 U/L (300×)');
  });

  it('is an SVG image of the picture\'s size, taller when it shows the ACG row', () => {
    const plain = scaleOf().svg;
    expect(plain.tag).toBe('svg');
    expect(plain.attrs).toEqual({
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${SCALE_WIDTH} ${BAR_BOTTOM + 44}`,
      role: 'img',
      'aria-labelledby': 'title-id',
      class: 'result-scale',
    });
    expect(scaleOf({ sex: 'male' }).svg.attrs['viewBox']).toBe(`0 0 ${SCALE_WIDTH} ${BAR_BOTTOM + 44 + 32}`);
  });

  it('draws the ACG healthy range under the ticks, with its label below, centred when there is room', () => {
    const { svg } = scaleOf({ alt: 88, uln: 10, sex: 'male' });
    const x1 = xOf(2.9, 40);
    const x2 = xOf(3.3, 40);
    expect(find(svg, 'acg')[0]).toEqual({ tag: 'rect', attrs: { x: x1, y: BAR_BOTTOM + 44, width: round1(x2 - x1), height: 8, class: 'acg' } });
    const label = find(svg, 'acg-label')[0]!;
    const width = label.text!.length * 11 * 0.62;
    expect(label).toEqual({
      tag: 'text',
      attrs: { x: round1((x1 + x2) / 2 - width / 2), y: BAR_BOTTOM + 44 + 22, class: 'acg-label', 'text-anchor': 'start' },
      text: 'ACG healthy limit, men: 29–33 U/L',
    });
  });

  it('keeps the ACG label inside the picture and the ACG bar at least 3 wide', () => {
    const near = scaleOf({ sex: 'male' }).svg;
    expect(find(near, 'acg-label')[0]!.attrs['x']).toBe(12);
    expect(find(near, 'acg')[0]!.attrs['width']).toBe(round1(xOf(33 / 40, 40) - xOf(29 / 40, 40)));
    // A lab limit of 130 U/L puts the whole women's range (19-25 U/L) below the axis's 0.2x: a sliver at the left end.
    const squeezed = scaleOf({ alt: 30, uln: 130, sex: 'female' }).svg;
    expect(find(squeezed, 'acg')[0]!.attrs).toMatchObject({ x: 12, width: 3 });
  });

  it('describes the picture without the ACG sentence when no sex is given', () => {
    expect(scaleOf().textEquivalent).toBe(
      'Scale of ALT in multiples of your lab\'s upper limit of 40 U/L. Your ALT of 88 U/L is at 2.2 times, in the band "Mild". ' +
        'Bands: within range up to 1 times (40 U/L); mild, under 5 times (200 U/L); moderate, 5 to 15 times (200 to 600 U/L); severe, more than 15 times.',
    );
  });

  it('serialises attributes in order and nested elements without text', () => {
    const markup = serializeSvg({ tag: 'g', attrs: { x: 1, class: 'a>b' }, children: [{ tag: 'rect', attrs: {} }, { tag: 'text', attrs: {}, text: '1 > 0' }] });
    expect(markup).toBe('<g x="1" class="a&gt;b"><rect></rect><text>1 &gt; 0</text></g>');
  });
});

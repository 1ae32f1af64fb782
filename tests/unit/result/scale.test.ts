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

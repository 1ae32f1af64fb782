/** The small helpers of src/lib: dates, grouping, links in HTML, the median, URLs and sources. */
import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '../../src/lib/dates';
import { groupBy } from '../../src/lib/group';
import { idsIn, isExternal, linksIn } from '../../src/lib/html-links';
import { median } from '../../src/lib/stats';
import { absoluteUrl, articlePath, embedPath, indexPath } from '../../src/lib/urls';
import { sourceCitation, sourceHref } from '../../src/lib/sources';

describe('small helpers', () => {
  it('formats calendar dates in UTC', () => {
    expect(formatDate(new Date('2026-11-24T23:30:00Z'))).toBe('24 November 2026');
    expect(formatDate(new Date('2026-01-02T00:00:00Z'), 'en-US')).toBe('January 2, 2026');
    expect(isoDate(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-24');
  });
  it('groups in first-seen order', () => {
    expect([...groupBy([1, 2, 3, 4, 5], (n) => n % 2)]).toEqual([
      [1, [1, 3, 5]],
      [0, [2, 4]],
    ]);
  });
  it('finds links and ids, decoding entities', () => {
    const html = `<a href="/a/?x=1&amp;y=&quot;2&quot;">a</a> <img src='/i.png'> <p id="top"></p><p id='b&lt;&gt;&#39;'></p><a data-href="/no">`;
    expect(linksIn(html)).toEqual(['/a/?x=1&y="2"', '/i.png']);
    expect(idsIn(html)).toEqual(new Set(['top', "b<>'"]));
    expect(isExternal('https://x.org/')).toBe(true);
    expect(isExternal('mailto:a@b')).toBe(true);
    expect(isExternal('//x.org/')).toBe(true);
    expect(isExternal('/causes/')).toBe(false);
    expect(isExternal('#top')).toBe(false);
  });
  it('takes the median', () => {
    expect(median([])).toBe(0);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 2])).toBe(6);
  });
  it('makes the site paths and absolute URLs', () => {
    expect(articlePath('causes', 'hepatitis-b')).toBe('/causes/hepatitis-b/');
    expect(embedPath('tests', 'alt')).toBe('/embed/tests/alt/');
    expect(indexPath('symptoms')).toBe('/symptoms/');
    expect(absoluteUrl('/tests/alt/', 'https://altatlas.example.org')).toBe('https://altatlas.example.org/tests/alt/');
  });
  it('links and cites a source', () => {
    expect(sourceHref({ title: 't', publisher: 'NIDDK', year: 2024, url: 'https://www.niddk.nih.gov/' })).toBe('https://www.niddk.nih.gov/');
    expect(sourceHref({ title: 't', publisher: 'AJG', year: 2017, doi: '10.1038/ajg.2016.517' })).toBe('https://doi.org/10.1038/ajg.2016.517');
    expect(sourceCitation({ title: 't', publisher: 'AJG', year: 2017, doi: 'x' })).toBe('AJG, 2017');
  });
});

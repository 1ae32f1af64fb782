import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import UrgentBox from '../../src/components/UrgentBox.astro';
import SourceList from '../../src/components/SourceList.astro';
import ReviewDates from '../../src/components/ReviewDates.astro';
import Disclaimer from '../../src/components/Disclaimer.astro';
import CodeList from '../../src/components/CodeList.astro';

const container = await AstroContainer.create();

describe('UrgentBox', () => {
  it('lists the urgent signs with the action to take', async () => {
    const html = await container.renderToString(UrgentBox, { props: { items: ['Yellow skin or eyes', 'Confusion'] } });
    expect(html).toContain('Get urgent care if...');
    expect(html).toContain('<li>Yellow skin or eyes</li>');
    expect(html).toContain('emergency');
  });
  it('renders nothing when no sign applies', async () => {
    const html = await container.renderToString(UrgentBox, { props: { items: [] } });
    expect(html.trim()).toBe('');
  });
});

describe('SourceList', () => {
  it('links a DOI through doi.org and a URL as it is', async () => {
    const html = await container.renderToString(SourceList, {
      props: {
        sources: [
          { title: 'ACG guideline', publisher: 'AJG', year: 2017, doi: '10.1038/ajg.2016.517' },
          { title: 'LiverTox: Entecavir', publisher: 'NIDDK', year: 2018, url: 'https://www.ncbi.nlm.nih.gov/books/n/livertox/Entecavir/' },
        ],
      },
    });
    expect(html).toContain('href="https://doi.org/10.1038/ajg.2016.517"');
    expect(html).toContain('href="https://www.ncbi.nlm.nih.gov/books/n/livertox/Entecavir/"');
    expect(html).toContain('AJG, 2017');
  });
});

describe('ReviewDates', () => {
  it('shows both dates in words with machine-readable datetime', async () => {
    const html = await container.renderToString(ReviewDates, {
      props: { reviewed: new Date('2026-11-24'), nextReview: new Date('2027-11-24') },
    });
    expect(html).toContain('datetime="2026-11-24"');
    expect(html).toContain('24 November 2026');
    expect(html).toContain('Next review due');
  });
});

describe('Disclaimer', () => {
  it('says this is not a diagnosis and medicines are taken only as prescribed', async () => {
    const html = await container.renderToString(Disclaimer);
    expect(html).toContain('not a diagnosis');
    expect(html).toContain('only as prescribed');
  });
});

describe('CodeList', () => {
  it('names each system once with its codes', async () => {
    const html = await container.renderToString(CodeList, { props: { codes: { icd10cm: ['B18.1', 'B18.0'], atc: [] } } });
    expect(html).toContain('ICD-10-CM B18.1, B18.0');
    expect(html).not.toContain('ATC');
  });
});

import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ArticleContent from '../../src/components/ArticleContent.astro';
import Embed from '../../src/layouts/Embed.astro';

const container = await AstroContainer.create({ astroConfig: { site: 'https://atlas.example' } });

/** Just the fields ArticleContent reads. */
const entry = {
  collection: 'causes',
  id: 'hepatitis-b',
  data: {
    title: 'Hepatitis B',
    summary: 'A virus that infects the liver and can raise ALT.',
    synonyms: ['HBV'],
    reviewed: new Date('2026-11-24'),
    nextReview: new Date('2027-11-24'),
    sources: [{ title: 'AASLD guidance', publisher: 'Hepatology', year: 2018, doi: '10.1002/hep.29800' }],
    codes: { icd10cm: ['B18.1'] },
    urgent: ['Your skin turns yellow'],
    order: 1,
  },
};

describe('ArticleContent', () => {
  it('marks the article for search by default', async () => {
    const html = await container.renderToString(ArticleContent, { props: { entry } });
    expect(html).toMatch(/<article class="prose" data-pagefind-body[^>]*data-pagefind-filter="type:cause"/);
  });

  it('leaves it unmarked for embed pages, keeping urgent box, sources, dates and disclaimer', async () => {
    const html = await container.renderToString(ArticleContent, { props: { entry, indexed: false } });
    expect(html).toContain('<article class="prose">');
    expect(html).not.toContain('data-pagefind-body');
    expect(html).not.toContain('data-pagefind-filter="type:');
    for (const text of ['Get urgent care if...', 'Sources', 'Last reviewed', 'not a diagnosis']) expect(html).toContain(text);
  });
});

describe('Embed layout', () => {
  it('is a bare page: noindex, canonical to the full page, links in new tabs, no site chrome', async () => {
    const html = await container.renderToString(Embed, {
      props: { title: 'Hepatitis B', description: 'About hepatitis B.', fullPath: '/causes/hepatitis-b/' },
      slots: { default: '<article><h1>Hepatitis B</h1></article>' },
    });
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<link rel="canonical" href="https://atlas.example/causes/hepatitis-b/">');
    expect(html).toContain('<base target="_blank">');
    expect(html).toMatch(/<a href="\/causes\/hepatitis-b\/" target="_blank" rel="noopener">Open the full page/);
    expect(html).not.toMatch(/<header|<footer|<nav|role="search"|data-pagefind-body/);
  });
});

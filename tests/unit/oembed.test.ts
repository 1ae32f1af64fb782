import { describe, expect, it } from 'vitest';
import { embedIframeHtml, oembedPath, oembedResponse, oembedXml } from '../../src/lib/oembed';

describe('oembedResponse', () => {
  it('is a rich oEmbed 1.0 response with a plain iframe', () => {
    const response = oembedResponse({
      title: 'Hepatitis B',
      embedUrl: 'https://atlas.example/embed/causes/hepatitis-b/',
      siteName: 'ALT Atlas',
      siteUrl: 'https://atlas.example/',
    });
    expect(response).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: 'Hepatitis B',
      provider_name: 'ALT Atlas',
      provider_url: 'https://atlas.example/',
      width: 720,
      height: 800,
      cache_age: 86400,
    });
    expect(response.html).toMatch(/^<iframe src="https:\/\/atlas\.example\/embed\/causes\/hepatitis-b\/" title="ALT Atlas: Hepatitis B"/);
    expect(response.html).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"');
    expect(response.html).toContain('referrerpolicy="no-referrer"');
  });

  it('escapes attribute values', () => {
    expect(embedIframeHtml({ src: 'https://a.example/?a=1&b="2"', title: '<b>' })).toContain('src="https://a.example/?a=1&amp;b=&quot;2&quot;" title="&lt;b&gt;"');
  });

  it('is a whole iframe tag: the published size by default, or the size asked for', () => {
    const tail = 'loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" referrerpolicy="no-referrer" ';
    expect(embedIframeHtml({ src: 'https://a.example/e/', title: 'T' })).toBe(
      `<iframe src="https://a.example/e/" title="T" width="720" height="800" ${tail}style="border:0;width:100%;max-width:720px"></iframe>`,
    );
    expect(embedIframeHtml({ src: 'https://a.example/e/', title: 'T', width: 300, height: 200 })).toBe(
      `<iframe src="https://a.example/e/" title="T" width="300" height="200" ${tail}style="border:0;width:100%;max-width:300px"></iframe>`,
    );
  });

  it('has one file per page', () => {
    expect(oembedPath('causes', 'hepatitis-b')).toBe('/oembed/causes/hepatitis-b.json');
  });
});

describe('oembedXml', () => {
  it('writes the same fields as the spec\'s XML format, the iframe markup escaped', () => {
    const response = oembedResponse({ title: 'A & B', embedUrl: 'https://atlas.example/embed/tests/alt/', siteName: 'ALT Atlas', siteUrl: 'https://atlas.example/' });
    const xml = oembedXml(response);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<oembed>\n  <version>1.0</version>\n  <type>rich</type>\n  <title>A &amp; B</title>')).toBe(true);
    expect(xml).toContain('<html>&lt;iframe src="https://atlas.example/embed/tests/alt/"');
    expect(xml).toContain('<width>720</width>\n  <height>800</height>');
    expect(xml).not.toMatch(/<html>[^<]*<iframe/);
    expect(oembedPath('tests', 'alt', 'xml')).toBe('/oembed/tests/alt.xml');
  });

  it('is the whole XML document, every text escaped, ending in a newline', () => {
    expect(oembedXml({ title: 'a < b > c & d', width: 720 })).toBe(
      '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<oembed>\n  <title>a &lt; b &gt; c &amp; d</title>\n  <width>720</width>\n</oembed>\n',
    );
  });
});

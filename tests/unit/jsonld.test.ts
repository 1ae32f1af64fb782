import { describe, expect, it } from 'vitest';
import { articleJsonLd, serializeJsonLd } from '../../src/lib/jsonld';

describe('articleJsonLd', () => {
  const input = {
    collection: 'medications' as const,
    url: 'https://example.org/medications/entecavir/',
    title: 'Entecavir',
    summary: 'An antiviral medicine for long-term hepatitis B.',
    synonyms: ['Baraclude'],
    reviewed: new Date('2026-11-24'),
    codes: { atc: ['J05AF10'] },
    siteName: 'ALT Atlas',
  };

  it('describes a MedicalWebPage about a Drug, with its review date and codes', () => {
    const ld = articleJsonLd(input);
    expect(ld['@type']).toBe('MedicalWebPage');
    expect(ld.lastReviewed).toBe('2026-11-24');
    expect(ld.about).toEqual({
      '@type': 'Drug',
      name: 'Entecavir',
      alternateName: ['Baraclude'],
      code: [{ '@type': 'MedicalCode', codeValue: 'J05AF10', codingSystem: 'ATC' }],
    });
  });

  it.each([
    ['causes', 'MedicalCondition'],
    ['tests', 'MedicalTest'],
    ['symptoms', 'MedicalSignOrSymptom'],
  ] as const)('uses the right type for %s', (collection, type) => {
    expect((articleJsonLd({ ...input, collection }).about as { '@type': string })['@type']).toBe(type);
  });

  it('is the whole page object: schema.org context, English by default, for patients, part of the site', () => {
    expect(articleJsonLd(input)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      url: 'https://example.org/medications/entecavir/',
      name: 'Entecavir',
      description: 'An antiviral medicine for long-term hepatitis B.',
      lastReviewed: '2026-11-24',
      inLanguage: 'en',
      audience: { '@type': 'PeopleAudience', audienceType: 'Patient' },
      isPartOf: { '@type': 'WebSite', name: 'ALT Atlas' },
      about: {
        '@type': 'Drug',
        name: 'Entecavir',
        alternateName: ['Baraclude'],
        code: [{ '@type': 'MedicalCode', codeValue: 'J05AF10', codingSystem: 'ATC' }],
      },
    });
    expect(articleJsonLd({ ...input, inLanguage: 'zh-CN' }).inLanguage).toBe('zh-CN');
  });

  it('leaves out alternate names and codes a page does not have', () => {
    const about = articleJsonLd({ ...input, collection: 'lifestyle', synonyms: [], codes: { atc: [], icd10cm: undefined } }).about;
    expect(about).toEqual({ '@type': 'LifestyleModification', name: 'Entecavir' });
    const { codes: _codes, ...noCodes } = input;
    expect(articleJsonLd(noCodes).about).toEqual({ '@type': 'Drug', name: 'Entecavir', alternateName: ['Baraclude'] });
  });

  it('cannot be closed early by content', () => {
    expect(serializeJsonLd({ a: '</script><script>alert(1)</script>' })).not.toContain('</script>');
    expect(serializeJsonLd({ a: '<b>' })).toBe('{"a":"\\u003cb>"}');
    expect(JSON.parse(serializeJsonLd({ a: '</script>' }))).toEqual({ a: '</script>' });
  });
});

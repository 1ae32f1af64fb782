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

  it('cannot be closed early by content', () => {
    expect(serializeJsonLd({ a: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});

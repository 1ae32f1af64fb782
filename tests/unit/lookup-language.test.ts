import { describe, expect, it } from 'vitest';
import { lookupLanguage } from '../../src/lib/lookup-language';

describe('lookupLanguage', () => {
  it.each(['zh', 'zh-CN', 'chi', 'zho', 'ZH'])('informationRecipient.languageCode.c=%s asks for Chinese', (code) => {
    expect(lookupLanguage(`?mainSearchCriteria.v.c=1742-6&informationRecipient.languageCode.c=${code}`)).toBe('zh-CN');
  });
  it("reads the short form's lang", () => {
    expect(lookupLanguage('?system=loinc&code=1742-6&lang=zh-CN')).toBe('zh-CN');
    expect(lookupLanguage('?system=loinc&code=1742-6&lang=en')).toBe('en');
  });
  it('is English without a language, or with one the site has no edition in', () => {
    expect(lookupLanguage('?system=loinc&code=1742-6')).toBe('en');
    expect(lookupLanguage('?system=loinc&code=1742-6&informationRecipient.languageCode.c=fr')).toBe('en');
    expect(lookupLanguage('?informationRecipient.languageCode.c=zh-TW')).toBe('en');
  });
});

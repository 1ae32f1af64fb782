import { expect, it } from 'vitest';
import { relatedTools } from '../../src/lib/related-tools';
import { en } from '../../src/i18n/en';

it('the ALT test page links to the result explainer, other pages to nothing', () => {
  const tools = relatedTools('tests', 'alt');
  expect(tools.map((tool) => tool.href)).toEqual(['/result/']);
  expect(en[tools[0]!.linkKey]).toMatch(/ALT/);
  expect(relatedTools('causes', 'hepatitis-b')).toEqual([]);
});

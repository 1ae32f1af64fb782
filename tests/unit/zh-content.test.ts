import { describe, expect, it } from 'vitest';
import { checkZhPage, ZH_CAUSE_SECTIONS, type ZhFile } from '../../src/lib/zh-content';

const page = (collection: ZhFile['collection'], body: string, summary = '一两句通俗的话，说明这个页面。'): ZhFile => ({
  key: `${collection}/x`,
  collection,
  filePath: `content/zh/${collection}/x.mdx`,
  data: { title: '乙肝', summary, synonyms: [], urgent: [], translationOf: '0123456789ab' },
  body,
});
const sections = ZH_CAUSE_SECTIONS.map((h) => `## ${h}\n\n内容。\n`).join('\n');
const exists = (key: string) => key === 'tests/alt';

describe('checkZhPage', () => {
  it('passes a good cause page', () => {
    expect(checkZhPage(page('causes', `${sections}\n看看[谷丙转氨酶](/zh/tests/alt/)。`), exists)).toEqual([]);
  });
  it('wants the six cause sections in order', () => {
    const [issue] = checkZhPage(page('causes', sections.replace('## 怎么诊断', '## 诊断')), exists);
    expect(issue!.message).toContain('expected these six H2 sections in this order');
  });
  it.each(['每次 2 片', '一日三次', '500 毫克', '0.5mg'])('finds the dose "%s" in a medicine page', (dose) => {
    const issues = checkZhPage(page('medications', `请按医嘱服用，${dose}。`), exists);
    expect(issues.map((i) => i.message).join()).toContain('dosing instruction');
  });
  it('finds talk about our sources', () => {
    expect(checkZhPage(page('tests', '我们的资料没有说明这一点。'), exists)[0]!.message).toContain('talks about the sources');
  });
  it('wants links to stay in the Chinese edition and to lead to a page', () => {
    const messages = checkZhPage(page('tests', '见[检查](/tests/alt/)和[别的](/zh/tests/nope/)，[索引](/zh/tests/)。'), exists).map((i) => i.message);
    expect(messages).toEqual([
      'links to the English page /tests/alt/; expected /zh/tests/alt/',
      'links to /zh/tests/nope/, which is not a page; expected /zh/<collection>/<slug>/ of an existing page',
    ]);
  });
});

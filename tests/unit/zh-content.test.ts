import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkZhPage, loadZhContent, ZH_CAUSE_SECTIONS, type ZhFile } from '../../src/lib/zh-content';

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

describe('checkZhPage, each rule exactly', () => {
  const at = (body: string, collection: ZhFile['collection'] = 'causes') => checkZhPage(page(collection, body), exists);
  it('names the dose and the page, and looks for doses only in medicine pages', () => {
    expect(checkZhPage(page('medications', '一次 500 毫克。'), exists)).toEqual([
      { filePath: 'content/zh/medications/x.mdx', field: 'body', message: 'dosing instruction "500 毫克"; expected none (medicines are taken only as prescribed)' },
    ]);
    expect(checkZhPage(page('tests', '化验单上写着 500 毫克，每次 2 片。'), exists)).toEqual([]);
  });
  it('finds a dose in the summary too', () => {
    expect(checkZhPage(page('medications', '正文。', '请每天 3 次按时服用这种药物。'), exists).map((i) => i.message)).toEqual([
      'dosing instruction "每天 3 次"; expected none (medicines are taken only as prescribed)',
    ]);
  });
  it('quotes the talk about sources and names the field', () => {
    expect(checkZhPage(page('tests', '本站资料显示如此。'), exists)).toEqual([
      { filePath: 'content/zh/tests/x.mdx', field: 'body', message: 'talks about the sources ("本站资料"); expected the facts themselves' },
    ]);
  });
  it('lists the sections found and the six expected', () => {
    expect(at(sections.replace('## 怎么诊断', '## 诊断'))).toEqual([
      {
        filePath: 'content/zh/causes/x.mdx',
        field: 'body',
        message: `has the sections 这是什么病、化验单上会怎样、怎么治疗、您可以做什么、什么时候要赶快就医; expected these six H2 sections in this order: ${ZH_CAUSE_SECTIONS.join('、')}`,
      },
    ]);
    expect(at('没有标题的正文。')[0]!.message).toBe(
      'has the sections (none); expected these six H2 sections in this order: 这是什么病、化验单上会怎样、怎么诊断、怎么治疗、您可以做什么、什么时候要赶快就医',
    );
  });
  it('ignores other H2 sections between the six', () => {
    expect(at(sections.replace('## 怎么诊断', '## 背景\n\n内容。\n\n## 怎么诊断'))).toEqual([]);
  });
  it('reads a heading with extra spaces or text right below it', () => {
    expect(at(sections.replace('## 怎么诊断\n\n', '##   怎么诊断   \n'))).toEqual([]);
  });
  it('does not count an H3 as one of the six H2 sections', () => {
    expect(at(sections.replace('## 怎么诊断', '### 怎么诊断'))).toHaveLength(1);
  });
  it('checks href links too, ignoring a fragment or query', () => {
    expect(at(`${sections}<a href="/tests/alt/">检查</a><a href="/zh/tests/nope/#top">别的</a><a href="/zh/tests/alt/?a=1">好</a>`)).toEqual([
      { filePath: 'content/zh/causes/x.mdx', field: 'body', message: 'links to the English page /tests/alt/; expected /zh/tests/alt/' },
      { filePath: 'content/zh/causes/x.mdx', field: 'body', message: 'links to /zh/tests/nope/, which is not a page; expected /zh/<collection>/<slug>/ of an existing page' },
    ]);
  });
  it('checks a Markdown link with a title', () => {
    expect(at(`${sections}[检查](/tests/alt/ "谷丙转氨酶")`).map((i) => i.message)).toEqual(['links to the English page /tests/alt/; expected /zh/tests/alt/']);
  });
  it('leaves other site paths alone', () => {
    expect(at(`${sections}[关于](/about/)、[搜索](/zh/search/)、[下载](/files/zh/tests/nope/)、[文件](/zh/tests/nope/file.txt)、[深](/tests/alt/deep)`)).toEqual([]);
  });
});

describe('loadZhContent', () => {
  const roots: string[] = [];
  const tempRoot = () => {
    const root = mkdtempSync(join(tmpdir(), 'zh-'));
    roots.push(root);
    return root;
  };
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
  const write = (root: string, path: string, text: string) => {
    mkdirSync(join(root, dirname(path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  it('says when there is no Chinese edition', () => {
    const root = tempRoot();
    expect(loadZhContent(root)).toEqual({ files: [], issues: [], exists: false });
  });
  it('loads pages and names every bad file, field and folder', () => {
    const root = tempRoot();
    const good = '---\ntitle: 乙肝\nsummary: 一两句通俗的话，说明这个页面。\ntranslationOf: 0123456789ab\n---\n正文。\n';
    write(root, 'content/zh/causes/hepatitis-b.mdx', good);
    write(root, 'content/zh/causes/notes.txt', 'not a page');
    write(root, 'content/zh/tests/bad.mdx', '---\ntitle: 乙肝\nsummary: 短\ntranslationOf: 0123456789ab\n---\n');
    write(root, 'content/zh/tests/plain.mdx', '没有 frontmatter。\n');
    write(root, 'content/zh/drafts/a.mdx', good);
    const { files, issues, exists: found } = loadZhContent(root);
    expect(found).toBe(true);
    expect(files).toEqual([
      {
        key: 'causes/hepatitis-b',
        collection: 'causes',
        filePath: 'content/zh/causes/hepatitis-b.mdx',
        data: { title: '乙肝', summary: '一两句通俗的话，说明这个页面。', synonyms: [], urgent: [], translationOf: '0123456789ab' },
        body: '正文。\n',
      },
    ]);
    expect(issues).toEqual([
      { filePath: 'content/zh/drafts', field: '(file)', message: 'expected a folder named after a collection: causes, medications, lifestyle, symptoms, tests' },
      { filePath: 'content/zh/tests/bad.mdx', field: 'summary', message: 'expected at least 10 characters' },
      { filePath: 'content/zh/tests/plain.mdx', field: '(file)', message: 'content/zh/tests/plain.mdx: expected a frontmatter block between --- lines at the top' },
    ]);
  });
});

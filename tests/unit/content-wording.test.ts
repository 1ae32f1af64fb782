import { describe, expect, it } from 'vitest';
import {
  checkWording,
  findForbiddenPhrases,
  headingsOf,
  missingChineseNames,
  missingSection,
  paragraphsOf,
  REQUIRED_SECTIONS,
} from '../../src/lib/content-wording';

const causeBody = (sections: readonly string[], extra = '') =>
  sections.map((s, i) => `## ${s}\n\nParagraph ${i} of the page, written for this page only.${extra}`).join('\n\n');
const EN = REQUIRED_SECTIONS.en.causes!;
const ZH = REQUIRED_SECTIONS.zh.causes!;

describe('findForbiddenPhrases', () => {
  it.each([
    ['Our checked sources do not describe a typical pattern.', 'Our checked sources'],
    ['The sources behind this page do not explain it.', 'The sources behind this page'],
    ['We could not confirm a LiverTox record.', 'We could not confirm'],
    ['We have not confirmed a LiverTox record.', 'We have not confirmed'],
    ['This is not settled in the sources.', 'not settled in the sources'],
    ['The guideline sources do not mention it.', 'sources do not mention'],
    ['Medical coding lists it as K76.0.', 'Medical coding'],
    ['Its ICD-10-CM code is R74.01.', 'ICD-10-CM'],
  ])('flags %j', (text, phrase) => {
    expect(findForbiddenPhrases(text, 'en').map((f) => f.phrase)).toContain(phrase);
  });

  it.each([
    '我们的资料没有说明这种情况。',
    '目前资料中没有描述典型的化验结果。',
    '我们无法确认这一点。',
    '疾病编码把它列为K76.0。',
  ])('flags the Chinese %j', (text) => {
    expect(findForbiddenPhrases(text, 'zh')).not.toEqual([]);
  });

  it.each([
    'Wilson disease stops the body from removing extra copper.',
    'Ask your doctor which sources of iron to avoid.',
    'We confirmed nothing; your clinician orders the tests.',
    'The source of the pain is often the gallbladder.',
  ])('passes plain prose %j', (text) => {
    expect(findForbiddenPhrases(text, 'en')).toEqual([]);
  });

  it('passes plain Chinese prose', () => {
    expect(findForbiddenPhrases('肝豆状核变性是一种遗传病，身体排不出多余的铜。', 'zh')).toEqual([]);
  });
});

describe('sections', () => {
  it('reads H2 headings only, trimmed', () => {
    expect(headingsOf('# Title\n## What it is \n### Sub\ntext ## not\n##  When to get help fast ##\n')).toEqual([
      'What it is',
      'When to get help fast',
    ]);
  });

  it('accepts the required sections in order with others between', () => {
    expect(missingSection(['What it is', 'Extra', ...EN.slice(1)], EN)).toBeUndefined();
  });

  it('names the first missing section', () => {
    expect(missingSection(EN.filter((s) => s !== 'How it is diagnosed'), EN)).toBe('How it is diagnosed');
  });

  it('treats a section out of order as missing', () => {
    const swapped = [EN[1]!, EN[0]!, ...EN.slice(2)];
    expect(missingSection(swapped, EN)).toBe(EN[1]);
  });

  it('requires the sections only of cause pages, in each language', () => {
    const pages = [
      { filePath: 'content/causes/a.mdx', collection: 'causes', body: causeBody(EN.slice(0, 5)) },
      { filePath: 'content/symptoms/b.mdx', collection: 'symptoms', body: 'No sections at all on a symptom page.' },
    ];
    const issues = checkWording(pages, 'en');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ filePath: 'content/causes/a.mdx', field: 'body' });
    expect(issues[0]!.message).toContain('"## When to get help fast" is missing');
    expect(checkWording([{ filePath: 'z.mdx', collection: 'causes', body: causeBody(ZH) }], 'zh')).toEqual([]);
    expect(checkWording([{ filePath: 'z.mdx', collection: 'causes', body: causeBody(EN) }], 'zh')[0]!.message).toContain(
      '这是什么病',
    );
  });
});

describe('copied paragraphs', () => {
  it('splits paragraphs and list items, folding white space and skipping headings and markup', () => {
    expect(paragraphsOf('## Head\nHello\n  world.\n\n- one item\n- two\n<Box />\nimport X from "y";\nlast')).toEqual([
      'Hello world.',
      'one item',
      'two',
      'last',
    ]);
  });

  it('names both pages when a paragraph of 60 characters or more stands on two', () => {
    const shared = 'ALT is an enzyme that lives inside liver cells and leaks out when they are hurt.';
    const issues = checkWording(
      [
        { filePath: 'content/tests/a.mdx', collection: 'tests', body: `${shared}\n\nOwn words here.` },
        { filePath: 'content/tests/b.mdx', collection: 'tests', body: `Other words.\n\n- ${shared}` },
      ],
      'en',
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.filePath).toBe('content/tests/b.mdx');
    expect(issues[0]!.message).toContain('is also in content/tests/a.mdx');
  });

  it('lets short shared lines and repeats within one page pass', () => {
    const short = 'Ask your doctor.';
    const long = 'This sentence is long enough to count as a paragraph of its own here.';
    expect(
      checkWording(
        [
          { filePath: 'a.mdx', collection: 'tests', body: `${short}\n\n${long}\n\n${long}` },
          { filePath: 'b.mdx', collection: 'tests', body: short },
        ],
        'en',
      ),
    ).toEqual([]);
  });

  it('uses a shorter threshold for Chinese', () => {
    const shared = '转氨酶是肝细胞里的一种酶，肝细胞受伤的时候，它会从细胞里漏出来，进到血液里。';
    const pages = ['a', 'b'].map((n) => ({ filePath: `${n}.mdx`, collection: 'tests', body: shared }));
    expect(checkWording(pages, 'zh')).toHaveLength(1);
  });
});

describe('missingChineseNames', () => {
  it('names each page without zh', () => {
    expect(
      missingChineseNames([
        { filePath: 'content/causes/a.mdx', data: { zh: '脂肪肝' } },
        { filePath: 'content/causes/b.mdx', data: {} },
      ]),
    ).toEqual([expect.objectContaining({ filePath: 'content/causes/b.mdx', field: 'zh' })]);
  });
});

describe('wording details', () => {
  it('reads headings of a file with Windows line ends', () => {
    expect(headingsOf('## What it is\r\ntext\r\n## When to get help fast ##\r\n')).toEqual(['What it is', 'When to get help fast']);
  });

  it('folds runs of white space inside a line and splits at blank or white-space-only lines', () => {
    expect(paragraphsOf('Hello   world,\tagain.\n   \nNext one.\n\n\n')).toEqual(['Hello world, again.', 'Next one.']);
  });

  it('keeps lines that only contain #, < or a number mid-line, and skips export lines and code fences', () => {
    expect(paragraphsOf('ALT < 40 U/L is in range.\nSee page 2. Then rest, #1 rule.\nexport const x = 1;\n```\nend')).toEqual([
      'ALT < 40 U/L is in range. See page 2. Then rest, #1 rule.',
      'end',
    ]);
  });

  it('reads numbered items with one or more digits and either mark', () => {
    expect(paragraphsOf('Steps:\n1. one\n10) ten\n  continued\n2.no space')).toEqual(['Steps:', 'one', 'ten continued 2.no space']);
  });

  it('lists every required section, quoted, in the message', () => {
    const issues = checkWording([{ filePath: 'content/causes/a.mdx', collection: 'causes', body: causeBody(EN.slice(1)) }], 'en');
    expect(issues).toEqual([
      {
        filePath: 'content/causes/a.mdx',
        field: 'body',
        message: `section "## What it is" is missing or out of order; expected the sections ${EN.map((s) => `"${s}"`).join(', ')} in this order`,
      },
    ]);
    expect(issues[0]!.message).toContain('"What it is", "How it shows in liver tests", ');
  });

  it('reports a shared paragraph of exactly 60 characters with its first 60 characters', () => {
    const sixty = 'A'.repeat(59) + '.';
    const long = `${'B'.repeat(60)} and more words after the first sixty characters.`;
    const pages = ['a', 'b'].map((n) => ({ filePath: `content/tests/${n}.mdx`, collection: 'tests', body: `${sixty}\n\n${long}` }));
    expect(checkWording(pages, 'en')).toEqual([
      { filePath: 'content/tests/b.mdx', field: 'body', message: `paragraph "${sixty}…" is also in content/tests/a.mdx; expected wording of its own, or a link to the page that explains it` },
      { filePath: 'content/tests/b.mdx', field: 'body', message: `paragraph "${'B'.repeat(60)}…" is also in content/tests/a.mdx; expected wording of its own, or a link to the page that explains it` },
    ]);
    expect(checkWording(pages.map((p) => ({ ...p, body: 'A'.repeat(58) + '.' })), 'en')).toEqual([]);
  });

  it('does not report a page against itself when it is listed twice', () => {
    const long = 'This sentence is long enough to count as a paragraph of its own here.';
    const page = { filePath: 'content/tests/a.mdx', collection: 'tests', body: long };
    expect(checkWording([page, page], 'en')).toEqual([]);
  });
});

describe('headings with other white space', () => {
  it('trims a no-break space at the end of a heading', () => {
    expect(headingsOf('## What it is\u00a0\n')).toEqual(['What it is']);
  });
});

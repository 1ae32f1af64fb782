/**
 * Editorial rules on the wording and shape of page bodies, in either language: no talk about what our sources do or
 * do not say, no disease-code talk, the sections every cause page needs, and no paragraph copied word for word from
 * another page (shared wording belongs in a component or a link). Pure: takes page bodies as plain data.
 */
import type { ContentIssue } from './graph.ts';

export type ContentLanguage = 'en' | 'zh';

/** What the wording rules need of a page. */
export interface WordedPage {
  filePath: string;
  collection: string;
  body: string;
}

interface PhraseRule {
  pattern: RegExp;
  expected: string;
}

const META = 'no comment on what our sources say (find the fact or leave it out)';
const CODE_TALK = 'no disease-code talk in the body (codes are listed under the page)';

/** Phrases a page never uses: meta-commentary on the sources, and code talk. */
export const FORBIDDEN_PHRASES: Record<ContentLanguage, readonly PhraseRule[]> = {
  en: [
    { pattern: /\bour\s+(?:checked\s+|reference\s+|own\s+|main\s+)?sources?\b/i, expected: META },
    { pattern: /\b(?:the\s+)?sources?\s+(?:behind|for|of)\s+this\s+page\b/i, expected: META },
    {
      pattern: /\bwe\s+(?:could\s+not|couldn't|cannot|can't|did\s+not|didn't|have\s+not|haven't)\s+(?:yet\s+)?(?:confirm|confirmed|find|found|verify|verified)\b/i,
      expected: META,
    },
    {
      pattern: /\b(?:not|never)\s+(?:settled|described|confirmed|covered|explained|given)\s+(?:in|by)\s+(?:the\s+|our\s+)?(?:checked\s+)?sources\b/i,
      expected: META,
    },
    {
      pattern: /\bsources?\s+(?:do|does|did)\s+not\s+(?:describe|say|mention|explain|cover|give|list)\b/i,
      expected: META,
    },
    { pattern: /\bmedical\s+cod(?:ing|es?)\b/i, expected: CODE_TALK },
    { pattern: /\b(?:ICD-?10(?:-CM)?|ICD-?11|LOINC|SNOMED(?:\s+CT)?)\b/i, expected: CODE_TALK },
  ],
  zh: [
    { pattern: /我们的?(?:资料|来源|参考资料|参考文献)/u, expected: META },
    { pattern: /(?:资料|来源|文献)(?:中|里)?(?:没有|未|并未)(?:说明|描述|提到|提及|介绍)/u, expected: META },
    { pattern: /(?:无法|未能|没能|不能)(?:确认|核实|证实)/u, expected: META },
    { pattern: /(?:疾病|医学|诊断)编码|(?:ICD-?10|ICD-?11|LOINC|SNOMED)/iu, expected: CODE_TALK },
  ],
};

/** The H2 sections every cause page has, in this order (other headings may stand between them). */
export const REQUIRED_SECTIONS: Record<ContentLanguage, Partial<Record<string, readonly string[]>>> = {
  en: {
    causes: [
      'What it is',
      'How it shows in liver tests',
      'How it is diagnosed',
      'How it is treated',
      'What you can do',
      'When to get help fast',
    ],
  },
  zh: {
    causes: ['这是什么病', '化验单上会怎样', '怎么诊断', '怎么治疗', '您可以做什么', '什么时候要赶快就医'],
  },
};

/** Shortest paragraph, in characters after folding white space, that counts as copied when it stands on two pages. */
export const MIN_SHARED_PARAGRAPH: Record<ContentLanguage, number> = { en: 60, zh: 30 };

/** Finds the forbidden phrases in a text, in order, each once. */
export function findForbiddenPhrases(text: string, language: ContentLanguage): { phrase: string; expected: string }[] {
  const found: { phrase: string; expected: string }[] = [];
  for (const rule of FORBIDDEN_PHRASES[language]) {
    const match = rule.pattern.exec(text);
    if (match) found.push({ phrase: match[0], expected: rule.expected });
  }
  return found;
}

/** The H2 headings of a body, in order. */
export function headingsOf(body: string): string[] {
  return [...body.matchAll(/^##[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)].map((m) => m[1]!.trim());
}

/** Names the first required section that is missing or out of order, or undefined when all stand in order. */
export function missingSection(headings: readonly string[], required: readonly string[]): string | undefined {
  let from = 0;
  for (const section of required) {
    const at = headings.indexOf(section, from);
    if (at === -1) return section;
    from = at + 1;
  }
  return undefined;
}

/**
 * The paragraphs and list items of a body, white space folded, without headings, code, imports or HTML-only lines.
 * Example: "Hello\nworld.\n\n- one item" gives ["Hello world.", "one item"].
 */
export function paragraphsOf(body: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push(current.join(' ').replace(/\s+/g, ' ').trim());
    current = [];
  };
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || /^(?:#|import\s|export\s|<|```)/.test(line)) {
      flush();
      continue;
    }
    const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      current.push(item[1]!);
      continue;
    }
    current.push(line);
  }
  flush();
  // Every line kept is trimmed and non-empty, so every block is too: no filter needed.
  return blocks;
}

/** Checks each page's wording and sections, and every paragraph against all the other pages. */
export function checkWording(pages: readonly WordedPage[], language: ContentLanguage): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Map<string, string>();
  for (const page of pages) {
    for (const { phrase, expected } of findForbiddenPhrases(page.body, language)) {
      issues.push({ filePath: page.filePath, field: 'body', message: `"${phrase}"; expected ${expected}` });
    }
    const required = REQUIRED_SECTIONS[language][page.collection];
    if (required) {
      const missing = missingSection(headingsOf(page.body), required);
      if (missing) {
        issues.push({
          filePath: page.filePath,
          field: 'body',
          message: `section "## ${missing}" is missing or out of order; expected the sections ${required.map((s) => `"${s}"`).join(', ')} in this order`,
        });
      }
    }
    for (const paragraph of new Set(paragraphsOf(page.body))) {
      if (paragraph.length < MIN_SHARED_PARAGRAPH[language]) continue;
      const first = seen.get(paragraph);
      if (first === undefined) {
        seen.set(paragraph, page.filePath);
      } else if (first !== page.filePath) {
        issues.push({
          filePath: page.filePath,
          field: 'body',
          message: `paragraph "${paragraph.slice(0, 60)}…" is also in ${first}; expected wording of its own, or a link to the page that explains it`,
        });
      }
    }
  }
  return issues;
}

/** Pages without a Chinese name: every page carries `zh`, so Chinese readers find it. */
export function missingChineseNames(pages: readonly { filePath: string; data: { zh?: string | undefined } }[]): ContentIssue[] {
  return pages
    .filter((p) => !p.data.zh)
    .map((p) => ({
      filePath: p.filePath,
      field: 'zh',
      message: 'expected the Chinese name(s) readers type, from ZH_NAMES.md (names tagged H, H-3p or M)',
    }));
}

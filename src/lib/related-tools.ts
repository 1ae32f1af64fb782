/**
 * Interactive tools an article links to, by article (`collection/slug`): the ALT test page offers the result
 * explainer (issue 14). Configuration, not content: the article files stay as they are, and the Article layout shows
 * the link. Labels are i18n keys.
 */
import type { UiKey } from '../i18n/en';

export interface RelatedTool {
  href: string;
  /** Lead-in text and link text. */
  textKey: UiKey;
  linkKey: UiKey;
}

export const RELATED_TOOLS: Readonly<Record<string, readonly RelatedTool[]>> = {
  'tests/alt': [{ href: '/result/', textKey: 'result.tool.text', linkKey: 'result.tool.link' }],
};

/** The tools of an article; none for most. `relatedTools('tests', 'alt')` lists the result explainer. */
export function relatedTools(collection: string, id: string): readonly RelatedTool[] {
  return RELATED_TOOLS[`${collection}/${id}`] ?? [];
}

/**
 * The `/lookup/` and `/embed/lookup/` pages: reads an Infobutton or short-form request from the URL, fetches the
 * static code file (`/codes/<system>/<code>.json`) and then sends the reader on: straight to the best page (its embed
 * page on `/embed/lookup/`), to a list when several pages fit, or to a search when none does. A clinician's request
 * (`informationRecipient=PROV`) lands on the page's codes, followed by its sources. Strings come from `data-labels`.
 */
import { codeFilePath, decideLookup, pageInEdition, type LookupPage } from '../lib/code-lookup';
import { lookupLanguage } from '../lib/lookup-language';
import { localizePath } from '../lib/edition';
import { CODE_SYSTEM_LABELS } from '../lib/codes';
import { embedQuery, parseEmbedOptions } from '../lib/embed-options';
import { isEmptyRequest, parseLookupRequest, searchTermFor, type Criterion } from '../lib/infobutton';

interface Labels {
  looking: string;
  chooseTitle: string;
  noneCode: string;
  noneUnreadable: string;
  search: string;
  failed: string;
  types: Record<string, string>;
}

const root = document.querySelector<HTMLElement>('[data-lookup]')!;
const labels = JSON.parse(root.dataset.labels!) as Labels;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const choose = root.querySelector<HTMLElement>('[data-choose]')!;
const none = root.querySelector<HTMLElement>('[data-none]')!;
const request = parseLookupRequest(location.search);
/** The edition asked for (Infobutton `informationRecipient.languageCode.c`, or `lang=`): its pages are the answer. */
const language = lookupLanguage(location.search);
const framed = window.top !== window;
/** On /embed/lookup/: every page it leads to is an embed page, shown in the same frame. */
const embedded = root.dataset.embed === 'true' || request.embed;
/** Theme and id of the embed page, passed on when a framed lookup forwards to one. */
const embedSuffix = embedQuery(parseEmbedOptions(location.search));

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
const describe = (c: Criterion) => ({ system: CODE_SYSTEM_LABELS[c.system], code: c.code });
/** Codes, then sources: what a clinician looks for first (the id is on the codes line, src/components/CodeList.astro). */
const fragment = request.recipient === 'PROV' ? '#codes' : '';
const destination = (page: LookupPage) => {
  const shown = pageInEdition(page, language);
  return (embedded ? shown.embedPath + embedSuffix : shown.path) + fragment;
};

/** Links to the full site open in a new tab when we are inside a portal's frame: the full site refuses framing. */
function outside(link: HTMLAnchorElement): HTMLAnchorElement {
  if (framed) {
    link.target = '_blank';
    link.rel = 'noopener';
  }
  return link;
}

async function pagesFor(criterion: Criterion): Promise<LookupPage[] | undefined> {
  const response = await fetch(codeFilePath(criterion.system, criterion.code), { headers: { accept: 'application/json' } });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = (await response.json()) as { pages?: LookupPage[] };
  return Array.isArray(body.pages) ? body.pages : undefined;
}

function showChoice(criterion: Criterion, pages: LookupPage[]): void {
  choose.querySelector('h2')!.textContent = fill(labels.chooseTitle, describe(criterion));
  const items = pages.map((page) => {
    const shown = pageInEdition(page, language);
    const link = Object.assign(document.createElement('a'), { href: destination(page), textContent: shown.title, lang: language });
    // An embed page may be shown in the frame: override the embed page's base target (a new tab) for these links.
    if (embedded) link.target = '_self';
    else outside(link);
    const type = Object.assign(document.createElement('span'), { className: 'type-label', textContent: labels.types[page.type] ?? page.type });
    const summary = Object.assign(document.createElement('p'), { textContent: shown.summary, lang: language });
    const item = document.createElement('li');
    item.append(link, ' ', type, summary);
    return item;
  });
  choose.querySelector('ul')!.replaceChildren(...items);
  status.textContent = '';
  choose.hidden = false;
}

function showNone(criterion: Criterion | undefined): void {
  none.querySelector('[data-none-text]')!.textContent = criterion ? fill(labels.noneCode, describe(criterion)) : labels.noneUnreadable;
  const term = searchTermFor(request);
  const search = none.querySelector<HTMLAnchorElement>('[data-search]')!;
  search.href = `${localizePath('/search/', language)}?q=${encodeURIComponent(term)}`;
  search.textContent = fill(labels.search, { q: term });
  search.hidden = term === '';
  if (!embedded) none.querySelectorAll('a').forEach(outside);
  none.hidden = false;
}

async function run(): Promise<void> {
  if (isEmptyRequest(request)) return;
  root.dataset.state = 'busy';
  const first = request.criteria[0];
  status.textContent = first ? fill(labels.looking, describe(first)) : '';
  // The form below offers another try, starting from what was asked.
  const form = root.querySelector('form');
  if (first && form) {
    (form.elements.namedItem('system') as HTMLSelectElement).value = first.system;
    (form.elements.namedItem('code') as HTMLInputElement).value = first.code;
  }
  try {
    for (const criterion of request.criteria) {
      const pages = await pagesFor(criterion);
      if (!pages) continue;
      const decision = decideLookup(criterion.system, pages);
      if (decision.kind === 'go') {
        location.replace(destination(decision.page));
        return;
      }
      if (decision.kind === 'choose') {
        showChoice(criterion, decision.pages);
        return;
      }
    }
    status.textContent = '';
    showNone(first);
  } catch {
    status.textContent = labels.failed;
    showNone(first);
  } finally {
    root.dataset.state = 'done';
  }
}

void run();

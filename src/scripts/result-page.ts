/**
 * The result explainer's script (/result/ and /embed/result/). Everything happens on this device: the values are
 * read from the form or the URL fragment, checked, explained and drawn here. The fragment is updated with
 * `history.replaceState` (no navigation, no request) and nothing is stored: no storage API, no cookie, no fetch.
 * Strings come from the page (data-config), so the script carries no text of its own.
 */
import { EMPTY_INPUT, NUMBER_FIELDS, hasResultFragment, parseFragment, toFragment, validate, type FieldError, type RawInput } from '../lib/result/input';
import { explain, type Statement } from '../lib/result/explain';
import { buildScale, type SvgNode } from '../lib/result/scale';
import { fill, formatNumber, statementText, type ResultStrings } from '../lib/result/format';
import { localizePath, type Edition } from '../lib/edition';

interface Config {
  lang: string;
  edition: Edition;
  strings: ResultStrings;
  titles: Record<string, string>;
}

const root = document.querySelector<HTMLElement>('[data-result]');
const form = root?.querySelector<HTMLFormElement>('[data-result-form]');
const output = root?.querySelector<HTMLElement>('[data-result-output]');

if (root && form && output) {
  const { lang, edition, strings, titles } = JSON.parse(root.dataset['config'] ?? '{}') as Config;
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const input = (field: string) => $<HTMLInputElement>(`[data-field="${field}"]`);
  const unit = $<HTMLSelectElement>('[data-field="unit"]');
  const sexInputs = [...root.querySelectorAll<HTMLInputElement>('[data-sex]')];
  const summary = $<HTMLElement>('[data-error-summary]');
  // The embed page's "Open the full page" link carries the fragment too, so the result opens there as well.
  const fullLink = document.querySelector<HTMLAnchorElement>('.embed-bar a');
  const fullHref = fullLink?.getAttribute('href') ?? '';
  const linkFull = (fragment: string) => fullLink?.setAttribute('href', fragment ? `${fullHref}#${fragment}` : fullHref);

  const read = (): RawInput => ({
    alt: input('alt').value,
    uln: input('uln').value,
    ast: input('ast').value,
    age: input('age').value,
    plt: input('plt').value,
    sex: sexInputs.find((r) => r.checked)?.value ?? '',
    unit: unit.value,
  });

  const write = (raw: RawInput) => {
    for (const field of NUMBER_FIELDS) input(field).value = raw[field];
    unit.value = raw.unit === 'ukat' ? 'ukat' : 'ul';
    for (const radio of sexInputs) radio.checked = radio.value === raw.sex;
  };

  const errorText = (error: FieldError): string => {
    const vars: Record<string, string> = {};
    for (const [k, v] of Object.entries(error)) if (typeof v === 'number') vars[k] = formatNumber(v, lang);
    return fill(strings[`result.error.${error.code}`], vars, strings, lang);
  };

  const showErrors = (errors: Partial<Record<string, FieldError>>) => {
    for (const field of NUMBER_FIELDS) {
      const el = input(field);
      const message = $<HTMLElement>(`[data-error-for="${field}"]`);
      const error = errors[field];
      el.setAttribute('aria-invalid', String(Boolean(error)));
      message.textContent = error ? errorText(error) : '';
      message.hidden = !error;
    }
    summary.textContent = Object.keys(errors).length > 0 ? strings['result.error.summary'] : '';
  };

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const svgNode = (node: SvgNode): SVGElement => {
    const created = document.createElementNS('http://www.w3.org/2000/svg', node.tag);
    for (const [name, value] of Object.entries(node.attrs)) if (name !== 'xmlns') created.setAttribute(name, String(value));
    if (node.text !== undefined) created.textContent = node.text;
    for (const child of node.children ?? []) created.append(svgNode(child));
    return created;
  };

  const statements = (container: Element, list: Statement[]) => {
    container.replaceChildren(
      ...list.map((statement) => {
        const block = el('div', 'result-statement');
        block.append(el('p', undefined, statementText(statement, strings, lang)));
        if (statement.links?.length) {
          const ul = el('ul', 'result-links');
          for (const path of statement.links) {
            const li = el('li');
            const a = el('a', undefined, titles[path] ?? path);
            a.href = localizePath(path, edition);
            li.append(a);
            ul.append(li);
          }
          block.append(ul);
        }
        return block;
      }),
    );
  };

  /** Checks and shows the values; returns whether they were valid. */
  const run = (raw: RawInput, moveFocus: boolean): boolean => {
    const checked = validate(raw);
    if (!checked.ok) {
      showErrors(checked.errors);
      output.hidden = true;
      if (moveFocus) input(NUMBER_FIELDS.find((f) => checked.errors[f])!).focus();
      return false;
    }
    showErrors({});
    const ex = explain(checked.input);
    const scale = buildScale(ex, checked.input.sex, strings, lang, 'result-scale-title');
    $('[data-result-scale]').replaceChildren(svgNode(scale.svg));
    const urgent = $('[data-result-urgent]');
    statements(urgent, ex.urgent);
    urgent.className = ex.urgent.length > 0 ? 'urgent result-urgent' : '';
    statements($('[data-result-about]'), ex.about);
    statements($('[data-result-next]'), ex.next);
    statements($('[data-result-fib4]'), ex.fib4Statements);
    output.hidden = false;
    if (moveFocus) $<HTMLElement>('#result-heading').focus();
    return true;
  };

  /** The fragment is the only place the values live; replaceState changes it without a request or a history entry. */
  const setFragment = (fragment: string) => {
    history.replaceState(history.state, '', fragment ? `#${fragment}` : location.pathname + location.search);
    linkFull(fragment);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const raw = read();
    if (run(raw, true)) setFragment(toFragment(raw));
  });

  $('[data-result-clear]').addEventListener('click', () => {
    write(EMPTY_INPUT);
    showErrors({});
    output.hidden = true;
    setFragment('');
    input('alt').focus();
  });

  const fromFragment = () => {
    if (!hasResultFragment(location.hash)) return;
    const raw = parseFragment(location.hash);
    write(raw);
    run(raw, false);
    linkFull(toFragment(raw));
  };
  addEventListener('hashchange', fromFragment);
  form.hidden = false;
  fromFragment();
}

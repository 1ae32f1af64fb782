/**
 * The script of every embed page (`/embed/<collection>/<slug>/`). Static HTML cannot read its query at build time,
 * so this applies the theming options on the client (through `style.setProperty` and `data-*` attributes only:
 * no markup, no inline style) and, when framed, reports the page's height to the parent so the snippet can size the
 * iframe with no inner scrollbar.
 */
import { embedDataset, embedLanguageRedirect, embedStyle, isMeasureMessage, parseEmbedOptions, type HeightMessage } from '../lib/embed-options';

// `lang=zh-CN` on an English embed URL: the Chinese page of the same article.
const otherLanguage = embedLanguageRedirect(location.pathname, location.search);
if (otherLanguage) location.replace(otherLanguage);

const root = document.documentElement;
const options = parseEmbedOptions(location.search);
const dark = matchMedia('(prefers-color-scheme: dark)');

function applyTheme(): void {
  const shown = options.theme === 'auto' ? (dark.matches ? 'dark' : 'light') : options.theme;
  const style = embedStyle(options, shown);
  // An accent readable on one background may not be on the other: drop it when the system theme flips.
  for (const name of ['--accent', '--accent-fg']) if (!(name in style)) root.style.removeProperty(name);
  for (const [name, value] of Object.entries(style)) root.style.setProperty(name, value);
}

Object.assign(root.dataset, embedDataset(options));
applyTheme();
if (options.theme === 'auto') dark.addEventListener('change', applyTheme);

if (window.parent !== window) {
  let last = -1;
  let frame = 0;
  /** The height of the content itself: the root element is not stretched to the viewport, so it can also shrink. */
  const measure = () => Math.ceil(root.getBoundingClientRect().height);
  const report = (force = false) => {
    const height = measure();
    if (height === last && !force) return;
    last = height;
    // Only the height and the id the host gave us: nothing private, so any parent may read it ('*').
    const message: HeightMessage = { type: 'alt-atlas:height', height, id: options.id };
    window.parent.postMessage(message, '*');
  };
  const schedule = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => report());
  };
  // Fires on first layout and whenever the content height changes: narrower viewport, larger font size, fonts loaded.
  new ResizeObserver(schedule).observe(root);
  addEventListener('load', schedule);

  // The snippet may ask again (after the iframe's load event). Accept only that exact message, only from the
  // window that frames us and, where the browser tells us who that is, only from its origin.
  addEventListener('message', (event: MessageEvent) => {
    if (event.source !== window.parent || !isMeasureMessage(event.data) || event.data.id !== options.id) return;
    const parentOrigin = location.ancestorOrigins?.[0];
    if (parentOrigin && event.origin !== parentOrigin) return;
    report(true);
  });
}

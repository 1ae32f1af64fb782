/**
 * The only script on an article page before any interaction (a few hundred bytes): it waits for the reader to focus
 * the header search box or press "/", and only then loads the search code.
 */
const input = document.querySelector<HTMLInputElement>('[data-header-search] input');
if (input) {
  input.addEventListener('focus', () => void import('./header-search').then((m) => m.attach(input)), { once: true });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });
}

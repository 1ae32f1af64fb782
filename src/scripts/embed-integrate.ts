/**
 * Live parts of the integrator guide: the oEmbed response, fetched and shown formatted, and the last height message
 * the live snippet embed sent, checked with the same rule the snippet applies.
 */
import { isHeightMessage } from '../lib/embed-options';

for (const output of document.querySelectorAll<HTMLElement>('[data-oembed-demo]')) {
  const code = output.querySelector('code') ?? output;
  fetch(output.dataset.oembedDemo!)
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
    .then((json: unknown) => {
      code.textContent = JSON.stringify(json, null, 2);
    })
    .catch((error: unknown) => {
      code.textContent = String(error);
    });
}

const log = document.querySelector<HTMLElement>('[data-message-demo] code');
if (log) {
  addEventListener('message', (event: MessageEvent) => {
    if (event.origin === location.origin && isHeightMessage(event.data)) log.textContent = JSON.stringify(event.data);
  });
}

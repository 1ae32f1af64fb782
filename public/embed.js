/*
 * ALT Atlas embed snippet, served at /embed.js. No dependencies; safe to load once or several times.
 * On a host page:
 *   <div data-alt-atlas="causes/fatty-liver-disease" data-theme="light"></div>
 *   <script src="https://ALT-ATLAS-ORIGIN/embed.js" async></script>
 * Each such element becomes an iframe of the embed page, resized to its content from the page's height messages.
 * Optional attributes, passed on to the embed page, which validates them: data-theme (auto|light|dark),
 * data-accent (#rgb or #rrggbb), data-font (system|serif), data-lang (en|zh-CN), data-hide (related,sources,codes),
 * data-title (the iframe's accessible name).
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  // Messages are trusted only from the origin this script was loaded from.
  var ORIGIN = new URL(script.src).origin;
  var OPTIONS = ['theme', 'accent', 'font', 'lang', 'hide'];
  var PAGE = /^(causes|medications|lifestyle|symptoms|tests)\/[a-z0-9]+(-[a-z0-9]+)*$/;
  var frames = [];

  function mount(el) {
    var page = (el.getAttribute('data-alt-atlas') || '').replace(/^\/+|\/+$/g, '');
    if (!PAGE.test(page) || el.querySelector('iframe[data-alt-atlas-id]')) return;
    var id = 'alt-atlas-' + Math.random().toString(36).slice(2, 10);
    // data-lang="zh-CN" (or zh, zh-Hans, zho): the Chinese edition's embed page of the same article.
    var lang = el.getAttribute('data-lang') || '';
    var zh = /^(zh|chi|zho)([-_]|$)/i.test(lang) && !/hant|tw|hk|mo/i.test(lang);
    var url = new URL('/embed/' + (zh ? 'zh/' : '') + page + '/', ORIGIN);
    OPTIONS.forEach(function (name) {
      var value = el.getAttribute('data-' + name);
      if (value) url.searchParams.set(name, value);
    });
    url.searchParams.set('id', id);
    var frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = el.getAttribute('data-title') || 'ALT Atlas: ' + page.split('/')[1].replace(/-/g, ' ');
    frame.setAttribute('loading', 'lazy');
    // allow-scripts: the embed page runs one small script (theme, height report).
    // allow-same-origin: keeps the page's real origin, so its height messages carry it (an opaque origin would send
    //   "null" and fail the check below) and its own script and stylesheet still load.
    // allow-popups: "Open the full page" and every link open in a new tab, never inside the frame.
    // allow-popups-to-escape-sandbox: that new tab is an ordinary page, not a sandboxed one.
    // Nothing else: no forms, no top navigation, no modals, no downloads.
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    // The host page's address may identify a patient: it is never sent to ALT Atlas.
    frame.setAttribute('referrerpolicy', 'no-referrer');
    frame.setAttribute('data-alt-atlas-id', id);
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.display = 'block';
    frame.style.height = '36rem';
    frame.addEventListener('load', function () {
      if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'alt-atlas:measure', id: id }, ORIGIN);
    });
    frames.push(frame);
    el.appendChild(frame);
  }

  function isHeightMessage(d) {
    if (!d || typeof d !== 'object' || Object.keys(d).length !== 3) return false;
    return (
      d.type === 'alt-atlas:height' &&
      typeof d.id === 'string' &&
      typeof d.height === 'number' &&
      isFinite(d.height) &&
      d.height >= 0 &&
      d.height <= 100000
    );
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== ORIGIN || !isHeightMessage(event.data)) return;
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      // Only the frame the message came from, and only if it answers to the id this script gave it.
      if (frame.contentWindow === event.source && frame.getAttribute('data-alt-atlas-id') === event.data.id) {
        frame.style.height = Math.ceil(event.data.height) + 'px';
        return;
      }
    }
  });

  function mountAll() {
    var found = document.querySelectorAll('[data-alt-atlas]');
    for (var i = 0; i < found.length; i++) mount(found[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();

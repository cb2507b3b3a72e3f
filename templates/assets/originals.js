/* The article's original (its input file as text): the button loads the pack holding it (originale/<pack>.js, a data
 * script, so also from file://), shows the text in a dialog and offers it as a download under its published name.
 * Without JavaScript the button stays hidden and a <noscript> note says why. Needs load-data.js, loaded first. */
/* global document, location, Blob, URL */
(function () {
  'use strict';
  var GLOBAL = '__pressearchivOriginals'; // src/render/originals.ts, ORIGINALS_GLOBAL
  var box = document.getElementById('original');
  var dialog = /** @type {HTMLDialogElement} */ (document.getElementById('original-dialog'));
  if (!box || !dialog || typeof dialog.showModal !== 'function') return;
  var button = /** @type {HTMLButtonElement} */ (box.querySelector('.original-show'));
  var status = box.querySelector('.original-status');
  var download = /** @type {HTMLAnchorElement} */ (dialog.querySelector('.original-download'));
  var script = /** @type {HTMLScriptElement} */ (document.currentScript);
  // the packs sit beside assets/, and this script's src is relative to the page, with any path prefix
  var pack = new URL('../originale/' + encodeURIComponent(box.getAttribute('data-pack')), script ? script.src : location.href).href;
  var text = null;

  function show() {
    if (text !== null) return Promise.resolve(dialog.showModal());
    button.setAttribute('aria-busy', 'true');
    status.textContent = '';
    var data = /** @type {any} */ (globalThis).PressearchivData;
    return data
      .take(GLOBAL, box.getAttribute('data-key'), pack)
      .then(function (value) {
        text = String(value);
        dialog.querySelector('.original-text').textContent = text; // as text: nothing in an input file is markup here
        download.href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
        download.download = box.getAttribute('data-file');
        dialog.showModal();
      })
      .catch(function () {
        status.textContent = box.getAttribute('data-failed');
      })
      .finally(function () {
        button.removeAttribute('aria-busy');
      });
  }

  button.addEventListener('click', function () {
    if (!button.hasAttribute('aria-busy')) show();
  });
  dialog.querySelector('.original-close').addEventListener('click', function () {
    dialog.close();
  });
  button.hidden = false;
  if (location.hash === '#original') show(); // the about page links each file to its article's original
})();

/* The article's original (its input file as text): the button loads the pack holding it (originale/<pack>.js, a data
 * script, so also from file://), shows the text in a dialog made here and offers it as a download under its published
 * name. Without JavaScript the button stays hidden and a <noscript> note says why. Needs load-data.js, loaded first. */
/* global document, location, Blob, URL */
(function () {
  'use strict';
  var GLOBAL = '__pressearchivOriginals'; // src/render/originals.ts, ORIGINALS_GLOBAL
  var box = document.getElementById('original');
  var script = /** @type {HTMLScriptElement} */ (document.currentScript);
  if (!box || typeof HTMLDialogElement !== 'function') return;
  var button = /** @type {HTMLButtonElement} */ (box.querySelector('button'));
  var key = box.getAttribute('data-key');
  var words = box.getAttribute('data-strings').split('|'); // title, download, close, failed (src/render/locale.ts)
  // the packs sit beside assets/, and this script's src is relative to the page, with any path prefix
  var pack = new URL('../originale/' + encodeURIComponent(box.getAttribute('data-pack')), script ? script.src : location.href).href;
  var status = document.createElement('span');
  status.className = 'original-status';
  status.setAttribute('role', 'status');
  box.appendChild(status);
  var dialog = null;

  /** The dialog for `text`: heading with the name, download link, close button, the text as text (never markup). */
  function makeDialog(text) {
    var d = /** @type {HTMLDialogElement} */ (document.createElement('dialog'));
    d.className = 'original-dialog';
    d.id = 'original-dialog';
    d.setAttribute('aria-labelledby', 'original-title');
    d.innerHTML =
      '<div class="original-head"><h2 id="original-title"><span></span> <code></code></h2><p class="original-actions">' +
      '<a class="original-download"></a> <button type="button" class="original-close"></button></p></div><pre class="original-text" tabindex="0"></pre>';
    d.querySelector('h2 span').textContent = words[0];
    d.querySelector('h2 code').textContent = key;
    var download = /** @type {HTMLAnchorElement} */ (d.querySelector('.original-download'));
    download.textContent = words[1];
    download.href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' })); // UTF-8, as published
    download.download = key.slice(key.lastIndexOf('/') + 1);
    var close = d.querySelector('.original-close');
    close.textContent = words[2];
    close.addEventListener('click', function () {
      d.close();
    });
    var pre = d.querySelector('pre');
    pre.textContent = text;
    var heading = document.querySelector('main h1[lang]'); // the article's language, where it differs from the page's
    if (heading) pre.lang = heading.getAttribute('lang');
    document.body.appendChild(d); // outside the rail, whose headings are styled as labels
    return d;
  }

  function show() {
    if (dialog) return dialog.showModal();
    button.setAttribute('aria-busy', 'true');
    status.textContent = '';
    /** @type {any} */ (globalThis).PressearchivData.take(GLOBAL, key, pack)
      .then(function (text) {
        dialog = makeDialog(String(text));
        dialog.showModal();
      })
      .catch(function () {
        status.textContent = words[3];
      })
      .finally(function () {
        button.removeAttribute('aria-busy');
      });
  }

  button.addEventListener('click', function () {
    if (!button.hasAttribute('aria-busy')) show();
  });
  button.hidden = false;
  if (location.hash === '#original') show(); // the about page links each file to its article's original
})();

/* Folding words for matching, once for the search page (search.js) and the article highlighter (highlight.js).
 * A classic script loaded before both; the functions are on globalThis.PressearchivFold. */
(function () {
  'use strict';

  /** Lower case, without accents and with ß as ss. @param {unknown} text */
  function fold(text) {
    return String(text)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/ß/g, 'ss');
  }

  /** A folded word without its German ending from five letters on: "gaslieferungen" → "gaslieferung". @param {string} folded */
  function stem(folded) {
    return folded.length >= 5 ? folded.replace(/(ern|em|en|er|es|e|s|n)$/, '') : folded;
  }

  /** @type {any} */ (globalThis).PressearchivFold = { fold: fold, stem: stem };
})();

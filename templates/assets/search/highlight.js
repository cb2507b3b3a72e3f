/* Highlights the search words on an article opened from a search result (?pagefind-highlight=word).
 * A classic script (also from file://), only inside the article's indexed text ([data-pagefind-body]).
 * A word matches where a text word contains it, ignoring case and accents, so the hit "Lieferung" also
 * marks "Gaslieferungen" (found through compound splitting) and "Präsident" any Unicode form. */
/* global document, location, URLSearchParams, NodeFilter */
(function () {
  'use strict';
  var PARAM = 'pagefind-highlight';

  // the same folding for the page and the words, and as the search page folds (fold.js, loaded first)
  var folding = /** @type {any} */ (globalThis).PressearchivFold;
  var fold = folding.fold;

  /** Search words as folded stems: German endings dropped, so "Gaslieferung" also marks "Gaslieferungen". */
  function stems(words) {
    var out = [];
    words.forEach(function (w) {
      (w.match(/[\p{L}\p{N}]+/gu) || []).forEach(function (part) {
        var f = folding.stem(fold(part));
        if (f.length >= 3 && out.indexOf(f) < 0) out.push(f);
      });
    });
    return out;
  }

  /** Ranges [start, end) of the words in `text` that contain a stem. */
  function wordRanges(text, stemList) {
    var ranges = [];
    if (!stemList.length) return ranges;
    var re = /[\p{L}\p{M}\p{N}]+/gu;
    var m;
    while ((m = re.exec(text))) {
      var f = fold(m[0]);
      for (var i = 0; i < stemList.length; i++) {
        if (f.indexOf(stemList[i]) >= 0) {
          ranges.push([m.index, m.index + m[0].length]);
          break;
        }
      }
    }
    return ranges;
  }

  globalThis.PressearchivHighlight = { fold: fold, stems: stems, wordRanges: wordRanges };
  if (typeof document === 'undefined') return;

  function highlight() {
    var words = new URLSearchParams(location.search).getAll(PARAM);
    var stemList = stems(words);
    if (!stemList.length) return;
    var roots = document.querySelectorAll('[data-pagefind-body]');
    for (var r = 0; r < roots.length; r++) {
      var walker = document.createTreeWalker(roots[r], NodeFilter.SHOW_TEXT);
      /** @type {Text[]} */
      var nodes = [];
      while (walker.nextNode()) nodes.push(/** @type {Text} */ (walker.currentNode)); // SHOW_TEXT: only text nodes
      nodes.forEach(function (node) {
        var ranges = wordRanges(node.data, stemList);
        for (var i = ranges.length - 1; i >= 0; i--) {
          var hit = node.splitText(ranges[i][0]);
          hit.splitText(ranges[i][1] - ranges[i][0]);
          var mark = document.createElement('mark');
          mark.className = 'search-hit';
          hit.parentNode.replaceChild(mark, hit);
          mark.appendChild(hit);
        }
      });
    }
    var first = document.querySelector('mark.search-hit');
    if (first && !location.hash && first.scrollIntoView) first.scrollIntoView({ block: 'center' });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', highlight);
  else highlight();
})();

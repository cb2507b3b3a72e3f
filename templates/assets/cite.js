/* The BibTeX and CSL-JSON downloads of an article page, made here from the page's citation_* meta tags and the
 * data-* attributes of .cite-downloads (src/render/cite.ts) instead of two base64 data: links in every page
 * (~1.1 KB each page). A classic script (also from file://); without it the formatted reference stays. */
/* global document, TextEncoder, btoa */
(function () {
  'use strict';

  /** @param {string} text */
  function bibEscape(text) {
    return text.replace(/([{}\\&%$#_^~])/g, '\\$1');
  }

  /**
   * The article to cite from the citation_* tags (name, content pairs, in page order) and the download's data.
   * @param {[string, string][]} meta
   * @param {{ key: string, id: string, file: string, archive: string, note: string, accessed?: string }} data
   */
  function itemFrom(meta, data) {
    /** @param {string} name */
    var one = function (name) {
      var hit = meta.find(function (m) {
        return m[0] === name;
      });
      return hit ? hit[1] : null;
    };
    var authors = meta
      .filter(function (m) {
        return m[0] === 'citation_author';
      })
      .map(function (m) {
        var at = m[1].indexOf(', ');
        return at < 0 ? { family: m[1] } : { family: m[1].slice(0, at), given: m[1].slice(at + 2) };
      });
    var date = one('citation_date');
    return {
      key: data.key,
      id: data.id,
      file: data.file,
      archive: data.archive,
      note: data.note,
      title: one('citation_title') || '',
      authors: authors,
      outlet: one('citation_journal_title'),
      container: one('citation_publisher'),
      date: date ? date.split('/') : [], // year, month, day as far as known
      url: one('citation_public_url'),
      accessed: data.accessed || null,
    };
  }

  /** BibTeX and CSL-JSON of an item from itemFrom. @param {ReturnType<typeof itemFrom>} item */
  function formats(item) {
    var names = item.authors;
    var fields = [
      [
        'author',
        names.length
          ? names
              .map(function (n) {
                return n.given ? bibEscape(n.family) + ', ' + bibEscape(n.given) : '{' + bibEscape(n.family) + '}';
              })
              .join(' and ')
          : null,
      ],
      ['title', '{' + bibEscape(item.title) + '}'],
      ['journal', item.outlet ? bibEscape(item.outlet) : null],
      ['publisher', !item.outlet && item.container ? bibEscape(item.container) : null],
      ['date', item.date.length ? item.date.join('-') : null],
      ['year', item.date[0] || null],
      ['url', item.url],
      ['urldate', item.url ? item.accessed : null],
      ['langid', 'german'],
      ['note', item.note],
    ];
    var bibtex =
      '@article{' +
      item.key +
      ',\n' +
      fields
        .filter(function (f) {
          return f[1];
        })
        .map(function (f) {
          return '  ' + f[0] + ' = {' + f[1] + '}';
        })
        .join(',\n') +
      '\n}\n';
    /** @type {Record<string, unknown>} */
    var csl = { id: item.id, type: 'article-newspaper', title: item.title };
    if (names.length)
      csl.author = names.map(function (n) {
        return n.given ? { family: n.family, given: n.given } : { literal: n.family };
      });
    if (item.container) csl['container-title'] = item.container;
    if (item.date.length) csl.issued = { 'date-parts': [item.date.map(Number)] };
    if (item.url) {
      csl.URL = item.url;
      csl.accessed = { 'date-parts': [item.accessed.split('-').map(Number)] };
    }
    csl.language = 'de';
    csl.archive = item.archive;
    return { bibtex: bibtex, csl: JSON.stringify([csl], null, 2) };
  }

  /** @param {string} type @param {string} text */
  function dataUrl(type, text) {
    var bytes = new TextEncoder().encode(text);
    var binary = '';
    bytes.forEach(function (b) {
      binary += String.fromCharCode(b);
    });
    return 'data:' + type + ';charset=utf-8;base64,' + btoa(binary);
  }

  /** @type {any} */ (globalThis).PressearchivCite = { itemFrom: itemFrom, formats: formats };

  /** @type {HTMLElement} */
  var box = typeof document === 'undefined' ? null : document.querySelector('.cite-downloads[data-key]');
  if (!box) return;
  /** @type {[string, string][]} */
  var meta = [];
  document.querySelectorAll('meta[name^="citation_"]').forEach(function (m) {
    meta.push([m.getAttribute('name'), m.getAttribute('content')]);
  });
  var data = /** @type {any} */ (box.dataset);
  var texts = formats(itemFrom(meta, data));
  [
    ['BibTeX', 'application/x-bibtex', texts.bibtex, '.bib'],
    ['CSL-JSON', 'application/vnd.citationstyles.csl+json', texts.csl, '.json'],
  ].forEach(function (d, i) {
    if (i) box.append(' · ');
    var a = document.createElement('a');
    a.href = dataUrl(d[1], d[2]);
    a.download = data.file + d[3];
    a.type = d[1];
    a.textContent = d[0];
    box.append(a);
  });
  box.hidden = false;
})();

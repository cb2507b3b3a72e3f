/* Pressearchiv search page: Pagefind's JS API with filters, date range and sort kept in the URL.
 * Works served (any static host, any path prefix) and opened from disk (file://), where it loads
 * Pagefind as a classic script and answers Pagefind's fetches from the offline bundle
 * (pagefind/offline/*.js, written at build time by src/search/offline.ts); served, it reads Pagefind's fragments
 * from their packs by byte ranges (src/search/fragment-packs.ts).
 * A classic script without a build step; the pure helpers are exported on globalThis for unit tests. */
/* global self, window, document, location, history, URL, URLSearchParams, Response, TextDecoder, atob, setTimeout, clearTimeout */
(function () {
  'use strict';

  var FILTER_ORDER = ['outlet', 'agency', 'year', 'month', 'person', 'story'];
  var SORTS = { newest: { date: 'desc' }, oldest: { date: 'asc' } };
  var HEAD_END = '\u27e6\u27e7'; // after the article header in the indexed text (src/search/augment.ts)
  var EXCERPT_WORDS = 30;
  var NEAR_SCAN = 50; // results read to find an exact hit before saying a word does not occur
  // Words never marked alone ("Van der Bellen" must not mark every "der"): German and English function words.
  var STOP_WORDS = {};
  (
    'der die das den dem des ein eine einer eines einem einen und oder aber in im ins an am auf aus bei mit nach von vom ' +
    'zu zum zur für über unter vor hinter neben zwischen durch gegen ohne um bis seit als wie so auch noch nur schon ' +
    'nicht kein keine ist sind war waren wird werden wurde wurden hat haben hatte sei es er sie wir ihr ich du man sich ' +
    'dass daß ob wenn weil denn doch ja nein sein seine ihre ihren ihrem dies diese dieser dieses the a an of and or to ' +
    'in on at by for with from is are was were be it its this that as not'
  )
    .split(' ')
    .forEach(function (w) {
      STOP_WORDS[w] = true;
    });
  var PART_OPEN = '\u27e6';
  var PART_CLOSE = '\u27e7';
  var OFFLINE_GLOBAL = '__pressearchivPagefindFiles';
  var CLASSIC_GLOBAL = '__pressearchivPagefind';
  var PACKS_GLOBAL = '__pressearchivOfflinePacks';
  var SERVED_PACKS_GLOBAL = '__pressearchivFragmentPacks';
  var RECENT_GLOBAL = '__pressearchivRecent'; // set by pagefind.js when there is an index of recent additions (src/search/recent.ts)
  var RECENT_DIR = 'recent/';
  var SUPERSEDED_FILE = 'superseded.json';
  var HIGHLIGHT_PARAM = 'pagefind-highlight';
  var PAGE_SIZE = 10;

  // ---- Pure helpers ----

  /** The search state from a query string: q, sort, from/to months and the checked filter values. */
  function parseState(search) {
    var params = new URLSearchParams(search || '');
    var state = { q: (params.get('q') || '').trim(), sort: '', from: '', to: '', filters: {} };
    var sort = params.get('sort') || '';
    if (Object.prototype.hasOwnProperty.call(SORTS, sort)) state.sort = sort;
    var from = params.get('from') || '';
    var to = params.get('to') || '';
    if (/^\d{4}-\d{2}$/.test(from)) state.from = from;
    if (/^\d{4}-\d{2}$/.test(to)) state.to = to;
    params.forEach(function (value, key) {
      var m = /^f\.(.+)$/.exec(key);
      if (!m || !value) return;
      var list = state.filters[m[1]] || (state.filters[m[1]] = []);
      if (list.indexOf(value) < 0) list.push(value);
    });
    return state;
  }

  /** The query string for a state (stable order, so equal searches give equal URLs). */
  function stateToQuery(state) {
    var params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    Object.keys(state.filters)
      .sort(byFilterOrder)
      .forEach(function (name) {
        state.filters[name]
          .slice()
          .sort()
          .forEach(function (value) {
            params.append('f.' + name, value);
          });
      });
    if (state.from) params.set('from', state.from);
    if (state.to) params.set('to', state.to);
    if (state.sort) params.set('sort', state.sort);
    var s = params.toString();
    return s ? '?' + s : '';
  }

  function byFilterOrder(a, b) {
    var ia = FILTER_ORDER.indexOf(a);
    var ib = FILTER_ORDER.indexOf(b);
    if (ia < 0) ia = FILTER_ORDER.length;
    if (ib < 0) ib = FILTER_ORDER.length;
    return ia - ib || (a < b ? -1 : a > b ? 1 : 0);
  }

  /** Months ("YYYY-MM") of `months` inside [from, to]; either end may be empty. */
  function monthsInRange(months, from, to) {
    return months.filter(function (m) {
      return (!from || m >= from) && (!to || m <= to);
    });
  }

  /**
   * Pagefind filters for a state: OR within a filter (`any`), AND between filters, and the date range
   * as one more AND over the months in range. `months` are all month values of the index.
   */
  function buildFilters(state, months) {
    var all = [];
    Object.keys(state.filters)
      .sort(byFilterOrder)
      .forEach(function (name) {
        var values = state.filters[name];
        if (values && values.length) {
          var f = {};
          f[name] = { any: values.slice() };
          all.push(f);
        }
      });
    if (state.from || state.to) {
      var inRange = monthsInRange(months || [], state.from, state.to);
      // No month in range: a value no page has, so the result is empty rather than unfiltered.
      all.push({ month: { any: inRange.length ? inRange : ['\u0000'] } });
    }
    if (!all.length) return {};
    return all.length === 1 ? all[0] : { all: all };
  }

  function sortFor(state) {
    if (state.sort) return SORTS[state.sort];
    return state.q ? undefined : SORTS.newest; // listing by filters only: newest first
  }

  /**
   * Pagefind's excerpt with the indexed compound parts (`⟦Lieferungen⟧`, see src/search/augment.ts) taken
   * out; a hit on a part marks the compound it belongs to instead ("<mark>Gaslieferungen</mark>").
   */
  function cleanExcerpt(html) {
    var out = '';
    var i = 0;
    // The excerpt window may start inside a part list ("…Sekretär⟧ Jens"): drop that tail first.
    var firstClose = html.indexOf(PART_CLOSE);
    var firstOpen = html.indexOf(PART_OPEN);
    if (firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen)) {
      i = firstClose + PART_CLOSE.length;
      if (html.slice(i, i + 7) === '</mark>') i += 7;
      i += /^\s*/.exec(html.slice(i))[0].length;
    }
    while (i < html.length) {
      var open = html.indexOf(PART_OPEN, i);
      if (open < 0) {
        out += html.slice(i);
        break;
      }
      // Pagefind may wrap the bracketed word in <mark>…</mark>: take the tags on both sides along.
      var start = open;
      if (start - 6 >= i && html.slice(start - 6, start) === '<mark>') start -= 6;
      var close = html.indexOf(PART_CLOSE, open);
      var end = close < 0 ? html.length : close + PART_CLOSE.length; // a window may also end inside a list
      if (html.slice(end, end + 7) === '</mark>') end += 7;
      var inner = html.slice(start, end);
      var before = html.slice(i, start).replace(/\s+$/, '');
      if (/<mark>/.test(inner)) before = markLastWord(before);
      out += before;
      i = end;
      // Pagefind puts a space between the part's element and following punctuation: "Osterweiterung ."
      var rest = /^\s+(?=[.,;:!?)\]»«"“”'’…])/.exec(html.slice(i));
      if (rest) i += rest[0].length;
    }
    return out;
  }

  function markLastWord(html) {
    if (/<\/mark>$/.test(html)) return html;
    var m = /(\S+)$/.exec(html);
    if (!m) return html;
    var word = m[1];
    var lead = /^[([„"«»‚'“]+/.exec(word);
    var prefix = lead ? lead[0] : '';
    return html.slice(0, html.length - word.length) + prefix + '<mark>' + word.slice(prefix.length) + '</mark>';
  }

  /** Lower case, without accents, ß as ss: fold.js's folding, which highlight.js shares (read when called, so the
   * helpers above load without it). */
  function fold(text) {
    return /** @type {any} */ (globalThis).PressearchivFold.fold(text);
  }

  /** A folded word without its German ending: what a hit must start with to count as the word itself. */
  function stemOf(word) {
    return /** @type {any} */ (globalThis).PressearchivFold.stem(fold(word).replace(/[^\p{L}\p{N}]+/gu, ''));
  }

  function isStopWord(word) {
    return Object.prototype.hasOwnProperty.call(STOP_WORDS, fold(word).replace(/[^\p{L}\p{N}]+/gu, ''));
  }

  /**
   * A query as typed: words in "…" or „…“ are phrases (Pagefind matches them as such when they carry ASCII
   * quotes); `words` are all words, `strong` those that are no stop words (all of them if the query has no other).
   */
  function parseQuery(q) {
    var text = String(q || '').replace(/[„“”«»]/g, '"');
    var phrases = [];
    var words = [];
    var parts = text.split('"');
    parts.forEach(function (part, i) {
      /** @type {string[]} */
      var ws = part.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu) || [];
      ws = ws.map(function (w) {
        return w.replace(/[.'’-]+$/, '');
      });
      if (i % 2 === 1 && i < parts.length - 1 && ws.length) phrases.push(ws);
      words = words.concat(ws);
    });
    var strong = words.filter(function (w) {
      return !isStopWord(w);
    });
    if (!strong.length) strong = words.slice();
    var pagefind = text.replace(/\s+/g, ' ').trim();
    if ((text.split('"').length - 1) % 2 === 1) pagefind = pagefind.replace(/"/g, ''); // an unclosed quote is no phrase
    return { words: words, strong: strong, phrases: phrases, pagefind: pagefind };
  }

  /** The words of a query, for the highlight on the target page: no stop words (unless there is nothing else). */
  function queryTerms(q) {
    return parseQuery(q).strong;
  }

  /** Pagefind's content split as Pagefind counts word locations. */
  function contentWords(content) {
    return String(content || '').split(/[\r\n\s]+/g);
  }

  /** Whether a text word is a form of the query word (not just a shorter or longer word Pagefind fell back to). */
  function sameWord(textWord, queryWord) {
    var t = fold(textWord).replace(/[^\p{L}\p{N}]+/gu, '');
    var q = stemOf(queryWord);
    if (!q) return false;
    if (t.indexOf(q) === 0) return true;
    var ts = stemOf(textWord);
    return ts.length >= q.length - 2 && ts.length >= 3 && q.indexOf(ts) === 0;
  }

  /**
   * Which strong query words a result really contains, judged from the words Pagefind matched (`locations`
   * into `content`): `missing` are those it only matched by a near form ("Westen" for "Westfalen").
   */
  function classifyHit(content, locations, query) {
    var words = contentWords(content);
    var hit = (locations || []).map(function (l) {
      return (words[l] || '').replace(/[⟦⟧]/g, '');
    });
    var missing = query.strong.filter(function (q) {
      return !hit.some(function (w) {
        return sameWord(w, q);
      });
    });
    return { exact: missing.length === 0, missing: missing };
  }

  function editDistance(a, b, bound) {
    if (Math.abs(a.length - b.length) > bound) return bound + 1;
    var prev = [];
    for (var j = 0; j <= b.length; j++) prev[j] = j;
    for (var i = 1; i <= a.length; i++) {
      var cur = [i];
      var low = i;
      for (var k = 1; k <= b.length; k++) {
        cur[k] = Math.min(prev[k] + 1, cur[k - 1] + 1, prev[k - 1] + (a.charAt(i - 1) === b.charAt(k - 1) ? 0 : 1));
        if (cur[k] < low) low = cur[k];
      }
      if (low > bound) return bound + 1;
      prev = cur;
    }
    return prev[b.length];
  }

  /**
   * Names of people, places, organisations and stories (`names`: [label, url, kind]) close to a query's words:
   * a name word within a small edit distance of a query word, or starting with it. Closest first, at most `max`.
   */
  function closeNames(query, names, max) {
    var qs = query.strong
      .map(function (w) {
        return fold(w);
      })
      .filter(function (w) {
        return w.length >= 3;
      });
    var scored = [];
    (names || []).forEach(function (entry) {
      var best = 99;
      (fold(entry[0] + ' ' + (entry[3] || '')).match(/[\p{L}\p{N}]+/gu) || []).forEach(function (nw) {
        qs.forEach(function (q) {
          var bound = Math.max(1, Math.floor(q.length / 4));
          var d = nw.indexOf(q) === 0 && q.length >= 4 ? 0.5 : editDistance(q, nw, bound);
          if (d <= bound && d < best) best = d;
        });
      });
      if (best < 99) scored.push([best, entry]);
    });
    scored.sort(function (a, b) {
      return a[0] - b[0] || String(a[1][0]).localeCompare(String(b[1][0]));
    });
    return scored.slice(0, max || 5).map(function (x) {
      return x[1];
    });
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"]/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c];
    });
  }

  function unescapeHtml(text) {
    return String(text).replace(/&(amp|lt|gt|quot|#39|#x27);/g, function (_, e) {
      return { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" }[e];
    });
  }

  var SENTENCE_END = /[.!?:»«“"]$/;
  var HAS_TEXT = /[\p{L}\p{N}]/u;

  /**
   * The snippet of a result, from Pagefind's content and match locations: only the text after the article's
   * header (no title, no byline), compound parts and aliases left out (a hit on one marks the word it follows),
   * stop words marked only next to a marked word, about `size` words around the densest hits, "…" where cut.
   * With no hit in the text (a hit in the title or byline only), the text's opening, unmarked.
   */
  function buildExcerpt(content, locations, query, size) {
    size = size || EXCERPT_WORDS;
    var words = contentWords(unescapeHtml(content));
    var head = words.indexOf(HEAD_END);
    var real = []; // indices of words a reader sees, after the header
    var owner = {}; // index of a part word → the real word it belongs to
    var inPart = false;
    for (var i = 0; i < words.length; i++) {
      var w = words[i];
      if (i <= head || !w) continue;
      if (!inPart && w.charAt(0) === '\u27e6') inPart = w.indexOf('\u27e7') < 0;
      else if (inPart) inPart = w.indexOf('\u27e7') < 0;
      else {
        real.push(i);
        continue;
      }
      owner[i] = real.length ? real[real.length - 1] : -1;
    }
    while (real.length && !HAS_TEXT.test(words[real[0]])) real.shift();
    if (!real.length) return '';
    var hits = {};
    (locations || []).forEach(function (l) {
      var at = Object.prototype.hasOwnProperty.call(owner, l) ? owner[l] : l;
      if (at > head && at >= 0) hits[at] = true;
    });
    var strongAll = query.strong.length === query.words.length;
    var isStrong = function (r) {
      return !!hits[r] && (strongAll || !isStopWord(words[r]));
    };
    // A strong hit is a form of a query word; Pagefind's prefix matches ("deren" for "der") are not, unless
    // nothing is (a near match).
    var own = function (r) {
      return (
        isStrong(r) &&
        query.strong.some(function (q) {
          return sameWord(words[r], q);
        })
      );
    };
    var marked = real.map(own);
    if (marked.indexOf(true) < 0) marked = real.map(isStrong);
    // Stop words only beside a marked word (a phrase "Van der Bellen" marks its "der").
    real.forEach(function (r, k) {
      if (hits[r] && !marked[k] && ((k > 0 && marked[k - 1]) || (k + 1 < real.length && marked[k + 1]))) marked[k] = 'stop';
    });
    var best = 0;
    var bestCount = -1;
    for (var k = 0; k < real.length; k++) {
      if (marked[k] !== true) continue;
      var n = 0;
      for (var j = k; j < Math.min(real.length, k + size); j++) if (marked[j] === true) n++;
      if (n > bestCount) {
        bestCount = n;
        best = k;
      }
    }
    var start = bestCount > 0 ? Math.max(0, best - Math.floor(size / 4)) : 0;
    // Start at a sentence when one begins a few words earlier.
    for (var b = start; b > Math.max(0, start - 6); b--) {
      if (b === 0 || SENTENCE_END.test(words[real[b - 1]])) {
        start = b;
        break;
      }
    }
    while (start < real.length - 1 && !HAS_TEXT.test(words[real[start]])) start++;
    var end = Math.min(real.length, start + size);
    var html = '';
    for (var m = start; m < end; m++) {
      var word = words[real[m]];
      if (m === start) word = word.replace(/^[.,;:)\]]+/, '');
      // Punctuation Pagefind split off ("Westukraine ." after a part) goes back to its word.
      var sep = html && HAS_TEXT.test(word) ? ' ' : '';
      if (!marked[m]) {
        html += sep + escapeHtml(word);
        continue;
      }
      var core = /^([„"«»‚(]*)(.*?)([.,;:!?)»«“"]*)$/.exec(word);
      html += sep + escapeHtml(core[1]) + '<mark>' + escapeHtml(core[2]) + '</mark>' + escapeHtml(core[3]);
    }
    html = html.replace(/<\/mark> <mark>/g, ' ');
    if (start > 0 && !SENTENCE_END.test(words[real[start - 1]])) html = '… ' + html;
    if (end < real.length && !/[.!?]$/.test(words[real[end - 1]])) html += ' …';
    return html;
  }

  /**
   * The link to a result: Pagefind's URL ("/artikel/…/") below the site root. From disk, a folder is no
   * page, so `index.html` is added. The query words go along for the highlight on the article.
   */
  function resultHref(siteRoot, url, fileMode, terms) {
    var path = String(url).replace(/^\/+/, '');
    var hash = '';
    var h = path.indexOf('#');
    if (h >= 0) {
      hash = path.slice(h);
      path = path.slice(0, h);
    }
    if (fileMode && (path === '' || /\/$/.test(path))) path += 'index.html';
    var params = new URLSearchParams();
    (terms || []).forEach(function (t) {
      params.append(HIGHLIGHT_PARAM, t);
    });
    var query = params.toString();
    return siteRoot + path + (query ? '?' + query : '') + hash;
  }

  /** "2022-02" → "Februar 2022" in the page's language (`lang` of the document, else German). */
  function monthLabel(value, lang) {
    var m = /^(\d{4})-(\d{2})$/.exec(value);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return value;
    var language = lang || (typeof document !== 'undefined' && document.documentElement.lang) || 'de';
    var date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
    return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  }

  function valueLabel(filter, value) {
    return filter === 'month' ? monthLabel(value) : value;
  }

  /** Values of a filter in display order: dates newest first, the rest by count, then alphabetically. */
  function orderValues(filter, counts) {
    var values = Object.keys(counts || {});
    if (filter === 'year' || filter === 'month') return values.sort().reverse();
    return values.sort(function (a, b) {
      return counts[b] - counts[a] || a.localeCompare(b, 'de');
    });
  }

  /** The pack of Pagefind's fragment file `rel` among `packs`: djb2 over its UTF-16 code units (src/search/fragment-packs.ts). */
  function packOf(rel, packs) {
    var h = 5381;
    for (var i = 0; i < rel.length; i++) h = (Math.imul(h, 33) + rel.charCodeAt(i)) >>> 0;
    return h % packs;
  }

  /** The offline script holding Pagefind's data file `rel`: its fragment pack, else its own (src/search/offline.ts). */
  function offlineScriptPath(rel, packs) {
    if (rel.indexOf(RECENT_DIR) === 0) return RECENT_DIR + offlineScriptPath(rel.slice(RECENT_DIR.length), 0); // recent additions: unpacked
    if (packs > 0 && rel.indexOf('fragment/') === 0) return 'offline/fragment/pack-' + packOf(rel, packs) + '.js';
    return 'offline/' + rel.split('/').map(encodeURIComponent).join('/') + '.js';
  }

  /** A served fragment pack's table length, from its first 4 bytes (src/search/fragment-packs.ts). */
  function packTableEnd(bytes) {
    return 4 + new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  }

  /** A served fragment pack's table from its first `packTableEnd` bytes or more: each fragment's name → [start, end) in the pack. */
  function packTable(bytes) {
    var end = packTableEnd(bytes);
    var at = bytes.indexOf(10, 4) + 1;
    var decoder = new TextDecoder();
    var prefix = decoder.decode(bytes.subarray(4, at - 1));
    var table = {};
    var offset = end;
    while (at < end) {
      var kind = bytes[at++];
      var name = '';
      if (kind < 128) {
        for (var i = 0; i < kind; i++) name += ((bytes[at + (i >> 1)] >> (i & 1 ? 0 : 4)) & 15).toString(16);
        at += (kind + 1) >> 1;
      } else {
        name = decoder.decode(bytes.subarray(at, at + kind - 128));
        at += kind - 128;
      }
      var size = 0;
      for (var shift = 1, b = 128; b >= 128; shift *= 128) {
        b = bytes[at++];
        size += (b % 128) * shift;
      }
      table[prefix + name] = [offset, offset + size];
      offset += size;
    }
    return table;
  }

  function base64ToBytes(b64) {
    var bin = atob(b64);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return bytes;
  }

  /**
   * Served: Pagefind's fetch of `fragment/<name>.pf_fragment` is answered from the fragment's pack, read by byte ranges:
   * the pack's first bytes (its table; the rest of a long one in a second request) once, then the fragment. A server that
   * ignores ranges sends the whole pack (200), which is then kept and sliced. `packInfo()`: what the served pagefind.js
   * set (none: no packs).
   */
  function packedFetch(bundleUrl, realFetch, packInfo) {
    var packs = {}; // pack number → Promise of { url, table, bytes: what was read from 0, whole: bytes is the pack }
    var read = function (url, start, end) {
      return realFetch(url, { headers: { Range: 'bytes=' + start + '-' + (end - 1) } }).then(function (r) {
        if (!r.ok) throw new Error(url + ': ' + r.status);
        return r.arrayBuffer().then(function (b) {
          return { whole: r.status !== 206, bytes: new Uint8Array(b) };
        });
      });
    };
    var pack = function (n, head) {
      var url = bundleUrl + 'fragment/pack-' + n + '.pf_pack';
      if (!packs[n])
        packs[n] = read(url, 0, head)
          .then(function (got) {
            var end = packTableEnd(got.bytes);
            if (got.whole || end <= got.bytes.length) return got;
            return read(url, got.bytes.length, end).then(function (rest) {
              if (rest.whole) return rest;
              var joined = new Uint8Array(end);
              joined.set(got.bytes);
              joined.set(rest.bytes, got.bytes.length);
              return { whole: false, bytes: joined };
            });
          })
          .then(function (got) {
            return { url: url, table: packTable(got.bytes), bytes: got.bytes, whole: got.whole };
          });
      packs[n].catch(function () {
        delete packs[n]; // a failed read is tried again when Pagefind asks again
      });
      return packs[n];
    };
    var fragment = function (name, info) {
      return pack(packOf('fragment/' + name + '.pf_fragment', info.count), info.head).then(function (p) {
        var span = p.table[name];
        if (!span) throw new Error(p.url + ': no fragment ' + name);
        if (p.whole || span[1] <= p.bytes.length) return p.bytes.slice(span[0], span[1]);
        return read(p.url, span[0], span[1]).then(function (got) {
          return got.whole ? got.bytes.slice(span[0], span[1]) : got.bytes;
        });
      });
    };
    return function (input, init) {
      var info = packInfo();
      var raw = typeof input === 'string' ? input : /** @type {Request} */ (input).url || String(input);
      var abs = new URL(raw, typeof location === 'undefined' ? bundleUrl : location.href).href;
      var rel = abs.indexOf(bundleUrl) === 0 ? abs.slice(bundleUrl.length).split(/[?#]/)[0] : '';
      var m = info && info.count > 0 && /^fragment\/([^/?#]+)\.pf_fragment$/.exec(rel);
      if (!m) return realFetch(input, init);
      return fragment(decodeURIComponent(m[1]), info).then(function (bytes) {
        return new Response(bytes, { status: 200, headers: { 'Content-Type': 'application/octet-stream' } });
      });
    };
  }

  // ---- The main index and the index of recent additions (src/search/recent.ts) ----

  /** Takes the filter values of pages that are no longer in the results (`pages`: their filters) off `counts`. */
  function subtractCounts(counts, pages) {
    pages.forEach(function (filters) {
      Object.keys(filters || {}).forEach(function (name) {
        (filters[name] || []).forEach(function (value) {
          if (counts[name] && counts[name][value]) counts[name][value]--;
        });
      });
    });
    return counts;
  }

  /** A result whose data is loaded once, however often it is asked for (the date merge reads it before it is shown). */
  function once(result) {
    var loaded = null;
    var data = result.data;
    result.data = function () {
      return loaded || (loaded = data());
    };
    return result;
  }

  /**
   * Two result lists, each in date order, as one list read from the front: the next result is the earlier (`asc`)
   * or later one of the two lists' heads, by its `datetime` meta, so only results about to be shown are loaded.
   */
  function dateMerged(a, b, desc) {
    var out = [];
    var i = 0;
    var j = 0;
    var key = function (r) {
      return r.data().then(function (d) {
        return (d && d.meta && d.meta.datetime) || '';
      });
    };
    var fill = function (n) {
      if (out.length >= n || (i >= a.length && j >= b.length)) return Promise.resolve();
      if (i >= a.length || j >= b.length) {
        out.push(i >= a.length ? b[j++] : a[i++]);
        return fill(n);
      }
      return Promise.all([key(a[i]), key(b[j])]).then(function (k) {
        out.push((desc ? k[1] > k[0] : k[1] < k[0]) ? b[j++] : a[i++]);
        return fill(n);
      });
    };
    return {
      length: a.length + b.length,
      upTo: function (n) {
        return fill(n).then(function () {
          return out.slice(0, n);
        });
      },
    };
  }

  /** Results `from` to `to` of a list or a merged list (`dateMerged`). */
  function resultSlice(results, from, to) {
    if (results.upTo)
      return results.upTo(to).then(function (list) {
        return list.slice(from);
      });
    return Promise.resolve(results.slice(from, to));
  }

  /** A space-separated list of ids (as pagefind.js names them) as a set. */
  function idSet(list) {
    var set = {};
    String(list || '')
      .split(' ')
      .forEach(function (id) {
        if (id) set[id] = true;
      });
    return set;
  }

  /** A word's inverse document frequency as Pagefind's BM25 takes it, from an index of `pages` pages, `matching` of which hold it. */
  function idf(pages, matching) {
    return Math.log((pages - matching + 0.5) / (matching + 0.5) + 1);
  }

  /**
   * Both indexes' results by score, each index's scaled to the idf one index of all pages would give the query: a word in
   * 1 of 14 recent pages has an idf of ~2.3 there and ~5.4 in 43 of 10,000 pages, so a new article would rank far below
   * where a full index puts it. `sizes`: pages in the main and the recent index and the main index's superseded ones;
   * `words`: per query word how many pages of each hold it (`main`, `recent`, `gone`: superseded), summed over the words
   * as Pagefind sums a page's score; without them (a phrase) the results' own counts stand for one word.
   */
  function byScore(main, recent, droppedHits, sizes, words) {
    if (!recent.length) return main; // in Pagefind's order
    var scaleMain = 1;
    var scaleRecent = 1;
    if (sizes) {
      var counts = words && words.length ? words : [{ main: main.length, recent: recent.length, gone: droppedHits }];
      var sum = { all: 0, main: 0, recent: 0 };
      counts.forEach(function (c) {
        sum.all += idf(sizes.main - sizes.superseded + sizes.recent, c.main + c.recent);
        sum.main += idf(sizes.main, c.main + c.gone);
        sum.recent += idf(sizes.recent, c.recent);
      });
      scaleMain = sum.all / sum.main;
      scaleRecent = sum.all / sum.recent;
    }
    return main
      .map(function (r) {
        return { r: r, s: r.score * scaleMain };
      })
      .concat(
        recent.map(function (r) {
          return { r: r, s: r.score * scaleRecent };
        }),
      )
      .sort(function (a, b) {
        return b.s - a.s;
      })
      .map(function (x) {
        return x.r;
      });
  }

  /**
   * A response of the main index merged with the recent additions (Pagefind's `mergeIndex`: results by score, counts
   * added up) as if one index had answered: the main index's copies of `gone` pages left out (and a second copy of a
   * page, which the build never makes), their filter values (`old()`, loaded only then, and only when `counted`: the
   * counts are on screen) taken off the counts; by scaled score (`byScore`), or when sorted by date each index's
   * results in its own order (Pagefind scores a sorted result by its rank in its index) merged by date.
   */
  function mergeResponses(response, gone, mine, sort, old, counted, sizes, words) {
    var main = [];
    var recent = [];
    var dropped = [];
    var seen = {};
    response.results.forEach(function (r) {
      if (gone[r.id] || seen[r.id]) dropped.push(r.id);
      else (mine[r.id] ? recent : main).push(r);
      seen[r.id] = true;
    });
    var dir = sort && sort.date;
    var results = dir ? dateMerged(main.map(once), recent.map(once), dir === 'desc') : byScore(main, recent, dropped.length, sizes, words);
    var counts = response.filters || {};
    if (!dropped.length || !counted) return Promise.resolve({ results: results, filters: counts });
    return old().then(function (filters) {
      var pages = dropped.map(function (id) {
        return filters[id];
      });
      return { results: results, filters: subtractCounts(counts, pages) };
    });
  }

  /**
   * Pagefind's instance with the index of recent additions (`recent`, as pagefind.js names it) merged: searches and
   * filter lists answered as one index would (`mergeResponses`). `fetchJson` reads a file of the bundle folder;
   * `counted()`: whether the filter counts are shown (until then the superseded pages' filter values are not read).
   */
  function withRecent(pagefind, recent, fetchJson, counted) {
    var gone = idSet(recent.superseded);
    var mine = idSet(recent.pages);
    var sizes = { main: recent.main, recent: Object.keys(mine).length, superseded: Object.keys(gone).length };
    // per word of a query (not a phrase), how many pages of each index hold it: its own search, over chunks already loaded
    var wordCounts = function (term) {
      var words = term && !/"/.test(term) ? term.split(/\s+/).filter(Boolean) : [];
      return Promise.all(
        words.map(function (word) {
          return pagefind.search(word).then(function (response) {
            var c = { main: 0, recent: 0, gone: 0 };
            (response ? response.results : []).forEach(function (r) {
              if (gone[r.id]) c.gone++;
              else if (mine[r.id]) c.recent++;
              else c.main++;
            });
            return c;
          });
        }),
      );
    };
    var oldFilters = null;
    var old = function () {
      return oldFilters || (oldFilters = fetchJson(recent.dir + SUPERSEDED_FILE));
    };
    return {
      search: function (term, opts) {
        var sort = opts && opts.sort;
        return Promise.all([pagefind.search(term, opts), sort ? [] : wordCounts(term)]).then(function (r) {
          return r[0] && mergeResponses(r[0], gone, mine, sort, old, counted(), sizes, r[1]);
        });
      },
      filters: function () {
        return Promise.all([pagefind.filters(), old()]).then(function (r) {
          var pages = Object.keys(r[1]).map(function (id) {
            return r[1][id];
          });
          return subtractCounts(r[0], pages);
        });
      },
    };
  }

  var api = {
    parseState: parseState,
    stateToQuery: stateToQuery,
    monthsInRange: monthsInRange,
    buildFilters: buildFilters,
    sortFor: sortFor,
    cleanExcerpt: cleanExcerpt,
    queryTerms: queryTerms,
    parseQuery: parseQuery,
    stemOf: stemOf,
    sameWord: sameWord,
    classifyHit: classifyHit,
    buildExcerpt: buildExcerpt,
    closeNames: closeNames,
    resultHref: resultHref,
    monthLabel: monthLabel,
    orderValues: orderValues,
    base64ToBytes: base64ToBytes,
    offlineScriptPath: offlineScriptPath,
    packOf: packOf,
    packTable: packTable,
    packTableEnd: packTableEnd,
    packedFetch: packedFetch,
    mergeResponses: mergeResponses,
    resultSlice: resultSlice,
    withRecent: withRecent,
  };
  globalThis.PressearchivSearch = api;
  if (typeof document === 'undefined' || typeof window === 'undefined') return;

  // ---- Loading Pagefind, served or from disk ----

  // classic scripts and the data they register: load-data.js, loaded first
  var data = /** @type {any} */ (globalThis).PressearchivData;
  var loadScript = data.loadScript;

  function contentType(rel) {
    if (/\.json$/.test(rel)) return 'application/json';
    if (/^wasm\./.test(rel)) return 'application/wasm';
    return 'application/octet-stream';
  }

  /** From disk: Pagefind's fetches under the bundle folder are answered from the offline chunk scripts. */
  function installOfflineFetch(bundleUrl) {
    var realFetch = typeof self.fetch === 'function' ? self.fetch.bind(self) : null;
    var loading = {};
    var chunk = function (rel) {
      // a fragment pack holds many files: take() loads it once, and leaves no copy of what Pagefind keeps
      if (!loading[rel]) loading[rel] = data.take(OFFLINE_GLOBAL, rel, bundleUrl + offlineScriptPath(rel, self[PACKS_GLOBAL] || 0)).then(base64ToBytes);
      return loading[rel];
    };
    self.fetch = function (input, init) {
      var request = /** @type {Request} */ (input); // a Request, or a URL (no .url: String() below)
      var raw = typeof input === 'string' ? input : request && request.url ? request.url : String(input);
      var abs = new URL(raw, location.href).href;
      if (abs.indexOf(bundleUrl) !== 0) {
        return realFetch ? realFetch(input, init) : Promise.reject(new TypeError('fetch is not available'));
      }
      var rel = decodeURIComponent(abs.slice(bundleUrl.length).split(/[?#]/)[0]);
      return chunk(rel).then(function (bytes) {
        return new Response(bytes, { status: 200, headers: { 'Content-Type': contentType(rel) } });
      });
    };
  }

  function loadPagefind(bundleUrl, fileMode, counted) {
    // noWorker: Pagefind's worker script is another 41 KB on the first query; searching on the main thread is quick.
    var options = { basePath: bundleUrl, baseUrl: '/', excerptLength: 24, highlightParam: HIGHLIGHT_PARAM, noWorker: true };
    if (!fileMode) {
      self.fetch = packedFetch(bundleUrl, self.fetch.bind(self), function () {
        return self[SERVED_PACKS_GLOBAL];
      });
      return import(bundleUrl + 'pagefind.js').then(function (pf) {
        return withRecentIfAny(pf.createInstance(options), bundleUrl, options, counted);
      });
    }
    installOfflineFetch(bundleUrl);
    return loadScript(bundleUrl + 'offline/pagefind.classic.js').then(function () {
      return withRecentIfAny(self[CLASSIC_GLOBAL].createInstance(options), bundleUrl, options, counted);
    });
  }

  /** Pagefind's instance, merged with the index of recent additions when pagefind.js names one (it needs no WebAssembly of its own). */
  function withRecentIfAny(instance, bundleUrl, options, counted) {
    var recent = self[RECENT_GLOBAL];
    if (!recent) return instance;
    var merged = { baseUrl: options.baseUrl, excerptLength: options.excerptLength, highlightParam: options.highlightParam };
    var ready = recent.pages ? instance.mergeIndex(bundleUrl + recent.dir, merged) : Promise.resolve(); // none: pages only went
    return ready.then(function () {
      return withRecent(
        instance,
        recent,
        function (rel) {
          return self.fetch(bundleUrl + rel).then(function (r) {
            if (!r.ok) throw new Error(rel + ': ' + r.status);
            return r.json();
          });
        },
        counted,
      );
    });
  }

  // ---- The page ----

  var root = document.getElementById('search');
  if (!root) return;
  var form = document.getElementById('search-form');
  var input = /** @type {HTMLInputElement} */ (document.getElementById('search-q'));
  var sortSelect = /** @type {HTMLSelectElement} */ (document.getElementById('search-sort'));
  var fromSelect = /** @type {HTMLSelectElement} */ (document.getElementById('search-from'));
  var toSelect = /** @type {HTMLSelectElement} */ (document.getElementById('search-to'));
  var filterBox = document.getElementById('search-filters');
  var refine = /** @type {HTMLDetailsElement} */ (document.getElementById('search-refine'));
  var statusEl = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var moreButton = document.getElementById('search-more');
  var nearBox = document.getElementById('search-near');
  var nearList = document.getElementById('search-near-results');
  var nearCount = document.getElementById('search-near-intro');
  var help = document.getElementById('search-help');
  var siteInput = /** @type {HTMLInputElement | null} */ (document.getElementById('site-search-q'));
  // The articles' language, marked on titles and snippets when the page speaks another (--locale en).
  var contentLang = root.getAttribute('data-content-lang') || '';
  if (contentLang === document.documentElement.lang) contentLang = '';
  var strings = JSON.parse(document.getElementById('search-strings').textContent || '{}');

  var fileMode = location.protocol === 'file:';
  var siteRoot = new URL(root.getAttribute('data-root') || '../', location.href).href;
  if (!fileMode) siteRoot = new URL(siteRoot).pathname;
  var bundleUrl = new URL(root.getAttribute('data-bundle') || '../pagefind/', location.href).href;

  var state = parseState(location.search);
  var allFilters = {};
  var allMonths = [];
  var pagefind = null;
  var runSeq = 0;
  var results = [];
  var shown = 0;
  var typingTimer = null;
  var filtersLoaded = null;
  var query = parseQuery(state.q);
  var exactCount = 0;
  var missingWords = [];

  function format(template, values) {
    return String(template).replace(/\{(\w+)\}/g, function (_, k) {
      return values[k] !== undefined ? values[k] : '';
    });
  }

  function setStatus(text, stateName, count) {
    statusEl.textContent = text;
    statusEl.setAttribute('data-state', stateName);
    if (count !== undefined) statusEl.setAttribute('data-count', String(count));
    else statusEl.removeAttribute('data-count');
  }

  function writeUrl() {
    var url = location.pathname + stateToQuery(state) + location.hash;
    try {
      history.replaceState(null, '', url);
    } catch {
      /* some browsers refuse history changes on file:// pages; the search still runs */
    }
  }

  function syncForm() {
    input.value = state.q;
    sortSelect.value = state.sort;
    fromSelect.value = state.from;
    toSelect.value = state.to;
    var boxes = /** @type {NodeListOf<HTMLInputElement>} */ (filterBox.querySelectorAll('input[type=checkbox]'));
    for (var i = 0; i < boxes.length; i++) {
      var name = boxes[i].getAttribute('data-filter');
      boxes[i].checked = (state.filters[name] || []).indexOf(boxes[i].value) >= 0;
    }
  }

  function readForm() {
    state.q = input.value.trim();
    state.sort = sortSelect.value;
    state.from = fromSelect.value;
    state.to = toSelect.value;
    var filters = {};
    var boxes = /** @type {NodeListOf<HTMLInputElement>} */ (filterBox.querySelectorAll('input[type=checkbox]:checked'));
    for (var i = 0; i < boxes.length; i++) {
      var name = boxes[i].getAttribute('data-filter');
      (filters[name] || (filters[name] = [])).push(boxes[i].value);
    }
    // Values in the URL that this index does not have are kept, so a shared link says what it asked for.
    Object.keys(state.filters).forEach(function (name) {
      state.filters[name].forEach(function (v) {
        if (!(allFilters[name] && Object.prototype.hasOwnProperty.call(allFilters[name], v))) {
          (filters[name] || (filters[name] = [])).push(v);
        }
      });
    });
    state.filters = filters;
  }

  function renderFilters() {
    filterBox.textContent = '';
    var names = Object.keys(allFilters).sort(byFilterOrder);
    names.forEach(function (name) {
      var counts = allFilters[name];
      var values = orderValues(name, counts);
      if (!values.length) return;
      var selected = state.filters[name] || [];
      // One fieldset per filter inside the one "Filter und Zeitraum" disclosure (no disclosure in a disclosure).
      var fieldset = document.createElement('fieldset');
      fieldset.className = 'search-filter';
      var legend = document.createElement('legend');
      legend.textContent = (strings.filters && strings.filters[name]) || name;
      fieldset.appendChild(legend);
      var box = document.createElement('div');
      box.className = 'search-filter__values';
      values.forEach(function (value, i) {
        var id = 'f-' + name + '-' + i;
        var wrap = document.createElement('div');
        wrap.className = 'search-filter__value';
        var check = document.createElement('input');
        check.type = 'checkbox';
        check.id = id;
        check.value = value;
        check.setAttribute('data-filter', name);
        check.checked = selected.indexOf(value) >= 0;
        var label = document.createElement('label');
        label.htmlFor = id;
        label.textContent = valueLabel(name, value) + ' ';
        var count = document.createElement('span');
        count.className = 'search-filter__count';
        count.setAttribute('data-value', value);
        count.textContent = '(' + counts[value] + ')';
        label.appendChild(count);
        wrap.appendChild(check);
        wrap.appendChild(label);
        box.appendChild(wrap);
      });
      fieldset.appendChild(box);
      filterBox.appendChild(fieldset);
    });
  }

  function renderRange() {
    [fromSelect, toSelect].forEach(function (select) {
      var keep = select === fromSelect ? state.from : state.to;
      while (select.options.length > 1) select.remove(1);
      allMonths.forEach(function (m) {
        var option = document.createElement('option');
        option.value = m;
        option.textContent = monthLabel(m);
        select.appendChild(option);
      });
      if (keep && allMonths.indexOf(keep) < 0) {
        var extra = document.createElement('option');
        extra.value = keep;
        extra.textContent = monthLabel(keep);
        select.appendChild(extra);
      }
      select.value = keep;
    });
  }

  function renderResult(data) {
    var li = document.createElement('li');
    li.className = 'search-result';
    var h = document.createElement('h2');
    h.className = 'search-result__title';
    var a = document.createElement('a');
    a.href = resultHref(siteRoot, data.raw_url || data.url, fileMode, queryTerms(state.q));
    a.textContent = (data.meta && data.meta.title) || data.url;
    if (contentLang) a.lang = contentLang;
    h.appendChild(a);
    li.appendChild(h);
    var metaParts = [];
    var dateText = data.meta && data.meta.date;
    var source = (data.meta && data.meta.outlet) || ((data.filters && data.filters.outlet) || []).join(', ');
    var agencies = ((data.filters && data.filters.agency) || []).join(', ');
    if (source) metaParts.push(source);
    if (agencies && agencies !== source) metaParts.push(agencies);
    if (dateText || metaParts.length) {
      var meta = document.createElement('p');
      meta.className = 'search-result__meta';
      if (dateText) {
        if (data.meta.inferred) {
          var badge = document.createElement('span');
          badge.className = 'badge badge--inferred';
          badge.textContent = data.meta.inferred;
          meta.appendChild(badge);
          meta.appendChild(document.createTextNode(' '));
        }
        var time = document.createElement(data.meta.datetime ? 'time' : 'span');
        if (data.meta.datetime) time.setAttribute('datetime', data.meta.datetime);
        time.textContent = dateText;
        meta.appendChild(time);
      }
      if (metaParts.length) meta.appendChild(document.createTextNode((dateText ? ' · ' : '') + metaParts.join(' · ')));
      li.appendChild(meta);
    }
    if (state.q && (data.content || data.excerpt)) {
      var excerpt = document.createElement('p');
      excerpt.className = 'search-result__excerpt';
      if (contentLang) excerpt.lang = contentLang;
      // Built from the content (escaped word by word); Pagefind's own excerpt only for an index without the header mark.
      var html = contentWords(data.content).indexOf(HEAD_END) >= 0 ? buildExcerpt(data.content, data.locations, query) : cleanExcerpt(data.excerpt || '');
      excerpt.innerHTML = html;
      if (html) li.appendChild(excerpt);
    }
    return li;
  }

  /**
   * Shows the next results: exact hits in the list, results that only have a near form of a word (Pagefind's
   * fallback to shorter words) apart, under their own heading after them. While no exact hit has been seen, reads
   * on (up to NEAR_SCAN results) so that "the word does not occur" is said only after looking.
   */
  function showMore(seq) {
    var from = shown;
    shown = Math.min(results.length, shown + PAGE_SIZE);
    return resultSlice(results, from, shown)
      .then(function (batch) {
        return Promise.all(
          batch.map(function (r) {
            return r.data();
          }),
        );
      })
      .then(function (datas) {
        if (seq !== runSeq) return;
        var firstNew = null;
        datas.forEach(function (d) {
          var li = renderResult(d);
          var verdict = query.phrases.length || !state.q ? { exact: true, missing: [] } : classifyHit(d.content, d.locations, query);
          if (verdict.exact) {
            exactCount++;
            if (!firstNew) firstNew = li;
            list.appendChild(li);
          } else {
            verdict.missing.forEach(function (w) {
              if (missingWords.indexOf(w) < 0) missingWords.push(w);
            });
            nearList.appendChild(li);
            nearBox.hidden = false;
          }
        });
        if (!exactCount && shown < results.length && shown < NEAR_SCAN) return showMore(seq);
        moreButton.hidden = shown >= results.length;
        return firstNew;
      });
  }

  /** Counts and words for the status line once results are shown. */
  function statusText() {
    var n = results.length;
    var near = nearList.children.length;
    var q = state.q;
    if (n === 0) return format(strings.none, { q: q });
    if (!exactCount && near) return format(strings.notFound, { q: missingWords.join(' ') || q });
    var shownExact = shown >= n ? exactCount : n - near;
    return format(shownExact === 1 ? strings.one : strings.many, { n: shownExact, q: q });
  }

  /** With nothing found: names close to the query (people, places, stories) and the search without filters. */
  function offerHelp(seq) {
    help.textContent = '';
    help.hidden = true;
    if (exactCount) return Promise.resolve();
    var items = [];
    var hasFilters = Object.keys(state.filters).length || state.from || state.to;
    if (hasFilters && state.q) {
      var plain = { q: state.q, sort: state.sort, from: '', to: '', filters: {} };
      items.push({ text: strings.withoutFilters, href: location.pathname + stateToQuery(plain) });
    }
    var names = state.q ? loadNames() : Promise.resolve([]);
    return names.then(function (all) {
      if (seq !== runSeq) return;
      closeNames(query, all, 5).forEach(function (entry) {
        var kind = (strings.kinds && strings.kinds[entry[2]]) || '';
        items.push({ text: entry[0], href: siteRoot + String(entry[1]).replace(/^\//, '') + (fileMode && /\/$/.test(entry[1]) ? 'index.html' : ''), kind: kind });
      });
      if (!items.length) return;
      var heading = document.createElement('h2');
      heading.textContent = strings.suggest;
      var ul = document.createElement('ul');
      items.forEach(function (item) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = item.href;
        a.textContent = item.text;
        li.appendChild(a);
        if (item.kind) li.appendChild(document.createTextNode(' (' + item.kind + ')'));
        ul.appendChild(li);
      });
      help.appendChild(heading);
      help.appendChild(ul);
      help.hidden = false;
    });
  }

  var namesLoaded = null;
  /** The archive's names (suche/namen.js, a classic script: also from file://), once, when a search finds nothing. */
  function loadNames() {
    if (!namesLoaded) {
      namesLoaded = loadScript(new URL('namen.js', location.href).href)
        .then(function () {
          return /** @type {{ __pressearchivNames?: string[] }} */ (/** @type {unknown} */ (self)).__pressearchivNames || [];
        })
        .catch(function () {
          return [];
        });
    }
    return namesLoaded;
  }

  function updateCounts(filterCounts) {
    var spans = filterBox.querySelectorAll('.search-filter__count');
    for (var i = 0; i < spans.length; i++) {
      var name = spans[i].parentNode.parentNode.querySelector('input').getAttribute('data-filter');
      var value = spans[i].getAttribute('data-value');
      var counts = (filterCounts && filterCounts[name]) || {};
      spans[i].textContent = '(' + (counts[value] || 0) + ')';
    }
  }

  function searchOptions(filters) {
    var options = { filters: filters };
    var sort = sortFor(state);
    if (sort) options.sort = sort;
    return options;
  }

  /** Loads every filter's values (Pagefind's filter files), once, when the reader opens the filters. */
  function ensureFilters() {
    if (!filtersLoaded) {
      filtersLoaded = pagefind.filters().then(function (filters) {
        allFilters = filters || {};
        allMonths = Object.keys(allFilters.month || {}).sort();
        renderFilters();
        renderRange();
        syncForm();
      });
    }
    return filtersLoaded;
  }

  /** Counts for the current search once the filters are there (the results stay as they are). */
  function refreshCounts() {
    var filters = buildFilters(state, allMonths);
    if (!state.q && !Object.keys(filters).length) return Promise.resolve();
    var seq = runSeq;
    return pagefind.search(parseQuery(state.q).pagefind || null, searchOptions(filters)).then(function (response) {
      if (seq === runSeq && response) updateCounts(response.filters);
    });
  }

  function run() {
    var seq = ++runSeq;
    var filters = buildFilters(state, allMonths);
    var hasFilters = Object.keys(filters).length > 0;
    list.textContent = '';
    nearList.textContent = '';
    nearBox.hidden = true;
    help.textContent = '';
    help.hidden = true;
    moreButton.hidden = true;
    results = [];
    shown = 0;
    exactCount = 0;
    missingWords = [];
    query = parseQuery(state.q);
    if (siteInput) siteInput.value = state.q;
    if (!state.q && !hasFilters) {
      setStatus(strings.prompt || '', 'done', 0);
      updateCounts(allFilters);
      return Promise.resolve();
    }
    setStatus(strings.searching || '…', 'busy');
    return pagefind
      .search(query.pagefind || null, searchOptions(filters))
      .then(function (response) {
        if (seq !== runSeq || !response) return;
        results = response.results;
        updateCounts(response.filters);
        return showMore(seq).then(function () {
          if (seq !== runSeq) return;
          nearCount.textContent = format(strings.nearIntro, { q: missingWords.join(' ') });
          return offerHelp(seq).then(function () {
            if (seq !== runSeq) return;
            setStatus(statusText(), 'done', exactCount);
          });
        });
      })
      .catch(function (e) {
        if (seq !== runSeq) return;
        setStatus(strings.failed || String(e), 'error');
        throw e;
      });
  }

  function update(pushUrl) {
    readForm();
    if (pushUrl !== false) writeUrl();
    return run();
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(typingTimer);
    update();
  });
  input.addEventListener('input', function () {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(update, 300);
  });
  [sortSelect, fromSelect, toSelect].forEach(function (el) {
    el.addEventListener('change', function () {
      update();
    });
  });
  filterBox.addEventListener('change', function (event) {
    var target = /** @type {HTMLInputElement | null} */ (event.target);
    if (target && target.type === 'checkbox') update();
  });
  moreButton.addEventListener('click', function () {
    showMore(runSeq).then(function (firstNew) {
      var link = firstNew && firstNew.querySelector('a');
      if (link) link.focus(); // keyboard users continue where the new results start
    });
  });

  root.classList.add('search--ready');
  syncForm();
  setStatus(strings.loading || '…', 'busy');
  refine.addEventListener('toggle', function () {
    if (refine.open && pagefind && !filtersLoaded) ensureFilters().then(refreshCounts);
  });
  var wantsFilters = Object.keys(state.filters).length > 0 || !!state.from || !!state.to;
  if (wantsFilters) refine.open = true;
  loadPagefind(bundleUrl, fileMode, function () {
    return filtersLoaded !== null; // the counts are on screen once the filters are
  })
    .then(function (instance) {
      pagefind = instance;
      // A date range needs the list of months; filters from the URL are shown checked.
      return wantsFilters || refine.open ? ensureFilters() : null;
    })
    .then(function () {
      return run();
    })
    .catch(function (e) {
      setStatus(strings.failed || String(e), 'error');
      if (typeof console !== 'undefined') console.error(e);
    });
})();

/* Pressearchiv search page: Pagefind's JS API with filters, date range and sort kept in the URL.
 * Works served (any static host, any path prefix) and opened from disk (file://), where it loads
 * Pagefind as a classic script and answers Pagefind's fetches from the offline bundle
 * (pagefind/offline/*.js, written at build time by src/search/offline.ts).
 * A classic script without a build step; the pure helpers are exported on globalThis for unit tests. */
/* global self, window, document, location, history, URL, URLSearchParams, Response, atob, setTimeout, clearTimeout */
(function () {
  'use strict';

  var FILTER_ORDER = ['outlet', 'agency', 'year', 'month', 'person', 'story'];
  var SORTS = { newest: { date: 'desc' }, oldest: { date: 'asc' } };
  var MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
  var PART_OPEN = '\u27e6';
  var PART_CLOSE = '\u27e7';
  var OFFLINE_GLOBAL = '__pressearchivPagefindFiles';
  var CLASSIC_GLOBAL = '__pressearchivPagefind';
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

  /** The words of a query, for the highlight on the target page. */
  function queryTerms(q) {
    return (q || '').split(/[\s"]+/).filter(function (t) {
      return t.length > 0;
    });
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

  function monthLabel(value) {
    var m = /^(\d{4})-(\d{2})$/.exec(value);
    if (!m) return value;
    var name = MONTHS[Number(m[2]) - 1];
    return name ? name + ' ' + m[1] : value;
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

  function base64ToBytes(b64) {
    var bin = atob(b64);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return bytes;
  }

  var api = {
    parseState: parseState,
    stateToQuery: stateToQuery,
    monthsInRange: monthsInRange,
    buildFilters: buildFilters,
    sortFor: sortFor,
    cleanExcerpt: cleanExcerpt,
    queryTerms: queryTerms,
    resultHref: resultHref,
    monthLabel: monthLabel,
    orderValues: orderValues,
    base64ToBytes: base64ToBytes,
  };
  globalThis.PressearchivSearch = api;
  if (typeof document === 'undefined' || typeof window === 'undefined') return;

  // ---- Loading Pagefind, served or from disk ----

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.async = true;
      s.onload = function () {
        s.remove();
        resolve();
      };
      s.onerror = function () {
        s.remove();
        reject(new Error('could not load ' + src));
      };
      document.head.appendChild(s);
    });
  }

  function contentType(rel) {
    if (/\.json$/.test(rel)) return 'application/json';
    if (/^wasm\./.test(rel)) return 'application/wasm';
    return 'application/octet-stream';
  }

  /** From disk: Pagefind's fetches under the bundle folder are answered from the offline chunk scripts. */
  function installOfflineFetch(bundleUrl) {
    var realFetch = typeof self.fetch === 'function' ? self.fetch.bind(self) : null;
    var loading = {};
    var store = function () {
      return self[OFFLINE_GLOBAL] || (self[OFFLINE_GLOBAL] = {});
    };
    var chunk = function (rel) {
      if (!loading[rel]) {
        var src = bundleUrl + 'offline/' + rel.split('/').map(encodeURIComponent).join('/') + '.js';
        loading[rel] = (store()[rel] !== undefined ? Promise.resolve() : loadScript(src)).then(function () {
          var b64 = store()[rel];
          if (b64 === undefined) throw new Error('offline search bundle lacks ' + rel);
          delete store()[rel]; // Pagefind keeps what it loaded; do not hold it twice
          return base64ToBytes(b64);
        });
      }
      return loading[rel];
    };
    self.fetch = function (input, init) {
      var raw = typeof input === 'string' ? input : input && input.url ? input.url : String(input);
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

  function loadPagefind(bundleUrl, fileMode) {
    // noWorker: Pagefind's worker script is another 41 KB on the first query; searching on the main thread is quick.
    var options = { basePath: bundleUrl, baseUrl: '/', excerptLength: 24, highlightParam: HIGHLIGHT_PARAM, noWorker: true };
    if (!fileMode) {
      return import(bundleUrl + 'pagefind.js').then(function (pf) {
        return pf.createInstance(options);
      });
    }
    installOfflineFetch(bundleUrl);
    return loadScript(bundleUrl + 'offline/pagefind.classic.js').then(function () {
      return self[CLASSIC_GLOBAL].createInstance(options);
    });
  }

  // ---- The page ----

  var root = document.getElementById('search');
  if (!root) return;
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var sortSelect = document.getElementById('search-sort');
  var fromSelect = document.getElementById('search-from');
  var toSelect = document.getElementById('search-to');
  var filterBox = document.getElementById('search-filters');
  var refine = document.getElementById('search-refine');
  var statusEl = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var moreButton = document.getElementById('search-more');
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
    var boxes = filterBox.querySelectorAll('input[type=checkbox]');
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
    var boxes = filterBox.querySelectorAll('input[type=checkbox]:checked');
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
      var details = document.createElement('details');
      details.className = 'search-filter';
      if (selected.length) details.open = true;
      var summary = document.createElement('summary');
      summary.textContent = (strings.filters && strings.filters[name]) || name;
      details.appendChild(summary);
      var fieldset = document.createElement('fieldset');
      var legend = document.createElement('legend');
      legend.className = 'visually-hidden';
      legend.textContent = summary.textContent;
      fieldset.appendChild(legend);
      values.forEach(function (value, i) {
        var id = 'f-' + name + '-' + i;
        var wrap = document.createElement('div');
        wrap.className = 'search-filter__value';
        var box = document.createElement('input');
        box.type = 'checkbox';
        box.id = id;
        box.value = value;
        box.setAttribute('data-filter', name);
        box.checked = selected.indexOf(value) >= 0;
        var label = document.createElement('label');
        label.htmlFor = id;
        label.textContent = valueLabel(name, value) + ' ';
        var count = document.createElement('span');
        count.className = 'search-filter__count';
        count.setAttribute('data-value', value);
        count.textContent = '(' + counts[value] + ')';
        label.appendChild(count);
        wrap.appendChild(box);
        wrap.appendChild(label);
        fieldset.appendChild(wrap);
      });
      details.appendChild(fieldset);
      filterBox.appendChild(details);
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
    // pagefind-ui__result: the class Pagefind's default UI used, kept for existing tests and styles.
    li.className = 'search-result pagefind-ui__result';
    var h = document.createElement('h2');
    h.className = 'search-result__title';
    var a = document.createElement('a');
    a.href = resultHref(siteRoot, data.raw_url || data.url, fileMode, queryTerms(state.q));
    a.textContent = (data.meta && data.meta.title) || data.url;
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
        var time = document.createElement(data.meta.datetime ? 'time' : 'span');
        if (data.meta.datetime) time.setAttribute('datetime', data.meta.datetime);
        time.textContent = dateText;
        meta.appendChild(time);
      }
      if (metaParts.length) meta.appendChild(document.createTextNode((dateText ? ' · ' : '') + metaParts.join(' · ')));
      li.appendChild(meta);
    }
    if (state.q && data.excerpt) {
      var excerpt = document.createElement('p');
      excerpt.className = 'search-result__excerpt';
      excerpt.innerHTML = cleanExcerpt(data.excerpt); // Pagefind escapes the text; only <mark> is markup
      li.appendChild(excerpt);
    }
    return li;
  }

  function showMore(seq) {
    var batch = results.slice(shown, shown + PAGE_SIZE);
    shown += batch.length;
    return Promise.all(
      batch.map(function (r) {
        return r.data();
      }),
    ).then(function (datas) {
      if (seq !== runSeq) return;
      var firstNew = null;
      datas.forEach(function (d) {
        var li = renderResult(d);
        if (!firstNew) firstNew = li;
        list.appendChild(li);
      });
      moreButton.hidden = shown >= results.length;
      return firstNew;
    });
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
    return pagefind.search(state.q || null, searchOptions(filters)).then(function (response) {
      if (seq === runSeq && response) updateCounts(response.filters);
    });
  }

  function run() {
    var seq = ++runSeq;
    var filters = buildFilters(state, allMonths);
    var hasFilters = Object.keys(filters).length > 0;
    list.textContent = '';
    moreButton.hidden = true;
    results = [];
    shown = 0;
    if (!state.q && !hasFilters) {
      setStatus(strings.prompt || '', 'done', 0);
      updateCounts(allFilters);
      return Promise.resolve();
    }
    setStatus(strings.searching || '…', 'busy');
    return pagefind
      .search(state.q || null, searchOptions(filters))
      .then(function (response) {
        if (seq !== runSeq || !response) return;
        results = response.results;
        updateCounts(response.filters);
        return showMore(seq).then(function () {
          if (seq !== runSeq) return;
          var n = results.length;
          var text = n === 0 ? strings.none : n === 1 ? strings.one : strings.many;
          setStatus(format(text, { n: n, q: state.q }), 'done', n);
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
    if (event.target && event.target.type === 'checkbox') update();
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
  loadPagefind(bundleUrl, fileMode)
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

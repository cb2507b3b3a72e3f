// The search page's pure helpers (templates/assets/search/*.js, classic scripts exporting on globalThis).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';

interface State {
  q: string;
  sort: string;
  from: string;
  to: string;
  filters: Record<string, string[]>;
}
interface SearchApi {
  parseState(search: string): State;
  stateToQuery(state: State): string;
  buildFilters(state: State, months: string[]): unknown;
  sortFor(state: State): unknown;
  cleanExcerpt(html: string): string;
  resultHref(root: string, url: string, fileMode: boolean, terms: string[]): string;
  monthLabel(value: string): string;
  orderValues(filter: string, counts: Record<string, number>): string[];
}
interface HighlightApi {
  stems(words: string[]): string[];
  wordRanges(text: string, stems: string[]): [number, number][];
}

let ui: SearchApi;
let hl: HighlightApi;
before(async () => {
  // Browser scripts without type declarations: imported by URL for their globals.
  for (const file of ['search.js', 'highlight.js']) {
    await import(new URL(`../../templates/assets/search/${file}`, import.meta.url).href);
  }
  const g = globalThis as unknown as { PressearchivSearch: SearchApi; PressearchivHighlight: HighlightApi };
  ui = g.PressearchivSearch;
  hl = g.PressearchivHighlight;
});

describe('search state in the URL', () => {
  it('round-trips query, filters, range and sort', () => {
    const state = ui.parseState('?q=Gas+Lieferung&f.outlet=dpa&f.outlet=taz&f.person=Jens%20Stoltenberg&from=2021-12&to=2022-02&sort=newest');
    assert.deepEqual(state, {
      q: 'Gas Lieferung',
      sort: 'newest',
      from: '2021-12',
      to: '2022-02',
      filters: { outlet: ['dpa', 'taz'], person: ['Jens Stoltenberg'] },
    });
    assert.deepEqual(ui.parseState(ui.stateToQuery(state)), state);
    assert.equal(ui.stateToQuery(ui.parseState('')), '');
  });

  it('ignores what it does not know', () => {
    assert.deepEqual(ui.parseState('?sort=sideways&from=2022&to=x&f.outlet='), { q: '', sort: '', from: '', to: '', filters: {} });
  });
});

describe('Pagefind filters', () => {
  const base = { q: 'x', sort: '', from: '', to: '', filters: {} };
  it('ORs values within a filter and ANDs filters and the date range', () => {
    assert.deepEqual(ui.buildFilters(base, []), {});
    assert.deepEqual(ui.buildFilters({ ...base, filters: { outlet: ['dpa', 'taz'] } }, []), { outlet: { any: ['dpa', 'taz'] } });
    assert.deepEqual(ui.buildFilters({ ...base, from: '2022-01', filters: { person: ['A'] } }, ['2021-12', '2022-01', '2022-02']), {
      all: [{ person: { any: ['A'] } }, { month: { any: ['2022-01', '2022-02'] } }],
    });
    assert.deepEqual(ui.buildFilters({ ...base, from: '2023-01' }, ['2022-01']), { month: { any: ['\u0000'] } });
  });

  it('sorts by date when asked, and lists by newest without a query', () => {
    assert.equal(ui.sortFor(base), undefined);
    assert.deepEqual(ui.sortFor({ ...base, sort: 'oldest' }), { date: 'asc' });
    assert.deepEqual(ui.sortFor({ ...base, q: '' }), { date: 'desc' });
  });

  it('labels and orders values', () => {
    assert.equal(ui.monthLabel('2022-02'), 'Februar 2022');
    assert.deepEqual(ui.orderValues('month', { '2021-12': 5, '2022-02': 1 }), ['2022-02', '2021-12']);
    assert.deepEqual(ui.orderValues('outlet', { b: 1, a: 1, c: 3 }), ['c', 'a', 'b']);
  });
});

describe('excerpts without the indexed compound parts', () => {
  it('moves a hit on a part to its compound', () => {
    assert.equal(ui.cleanExcerpt('mehr Gaslieferungen <mark>⟦Lieferungen⟧</mark> nach Europa'), 'mehr <mark>Gaslieferungen</mark> nach Europa');
    assert.equal(ui.cleanExcerpt('die „Energieversorgung ⟦Energie <mark>Versorgung⟧</mark> ist'), 'die „<mark>Energieversorgung</mark> ist');
  });
  it('drops parts without hits, the space before punctuation, and cut-off lists', () => {
    assert.equal(ui.cleanExcerpt('der Nato-Osterweiterung ⟦Erweiterung⟧ . Der'), 'der Nato-Osterweiterung. Der');
    assert.equal(ui.cleanExcerpt('Sekretär⟧ Jens <mark>Stoltenberg</mark>'), 'Jens <mark>Stoltenberg</mark>');
    assert.equal(ui.cleanExcerpt('mehr <mark>Gaslieferungen</mark> ⟦Lieferungen'), 'mehr <mark>Gaslieferungen</mark>');
    assert.equal(ui.cleanExcerpt('plain <mark>text</mark>'), 'plain <mark>text</mark>');
  });
});

describe('result links', () => {
  it('point below the site root, at index.html from disk, with the words to highlight', () => {
    assert.equal(ui.resultHref('/archiv/', '/artikel/x/', false, ['Gas']), '/archiv/artikel/x/?pagefind-highlight=Gas');
    assert.equal(ui.resultHref('file:///m/site/', '/artikel/x/', true, []), 'file:///m/site/artikel/x/index.html');
    assert.equal(ui.resultHref('/', '/artikel/x/#p2', true, ['ä']), '/artikel/x/index.html?pagefind-highlight=%C3%A4#p2');
  });
});

describe('highlight on the article', () => {
  it('marks words containing a search word, in any Unicode form and with German endings', () => {
    const stems = hl.stems(['Lieferung', 'Präsident']);
    const text = 'Gaslieferungen und der Pra\u0308sident, nicht Liefer.';
    const marked = hl.wordRanges(text, stems).map(([a, b]) => text.slice(a, b));
    assert.deepEqual(marked, ['Gaslieferungen', 'Pra\u0308sident']);
    assert.deepEqual(hl.stems(['Gaslieferungen']), ['gaslieferung']);
  });
});

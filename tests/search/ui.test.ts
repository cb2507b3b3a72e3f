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
  monthLabel(value: string, lang?: string): string;
  orderValues(filter: string, counts: Record<string, number>): string[];
  queryTerms(q: string): string[];
  parseQuery(q: string): Query;
  classifyHit(content: string, locations: number[], query: Query): { exact: boolean; missing: string[] };
  buildExcerpt(content: string, locations: number[], query: Query, size?: number): string;
  closeNames(query: Query, names: string[][], max?: number): string[][];
}
interface Query {
  words: string[];
  strong: string[];
  phrases: string[][];
  pagefind: string;
}
interface HighlightApi {
  stems(words: string[]): string[];
  wordRanges(text: string, stems: string[]): [number, number][];
}

let ui: SearchApi;
let hl: HighlightApi;
before(async () => {
  // Browser scripts without type declarations: imported by URL for their globals.
  for (const file of ['fold.js', 'search.js', 'highlight.js']) {
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

/** Pagefind's word locations of `wanted` words in `content` (as it counts them: split on white space). */
function locate(content: string, wanted: RegExp): number[] {
  return content.split(/\s+/).flatMap((w, i) => (wanted.test(w) ? [i] : []));
}

describe('queries', () => {
  it('takes quoted words as a phrase, in any quote marks, and leaves stop words out of the highlight', () => {
    const q = ui.parseQuery('„Van der Bellen“ Wahl');
    assert.deepEqual(q.phrases, [['Van', 'der', 'Bellen']]);
    assert.equal(q.pagefind, '"Van der Bellen" Wahl');
    assert.deepEqual(q.strong, ['Van', 'Bellen', 'Wahl']);
    assert.deepEqual(ui.queryTerms('Van der Bellen'), ['Van', 'Bellen']);
    assert.deepEqual(ui.queryTerms('der die'), ['der', 'die'], 'only stop words: they are the query');
    assert.equal(ui.parseQuery('"offen').pagefind, 'offen', 'an unclosed quote is no phrase');
  });
});

describe('exact and near hits', () => {
  it('tells a form of the word from a shorter word Pagefind fell back to', () => {
    assert.deepEqual(ui.classifyHit('a Westen b', [1], ui.parseQuery('Westfalen')), { exact: false, missing: ['Westfalen'] });
    assert.equal(ui.classifyHit('mehr Gaslieferungen', [1], ui.parseQuery('Gaslieferung')).exact, true);
    assert.equal(ui.classifyHit('x ⟦Energie Lieferungen⟧', [2], ui.parseQuery('Lieferung')).exact, true, 'a compound part counts');
    assert.equal(ui.classifyHit('Häuser stehen', [0], ui.parseQuery('Haus')).exact, true);
  });
});

describe('snippets', () => {
  const content = 'Van der Bellen gewinnt. Von Silke Bigalke ⟦⟧ . Bundespräsident ⟦Bundes Präsident⟧ Van der Bellen sagte der Zeitung, der Wahlkampf sei vorbei.';
  it('start after the header, mark the name but no lone "der", drop parts', () => {
    const html = ui.buildExcerpt(content, locate(content, /^(Van|der|Bellen)$/), ui.parseQuery('Van der Bellen'));
    assert.equal(html, 'Bundespräsident <mark>Van der Bellen</mark> sagte der Zeitung, der Wahlkampf sei vorbei.');
  });
  it('show the opening of the text, unmarked, when only the title or byline matched', () => {
    const html = ui.buildExcerpt(content, locate(content, /^Bigalke$/), ui.parseQuery('Bigalke'), 4);
    assert.equal(html, 'Bundespräsident Van der Bellen …');
  });
  it('say "…" where the text is cut and keep punctuation at its word', () => {
    const text = 'T ⟦⟧ eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf Lemberg, Westukraine ⟦West Ukraine⟧ . Foto und mehr Text folgt';
    const html = ui.buildExcerpt(text, locate(text, /^Westukraine$/), ui.parseQuery('Westukraine'), 8);
    assert.match(html, /^… .*Lemberg, <mark>Westukraine<\/mark>\. Foto.* …$/);
    assert.doesNotMatch(html, /[⟦⟧]/);
  });
});

describe('names close to a query', () => {
  it('offers a person whose name or alias is a spelling away', () => {
    const names = [
      ['Wolodymyr Selenskyj', '/personen/w/', 'person', 'Selenski'],
      ['Putin in Peking', '/geschichten/p/', 'story', ''],
    ];
    assert.deepEqual(
      ui.closeNames(ui.parseQuery('Selenskij'), names).map((n) => n[0]),
      ['Wolodymyr Selenskyj'],
    );
    assert.deepEqual(
      ui.closeNames(ui.parseQuery('Pekin'), names).map((n) => n[0]),
      ['Putin in Peking'],
    );
    assert.deepEqual(ui.closeNames(ui.parseQuery('Sonnenblumenfeld'), names), []);
  });
  it('names months in the page language', () => {
    assert.equal(ui.monthLabel('2022-02', 'en'), 'February 2022');
  });
});

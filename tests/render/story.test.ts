import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLocale } from '../../src/render/locale.ts';
import { storyTies, type TieRef } from '../../src/render/story.ts';
import type { SharedPassage, SharedQuote, Story } from '../../src/record.ts';

const ids = ['a', 'b', 'c'];
const order = (x: string, y: string) => ids.indexOf(x) - ids.indexOf(y);
const story = (over: Partial<Story> = {}): Story => ({ id: 's', slug: 's', title: 'Gipfel', start: null, end: null, articleIds: ids, ...over });
const ref = (id: string): TieRef => ({
  id,
  url: `/artikel/${id}/`,
  title: `Titel ${id}`,
  credit: id === 'b' ? null : `Blatt ${id}`,
  dateLabel: null,
  dateInferred: false,
});
const passage: SharedPassage = {
  id: 'p',
  text: 'eins zwei drei vier',
  occurrences: ids.map((articleId) => ({ articleId, paragraph: 0 })),
};
const quote = (n: number): SharedQuote => ({ id: `q${n}`, text: `Zitat Nummer ${n}`, speaker: null, articleIds: ['a', 'b'] });
const ties = (over: Partial<Story> = {}, quotes = 8, code = 'de') =>
  storyTies(story(over), {
    archive: { links: {}, passages: [passage], quotes: Array.from({ length: quotes }, (_, i) => quote(i)) },
    ref,
    byTime: order,
    quoteUrl: (id) => `/zitate/${id}/`,
    quoteIndexUrl: '/zitate/',
    compareUrl: () => null,
    locale: getLocale(code),
  })!;

test('an article without credit is named by its quoted title in the carriers sentence', () => {
  const t = ties();
  assert.equal(t.carriers[0]!.first.label, 'Blatt a');
  assert.deepEqual(
    t.carriers[0]!.then.map((v) => v.label),
    ['„Titel b“', 'Blatt c'],
  );
  assert.equal(ties({}, 0, 'en').carriers[0]!.then[0]!.label, '“Titel b”');
});

test('the summary counts passages and every shared quote; the list shows six, folds the others, none lost', () => {
  const t = ties();
  assert.deepEqual(t.summary, ['1 gemeinsame Passage', '8 gemeinsame Zitate']);
  assert.equal(t.quotes.length, 6);
  assert.equal(t.moreQuotes!.label, 'und 2 weitere');
  assert.deepEqual(
    t.moreQuotes!.quotes.map((q) => q.url),
    ['/zitate/q6/', '/zitate/q7/'],
  );
  assert.equal(t.moreQuotes!.rest, null);
  assert.equal(ties({}, 6).moreQuotes, null);
  assert.deepEqual(ties({}, 0).summary, ['1 gemeinsame Passage']);
  // a story whose articles share 250 quotes: six shown, 100 folded, the other 144 left to the quotes' index, said and linked
  const wide = ties({}, 250);
  assert.equal(wide.moreQuotes!.label, 'und 244 weitere');
  assert.equal(wide.moreQuotes!.quotes.length, 100);
  assert.deepEqual(wide.moreQuotes!.rest, { label: '144 weitere im Verzeichnis der Zitate', url: '/zitate/' });
  assert.equal(ties({}, 250, 'en').moreQuotes!.rest!.label, '144 more in the index of quotes');
});

test('a derived story title is noted, a headline is not', () => {
  assert.match(ties({ titleDerived: true }).titleNote!, /abgeleitet/);
  assert.equal(ties().titleNote, null);
});

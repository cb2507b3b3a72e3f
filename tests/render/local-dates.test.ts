// What the link stage writes in German about dates is said in the site's language (src/render/dates.ts), as every other
// date on the page is: the first date in brackets that tells apart stories sharing a headline (src/link/stories.ts), and
// why an undated article's date was inferred from its story (src/link/dates.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inferDate, timeRank } from '../../src/link/dates.ts';
import { makeStories } from '../../src/link/stories.ts';
import type { LinkedArchive } from '../../src/record.ts';
import { dateReason, withLocalTitleDates } from '../../src/render/dates.ts';
import { locales } from '../../src/render/locale.ts';
import { makeRecord } from '../link/helpers.ts';

const wire = 'Ex-Nationalspieler Trochowski (32) beendet Karriere';
const all = [
  makeRecord({ id: 'a1', date: '2024-01-10', title: wire }),
  makeRecord({ id: 'a2', date: '2024-01-11', title: wire }),
  makeRecord({ id: 'b1', date: '2024-02-10T09:30', title: wire }),
  makeRecord({ id: 'c1', date: '2024-03', title: wire }),
  makeRecord({ id: 'd1', date: '2024-04-01', title: 'Trochowski sagt Servus' }),
];
const stories = makeStories([[0, 1], [2], [3], [4]], all, timeRank(all));
const archive = { articles: all, stories } as unknown as LinkedArchive;

test('the link stage names the date a title is told apart by, and no other', () => {
  assert.deepEqual(
    stories.map((s) => [s.title, s.titleDate]),
    [
      [`${wire} (10. Januar 2024)`, '2024-01-10'],
      [`${wire} (10. Februar 2024)`, '2024-02-10T09:30'],
      [`${wire} (März 2024)`, '2024-03'],
      ['Trochowski sagt Servus', undefined],
    ],
  );
});

test('an English site writes that date in English, at its precision; a German one keeps the titles as they are', () => {
  assert.deepEqual(
    withLocalTitleDates(archive, locales.en).stories.map((s) => s.title),
    [`${wire} (10 January 2024)`, `${wire} (10 February 2024)`, `${wire} (March 2024)`, 'Trochowski sagt Servus'],
  );
  assert.equal(withLocalTitleDates(archive, locales.de), archive);
});

test('why a date was inferred: in German the link stage’s reason, in English the same evidence in English words', () => {
  const dated = [
    { id: 'x', date: '2022-02' },
    { id: 'y', date: '2022-02-04T11:02' },
    { id: 'z', date: '2022-02-04' },
  ];
  const friday = inferDate(makeRecord({ id: 'f', body: 'Beide trafen sich am Freitag in der Hauptstadt.' }), dated, 'Gipfel')!;
  assert.equal(friday.date, '2022-02-04');
  assert.equal(dateReason(friday, locales.de), friday.reason);
  assert.equal(
    dateReason(friday, locales.en),
    'Date inferred from the story “Gipfel”: 3 dated articles of February 2022, 2 of them of 4 February 2022, a Friday, and the article names Friday',
  );
  const allOnTheDay = inferDate(makeRecord({ id: 'g', body: 'Am Freitag trafen sie sich.' }), dated.slice(1), 'Gipfel')!;
  assert.equal(dateReason(allOnTheDay, locales.en), 'Date inferred from the story “Gipfel”: 2 dated articles of 4 February 2022, a Friday, and the article names Friday');
  const spread = inferDate(makeRecord({ id: 'h', body: 'Ohne Wochentag.' }), [...dated, { id: 'w', date: '2022-03-01' }], 'Gipfel')!;
  assert.equal(dateReason(spread, locales.en), 'Date inferred from the story “Gipfel”: 3 dated articles of February 2022 (1 more from other months)');
  const years = inferDate(makeRecord({ id: 'j', body: 'Ohne Wochentag.' }), [{ id: 'v', date: '2021' }], 'Bilanz')!;
  assert.equal(dateReason(years, locales.en), 'Date inferred from the story “Bilanz”: one dated article from 2021');
  for (const inferred of [friday, allOnTheDay, spread, years]) assert.doesNotMatch(dateReason(inferred, locales.en), /Datum|Artikel|Februar\b|Freitag|„/);
  const told = inferDate(makeRecord({ id: 'k', body: 'Ohne Wochentag.' }), [{ id: 'v', date: '2021' }], `${wire} (10. Januar 2024)`)!;
  const local = withLocalTitleDates(archive, locales.en).stories[0]!.title;
  assert.equal(
    dateReason(told, locales.en, local),
    `Date inferred from the story “${wire} (10 January 2024)”: one dated article from 2021`,
    'the story named as the site names it',
  );
});

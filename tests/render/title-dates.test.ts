// Stories that share a headline are told apart by their first date in brackets (src/link/stories.ts); the date is
// written in the site's language (withLocalTitleDates, src/render/dates.ts), as every other date on the page is.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timeRank } from '../../src/link/dates.ts';
import { makeStories } from '../../src/link/stories.ts';
import type { LinkedArchive } from '../../src/record.ts';
import { withLocalTitleDates } from '../../src/render/dates.ts';
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

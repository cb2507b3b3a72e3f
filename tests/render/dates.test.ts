// Dates as precise as known, in German (and English), always in UTC.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, formatPeriod, formatRange, toRfc3339 } from '../../src/render/dates.ts';
import { getLocale } from '../../src/render/locale.ts';

const de = getLocale('de');
const en = getLocale('en');

describe('formatDate', () => {
  it('says only what is known', () => {
    assert.equal(formatDate('2022-02-04T11:02', 'minute', de), '4. Februar 2022, 11:02 Uhr');
    assert.equal(formatDate('2022-02-04', 'day', de), '4. Februar 2022');
    assert.equal(formatDate('2022-02', 'month', de), 'Februar 2022');
    assert.equal(formatDate('2022', 'year', de), '2022');
    assert.equal(formatDate('2022-03', 'month', de), 'März 2022');
  });
  it('has an English form', () => {
    assert.equal(formatDate('2022-02-04', 'day', en), '4 February 2022');
  });
  it('is UTC: midnight on the first of a month stays in that month in any time zone', () => {
    assert.equal(toRfc3339('2022-02'), '2022-02-01T00:00:00Z');
    assert.equal(toRfc3339('2022-02-04T11:02'), '2022-02-04T11:02:00Z');
  });
});

describe('formatPeriod and formatRange', () => {
  it('names archive periods', () => {
    assert.equal(formatPeriod('2022', de), '2022');
    assert.equal(formatPeriod('2022-02', de), 'Februar 2022');
    assert.equal(formatPeriod('2022-02-04', de), 'Freitag, 4. Februar 2022');
    assert.equal(formatPeriod('2022-02', de, true), 'Februar');
  });
  it('gives a span, or one date when the span is one period', () => {
    assert.equal(formatRange('2021-12-15', '2022-02-04T11:02', de), '15. Dezember 2021 – 4. Februar 2022');
    assert.equal(formatRange('2022-02-04', '2022-02-04T11:02', de), '4. Februar 2022');
    assert.equal(formatRange('2022-02', '2022-02-04', de), 'Februar 2022');
    assert.equal(formatRange(null, null, de), null);
    assert.equal(formatRange('2024-11-13', '2024-11-16T09:00', de), '13.–16. November 2024');
    assert.equal(formatRange('2024-10-13', '2024-11-16', de), '13. Oktober – 16. November 2024');
    assert.equal(formatRange('2021-12', '2022-02-04T11:02', de), 'Dezember 2021 – Februar 2022', 'never mixed precisions');
    assert.equal(formatRange('2022-01', '2022-02-04', de), 'Januar – Februar 2022');
    assert.equal(formatRange('2021', '2022-02', de), '2021–2022');
  });
});

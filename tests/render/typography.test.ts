import { test } from 'node:test';
import assert from 'node:assert/strict';
import { typographicQuotes, withTypographicTitles } from '../../src/render/typography.ts';
import type { LinkedArchive } from '../../src/record.ts';
import { makeRecord } from '../helpers/record.ts';
import { buildSiteModel } from '../../src/render/site.ts';
import { getLocale } from '../../src/render/locale.ts';
import { archive, config, record } from './fixtures.ts';

test('straight double quotes become German „…“ and English “…”', () => {
  assert.equal(typographicQuotes('Putin: "Wir sind bereit"', 'de'), 'Putin: „Wir sind bereit“');
  assert.equal(typographicQuotes('Putin: "Wir sind bereit"', 'en'), 'Putin: “Wir sind bereit”');
  assert.equal(typographicQuotes('"Genozid", sagt Putin. Die "Nato"-Frage (und "mehr")', 'de'), '„Genozid“, sagt Putin. Die „Nato“-Frage (und „mehr“)');
  assert.equal(typographicQuotes('Er sagte: "Ja"!', 'de'), 'Er sagte: „Ja“!');
});

test('apostrophes become ’ and single quotes inside a quotation ‚…‘', () => {
  assert.equal(typographicQuotes("Wie geht's? Hans' Auto", 'de'), 'Wie geht’s? Hans’ Auto');
  assert.equal(typographicQuotes('"Er rief \'Halt\' und ging"', 'de'), '„Er rief ‚Halt‘ und ging“');
  assert.equal(typographicQuotes("Trump's 'deal'", 'en'), 'Trump’s ‘deal’');
});

test('text without straight quotes is returned as it is, marks already typographic stay', () => {
  const t = 'Putin in Peking: „Wir sind bereit“';
  assert.equal(typographicQuotes(t, 'de'), t);
});

test('the archive for rendering gets typographic titles; the records it came from keep the source characters', () => {
  const r = makeRecord({ id: 'a', title: 'Scholz: "Das war ein Fehler"', subtitle: 'Der "Wumms" bleibt' });
  const archive = { articles: [r], stories: [{ id: 's', slug: 'x', title: r.title, start: null, end: null, articleIds: ['a'] }] } as unknown as LinkedArchive;
  const out = withTypographicTitles(archive, 'de');
  assert.equal(out.articles[0]!.title, 'Scholz: „Das war ein Fehler“');
  assert.equal(out.articles[0]!.subtitle, 'Der „Wumms“ bleibt');
  assert.equal(out.stories[0]!.title, 'Scholz: „Das war ein Fehler“');
  assert.equal(r.title, 'Scholz: "Das war ein Fehler"');
  assert.equal(out.articles[0]!.body, r.body);
});

test('the site model shows titles with the locale’s marks, in page heads and cards alike', () => {
  const r = record('a', { title: 'Putin: "Wir sind bereit"', date: '2022-02-04', datePrecision: 'day' });
  const de = buildSiteModel(archive([r]), config());
  const page = de.articles.find((a) => a.id === 'a')!;
  assert.equal(page.title, 'Putin: „Wir sind bereit“');
  assert.match(JSON.stringify(de.listings), /Putin: „Wir sind bereit“/);
  assert.doesNotMatch(JSON.stringify(de.articles), /Putin: \\"Wir/);
  const en = buildSiteModel(archive([r]), config({ locale: getLocale('en') }));
  assert.equal(en.articles.find((a) => a.id === 'a')!.title, 'Putin: “Wir sind bereit”');
});

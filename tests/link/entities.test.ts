import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkArchive } from '../../src/link/index.ts';
import { mergeKnownEntities, parseKnownEntities } from '../../src/link/known.ts';
import { makeRecord } from './helpers.ts';

const records = [
  makeRecord({
    id: 'e1',
    date: '2023-01-10',
    body: 'Der Sprecher des Ministeriums, Jewgenij Korablin, wies die Vorwürfe zurück. Auch die NATO äußerte sich. Der Kremlchef schwieg.',
    people: ['Jewgenij Korablin', 'Kremlchef'],
  }),
  makeRecord({
    id: 'e2',
    date: '2023-01-12',
    body: 'Jewgeni Korablin sagte in Riga, die Nato solle abwarten. Korablin reiste danach weiter.',
  }),
  makeRecord({
    id: 'e3',
    date: '2023-01-11',
    body: 'Die Organisation für Wirtschaftliche Zusammenarbeit und Entwicklung (OECD) legte einen Bericht vor. Die OECD erwartet Wachstum. Präsidentin Ilse Brandtner lobte ihn.',
  }),
];

test('alias pairs not in the data file are merged: transliterated first names, case of acronyms', () => {
  const out = linkArchive(records);
  const persons = out.entities.filter((e) => e.kind === 'person');
  const korablin = persons.filter((e) => e.name.includes('Korablin'));
  assert.equal(korablin.length, 1, JSON.stringify(persons.map((p) => p.name)));
  assert.deepEqual(korablin[0]!.articleIds, ['e1', 'e2']);
  assert.ok(korablin[0]!.aliases.some((a) => a !== korablin[0]!.name && a.includes('Korablin')));
  const nato = out.entities.filter((e) => e.name === 'NATO');
  assert.equal(nato.length, 1);
  assert.deepEqual(nato[0]!.articleIds, ['e1', 'e2']);
  assert.ok(nato[0]!.aliases.includes('Nato'));
});

test('role nouns never become persons; unknown names found by cues', () => {
  const out = linkArchive(records);
  assert.ok(!out.entities.some((e) => /kreml/i.test(e.name) && e.kind === 'person'));
  assert.ok(out.entities.some((e) => e.name === 'Ilse Brandtner' && e.kind === 'person'));
  const oecd = out.entities.filter((e) => e.name === 'OECD' || e.aliases.includes('OECD'));
  assert.equal(oecd.length, 1);
  assert.equal(oecd[0]!.kind, 'organisation');
  assert.ok(out.entities.some((e) => e.name === 'Riga' && e.kind === 'place'));
});

test('entities link back from articles and list who appears together', () => {
  const out = linkArchive(records);
  const korablin = out.entities.find((e) => e.name.includes('Korablin'))!;
  assert.ok(out.links['e1']!.entities.includes(korablin.slug));
  assert.ok(korablin.seenWith.some((s) => s.slug === 'nato' && s.count === 2));
  const slugs = out.entities.map((e) => e.slug);
  assert.equal(new Set(slugs).size, slugs.length);
});

test('known entities given as options extend the shipped ones', () => {
  const extra = parseKnownEntities([{ name: 'Ilse Brandtner', kind: 'person', aliases: ['Brandtner-Moll'] }], 'test');
  const out = linkArchive([makeRecord({ id: 'x', body: 'Brandtner-Moll sprach in Oslo.' }), makeRecord({ id: 'y', body: 'Ilse Brandtner sprach.' })], {
    knownEntities: extra,
  });
  const e = out.entities.find((x) => x.name === 'Ilse Brandtner');
  assert.deepEqual(e?.articleIds, ['x', 'y']);
  const merged = mergeKnownEntities([{ name: 'A B', kind: 'person', aliases: ['B'] }], [{ name: 'A B', kind: 'person', aliases: ['A. B.'] }]);
  assert.deepEqual(merged[0]!.aliases, ['B', 'A. B.']);
  assert.throws(() => parseKnownEntities([{ name: 'X', kind: 'thing' }], 'file.json'), /file\.json: entity 1/);
});

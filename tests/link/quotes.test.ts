import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkArchive } from '../../src/link/index.ts';
import { extractQuotes, quoteKey, sameQuote } from '../../src/link/quotes.ts';
import { makeRecord } from './helpers.ts';

test('quotes are read from every quote style', () => {
  assert.deepEqual(extractQuotes('Er sagte, man werde „nicht nachgeben“, und «weiter verhandeln».'), ['nicht nachgeben', 'weiter verhandeln']);
  assert.deepEqual(extractQuotes('Sie nannte es "einen guten Tag" und »einen Anfang«.'), ['einen guten Tag', 'einen Anfang']);
  assert.deepEqual(extractQuotes('Die Lage sei „sehr ernst" gewesen.'), ['sehr ernst']);
});

test('small variants of a quotation are the same quote', () => {
  assert.ok(sameQuote(quoteKey('die alten Ansätze aufzugeben'), quoteKey('alten Ansätze aufgeben')));
  assert.ok(sameQuote(quoteKey('einen nie da gewesenen Charakter'), quoteKey('einen nie dagewesenen Charakter')));
  assert.ok(sameQuote(quoteKey('zutief besorgt'), quoteKey('zutiefst besorgt')));
  assert.ok(!sameQuote(quoteKey('ernsthaft besorgt'), quoteKey('zutiefst besorgt')));
  assert.ok(!sameQuote(quoteKey('aus der Zeit des Kalten Krieges'), quoteKey('ideologischen Ansätze aus der Zeit des Kalten Krieges aufgeben')));
});

test('one quote in three quote styles, carried by three outlets, is one shared quote, earliest first', () => {
  const records = [
    makeRecord({
      id: 'c',
      date: '2023-03-03',
      outlet: 'Drittes Blatt',
      body: 'Die Ministerin warnte, man müsse "die Fehler der Vergangenheit nicht wiederholen". Ein Sprecher schwieg.',
    }),
    makeRecord({
      id: 'a',
      date: '2023-03-01',
      outlet: 'Erstes Blatt',
      body: 'Die Ministerin Petra Sommerfeld sagte, man müsse „die Fehler der Vergangenheit nicht wiederholen“.',
      quotes: [{ text: 'die Fehler der Vergangenheit nicht wiederholen', speaker: 'Petra Sommerfeld' }],
    }),
    makeRecord({
      id: 'b',
      date: '2023-03-02',
      outlet: 'Zweites Blatt',
      body: 'Man dürfe «die Fehler der Vergangenheit nicht wiederholen», erklärte Sommerfeld in Bonn.',
    }),
    makeRecord({ id: 'd', date: '2023-03-02', body: 'Er sprach von „einem völlig anderen Satz“ und ging.' }),
  ];
  const out = linkArchive(records);
  const q = out.quotes.find((x) => x.text.includes('Fehler der Vergangenheit'));
  assert.ok(q);
  assert.deepEqual(q.articleIds, ['a', 'b', 'c']);
  assert.equal(q.text, 'die Fehler der Vergangenheit nicht wiederholen');
  assert.equal(q.speaker, 'Petra Sommerfeld');
  assert.deepEqual(
    q.variants!.map((v) => v.paragraph),
    [0, 0, 0],
  );
  for (const id of ['a', 'b', 'c']) assert.ok(out.links[id]!.quotes.includes(q.id));
  assert.deepEqual(out.links['d']!.quotes, []);
  assert.equal(out.quotes.filter((x) => x.articleIds.includes('d')).length, 0);
});

test('a quote by "a spokesman of X" is not credited to X', () => {
  const body = (outlet: string) => `Ein Sprecher von Premierminister Jonas Kellermann sprach von „ernsten und sehr glaubwürdigen Hinweisen“ (${outlet}).`;
  const out = linkArchive([
    makeRecord({ id: 'a', date: '2023-03-01', outlet: 'Erstes Blatt', body: body('a') }),
    makeRecord({ id: 'b', date: '2023-03-02', outlet: 'Zweites Blatt', body: body('b') }),
  ]);
  const q = out.quotes.find((x) => x.text.includes('glaubwürdigen Hinweisen'));
  assert.ok(q);
  assert.equal(q.speaker, null);
});

test('one wording said by different people is a quote per speaker; unnamed carriers go with a clear majority only', () => {
  const said = (id: string, speaker: string | null) =>
    makeRecord({
      id,
      date: `2023-05-0${id.length}`,
      outlet: `Blatt ${id}`,
      body: speaker ? `${speaker} sagte: „Das war ein Schritt in die richtige Richtung.“` : 'Es hieß: „Das war ein Schritt in die richtige Richtung.“',
      quotes: [{ text: 'Das war ein Schritt in die richtige Richtung.', speaker }],
    });
  const two = linkArchive([said('a', 'Wilma Ortlieb'), said('bb', 'Wilma Ortlieb'), said('ccc', 'Gernot Falkner'), said('dddd', 'Gernot Falkner')]);
  assert.deepEqual(two.quotes.map((q) => [q.speaker, q.articleIds.length]).sort(), [
    ['Gernot Falkner', 2],
    ['Wilma Ortlieb', 2],
  ]);
  const one = linkArchive([said('a', 'Wilma Ortlieb'), said('bb', 'Wilma Ortlieb'), said('ccc', 'Wilma Ortlieb'), said('dddd', 'Gernot Falkner'), said('eeeee', null)]);
  assert.deepEqual(
    one.quotes.map((q) => [q.speaker, q.articleIds.length]),
    [['Wilma Ortlieb', 4]],
  );
  const even = linkArchive([said('a', 'Wilma Ortlieb'), said('bb', 'Gernot Falkner'), said('ccc', null), said('dddd', null)]);
  assert.deepEqual(
    even.quotes.map((q) => [q.speaker, q.articleIds.length]),
    [[null, 2]],
  );
});

test('a single word in quote marks is a shared quote only when someone is said to have said it', () => {
  const term = (id: string) =>
    makeRecord({ id, date: `2023-06-0${id.length}`, outlet: `Blatt ${id}`, body: 'Kritiker sprechen von einer „Kostenbremse“ für die Gemeinden.' });
  assert.deepEqual(linkArchive([term('a'), term('bb'), term('ccc')]).quotes, []);
  const said = (id: string) =>
    makeRecord({
      id,
      date: `2023-06-0${id.length}`,
      outlet: `Blatt ${id}`,
      body: 'Die Bürgermeisterin Wilma Ortlieb nannte das Paket „beispiellos“.',
      quotes: [{ text: 'beispiellos', speaker: 'Wilma Ortlieb' }],
    });
  assert.deepEqual(
    linkArchive([said('a'), said('bb')]).quotes.map((q) => [q.text, q.speaker]),
    [['beispiellos', 'Wilma Ortlieb']],
  );
});

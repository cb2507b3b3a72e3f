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
  assert.deepEqual(q.variants!.map((v) => v.paragraph), [0, 0, 0]);
  for (const id of ['a', 'b', 'c']) assert.ok(out.links[id]!.quotes.includes(q.id));
  assert.deepEqual(out.links['d']!.quotes, []);
  assert.equal(out.quotes.filter((x) => x.articleIds.includes('d')).length, 0);
});

test('a quote by "a spokesman of X" is not credited to X', () => {
  const body = (outlet: string) =>
    `Ein Sprecher von Premierminister Jonas Kellermann sprach von „ernsten und sehr glaubwürdigen Hinweisen“ (${outlet}).`;
  const out = linkArchive([
    makeRecord({ id: 'a', date: '2023-03-01', outlet: 'Erstes Blatt', body: body('a') }),
    makeRecord({ id: 'b', date: '2023-03-02', outlet: 'Zweites Blatt', body: body('b') }),
  ]);
  const q = out.quotes.find((x) => x.text.includes('glaubwürdigen Hinweisen'));
  assert.ok(q);
  assert.equal(q.speaker, null);
});

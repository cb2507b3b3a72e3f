// Caps bound the link stage's work but never drop a result: the most widely carried quote and passage are
// found and grouped, and a footer every article carries is boilerplate that joins no articles into stories.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkArchive } from '../../src/link/index.ts';
import type { ArticleRecord } from '../../src/record.ts';
import { makeRecord } from './helpers.ts';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SYLLABLES = ['ka', 'ro', 'mel', 'ten', 'sto', 'ber', 'an', 'lin', 'ga', 'de', 'ur', 'wis', 'ho', 'fen', 'schu', 'tra', 'mi', 'gel', 'nu', 'pa'];

/** Prose of words no other article shares: each article's own text. */
function ownText(r: () => number, sentences: number): string {
  const word = () => Array.from({ length: 2 + Math.floor(r() * 3) }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]).join('');
  return Array.from({ length: sentences }, () => {
    const ws = Array.from({ length: 10 + Math.floor(r() * 6) }, word);
    return `${ws[0]![0]!.toUpperCase()}${ws.join(' ').slice(1)}.`;
  }).join(' ');
}

const WIRE =
  'Der Bundestag hat am Donnerstag nach langer Debatte das umstrittene Gesetz zur Reform der Grundsteuer beschlossen. ' +
  'Für den Entwurf stimmten die Abgeordneten der Koalition, die Opposition kündigte eine Klage vor dem Bundesverfassungsgericht an. ' +
  'Die neuen Regeln sollen nach dem Willen der Regierung vom kommenden Jahr an gelten und die Kommunen entlasten.';
const QUOTE = 'Wir werden diese Entscheidung nicht einfach hinnehmen, schon gar nicht auf Kosten der Mieter';
const FOOTER =
  'Hinweis der Redaktion: Dieser Beitrag wurde aus dem Angebot unserer Partneragenturen übernommen und von der Redaktion ' +
  'nicht gesondert bearbeitet. Für die Inhalte externer Seiten übernehmen wir keine Haftung.';

const day = (base: number, k: number) => new Date(Date.UTC(2023, 0, 1) + (base + k) * 86_400_000).toISOString().slice(0, 10);

// Sizes past every cap: a passage's carriers above the wide mark (max(100, 2 % of the archive)) and the stories'
// posting-list cap (5 % of the archive, at least 50), a quote's above a quote bucket (100).
test('a quote carried by 300 articles and a passage carried by 600 are found, each as one group', () => {
  const r = rng(7);
  const records: ArticleRecord[] = [];
  for (let i = 0; i < 700; i++) {
    const paras = [ownText(r, 3)];
    if (i < 600) paras.push(WIRE);
    if (i >= 400) paras.push(`${ownText(r, 1)} „${QUOTE}“, sagte die Sprecherin.`);
    paras.push(ownText(r, 2));
    records.push(makeRecord({ id: `a${String(i).padStart(5, '0')}`, date: day(0, i % 7), body: paras.join('\n\n') }));
  }
  const out = linkArchive(records, { textWorker: false });
  const wire = out.passages.filter((p) => p.text.includes('Reform der Grundsteuer'));
  assert.equal(wire.length, 1, 'one passage');
  assert.equal(new Set(wire[0]!.occurrences.map((o) => o.articleId)).size, 600);
  assert.ok(
    wire[0]!.occurrences.every((o) => o.paragraphs!.includes(1)),
    'in each article its second paragraph',
  );
  assert.ok(!wire[0]!.boilerplate, 'one week of coverage is news, not boilerplate');
  for (const id of ['a00000', 'a00345', 'a00599']) assert.ok(out.links[id]!.passages.includes(wire[0]!.id), id);
  const quote = out.quotes.filter((q) => q.text.includes('nicht einfach hinnehmen'));
  assert.equal(quote.length, 1, 'one quote');
  assert.equal(quote[0]!.articleIds.length, 300);
  assert.ok(out.links['a00699']!.quotes.includes(quote[0]!.id));
});

test('a footer in every article over two years is boilerplate: one passage, no stories, no reprints', () => {
  const r = rng(11);
  const records = Array.from({ length: 200 }, (_, i) =>
    makeRecord({ id: `f${String(i).padStart(4, '0')}`, date: day(0, i * 4), body: [ownText(r, 4), ownText(r, 3), FOOTER].join('\n\n') }),
  );
  const out = linkArchive(records, { textWorker: false });
  assert.equal(out.passages.length, 1);
  const footer = out.passages[0]!;
  assert.ok(footer.boilerplate);
  assert.ok(footer.text.startsWith('Hinweis der Redaktion'));
  assert.equal(footer.occurrences.length, 200); // past BOILERPLATE_MIN (100), over 800 days
  assert.equal(out.stories.length, 0);
  assert.ok(Object.values(out.links).every((l) => l.wireCopyOf === null && l.story === null));
});

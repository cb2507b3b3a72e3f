import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkArchive } from '../../src/link/index.ts';
import { inferDate, timeRank } from '../../src/link/dates.ts';
import { makeStories } from '../../src/link/stories.ts';
import type { ArticleRecord, Story } from '../../src/record.ts';
import { makeRecord } from './helpers.ts';

// Two events about the same town and people, a month apart: a flood (Tuesday 2023-06-06) and a festival.
const records = [
  makeRecord({
    id: 'flut-1',
    title: 'Hochwasser in Altenbrück',
    date: '2023-06-06',
    body: 'Nach heftigen Regenfällen ist am Dienstag der Fluss Wenne in Altenbrück über die Ufer getreten. Bürgermeisterin Karla Wendt rief den Katastrophenfall aus. Feuerwehr und Technisches Hilfswerk füllten Sandsäcke, mehrere Keller liefen voll.\n\nDer Pegel stieg nach Angaben der Stadt auf über vier Meter. Die Deiche hielten zunächst stand.',
  }),
  makeRecord({
    id: 'flut-2',
    title: 'Deiche halten dem Hochwasser stand',
    date: '2023-06',
    body: 'In Altenbrück hat die Wenne am Dienstag Keller und Straßen überflutet. Bürgermeisterin Karla Wendt sprach vom schwersten Hochwasser seit Jahrzehnten. Helfer der Feuerwehr stapelten Sandsäcke an den Deichen, der Pegel lag bei vier Metern.',
  }),
  makeRecord({
    id: 'flut-3',
    title: 'Helfer kämpfen gegen die Flut',
    body: 'Am Dienstag kämpften in Altenbrück Hunderte Helfer gegen das Hochwasser der Wenne. Sandsäcke wurden an die Deiche gebracht, Keller ausgepumpt. Bürgermeisterin Wendt dankte der Feuerwehr. Der Pegel der Wenne erreichte vier Meter.',
  }),
  makeRecord({
    id: 'fest-1',
    title: 'Stadtfest in Altenbrück',
    date: '2023-07-15',
    body: 'Am Samstag hat in Altenbrück das Stadtfest begonnen. Bürgermeisterin Karla Wendt eröffnete das Fest mit dem Anstich eines Bierfasses. Tausende Besucher kamen zu Musik, Buden und Feuerwerk auf den Marktplatz.',
  }),
  makeRecord({
    id: 'fest-2',
    title: 'Tausende feiern beim Stadtfest',
    date: '2023-07-16',
    body: 'Das Stadtfest in Altenbrück lockte am Samstag Tausende Besucher auf den Marktplatz. Nach dem Anstich durch Bürgermeisterin Wendt spielten Bands bis Mitternacht, zum Abschluss gab es ein Feuerwerk.',
  }),
];

test('articles about the same event form a story; dates keep different events apart', () => {
  const out = linkArchive(records);
  assert.equal(out.stories.length, 2, JSON.stringify(out.stories));
  const flood = out.stories.find((s) => s.articleIds.includes('flut-1'))!;
  const fest = out.stories.find((s) => s.articleIds.includes('fest-1'))!;
  assert.deepEqual(new Set(flood.articleIds), new Set(['flut-1', 'flut-2', 'flut-3']));
  assert.deepEqual(fest.articleIds, ['fest-1', 'fest-2']);
  assert.equal(fest.start, '2023-07-15');
  assert.equal(fest.end, '2023-07-16');
  assert.ok(flood.title.length > 0 && flood.slug.length > 0);
  assert.notEqual(flood.slug, fest.slug);
  for (const id of flood.articleIds) assert.equal(out.links[id]!.story, flood.id);
});

test('an undated article gets the best-supported date of its story, with the reason', () => {
  const out = linkArchive(records);
  const a = out.articles.find((x) => x.id === 'flut-3')!;
  // the dated coverage agrees on Tuesday 6 June, and the article names Tuesday
  assert.equal(a.date, '2023-06-06');
  assert.equal(a.datePrecision, 'day');
  assert.equal(a.dateSource, 'inferred');
  assert.match(a.dateText!, /^Datum erschlossen aus der Geschichte „.+“: 2 datierte Artikel/);
  const evidence = { basis: 'day', story: out.stories.find((s) => s.articleIds.includes('flut-3'))!.title, dated: 2, onDay: 1, month: '2023-06', weekday: 2 };
  assert.deepEqual(out.links['flut-3']!.inferredDate, { date: '2023-06-06', precision: 'day', reason: a.dateText, evidence });
  assert.equal(out.links['flut-1']!.inferredDate, null);
  // the story lists it in time order
  const flood = out.stories.find((s) => s.articleIds.includes('flut-1'))!;
  assert.deepEqual(flood.articleIds, ['flut-2', 'flut-1', 'flut-3']);
});

test('without a matching weekday only the month is inferred', () => {
  const undated = makeRecord({ id: 'u', body: 'Ein Bericht ohne Wochentag.' });
  const inf = inferDate(
    undated,
    [
      { id: 'x', date: '2022-02' },
      { id: 'y', date: '2022-02-04T11:02' },
    ],
    'Gipfel',
  );
  assert.deepEqual({ date: inf?.date, precision: inf?.precision }, { date: '2022-02', precision: 'month' });
  assert.equal(inf?.reason, 'Datum erschlossen aus der Geschichte „Gipfel“: 2 datierte Artikel vom Februar 2022');
  assert.deepEqual(inf?.evidence, { basis: 'month', story: 'Gipfel', dated: 2, others: 0 });
  const friday = makeRecord({ id: 'f', body: 'Beide trafen sich am Freitag in der Hauptstadt.' });
  assert.equal(
    inferDate(
      friday,
      [
        { id: 'x', date: '2022-02' },
        { id: 'y', date: '2022-02-04T11:02' },
      ],
      'Gipfel',
    )?.date,
    '2022-02-04',
  );
});

test('related articles: same story first, at most five', () => {
  const out = linkArchive(records);
  const rel = out.links['flut-1']!.related;
  assert.ok(rel.length <= 5);
  assert.deepEqual(new Set(rel.slice(0, 2)), new Set(['flut-2', 'flut-3']));
  assert.ok(!rel.includes('flut-1'));
});

test('pure and deterministic: input untouched, result independent of input order', () => {
  const copy = structuredClone(records);
  const a = linkArchive(records);
  assert.deepEqual(records, copy);
  const b = linkArchive([...records].reverse());
  assert.deepEqual(JSON.stringify(b), JSON.stringify(a));
});

test('sources: outlets and agencies with unique slugs', () => {
  const out = linkArchive([
    makeRecord({ id: '1', outlet: 'Reuters', agencies: ['dpa'], body: 'Text eins.' }),
    makeRecord({ id: '2', outlet: 'Abendblatt', agencies: ['DPA', 'Reuters'], body: 'Text zwei.' }),
  ]);
  assert.deepEqual(
    out.sources.map((s) => [s.kind, s.name, s.slug, s.articleIds.join(',')]),
    [
      ['outlet', 'Abendblatt', 'abendblatt', '2'],
      ['outlet', 'Reuters', 'reuters', '1'],
      ['agency', 'DPA', 'dpa', '1,2'],
      ['agency', 'Reuters', 'reuters-agentur', '2'],
    ],
  );
  assert.deepEqual(linkArchive([]).stories, []);
});

// ---- story titles (makeStories over given groups) ----

/** Stories of the given groups of records (each group a list of records), as makeStories names them. */
function titled(groups: ArticleRecord[][]): Story[] {
  const all = groups.flat();
  const at = new Map(all.map((r, i) => [r, i]));
  return makeStories(
    groups.map((g) => g.map((r) => at.get(r)!)),
    all,
    timeRank(all),
  );
}

test('a story is named after its first dated headline, not a derived half-sentence before it', () => {
  const [st] = titled([
    [
      makeRecord({ id: 'a', date: '2024-11-13', titleSource: 'derived', title: 'Nach langen Verhandlungen zwischen den Fraktionen des Landtags über die…' }),
      makeRecord({ id: 'b', date: '2024-11-14', title: 'Landtag einigt sich auf Haushalt' }),
      makeRecord({ id: 'c', date: '2024-11-15', title: 'Haushalt beschlossen' }),
    ],
  ]);
  assert.equal(st!.title, 'Landtag einigt sich auf Haushalt');
  assert.equal(st!.titleDerived, undefined);
});

test('without a dated headline the headline whose words the story shares most wins', () => {
  const [st] = titled([
    [
      makeRecord({ id: 'a', date: '2024-03-02', titleSource: 'derived', title: 'Am Samstag zogen Tausende durch die Innenstadt' }),
      makeRecord({ id: 'b', title: 'Ein Tag wie kein anderer' }),
      makeRecord({ id: 'c', title: 'Tausende demonstrieren für das Klima' }),
      makeRecord({ id: 'd', title: 'Klima-Demonstration zieht Tausende an' }),
    ],
  ]);
  assert.equal(st!.title, 'Tausende demonstrieren für das Klima');
});

test('a derived title is the last resort: a whole sentence before a cut one or an opening, and marked', () => {
  const [st] = titled([
    [
      makeRecord({ id: 'a', date: '2021-12', titleSource: 'derived', title: 'Angesichts zahlreicher Spannungen zwischen den Großmächten vom Atlantik bis zum…' }),
      makeRecord({ id: 'b', titleSource: 'opening', title: 'Dort trafen sich die beiden Präsidenten' }),
      makeRecord({ id: 'c', titleSource: 'derived', title: 'Die Präsidenten trafen sich in Genf' }),
    ],
  ]);
  assert.equal(st!.title, 'Die Präsidenten trafen sich in Genf');
  assert.equal(st!.titleDerived, true);
});

test('stories never share a title: another headline of their own, else the date, else the outlet', () => {
  const wire = 'Ex-Nationalspieler Trochowski beendet Karriere';
  const stories = titled([
    [makeRecord({ id: 'a1', date: '2024-01-10', title: wire }), makeRecord({ id: 'a2', date: '2024-01-11', title: wire })],
    [makeRecord({ id: 'b1', date: '2024-02-10', title: wire }), makeRecord({ id: 'b2', date: '2024-02-10', title: wire })],
    [makeRecord({ id: 'c1', date: '2024-03-05', title: wire }), makeRecord({ id: 'c2', date: '2024-03-06', title: 'Trochowski sagt Servus' })],
  ]);
  assert.deepEqual(
    stories.map((s) => s.title),
    [`${wire} (10. Januar 2024)`, `${wire} (10. Februar 2024)`, 'Trochowski sagt Servus'],
  );
  const same = titled([
    [makeRecord({ id: 'a1', date: '2024-01-10', outlet: 'Kurier', title: wire }), makeRecord({ id: 'a2', date: '2024-01-10', title: wire })],
    [makeRecord({ id: 'b1', date: '2024-01-10', outlet: 'Presse', title: wire }), makeRecord({ id: 'b2', date: '2024-01-10', title: wire })],
  ]);
  assert.deepEqual(
    same.map((s) => s.title),
    [`${wire} (Kurier)`, `${wire} (Presse)`],
  );
  assert.equal(new Set(same.map((s) => s.slug)).size, 2);
});

test('a derived sentence too long for a story title counts as cut', () => {
  const long = 'Die Außenminister der beiden Länder haben sich am Montag in Genf zu ausführlichen Gesprächen getroffen';
  assert.ok(long.length > 90);
  const [st] = titled([
    [
      makeRecord({ id: 'a', date: '2021-12-01', titleSource: 'derived', title: long }),
      makeRecord({ id: 'b', titleSource: 'derived', title: 'Die Minister trafen sich in Genf' }),
    ],
  ]);
  assert.equal(st!.title, 'Die Minister trafen sich in Genf');
});

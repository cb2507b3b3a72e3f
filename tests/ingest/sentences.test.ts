// The sentence splitter, titles that never end after an abbreviation, ordinal or initial, and times on the zone database's clock.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDate, toGermanTime } from '../../src/ingest/dates.ts';
import { ingestFile } from '../../src/ingest/index.ts';
import { endsOpen, sentences } from '../../src/ingest/sentences.ts';
import { deriveTitle, isHeadlineLike } from '../../src/ingest/title.ts';

const ingest = (text: string) => {
  const r = ingestFile({ path: 'a.txt', bytes: new TextEncoder().encode(text) });
  assert.ok('record' in r, JSON.stringify(r));
  return r.record;
};

test('Austrian abbreviations: "Wr. Neustadt", "Bgm.", "Univ.-Prof.", "ehem." end no sentence or title', () => {
  assert.deepEqual(sentences('Wr. Neustadt baut aus. Bgm. Klaus Schneeberger und ehem. Univ. Rektor Huber kamen. Es regnete.'), [
    'Wr. Neustadt baut aus.',
    'Bgm. Klaus Schneeberger und ehem. Univ. Rektor Huber kamen.',
    'Es regnete.',
  ]);
  assert.equal(ingest(' date 2020-05 Wr. Neustadt: Spital kostet 51 Mio. Euro\n\nDie Stadt zahlt.\n').title, 'Wr. Neustadt: Spital kostet 51 Mio. Euro');
});

test('full stops after abbreviations, ordinals and initials do not end a sentence; real ends do', () => {
  const text =
    'Zypern-Gespräche sollen am 20. November in Genf fortgesetzt werden. Die Schulden liegen bei 72 Mrd. Euro. ' +
    'Bischof Zsifkovics übergab St. Martin das Geld. Dr. Huber sagte, z. B. Äpfel u. a. Birnen. James B. Comey kam. ' +
    'Das war 2020. Danach kam nichts. Er sieht das so. Im 26. Jahr der Herrschaft. Es kostet 5 Fr. pro Stück. ' +
    'Am 4. Feb. 2022 ging es los. Er wurde Dritter. Nie wieder? Rechter Terror bleibt.';
  assert.deepEqual(sentences(text), [
    'Zypern-Gespräche sollen am 20. November in Genf fortgesetzt werden.',
    'Die Schulden liegen bei 72 Mrd. Euro.',
    'Bischof Zsifkovics übergab St. Martin das Geld.',
    'Dr. Huber sagte, z. B. Äpfel u. a. Birnen.',
    'James B. Comey kam.',
    'Das war 2020.',
    'Danach kam nichts.',
    'Er sieht das so.',
    'Im 26. Jahr der Herrschaft.',
    'Es kostet 5 Fr. pro Stück.',
    'Am 4. Feb. 2022 ging es los.',
    'Er wurde Dritter.',
    'Nie wieder?',
    'Rechter Terror bleibt.',
  ]);
  for (const open of ['am 20.', 'bei 72 Mrd.', 'übergab St.', 'sagte James B.', 'Äpfel bzw.', 'Haus Nr.', 'z. B.', 'u. a.']) assert.ok(endsOpen(open), open);
  for (const closed of ['Das war 2020.', 'Er sieht das so.', 'Es regnet.']) assert.ok(!endsOpen(closed), closed);
});

test('no derived title ends after an abbreviation, an ordinal or an initial', () => {
  const cases = [
    'Am 28. Februar trafen sich die Außenminister der Nachbarstaaten in Wien, um über die Energiekrise zu beraten.',
    'Im 26. Jahr ihres Bestehens steht die Stiftung vor der schwierigsten Entscheidung ihrer Geschichte, sagte der Vorstand.',
    'Das Treffen in Zürich soll am 16. März stattfinden, wie das Eidgenössische Departement für auswärtige Angelegenheiten mitteilte.',
    'Die Gebühren müssen bis 15. Februar bei der Gemeinde eingezahlt werden, sonst drohen Mahngebühren und Säumniszuschläge in der Höhe.',
    'Die Staatsschulden liegen derzeit bei 72 Mrd. Euro und damit deutlich über dem, was der Stabilitätspakt der Europäischen Union erlaubt.',
    'Bischof Zsifkovics übergab St. Martin an der Raab die Urkunde über die Erhebung zur Pfarre im Beisein vieler Gläubiger aus dem ganzen Land.',
    'Der frühere FBI-Direktor James B. Comey hat vor dem Ausschuss des Senats in Washington stundenlang über die Ermittlungen ausgesagt.',
  ];
  for (const c of cases) {
    const t = deriveTitle(c);
    assert.ok(!endsOpen(t.replace(/…$/, '')), `${t} ends open`);
    assert.ok(!/\b(?:\d{1,3}|Mrd|St|B|Nr|bzw)…?$/.test(t), `${t} ends on a cut`);
    assert.ok(t.length >= 20, t);
  }
  assert.equal(deriveTitle(cases[0]!.replace(/, um.*$/, '.')), 'Am 28. Februar trafen sich die Außenminister der Nachbarstaaten in Wien');
});

test('a header title is kept whole, and a question opening a headline line stays part of it', () => {
  assert.ok(isHeadlineLike('Nie wieder? Rechter NSU-Terror noch lange nicht aufgeklärt', 160));
  assert.ok(!isHeadlineLike('Das war schlimm. Rechter Terror ist noch lange nicht aufgeklärt', 160));
  const a = ingest(
    ' date 2016-11 Zypern-Gespräche sollen am 20. November in Genf fortgesetzt werden\n\nNikosia (APA) - Die Gespräche über eine Wiedervereinigung Zyperns gehen weiter, teilte die UNO mit.\n\nMehr Text folgt hier.',
  );
  assert.equal(a.title, 'Zypern-Gespräche sollen am 20. November in Genf fortgesetzt werden');
  assert.equal(a.titleSource, 'header');
  const b = ingest(
    ' date 2021-11 Nie wieder? Rechter NSU-Terror noch lange nicht aufgeklärt\n\nZehn Jahre nach dem Auffliegen der Terrorzelle sind viele Fragen offen, sagen Angehörige der Opfer.\n\nMehr Text.',
  );
  assert.equal(b.title, 'Nie wieder? Rechter NSU-Terror noch lange nicht aufgeklärt');
});

test('a derived first sentence that points back to what came before is marked as the opening of the text', () => {
  const a = ingest('Nach Angaben des Kremls geht das aus einer gemeinsamen Erklärung hervor, die beide Seiten verabschiedeten.\n\nZweiter Absatz mit mehr Text.');
  assert.equal(a.titleSource, 'opening');
  const b = ingest('Der Nationalrat hat am Mittwoch das neue Budget beschlossen, wie die Parlamentskorrespondenz mitteilte.\n\nZweiter Absatz mit mehr Text.');
  assert.equal(b.titleSource, 'derived');
});

test('times with an explicit zone follow the time-zone database, before 1996 too', () => {
  assert.equal(findDate('15. Oktober 1990, 12:00 Uhr UTC')?.iso, '1990-10-15T13:00'); // summer time ended 30 September 1990
  assert.equal(findDate('15. Juli 1990, 12:00 Uhr UTC')?.iso, '1990-07-15T14:00');
  assert.equal(findDate('30. September 1995, 12:00 UTC')?.iso, '1995-09-30T13:00'); // ended 24 September 1995
  assert.equal(findDate('15. August 1995, 12:00 UTC')?.iso, '1995-08-15T14:00');
  assert.equal(findDate('15. Juli 2022, 09:14 Uhr UTC')?.iso, '2022-07-15T11:14');
  assert.equal(findDate('15. Januar 2022, 09:14 Uhr UTC')?.iso, '2022-01-15T10:14');
  assert.equal(findDate('26. Oktober 1996, 12:00 UTC')?.iso, '1996-10-26T14:00'); // the October rule from 1996
  assert.deepEqual(toGermanTime(1979, 7, 1, 12, 0, 0), [1979, 7, 1, 13, 0]); // no summer time before 1980
});

test('quote speakers read their sentence with the same rule: an initial or an ordinal date does not end it', () => {
  const initial = ingest('Wahl\n\nDas Ergebnis sei „eine echte Überraschung für alle“, sagte Walter K. Brunnsteiner am Abend.');
  assert.equal(initial.quotes[0]?.speaker, 'Walter K. Brunnsteiner');
  const ordinal = ingest('Wahl\n\nAm 3. März sagte Walter Brunnsteiner: „Wir haben lange auf diesen Tag gewartet.“');
  assert.equal(ordinal.quotes[0]?.speaker, 'Walter Brunnsteiner');
});

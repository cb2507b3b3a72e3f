// Unit tests for single ingest rules that the golden articles exercise only in passing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinWrapped, splitBlocks } from '../../src/ingest/blocks.ts';
import { findDate, toGermanTime } from '../../src/ingest/dates.ts';
import { ingestFile } from '../../src/ingest/index.ts';

const ingest = (text: string) => {
  const r = ingestFile({ path: 'a.txt', bytes: new Uint8Array(Buffer.from(text, 'utf8')) });
  assert.ok('record' in r);
  return r.record;
};

test('a word hyphenated across two lines is joined; compounds and suspended hyphens keep theirs', () => {
  assert.equal(joinWrapped('wegen der Energie-', 'preise'), 'wegen der Energiepreise');
  assert.equal(joinWrapped('die Ukraine-', 'Krise'), 'die Ukraine-Krise');
  assert.equal(joinWrapped('Kosten für Ein-', 'und Ausfuhren'), 'Kosten für Ein- und Ausfuhren');
  assert.equal(joinWrapped('Berlin -', 'die Regierung'), 'Berlin - die Regierung');
  assert.deepEqual(
    splitBlocks('Bundesbank sieht Konjunktur-\nerholung in Gefahr\n\nText.').map((b) => b.text),
    ['Bundesbank sieht Konjunkturerholung in Gefahr', 'Text.'],
  );
});

test('one paragraph per line stays apart; a line running on in lowercase is joined', () => {
  const one = splitBlocks('Erster Absatz mit einem ganzen Satz.\nZweiter Absatz mit einem ganzen Satz.');
  assert.equal(one.length, 2);
  const run = splitBlocks('Bundesbank-Präsident Joachim Nagel hatte zuletzt vor einer anhaltend\nhohen Inflation gewarnt.');
  assert.deepEqual(
    run.map((b) => b.text),
    ['Bundesbank-Präsident Joachim Nagel hatte zuletzt vor einer anhaltend hohen Inflation gewarnt.'],
  );
  // a photo credit under a caption is not running text
  assert.equal(splitBlocks('Demonstranten am Brandenburger Tor in Berlin\npicture alliance/dpa').length, 2);
});

test('times with a zone are read in German time (MEZ/MESZ)', () => {
  assert.equal(findDate('2022-02-07T08:30:00+01:00')?.iso, '2022-02-07T08:30');
  assert.equal(findDate('2022-07-04T16:12:00Z')?.iso, '2022-07-04T18:12');
  assert.equal(findDate('2022-02-04T11:02:00+03:00')?.iso, '2022-02-04T09:02');
  assert.equal(findDate('Fri, 04 Mar 2022 10:02:00 +0000')?.iso, '2022-03-04T11:02');
  assert.equal(findDate('4. Februar 2022, 09:14 Uhr UTC')?.iso, '2022-02-04T10:14');
  assert.equal(findDate('12.08.2022 11:02 Uhr MESZ')?.iso, '2022-08-12T11:02');
  assert.equal(findDate('31.12.2022 23:30 UTC')?.iso, '2023-01-01T00:30');
  assert.deepEqual(toGermanTime(2022, 3, 27, 0, 30, 0), [2022, 3, 27, 1, 30]); // before the switch to summer time
  assert.deepEqual(toGermanTime(2022, 3, 27, 1, 30, 0), [2022, 3, 27, 3, 30]); // after it
});

test('a time printed before its date is read with it; a time beside a number that is no date is not', () => {
  assert.equal(findDate('19.50 Uhr, 10. September 2013')?.iso, '2013-09-10T19:50');
  assert.equal(findDate('Von Corinne Schnyder | 19.54 Uhr, 13. Jänner 2023')?.iso, '2023-01-13T19:54');
  assert.equal(findDate('14:32 Uhr, Mittwoch, 09.02.2022')?.iso, '2022-02-09T14:32');
  assert.equal(findDate('Es waren 12.50 Uhr, 3 Leute warteten'), null);
  assert.equal(findDate('gegen 25.70 Uhr, 10. September 2013')?.iso, '2013-09-10'); // no such time: the date alone
});

test('American wire copy’s dates: month first, a.m./p.m.; a US zone keeps only the day; "Mayor 4, 2022" is none', () => {
  assert.equal(findDate('February 4, 2022, 9:14 AM')?.iso, '2022-02-04T09:14');
  assert.equal(findDate('Dec 31, 2021, 11:59 p.m. UTC')?.iso, '2022-01-01T00:59');
  assert.equal(findDate('June 30, 2022 12:05 AM')?.iso, '2022-06-30T00:05');
  assert.deepEqual(findDate('Published Feb. 4, 2022 12:30 PM ET'), { iso: '2022-02-04', precision: 'day', text: 'Feb. 4, 2022 12:30 PM ET', index: 10 });
  assert.equal(findDate('Mayor 4, 2022'), null);
});

test('the header line: its date as a token or written out, "Date:" with its colon; a bad token is a located warning', () => {
  const body = '\n\nPeking (dpa) - Wladimir Putin und Xi Jinping haben sich am Freitag getroffen.';
  const cases: [string, string | null, string][] = [
    [' date 2022-02 Putin in Peking', '2022-02', 'Putin in Peking'],
    [' date 4.2.2022 Putin in Peking', '2022-02-04', 'Putin in Peking'],
    [' date Februar 2022 Putin in Peking', '2022-02', 'Putin in Peking'],
    [' date 4. Februar 2022 Putin in Peking', '2022-02-04', 'Putin in Peking'],
    [' Date: 2022-02-04 Putin in Peking', '2022-02-04', 'Putin in Peking'],
  ];
  for (const [header, date, title] of cases) {
    const r = ingest(header + body);
    assert.deepEqual([r.date, r.dateSource, r.title], [date, 'header', title], header);
  }
  const bad = ingestFile({ path: 'a.txt', bytes: new Uint8Array(Buffer.from(' date Februar Putin in Peking' + body)) });
  assert.ok('record' in bad && bad.record.warnings.some((w) => w.line === 1 && /malformed header date/.test(w.message)));
  assert.notEqual(ingest('Date night in Peking' + body).dateSource, 'header', 'a title opening with "Date" is no header');
});

test('a related headline pasted into a paragraph is removed, a title after its noun is not', () => {
  const para =
    'Die Regierung legte am Mittwoch ihren Entwurf vor, der lange umstritten war. Gaspreise: Was Verbraucher jetzt wissen müssen Die Opposition kritisierte den Entwurf als zu spät und zu zaghaft.';
  const rec = ingest(`Regierung legt Entwurf vor\n\n${para}\n\nZweiter Absatz.`);
  assert.ok(!rec.body.includes('Gaspreise'), rec.body);
  assert.ok(rec.body.includes('zaghaft.'));
  const kept =
    'Die Abgeordneten stimmten am Donnerstag über den Antrag ab, wie es hieß. Unterstützt wurde er von der Partei Die Linke und mehreren Abgeordneten der Grünen im Bundestag.';
  assert.ok(ingest(`Antrag im Bundestag\n\n${kept}\n\nZweiter Absatz.`).body.includes('der Partei Die Linke'));
});

test('a kicker on the line above the headline joins it; a genre label does not', () => {
  assert.equal(
    ingest('Ukraine-Krise\nBaerbock reist nach Kiew\n\nDie Außenministerin reist am Montag nach Kiew, teilte das Amt mit.\n\nMehr Text.').title,
    'Ukraine-Krise: Baerbock reist nach Kiew',
  );
  assert.equal(ingest('Kommentar\nDie Ampel zögert\n\nDie Koalition zögert seit Wochen, das ist nicht gut.\n\nMehr Text.').title, 'Die Ampel zögert');
  // with a blank line between, the second line is a subtitle as before
  const r = ingest('Putin in Peking\n\nChina stellt sich hinter Russland\n\nDer russische Präsident ist in Peking eingetroffen, hieß es.\n\nMehr Text.');
  assert.equal(r.title, 'Putin in Peking');
  assert.equal(r.subtitle, 'China stellt sich hinter Russland');
});

test('"sagte er" names the one person the paragraph has named, not the owner of a spokesman', () => {
  const a = ingest('Titel der Meldung\n\nKanzler Olaf Scholz sprach von einer schwierigen Lage. „Wir bleiben dran“, sagte er.\n\nMehr Text.');
  assert.deepEqual(a.quotes, [{ text: 'Wir bleiben dran', speaker: 'Olaf Scholz' }]);
  const b = ingest('Titel der Meldung\n\nEin Sprecher von Premierminister Boris Johnson äußerte sich. „Wir prüfen das“, sagte er.\n\nMehr Text.');
  assert.deepEqual(b.quotes, [{ text: 'Wir prüfen das', speaker: null }]);
  const c = ingest('Titel der Meldung\n\nOlaf Scholz traf Emmanuel Macron in Paris. „Wir sind einig“, sagte er.\n\nMehr Text.');
  assert.deepEqual(c.quotes, [{ text: 'Wir sind einig', speaker: null }]);
});

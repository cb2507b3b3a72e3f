// Page furniture by family (list headings, show buttons, counters) and headlines pasted into running text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestFile } from '../../src/ingest/index.ts';
import { isJunkLine } from '../../src/ingest/junk.ts';

const ingest = (text: string) => {
  const r = ingestFile({ path: 'a.txt', bytes: new TextEncoder().encode(text) });
  assert.ok('record' in r, JSON.stringify(r));
  return r.record;
};

test('list headings, show buttons and counters of any outlet are furniture; phrases of running text are not', () => {
  const furniture = [
    'Neueste Beiträge',
    'Ähnliche Beiträge',
    'Beliebte Beiträge',
    'Aktuelle Artikel',
    'Mehr ansehen',
    'Alle Beiträge',
    'Alle Beiträge anzeigen',
    'Meistgelesene Artikel',
    'Weitere Meldungen',
    'Top Themen',
    'Empfohlene Videos',
    'Mehr Nachrichten laden',
    'Verwandte Storys',
    'Neueste Meldungen des Tages',
    '1.204 Mal geteilt',
    'Kommentare: 12',
    '35 Reaktionen',
    'Geteilt: 1.020',
  ];
  for (const t of furniture) assert.ok(isJunkLine(t), t);
  const text = ['Die Artikel', 'Beide Beiträge', 'Neue Regeln für Mieter', 'Russland und China', 'Mehr Geld für Schulen', 'Alle Parteien stimmen zu'];
  for (const t of text) assert.ok(!isJunkLine(t), t);
});

test('share buttons of any network are furniture, and their network names no organisation', () => {
  for (const t of ['Teilen auf Facebook', 'Twittern', 'Per Mail teilen', 'Auf WhatsApp teilen', 'Posten', 'Senden per E-Mail', 'LinkedIn teilen']) {
    assert.ok(isJunkLine(t), t);
  }
  for (const t of ['Facebook teilt mit', 'Teilen ist Pflicht', 'Posten statt Pfosten']) assert.ok(!isJunkLine(t), t);
  const r = ingest('Gebühren steigen in Graz\n\nDie Stadt erhöht die Gebühren.\n\nTeilen auf Facebook\nTwittern\nPer Mail teilen\n');
  assert.equal(r.body, 'Die Stadt erhöht die Gebühren.');
  assert.ok(!r.organisations.includes('Facebook'));
});

test('the headlines under a furniture heading go with it', () => {
  const r = ingest(
    [
      'Landtag beschließt Budget',
      '',
      'Der Landtag in Klagenfurt hat am Donnerstag das Budget für das kommende Jahr beschlossen, teilte die Landesregierung mit.',
      '',
      'Ähnliche Beiträge',
      'Hochwasser: Pegel in Kärnten sinken',
      'Neue Brücke über die Drau eröffnet',
      '',
      'Die Opposition stimmte gegen den Entwurf, weil die Mittel für die Pflege zu knapp seien.',
    ].join('\n'),
  );
  assert.equal(
    r.body,
    'Der Landtag in Klagenfurt hat am Donnerstag das Budget für das kommende Jahr beschlossen, teilte die Landesregierung mit.\n\nDie Opposition stimmte gegen den Entwurf, weil die Mittel für die Pflege zu knapp seien.',
  );
});

test('a headline glued before a new clause is cut: clause-final verb, then subject and finite verb', () => {
  const glued =
    'Es findet inmitten von Warnungen statt, wonach Moskau eine Invasion plant und auf Berichte über Truppen hinweist. ' +
    'USA wollen mehr als 2.000 Soldaten nach Polen entsenden Moskau hat stets bestritten, dass es aggressive Absichten hat.';
  const r = ingest(`Überschrift\n\n${glued}\n\nZweiter Absatz.`);
  assert.equal(
    r.body.split('\n\n')[0],
    'Es findet inmitten von Warnungen statt, wonach Moskau eine Invasion plant und auf Berichte über Truppen hinweist. Moskau hat stets bestritten, dass es aggressive Absichten hat.',
  );
  // an adjective before a noun and its verb is running text, and so is a genitive after a noun
  for (const kept of [
    'Der Nationalrat hat am Mittwoch in Wien das Budget für das kommende Jahr beschlossen, hieß es. Die Regeln der neuen Regierung Kanadas haben dabei keine Rolle gespielt, sagte die Ministerin.',
    'Die Bundesregierung will am Freitag entscheiden, wie es mit den Maßnahmen weitergeht, hieß es in Bern. Laut Bericht der großen Zeitungen haben die Kantone bereits Vorschläge gemacht.',
  ])
    assert.equal(ingest(`Überschrift\n\n${kept}\n\nZweiter Absatz.`).body.split('\n\n')[0], kept);
});

test('a related list set with blank lines goes whole when it runs to the end or to a button, and a subheading after a pointer stays', () => {
  const para = 'Der Gemeinderat in Villach hat am Dienstag das Budget für das kommende Jahr beschlossen, teilte die Stadt mit.';
  const spaced = ingest(
    [
      'Villach beschließt Budget',
      '',
      para,
      '',
      'Neueste Beiträge',
      '',
      'Wohnbau: Kärnten plant neu',
      '',
      'Spitäler: Graz unter Druck',
      '',
      'Schulen: Linz baut aus',
      '',
      'Mehr ansehen',
      '',
    ].join('\n'),
  );
  assert.equal(spaced.body, para);
  const atEnd = ingest(['Villach beschließt Budget', '', para, '', 'Ähnliche Artikel', '', 'Wohnbau: Kärnten plant neu', '', 'Spitäler: Graz unter Druck'].join('\n'));
  assert.equal(atEnd.body, para);
  const sub = ingest(
    [
      'Villach beschließt Budget',
      '',
      para,
      '',
      'Mehr zum Thema',
      '',
      'Wohnbau in Kärnten',
      '',
      'Auch der Wohnbau bekommt im kommenden Jahr mehr Geld, sagte die Bürgermeisterin am Abend in der Sitzung.',
    ].join('\n'),
  );
  assert.match(sub.body, /Auch der Wohnbau bekommt/);
});

test('headlines right before a "show more" button are a list even without a header; one alone may be a subheading', () => {
  const para = 'Der Gemeinderat in Villach hat am Dienstag das Budget für das kommende Jahr beschlossen, teilte die Stadt mit.';
  const list = ingest(
    ['Villach beschließt Budget', '', para, '', 'Wohnbau: Kärnten plant neu', '', 'Spitäler: Graz unter Druck', '', 'Mehr ansehen', '', '(red, APA)'].join('\n'),
  );
  assert.equal(list.body, para);
  const one = ingest(['Villach beschließt Budget', '', para, '', 'Wohnbau in Kärnten', '', 'Mehr anzeigen'].join('\n'));
  assert.match(one.body, /Wohnbau in Kärnten/);
});

// People as the text writes them, and what counts as a quote: the rules of issue 14 on small general cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities, findPeople } from '../../src/ingest/entities.ts';
import { isGivenName } from '../../src/given-names.ts';
import { isQuotation } from '../../src/quotation.ts';

const names = (text: string): string[] => findPeople(text).map((p) => p.name);

test('people: hyphens, particles and diacritics are kept as written', () => {
  assert.deepEqual(names('Landeshauptfrau Johanna Mikl-Leitner sprach.'), ['Johanna Mikl-Leitner']);
  assert.deepEqual(names('Der frühere Vizekanzler Heinz-Christian Strache schwieg.'), ['Heinz-Christian Strache']);
  assert.deepEqual(names('Bundespräsident Alexander Van der Bellen reiste ab.'), ['Alexander Van der Bellen']);
  assert.deepEqual(names('Sie spielt Ludwig van Beethoven und Ursula von der Leyen hört zu.'), ['Ludwig van Beethoven', 'Ursula von der Leyen']);
  assert.deepEqual(names('Justizministerin Alma Zadić und Loïc Meillard.'), ['Alma Zadić', 'Loïc Meillard']);
});

test('people: no glued words, no initial as a surname', () => {
  assert.deepEqual(names('Das sagte Alexander Kawa. Solange die Förderung läuft, geht es.'), ['Alexander Kawa']);
  assert.deepEqual(names('Der frühere FBI-Direktor James B. Comey bestreitet das.'), ['James B. Comey']);
  assert.deepEqual(names('Präsident George W. Bush und Robert F. Kennedy Jr. kamen.'), ['George W. Bush', 'Robert F. Kennedy Jr.']);
  assert.deepEqual(names('Die Kennedy-Akten und der Olympia-Boykott.'), []);
  assert.deepEqual(names('Bei der Eröffnung des Georg Danzer Hauses in Wien.'), ['Georg Danzer']);
});

test('people: a genitive is the person, a company form is no person', () => {
  assert.deepEqual(names('Frank Stronachs Partei zog in den Nationalrat ein.'), ['Frank Stronach']);
  assert.deepEqual(names('Eine Inszenierung von Thomas Bernhards „Heldenplatz“.'), ['Thomas Bernhard']);
  assert.deepEqual(names('Der Verlag Axel Springer SE meldet Gewinne.'), []);
  const e = extractEntities(['Frank Stronach gründete Magna.', 'Frank Stronachs Partei und Van der Bellens Rede, sagte Alexander Van der Bellen.'], []);
  assert.deepEqual(e.people, ['Frank Stronach', 'Alexander Van der Bellen']);
});

test('people: an author signing off is no person of the article', () => {
  assert.deepEqual(extractEntities(['Peter Hanke sprach.', '(Florian Vetter, 23.5.2024)'], []).people, ['Peter Hanke']);
});

test('given names: one general list of many countries, hyphenated pairs, no sentence words', () => {
  for (const n of ['Jürgen', 'Ute', 'Johanna', 'Ignazio', 'Loïc', 'Wladimir', 'Wolodymyr', 'Dmitri', 'Dmitry', 'Jewgeni']) assert.ok(isGivenName(n), n);
  assert.ok(isGivenName('Heinz-Christian'));
  assert.ok(!isGivenName('Ära'));
  assert.ok(!isGivenName('Regierung'));
});

test('quotes: credited speech and several words are quotes; a scare-quoted word, a product or a title is not', () => {
  const q = (text: string): boolean => {
    const open = text.search(/[„«"]/);
    const close = text.slice(open + 1).search(/[“»"]/) + open + 1;
    return isQuotation(text, open, close);
  };
  assert.ok(q('„Wir haben uns das verdient“, sagte er.'));
  assert.ok(q('Die Beziehungen zu China nannte er „beispiellos“.'));
  assert.ok(q('Aus Salzburg hieß es, das Geschäft sei „stabil“.'));
  assert.ok(q('Er sprach von einem „Meilenstein“ für die Gläubiger.'));
  assert.ok(!q('Die Kommode „Malm“ wird billiger.'));
  assert.ok(!q('Putin rief zu „sofortigen“ Verhandlungen auf.'));
  assert.ok(!q('Die Schweiz sei kein «Sonderfall», was die Schulden angehe.'));
  assert.ok(!q('Döpfner setzt auf «Business Insider».'));
});

// Outlets from credit lines (known names in data/outlets.json), from the folder, and from <input>/sources.json.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestFile, ingestFiles } from '../../src/ingest/index.ts';
import { canonicalOutlet, globToRegExp, outletFromFolder, outletInCreditLine } from '../../src/ingest/outlets.ts';

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });
let n = 0;
const article = (credit = '') =>
  `Gemeinderat beschließt neues Budget\n\nDer Gemeinderat hat am ${['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'][n++ % 6]} das Budget für das kommende Jahr beschlossen, wie die Stadt mitteilte.\n\nDie Opposition stimmte dagegen.${credit ? `\n\n${credit}` : ''}`;

test('credit lines name the outlet in any known spelling; running text does not', () => {
  const cases: [string, string | null][] = [
    ['(derStandard.at, 12.3.2022)', 'DER STANDARD'],
    ['(red, APA, 13.3.2022)', null],
    ['red, ORF.at/Agenturen', 'ORF'],
    ['© Kleine Zeitung 2022', 'Kleine Zeitung'],
    ['Dieser Artikel erschien zuerst in der Neuen Zürcher Zeitung.', null], // an inflected name is not a spelling we know
    ['Dieser Artikel erschien zuerst in der NZZ am Sonntag.', 'NZZ'],
    ['Quelle: SRF', 'SRF'],
    ['Copyright Tages-Anzeiger', 'Tages-Anzeiger'],
    ['Wie die NZZ am Montag berichtete, hat der Bundesrat entschieden.', null],
  ];
  for (const [line, outlet] of cases) assert.equal(outletInCreditLine(line), outlet, line);
  assert.equal(canonicalOutlet('derStandard.at'), 'DER STANDARD');
  assert.equal(canonicalOutlet('Eigenes Blatt'), 'Eigenes Blatt');
});

test('the outlet comes from sources.json, then the text, then the nearest folder that is not a date or a generic word', () => {
  assert.equal(outletFromFolder('derStandard/2016/11/a.txt'), 'DER STANDARD');
  assert.equal(outletFromFolder('input/kleinezeitung.at/a.txt'), 'Kleine Zeitung');
  assert.equal(outletFromFolder('Bezirksblatt Murtal/texte/a.txt'), 'Bezirksblatt Murtal');
  assert.equal(outletFromFolder('2016-11/a.txt'), null);
  assert.equal(outletFromFolder('artikel/undated/a.txt'), null);
  assert.equal(outletFromFolder('a.txt'), null);
  const r = ingestFiles([
    file('sources.json', JSON.stringify({ 'scrape/nzz/**': 'Neue Zürcher Zeitung', 'lose/*.txt': 'SRF' })),
    file('scrape/nzz/2021/a.txt', article()),
    file('lose/b.txt', article('(derStandard.at, 12.3.2022)')),
    file('derStandard/c.txt', article()),
    file('derStandard/d.txt', article('© Kleine Zeitung 2022')),
    file('e.txt', article()),
  ]);
  assert.deepEqual(r.issues, []);
  const outlet = (p: string) => r.records.find((x) => x.source.path === p)!.outlet;
  assert.equal(outlet('scrape/nzz/2021/a.txt'), 'NZZ');
  assert.equal(outlet('lose/b.txt'), 'SRF'); // the owner's map wins over the text
  assert.equal(outlet('derStandard/c.txt'), 'DER STANDARD');
  assert.equal(outlet('derStandard/d.txt'), 'Kleine Zeitung'); // the text wins over the folder
  assert.equal(outlet('e.txt'), null);
  assert.equal(r.records.length, 5);
  const body = r.records.find((x) => x.source.path === 'derStandard/d.txt')!.body;
  assert.ok(!body.includes('Kleine Zeitung'), body);
});

test('a broken sources.json is an issue, not an article; globs match files and folders', () => {
  const r = ingestFiles([file('sources.json', '{"a": 3}'), file('x/a.txt', article())]);
  assert.equal(r.records.length, 1);
  assert.equal(r.issues.length, 1);
  assert.match(r.issues[0]!.message, /sources\.json ignored/);
  assert.ok(globToRegExp('orf').test('orf/2020/a.txt'));
  assert.ok(globToRegExp('orf/*.txt').test('orf/a.txt'));
  assert.ok(!globToRegExp('orf/*.txt').test('orfx/a.txt'));
  assert.ok(globToRegExp('**/nzz/**').test('a/b/nzz/c/d.txt'));
});

test('a page title\'s section between headline and outlet is no part of the title: "… - News - SRF"', () => {
  const r = ingestFile({ path: 'a.txt', bytes: new TextEncoder().encode('Budget im Bundesrat - News - SRF\n\nDer Bundesrat berät das Budget. Die Debatte dauert.\n') });
  assert.ok('record' in r);
  assert.equal(r.record.title, 'Budget im Bundesrat');
  assert.equal(r.record.outlet, 'SRF');
});

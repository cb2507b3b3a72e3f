import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkArchive } from '../../src/link/index.ts';
import { AGENCY_TEXT, OUTLET_A, OUTLET_B, UNRELATED } from '../fixtures/link/agency.ts';
import { makeRecord } from './helpers.ts';

const records = [
  makeRecord({ id: 'agentur', title: 'Senat stellt Hafenplan vor', date: '2023-05-09', agencies: ['dpa'], body: AGENCY_TEXT }),
  makeRecord({ id: 'blatt-a', title: 'Große Pläne für den Hafen', date: '2023-05-09T14:00', outlet: 'Blatt A', body: OUTLET_A }),
  makeRecord({ id: 'blatt-b', title: 'Hafen soll wachsen', date: '2023-05-10', outlet: 'Blatt B', body: OUTLET_B }),
  makeRecord({ id: 'anderes', title: 'Straßenbahn in München', date: '2023-05-11', outlet: 'Blatt A', body: UNRELATED }),
];

test('two outlets reprinting one agency text with edits share its passages', () => {
  const out = linkArchive(records);
  assert.ok(out.passages.length >= 1);
  const carriers = new Set(out.passages.flatMap((p) => p.occurrences.map((o) => o.articleId)));
  assert.deepEqual([...carriers].sort(), ['agentur', 'blatt-a', 'blatt-b']);
  // the passage on the costs is carried by all three despite the edits; the agency's wording is the text
  const costs = out.passages.find((p) => p.text.includes('zwei Milliarden Euro'));
  assert.ok(costs, 'passage on the costs');
  assert.deepEqual(
    costs.occurrences.map((o) => o.articleId),
    ['agentur', 'blatt-a', 'blatt-b'],
  );
  assert.ok(costs.text.includes('kritisierten die Pläne scharf'));
  // paragraph indices by the record.ts convention: blank-line blocks, `##` headings not counted
  const inB = costs.occurrences.find((o) => o.articleId === 'blatt-b')!;
  assert.ok(inB.paragraphs!.includes(0));
  assert.equal(inB.embedded, null);
  const inA = costs.occurrences.find((o) => o.articleId === 'blatt-a')!;
  assert.ok(inA.paragraphs!.includes(2));
  assert.ok(!inA.paragraphs!.includes(0), "the outlet's own introduction is not part of the passage");
  assert.equal(inA.paragraph, inA.paragraphs![0]);
  assert.equal(out.links['anderes']!.passages.length, 0);
});

test('articles that carry most of an agency text are marked as its reprints', () => {
  const out = linkArchive(records);
  assert.equal(out.links['blatt-a']!.wireCopyOf, 'agentur');
  assert.equal(out.links['blatt-b']!.wireCopyOf, 'agentur');
  assert.equal(out.links['agentur']!.wireCopyOf, null);
  assert.deepEqual(out.links['agentur']!.reprints, ['blatt-a', 'blatt-b']);
  assert.ok(out.links['blatt-b']!.wireCopy!.sourceShare > 0.9);
  assert.equal(out.links['anderes']!.wireCopyOf, null);
});

test('the reprints form one story with the agency text, the unrelated article none', () => {
  const out = linkArchive(records);
  assert.equal(out.stories.length, 1);
  assert.deepEqual(out.stories[0]!.articleIds, ['agentur', 'blatt-a', 'blatt-b']);
  assert.equal(out.links['anderes']!.story, null);
});

test('passages are found in embedded copy as well', () => {
  const withEmbedded = [
    records[0]!,
    makeRecord({
      id: 'portal',
      title: 'Was der Senat plant',
      date: '2023-05-09',
      body: 'Ein Überblick über die Pläne.\n\nWeitere Meldungen folgen.',
      embedded: [{ title: 'Hafenplan', credit: 'dpa', date: '2023-05-09', text: AGENCY_TEXT.replace('Hamburg (dpa) - ', '') }],
    }),
  ];
  const out = linkArchive(withEmbedded);
  const occ = out.passages.flatMap((p) => p.occurrences).filter((o) => o.articleId === 'portal');
  assert.ok(occ.length > 0);
  assert.ok(occ.every((o) => o.embedded === 0));
  assert.equal(out.links['portal']!.wireCopyOf, 'agentur');
});

test('a passage never ends after an ordinal or an abbreviation ("am 28.", "3,6 Mrd.")', () => {
  const shared =
    'Der Landtag hat am Dienstag die Reform der Spitalsfinanzierung beschlossen, nach einer langen und heftigen Debatte. ' +
    'Die Opposition stimmte geschlossen dagegen und kündigte an, den Verfassungsgerichtshof anzurufen, sobald das Gesetz kundgemacht ist. ' +
    'Die Kosten für das Land werden auf 3,6 Mrd.';
  const out = linkArchive([
    makeRecord({ id: 'a', title: 'Spitalsreform beschlossen', date: '2023-05-09', outlet: 'Blatt A', body: `${shared} Euro geschätzt. Am 28. Mai tritt sie in Kraft.` }),
    makeRecord({
      id: 'b',
      title: 'Landtag beschließt Reform',
      date: '2023-05-10',
      outlet: 'Blatt B',
      body: `${shared} Franken beziffert, so das Land. Am 28. Juni folgt der Bund.`,
    }),
  ]);
  assert.ok(out.passages.length >= 1);
  for (const p of out.passages) assert.doesNotMatch(p.text, /(?:\b\d{1,2}|Mrd)\.$/u, p.text);
});

test('a passage begins at a sentence by ingest\'s rule: never inside a number ("120.000"), never after an ordinal', () => {
  const shared =
    '000 Menschen gingen am Samstag in Graz auf die Straße. Die Veranstalter sprachen von einem großen Erfolg für die Bewegung. ' +
    'Die Landesregierung will am 12. Mai über die Mietpreisbremse beraten und danach ein Paket vorlegen. Die Opposition ' +
    'kündigte Widerstand an und verlangte eine Sondersitzung des Landtags noch vor dem Sommer. Ein Sprecher der Stadt ' +
    'verwies auf die laufenden Gespräche mit den Vermietern und auf die Förderungen für junge Familien.';
  const out = linkArchive([
    makeRecord({ id: 'a', title: 'Demo in Graz', date: '2024-04-06', outlet: 'Blatt A', body: `Ein Bündnis hatte aufgerufen. Rund 120.${shared}` }),
    makeRecord({ id: 'b', title: 'Großdemo', date: '2024-04-06', outlet: 'Blatt B', body: `Die Polizei zählte weniger. Laut Veranstaltern 15.${shared}` }),
  ]);
  const p = out.passages.find((x) => x.text.includes('Mietpreisbremse'));
  assert.ok(p, 'the shared text is a passage');
  assert.ok(!p.text.startsWith('000'), p.text.slice(0, 40)); // a thousands separator is no sentence end
  assert.ok(p.text.includes('am 12. Mai über die Mietpreisbremse'));
});

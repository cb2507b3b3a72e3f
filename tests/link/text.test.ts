import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentStems, foldZuInfinitive, paragraphsOf, stemGerman } from '../../src/link/text.ts';

test('German stems (Snowball)', () => {
  const cases: [string, string][] = [
    ['aufeinanderfolgenden', 'aufeinanderfolg'],
    ['kategorischen', 'kategor'],
    ['häuser', 'haus'],
    ['verhandlungen', 'verhandl'],
    ['zutiefst', 'zutief'],
  ];
  for (const [w, s] of cases) assert.equal(stemGerman(w), s, w);
  assert.equal(foldZuInfinitive('aufzugeben'), 'aufgeben');
  assert.equal(foldZuInfinitive('zugeben'), 'zugeben');
  assert.deepEqual(contentStems('Die Verhandlungen und der Gipfel'), ['verhandl', 'gipfel']);
});

test('paragraphs: blank-line blocks, headings not counted', () => {
  assert.deepEqual(paragraphsOf('Eins.\n\n## Titel\n\nZwei\nnoch zwei.\n   \nDrei.'), ['Eins.', 'Zwei\nnoch zwei.', 'Drei.']);
});

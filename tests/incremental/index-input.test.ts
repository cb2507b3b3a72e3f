// What a change of the compound splitter's archive-wide settings does to the kept index input
// (src/incremental/index-input.ts): only inputs holding a word whose parts it can change are written again.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { splitChange, touchedBy, type SplitSettings } from '../../src/incremental/index-input.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pressearchiv-index-input-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const settings = (protect: string[], extraNouns: string[], compounds = true): SplitSettings => ({ compounds, protect, extraNouns });
const always = new Set(['russland']);
const lexicon = (form: string) => form === 'berlin';

function page(text: string): string {
  const file = path.join(tmp, `${Math.random().toString(36).slice(2)}.html`);
  fs.writeFileSync(file, `<body><article data-pagefind-body>${text}</article></body>`);
  return file;
}

describe('splitChange and touchedBy', () => {
  it('names the protected words and nouns that came or went, without those that change nothing', () => {
    const change = splitChange(settings(['scholz', 'russland'], ['Kiew', 'Berlin']), settings(['merz', 'Rosenberg'], ['Charkiw', 'Kiew', 'New York']), always, lexicon);
    assert.deepEqual(change, { protect: ['scholz', 'merz', 'rosenberg'], nouns: ['charkiw'] });
    assert.equal(splitChange(settings([], []), settings([], [], false), always, lexicon), null, 'compounds switched off: every input');
  });

  it('a protected word touches an input holding it as a word; a noun, one holding it inside a longer word', () => {
    const touched = touchedBy({ protect: ['rosenberg'], nouns: ['charkiw'] });
    assert.equal(touched(page('Herr Rosenberg sagte')), true);
    assert.equal(touched(page('Die Rosenbergstraße')), false, 'only the word itself is split otherwise');
    assert.equal(touched(page('in Charkiw')), false, 'a noun alone is no compound');
    assert.equal(touched(page('die Charkiwer Front und Ostcharkiw')), true);
    assert.equal(touchedBy({ protect: [], nouns: [] })(page('Rosenberg')), false);
  });
});

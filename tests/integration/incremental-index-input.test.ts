// A rebuild takes the index input of unchanged pages from the last build (src/incremental/index-input.ts) and the
// packs of unchanged originals from the last site: what Pagefind reads and the site must be, file by file, what a
// fresh build of the same input gives. That a changed template or option writes every page's input again is checked
// in incremental-pages.test.ts, on its template and locale rebuilds (two builds fewer here).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { fileBytes, generateArchive } from '../../scripts/bench/synth.ts';
import { runCli, tempDir } from '../helpers/cli.ts';
import { rebuildAndCompare } from '../helpers/rebuild.ts';

const tmp = tempDir('pressearchiv-incremental-input-');

const input = path.join(tmp, 'input');
const output = path.join(tmp, 'incremental', 'site'); // each output in its own parent: the cache sits beside it
const baseUrl = 'https://example.org/archiv/';
const ARTICLES = 20;
const stamps: string[] = []; // every build's time, masked in the comparison

/** A build through the command, as a user runs it. */
function run(out: string) {
  const r = runCli(['build', '--input', input, '--output', out, '--base-url', baseUrl]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  stamps.push(...(fs.readFileSync(path.join(out, 'ueber', 'index.html'), 'utf8').match(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g) ?? []));
}

const rebuild = (name: string) => rebuildAndCompare(output, path.join(tmp, name, 'site'), run, stamps);

describe('incremental rebuild: the index input of unchanged pages is taken over', () => {
  // the synthetic profile: a new article changes few other article pages (in a small wire-heavy archive it changes all, see incremental-pages)
  // 20 of seed 2 keep what 40 of seed 7 showed at twice the cost: adding one changes 6 of 20 article pages (7 of 40), two packs of originals, one taken over
  const archive = generateArchive({ articles: ARTICLES + 2, seed: 2 });
  const write = (f: (typeof archive)[number]) => fs.writeFileSync(path.join(input, f.path), fileBytes(f));
  before(() => {
    fs.mkdirSync(input, { recursive: true });
    archive.slice(0, ARTICLES).forEach(write);
    run(output);
  });

  it('adding one article: the same index input and site as a fresh build, most inputs taken over', async () => {
    write(archive[ARTICLES]!);
    const { kept, inputs, inputDifferences, differences } = await rebuild('fresh-added');
    assert.deepEqual(inputDifferences, []);
    assert.deepEqual(differences, []);
    assert.equal(inputs, ARTICLES + 1);
    assert.ok(kept > inputs / 2 && kept < inputs, `took over ${kept} of ${inputs}`);
  });
});

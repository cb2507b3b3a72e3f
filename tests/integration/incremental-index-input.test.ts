// A rebuild takes the index input of unchanged pages from the last build (src/incremental/index-input.ts) and the
// packs of unchanged originals from the last site: what Pagefind reads and the site must be, file by file, what a
// fresh build of the same input gives. That a changed template or option writes every page's input again is checked
// in incremental-pages.test.ts, on its template and locale rebuilds (two builds fewer here).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { siteDifferences } from '../../scripts/compare-sites.ts';
import { fileBytes, generateArchive } from '../../scripts/bench/synth.ts';
import { differingFiles, filesIn, keptIndexInput, runCli, tempDir } from '../helpers/cli.ts';

const tmp = tempDir('pressearchiv-incremental-input-');

const input = path.join(tmp, 'input');
const output = path.join(tmp, 'incremental', 'site'); // each output in its own parent: the cache sits beside it
const baseUrl = 'https://example.org/archiv/';
const stamps: string[] = []; // every build's time, masked in the comparison

/** A build through the command, as a user runs it. */
function run(out: string) {
  const r = runCli(['build', '--input', input, '--output', out, '--base-url', baseUrl]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  stamps.push(...(fs.readFileSync(path.join(out, 'ueber', 'index.html'), 'utf8').match(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g) ?? []));
}

/**
 * Rebuilds `output` incrementally and builds the same input afresh (over a copy of the previous site, whose
 * permalinks.json keeps the URLs, with a cache of its own: every page's input written); returns how many index
 * inputs the rebuild took over (same inode as before it) and the differences of sites and index inputs.
 */
async function rebuildAndCompare(name: string) {
  const fresh = path.join(tmp, name, 'site');
  fs.cpSync(output, fresh, { recursive: true });
  const previous = filesIn(keptIndexInput(output)).inodes;
  run(output);
  run(fresh);
  const now = filesIn(keptIndexInput(output));
  const expected = filesIn(keptIndexInput(fresh));
  const kept = [...now.inodes].filter(([rel, ino]) => previous.get(rel) === ino).length;
  const inputDifferences = differingFiles(now.bytes, expected.bytes);
  const differences = await siteDifferences(fresh, output, stamps);
  fs.rmSync(path.dirname(fresh), { recursive: true, force: true });
  return { kept, inputs: now.bytes.size, inputDifferences, differences };
}

describe('incremental rebuild: the index input of unchanged pages is taken over', () => {
  // the synthetic profile: a new article changes few other article pages (in a small wire-heavy archive it changes all, see incremental-pages)
  const archive = generateArchive({ articles: 42, seed: 7 });
  const write = (f: (typeof archive)[number]) => fs.writeFileSync(path.join(input, f.path), fileBytes(f));
  before(() => {
    fs.mkdirSync(input, { recursive: true });
    archive.slice(0, 40).forEach(write);
    run(output);
  });

  it('adding one article: the same index input and site as a fresh build, most inputs taken over', async () => {
    write(archive[40]!);
    const { kept, inputs, inputDifferences, differences } = await rebuildAndCompare('fresh-added');
    assert.deepEqual(inputDifferences, []);
    assert.deepEqual(differences, []);
    assert.equal(inputs, 41);
    assert.ok(kept > inputs / 2 && kept < inputs, `took over ${kept} of ${inputs}`);
  });
});

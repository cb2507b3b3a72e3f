// A rebuild takes the index input of unchanged pages from the last build (src/incremental/index-input.ts) and the
// packs of unchanged originals from the last site: what Pagefind reads and the site must be, file by file, what a
// fresh build of the same input gives; a changed template or option writes every page's input again.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { siteDifferences } from '../../scripts/compare-sites.ts';
import { fileBytes, generateArchive } from '../../scripts/bench/synth.ts';
import { differingFiles, filesIn, keptIndexInput, root, runCli, tempDir } from '../helpers/cli.ts';

const tmp = tempDir('pressearchiv-incremental-input-');

const input = path.join(tmp, 'input');
const templates = path.join(tmp, 'templates'); // a private copy: one test edits it
const output = path.join(tmp, 'incremental', 'site'); // each output in its own parent: the cache sits beside it
const baseUrl = 'https://example.org/archiv/';
const stamps: string[] = []; // every build's time, masked in the comparison

/** A build through the command (a fresh process each: a changed template is seen). */
function run(out: string) {
  const r = runCli(['build', '--input', input, '--output', out, '--templates', templates, '--base-url', baseUrl]);
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
    fs.cpSync(path.join(root, 'templates'), templates, { recursive: true });
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

  it('a changed template writes every page’s input again (a changed option renders every page, so none is taken either)', async () => {
    write(archive[41]!);
    const layout = path.join(templates, 'artikel.njk');
    fs.writeFileSync(layout, fs.readFileSync(layout, 'utf8').replace('data-pagefind-body', 'data-pagefind-body data-geaendert'));
    const edited = await rebuildAndCompare('fresh-templates');
    assert.deepEqual(edited.inputDifferences, []);
    assert.deepEqual(edited.differences, []);
    assert.equal(edited.kept, 0);
  });
});

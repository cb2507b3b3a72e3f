// A build over an input folder with faults in it: an unreadable folder (a real ENAMETOOLONG, which root meets too),
// a symbolic link to a file outside, a FIFO and a file over the size limit. The build goes on and lists each one;
// --strict fails it. (Read errors of single files: tests/ingest/faults.test.ts.)
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { MAX_FILE_BYTES } from '../../src/ingest/index.ts';
import { deepFolder, listFiles, packedOriginals, root, runCli, tempDir } from '../helpers/cli.ts';

const temps: string[] = [];
after(() => {
  for (const t of temps) spawnSync('rm', ['-rf', t]); // also below PATH_MAX, where Node's rm cannot go
});

/** The seeds plus one of each fault. */
function faultyInput(): string {
  const input = tempDir('pa-input-faults-');
  temps.push(input);
  for (const f of fs.readdirSync(path.join(root, 'seeds'))) fs.copyFileSync(path.join(root, 'seeds', f), path.join(input, f));
  const secret = tempDir('pa-outside-');
  temps.push(secret);
  fs.writeFileSync(path.join(secret, 'geheim.txt'), 'Geheimer Titel\n\nDieser Text liegt außerhalb des Eingabeordners und darf nicht erscheinen.\n');
  fs.symlinkSync(path.join(secret, 'geheim.txt'), path.join(input, 'link.txt'));
  execFileSync('mkfifo', [path.join(input, 'rohr.txt')]);
  const big = path.join(input, 'riesig.txt');
  fs.writeFileSync(big, 'Titel\n\nText.\n');
  fs.truncateSync(big, MAX_FILE_BYTES + 1024 * 1024); // sparse
  deepFolder(input); // 20 levels of 240 characters: deeper than PATH_MAX
  return input;
}

describe('a build over an input folder with faults', () => {
  const input = faultyInput();

  it('goes on, lists each fault located, publishes neither the link target nor the skipped files', () => {
    const out = path.join(tempDir(), '_site');
    temps.push(path.dirname(out));
    // without the search index: it is made from the output, where none of the faulty files ever gets (~1 CPU s of a build)
    const r = runCli(['build', '--input', input, '--output', out, '--no-search']);
    assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
    assert.match(r.stderr, /^error: riesig\.txt: 21 MB, über der Grenze von 20 MB; übersprungen$/m);
    assert.match(r.stderr, /^error: (tief)+\/.*\/: Ordner nicht lesbar \(ENAMETOOLONG: Pfad zu lang\); seine Dateien fehlen im Archiv$/m);
    assert.match(r.stdout, /^warning: link\.txt: symbolischer Link übersprungen: Links werden nicht verfolgt/m);
    assert.match(r.stdout, /^warning: rohr\.txt: keine reguläre Datei \(FIFO\); übersprungen$/m);
    assert.match(r.stdout, /^Artikel: 5$/m);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    const files = listFiles(out);
    assert.ok(!files.some((f) => /link\.txt|rohr\.txt|riesig\.txt|tief/.test(f)), files.join(' '));
    const originals = [...packedOriginals(out).keys()];
    assert.equal(originals.length, 5, 'the five articles have their originals');
    assert.ok(!originals.some((f) => /link\.txt|rohr\.txt|riesig\.txt|tief/.test(f)), originals.join(' '));
    const all = files
      .filter((f) => f.endsWith('.html'))
      .map((f) => fs.readFileSync(path.join(out, f), 'utf8'))
      .join('\n');
    assert.doesNotMatch(all, /außerhalb des Eingabeordners/);
    const about = fs.readFileSync(path.join(out, 'ueber', 'index.html'), 'utf8');
    for (const p of ['link.txt', 'rohr.txt', 'riesig.txt']) assert.match(about, new RegExp(`<code>${p.replace('.', '\\.')}</code>`), `${p} is listed on the about page`);
  });

  it('--strict fails on them and names them', () => {
    const out = path.join(tempDir(), '_site');
    temps.push(path.dirname(out));
    const r = runCli(['build', '--strict', '--input', input, '--output', out]);
    assert.equal(r.status, 1, `${r.stdout}\n${r.stderr}`);
    assert.match(r.stderr, /--strict: 2 Fehler, \d+ Warnungen/);
    assert.match(r.stderr, /^link\.txt: symbolischer Link übersprungen/m);
    assert.match(r.stderr, /^riesig\.txt: 21 MB/m);
    assert.ok(!fs.existsSync(out), 'nothing written');
  });
});

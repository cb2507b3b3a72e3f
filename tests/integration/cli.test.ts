// The command line as a user meets it: help, ingest --json, --no-search, --strict, usage errors.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { listFiles, runCli, runMain, tempDir } from '../helpers/cli.ts';

describe('pressearchiv CLI', () => {
  // help and usage errors through the command's main() in this process (helpers/cli.ts runMain): what it prints and
  // the exit code bin/pressearchiv.js sets, without a process each (~0.6 CPU s); what runs a stage runs as a process
  it('prints help for every command and exits 0', async () => {
    for (const args of [['--help'], ['build', '--help'], ['ingest', '--help'], ['serve', '-h']]) {
      const r = await runMain(args);
      assert.equal(r.status, 0, args.join(' '));
      assert.match(r.stdout, /Usage: pressearchiv/);
    }
  });

  it('rejects an unknown command with exit 2', async () => {
    const r = await runMain(['publish']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown command "publish"/);
  });

  it('ingest --json prints one record per seed file', () => {
    const r = runCli(['ingest', '--input', 'seeds', '--json']);
    assert.equal(r.status, 0, r.stderr);
    const records = JSON.parse(r.stdout) as { id: string; title: string; source: { path: string } }[];
    assert.equal(records.length, 5);
    assert.deepEqual(records.map((x) => x.source.path).sort(), fs.readdirSync('seeds').sort());
    assert.ok(records.every((x) => x.title.length > 0));
  });

  it('serve refuses a missing output folder with exit 2', async () => {
    const r = await runMain(['serve', '--output', '/nonexistent-site']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /output folder not found/);
  });

  // Two files, one with a warning, built without the search index: what --no-search writes, and what --strict must not overwrite.
  let loose: { input: string; out: string; stdout: string } | undefined;
  function looseBuild(): { input: string; out: string; stdout: string } {
    if (loose) return loose;
    const input = tempDir();
    fs.writeFileSync(path.join(input, 'gut.txt'), ' date 2022-02 Ein Titel\n\nEin Absatz mit genug Text, damit er als Artikel gilt.\n');
    fs.writeFileSync(path.join(input, 'kaputt.txt'), ' date 2022-13 Ein anderer Titel\n\nNoch ein Absatz mit genug Text.\n');
    const out = path.join(tempDir(), '_site');
    const r = runCli(['build', '--input', input, '--output', out, '--no-search']);
    assert.equal(r.status, 0, r.stderr);
    return (loose = { input, out, stdout: r.stdout });
  }

  it('--no-search builds the site without a search index, and its search page says so', () => {
    const { out, stdout } = looseBuild();
    assert.match(stdout, /Seiten geschrieben: \d+, kein Suchindex \(--no-search\)/);
    assert.ok(fs.existsSync(path.join(out, 'index.html')) && !fs.existsSync(path.join(out, 'pagefind')), 'pages, no Pagefind bundle');
    const search = fs.readFileSync(path.join(out, 'suche', 'index.html'), 'utf8');
    assert.match(search, /<p>Diese Fassung des Archivs wurde ohne Suchindex gebaut \(pressearchiv build --no-search\)/);
    assert.doesNotMatch(search, /search\.js|id="search-form"/, 'no search that could only fail');
    assert.deepEqual(fs.readdirSync(path.dirname(out)).sort(), ['.pressearchiv', '_site'], 'no index input left');
  });

  it('--strict fails on a file with a warning and writes nothing', () => {
    const { input, out } = looseBuild(); // without --strict the warning does not stop it
    const before = listFiles(out);
    const strict = runCli(['build', '--input', input, '--output', out, '--strict', '--no-search']);
    assert.equal(strict.status, 1);
    assert.match(strict.stderr, /kaputt\.txt:1: /);
    assert.deepEqual(listFiles(out), before);
  });
});

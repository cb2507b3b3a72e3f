// The command line as a user meets it: help, ingest --json, --strict, usage errors.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { listFiles, runCli, tempDir } from '../helpers/cli.ts';

describe('pressearchiv CLI', () => {
  it('prints help for every command and exits 0', () => {
    for (const args of [['--help'], ['build', '--help'], ['ingest', '--help'], ['serve', '-h']]) {
      const r = runCli(args);
      assert.equal(r.status, 0, args.join(' '));
      assert.match(r.stdout, /Usage: pressearchiv/);
    }
  });

  it('rejects an unknown command with exit 2', () => {
    const r = runCli(['publish']);
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

  it('serve refuses a missing output folder with exit 2', () => {
    const r = runCli(['serve', '--output', '/nonexistent-site']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /output folder not found/);
  });

  it('--strict fails on a file with a warning and writes nothing', () => {
    const input = tempDir();
    fs.writeFileSync(path.join(input, 'gut.txt'), ' date 2022-02 Ein Titel\n\nEin Absatz mit genug Text, damit er als Artikel gilt.\n');
    fs.writeFileSync(path.join(input, 'kaputt.txt'), ' date 2022-13 Ein anderer Titel\n\nNoch ein Absatz mit genug Text.\n');
    const out = path.join(tempDir(), '_site');
    const loose = runCli(['build', '--input', input, '--output', out, '--quiet']);
    assert.equal(loose.status, 0, loose.stderr);
    const before = listFiles(out);
    const strict = runCli(['build', '--input', input, '--output', out, '--strict']);
    assert.equal(strict.status, 1);
    assert.match(strict.stderr, /kaputt\.txt:1: /);
    assert.deepEqual(listFiles(out), before);
  });
});

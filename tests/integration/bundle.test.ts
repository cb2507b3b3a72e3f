// The other tests run the command from scripts/bundle.js's single file (tests/helpers/cli.ts); users run the
// TypeScript through tsx (bin/pressearchiv.js). Both must build the same site, and the bundle must start the
// children a large archive has: the index input's second process, from which Pagefind must get the same input as
// from one process (checked on that build; build.test.ts made an in-process build of its own for it).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { siteDifferences } from '../../scripts/compare-sites.ts';
import { bin, listFiles, root, runCli, sourceBin, tempDir } from '../helpers/cli.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { unpackFragments } from '../../src/search/fragment-packs.ts';

describe('the bundle the tests build with', () => {
  it('builds the seeds the same as bin/pressearchiv.js from the sources', async () => {
    const out = path.join(tempDir(), '_site');
    const fromSources = runCli(['build', '--input', 'seeds', '--output', out], root, sourceBin);
    assert.equal(fromSources.status, 0, fromSources.stderr);
    const bundled = sharedSite();
    assert.deepEqual(await siteDifferences(out, bundled.out), []); // scripts/compare-sites.ts in this process, not a third one under tsx
    const report = (stdout: string) => stdout.replace(/^(Zeit|Ausgabe): .*\n/gm, ''); // the time taken, the folder
    assert.equal(report(fromSources.stdout), report(bundled.stdout));
  });

  it('forks the index-input child from the bundle when forced, and Pagefind gets the same input from the two processes', () => {
    const out = path.join(tempDir(), '_site');
    const env = { ...process.env, PRESSEARCHIV_INDEX_INPUT_PARALLEL_MIN: '0' }; // from 4,000 pages, unless forced
    // --no-cache: the index input is written on the RAM disk, named after this build's pid, and must be gone after it
    const r = spawnSync(process.execPath, [bin(), 'build', '--input', 'seeds', '--output', out, '--no-cache'], { cwd: root, encoding: 'utf8', env });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /Dateien gelesen: 5\n[^]*im Suchindex: 5\n/);
    const oneProcess = sharedSite().out; // the seeds' few pages are written by one process unless forced
    const pages = (dir: string) => listFiles(dir).filter((f) => !f.startsWith('pagefind/'));
    assert.deepEqual(pages(out), pages(oneProcess));
    // Pagefind names its files by their contents (fragments inside their packs): the same fragment names mean the same text and metadata per
    // page. (Its word index numbers the pages in the order it finds them, which a RAM disk lists in the order
    // they were written; its filter files differ between any two builds: Pagefind writes them in hash-map order.)
    const files = (dir: string, kind: string) => listFiles(path.join(dir, 'pagefind')).filter((f) => f.endsWith(`.pf_${kind}`));
    const fragments = (dir: string) =>
      files(dir, 'pack')
        .flatMap((f) => [...unpackFragments(fs.readFileSync(path.join(dir, 'pagefind', f))).keys()])
        .sort();
    assert.equal(fragments(oneProcess).length, 5);
    assert.deepEqual(fragments(out), fragments(oneProcess));
    assert.equal(files(out, 'index').length, files(oneProcess, 'index').length);
    assert.deepEqual(fs.readdirSync(path.dirname(out)), ['.pressearchiv', '_site'], 'no index input left beside the site');
    const onRamDisk = fs.existsSync('/dev/shm') ? fs.readdirSync('/dev/shm').filter((n) => n.startsWith(`pressearchiv-index-${r.pid}-`)) : [];
    assert.deepEqual(onRamDisk, [], 'nor on the RAM disk');
  });
});

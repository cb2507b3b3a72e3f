// The other tests run the command from scripts/bundle.js's single file (tests/helpers/cli.ts); users run the
// TypeScript through tsx (bin/pressearchiv.js). Both must build the same site, and the bundle must start the
// children a large archive has.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { bin, listFiles, root, runCli, sourceBin, tempDir } from '../helpers/cli.ts';
import { sharedSite } from '../helpers/shared-site.ts';

describe('the bundle the tests build with', () => {
  it('builds the seeds the same as bin/pressearchiv.js from the sources', () => {
    const out = path.join(tempDir(), '_site');
    const fromSources = runCli(['build', '--input', 'seeds', '--output', out], root, sourceBin);
    assert.equal(fromSources.status, 0, fromSources.stderr);
    const bundled = sharedSite();
    const compared = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/compare-sites.ts', out, bundled.out], { cwd: root, encoding: 'utf8' });
    assert.equal(compared.status, 0, compared.stdout + compared.stderr);
    const report = (stdout: string) => stdout.replace(/^(Zeit|Ausgabe): .*\n/gm, ''); // the time taken, the folder
    assert.equal(report(fromSources.stdout), report(bundled.stdout));
  });

  it('forks the index-input child from the bundle when forced', () => {
    const out = path.join(tempDir(), '_site');
    const env = { ...process.env, PRESSEARCHIV_INDEX_INPUT_PARALLEL_MIN: '0' }; // from 4,000 pages, unless forced
    const r = spawnSync(process.execPath, [bin(), 'build', '--input', 'seeds', '--output', out], { cwd: root, encoding: 'utf8', env });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /Dateien gelesen: 5\n[^]*im Suchindex: 5\n/);
    const pages = (dir: string) => listFiles(dir).filter((f) => !f.startsWith('pagefind/'));
    assert.deepEqual(pages(out), pages(sharedSite().out));
  });
});

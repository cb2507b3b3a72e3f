// The other tests run the command from scripts/bundle.js's single file (tests/helpers/cli.ts); users run the
// TypeScript through tsx (bin/pressearchiv.js). Both must build the same site.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { root, runCli, sourceBin, tempDir } from '../helpers/cli.ts';
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
});

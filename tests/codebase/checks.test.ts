// The static checks (scripts/checks.js: type checks, lint, import rules, copy-paste check, formatting) as one file of
// `npm test`: the runner runs them beside the other files, so their ~60 s of CPU fill the cores the tests leave idle
// while they wait for builds, browsers and servers, instead of running alone before the tests.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { root } from '../helpers/cli.ts';

describe('static checks', () => {
  it('pass: tsc, eslint, dependency-cruiser, jscpd, prettier (npm run checks)', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'checks.js')], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });
});

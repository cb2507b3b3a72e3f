// The temp folder's kept copies (src/kept-copy.ts) do not pile up: a copy unused for a month goes when a new one is
// written, a copy read meanwhile stays, and nothing but our own copies is ever removed.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { copyName, readCopy, removeUnusedCopies, UNUSED_COPY_MS, writeCopy } from '../../src/kept-copy.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pressearchiv-pruning-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
const DAY = 24 * 3600_000;

/** Writes `name` into `dir` with its time `age` ms ago. */
function aged(dir: string, name: string, age: number): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, name);
  const then = new Date(Date.now() - age);
  fs.utimesSync(file, then, then);
  return file;
}

describe('kept copies are pruned', () => {
  it('removes copies unused for a month and stale partial files when a copy is written, and nothing else', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'write-'));
    const unused = aged(dir, copyName('njk', 'alt', 'js'), UNUSED_COPY_MS + DAY);
    const recent = aged(dir, copyName('njk', 'neu', 'js'), UNUSED_COPY_MS - DAY);
    const stalePart = aged(dir, `${copyName('nouns', 'x', 'txt')}.4242-0`, 2 * DAY);
    const freshPart = aged(dir, `${copyName('nouns', 'y', 'txt')}.4343-1`, 3600_000); // a build writing it now
    const others = ['notizen.txt', 'pressearchiv-njk-kurz.js', 'pressearchiv-test-sites'].map((name) => aged(dir, name, 2 * UNUSED_COPY_MS));
    writeCopy(path.join(dir, copyName('minified', 'z', 'js')), 'neu');
    const left = new Set(fs.readdirSync(dir));
    for (const gone of [unused, stalePart]) assert.ok(!left.has(path.basename(gone)), `${path.basename(gone)} removed`);
    for (const kept of [recent, freshPart, ...others]) assert.ok(left.has(path.basename(kept)), `${path.basename(kept)} kept`);
    assert.ok(left.has(copyName('minified', 'z', 'js')));
  });

  it('a copy read is marked used and survives the next pruning', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'read-'));
    const old = aged(dir, copyName('njk', 'gelesen', 'js'), UNUSED_COPY_MS + DAY);
    assert.equal(readCopy(old), path.basename(old));
    removeUnusedCopies(dir);
    assert.ok(fs.existsSync(old), 'read within the month: kept');
    removeUnusedCopies(dir, Date.now() + UNUSED_COPY_MS + DAY);
    assert.ok(!fs.existsSync(old), 'a month later, unread: removed');
  });

  it('leaves a link with a copy’s name, and what it points to', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'link-'));
    const target = aged(tmp, 'ziel.txt', 2 * UNUSED_COPY_MS);
    fs.symlinkSync(target, path.join(dir, copyName('njk', 'link', 'js')));
    removeUnusedCopies(dir, Date.now() + 3 * UNUSED_COPY_MS);
    assert.ok(fs.lstatSync(path.join(dir, copyName('njk', 'link', 'js'))).isSymbolicLink());
    assert.ok(fs.existsSync(target));
  });
});

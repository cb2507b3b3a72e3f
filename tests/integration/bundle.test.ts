// The other tests run the command from scripts/bundle.js's single file (tests/helpers/cli.ts); users run
// bin/pressearchiv.js: the TypeScript through tsx, which keeps a bundle of it in the private temp folder for the next
// command (src/command-bundle.js). Both must build the same site, a kept bundle must never be run for other code nor from
// a folder others can write, and the bundle must start the children a large archive has: the index input's second
// process, from which Pagefind must get the same input as from one process (checked on that build; build.test.ts made an
// in-process build of its own for it).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { siteDifferences } from '../../scripts/compare-sites.ts';
import { BUNDLE_FILES, BUNDLE_INPUTS, bundleFolder, bundleKey, FROM_SOURCES, makingMark, removeUnusedBundles } from '../../src/command-bundle.js';
import { COPY_NAME } from '../../src/kept-copy.ts';
import { privateFolderIn } from '../../src/private-folder.js';
import { bin, listFiles, root, sourceBin, tempDir } from '../helpers/cli.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { unpackFragments } from '../../src/search/fragment-packs.ts';

// Loaded before bin/pressearchiv.js: says on exit what the command ran from, the global the bundle's entry sets (children and workers follow it).
const probe = path.join(tempDir(), 'probe.mjs');
fs.writeFileSync(probe, "process.on('exit', () => process.stderr.write(`ran from: ${globalThis.pressearchivBundle ?? 'the sources'}\\n`));\n");

/** bin/pressearchiv.js (or `command`) run with `args` and the temp folder `tmp`, as a user runs it; what it printed and ran from. */
function runBin(args: string[], tmp: string, command = sourceBin) {
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp };
  delete env[FROM_SOURCES]; // a developer's setting would hide what is tested
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(probe).href, command, ...args], { cwd: root, env, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ranFrom: /^ran from: (.*)$/m.exec(r.stderr)?.[1] };
}

/**
 * A temp folder of its own (no bundle kept in it yet), with hard links to the copies every build derives the same way
 * (src/kept-copy.ts: the noun lexicon, compiled templates, ~3 CPU s to derive), which are not what is tested here.
 */
function ownTemp(): string {
  const tmp = tempDir();
  for (const [from, to] of [
    [os.tmpdir(), tmp],
    [privateFolderIn(os.tmpdir()), privateFolderIn(tmp)],
  ]) {
    const names = from && to ? fs.readdirSync(from).filter((n) => COPY_NAME.test(n) && !/\d+-\d+$/.test(n)) : []; // whole copies, not partial files
    for (const name of names) fs.linkSync(path.join(from!, name), path.join(to!, name));
  }
  return tmp;
}

/** Waits for the maker bin/pressearchiv.js started in the background to have renamed its bundle into `folder` and gone. */
async function madeInBackground(folder: string): Promise<void> {
  for (let waited = 0; !fs.existsSync(path.join(folder, 'pressearchiv.mjs')) || fs.existsSync(makingMark(folder)); waited += 100) {
    if (waited > 180_000) throw new Error(`no bundle made in ${folder}: ${fs.readdirSync(path.dirname(folder)).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A bundle that is not ours at `folder`: it says so when run, and sets the global the real entry sets; `files` are what it claims to hold. */
function plantFakeBundle(folder: string, files = ['pressearchiv.mjs']): string {
  fs.mkdirSync(folder, { recursive: true });
  const entry = path.join(folder, 'pressearchiv.mjs');
  fs.writeFileSync(entry, "globalThis.pressearchivBundle = import.meta.url;\nconsole.log('fake bundle ran');\n");
  fs.writeFileSync(path.join(folder, BUNDLE_FILES), files.join('\n'));
  return pathToFileURL(entry).href;
}

const report = (stdout: string) => stdout.replace(/^(Zeit|Ausgabe): .*\n/gm, ''); // the time taken, the folder
const usage = /^Usage: pressearchiv <command>/m;

describe('the bundle the tests build with', () => {
  it('bin/pressearchiv.js builds the seeds from the sources as the bundle does, keeps a bundle, and builds the same from it next time', async () => {
    const tmp = ownTemp();
    const out = path.join(tempDir(), '_site');
    const fromSources = runBin(['build', '--input', 'seeds', '--output', out], tmp);
    assert.equal(fromSources.status, 0, fromSources.stderr);
    assert.equal(fromSources.ranFrom, 'the sources');
    const bundled = sharedSite();
    assert.deepEqual(await siteDifferences(out, bundled.out), []); // scripts/compare-sites.ts in this process, not a third one under tsx
    assert.equal(report(fromSources.stdout), report(bundled.stdout));

    const folder = bundleFolder(privateFolderIn(tmp)!, bundleKey());
    await madeInBackground(folder);
    const again = path.join(tempDir(), '_site');
    const fromKept = runBin(['build', '--input', 'seeds', '--output', again], tmp);
    assert.equal(fromKept.status, 0, fromKept.stderr);
    assert.equal(fromKept.ranFrom, pathToFileURL(path.join(folder, 'pressearchiv.mjs')).href);
    assert.deepEqual(await siteDifferences(again, out), []);
    assert.equal(report(fromKept.stdout), report(fromSources.stdout));
    assert.deepEqual(
      fs.readdirSync(path.dirname(folder)).filter((n) => n.startsWith('command-')),
      [path.basename(folder)],
      'no work folder nor mark left',
    );
  });

  it('never runs a bundle kept for other code: an edited source changes the key', () => {
    const project = tempDir(); // a copy of the code, whose sources this test may edit
    for (const part of [...BUNDLE_INPUTS, 'bin', 'tsconfig.json']) fs.cpSync(path.join(root, part), path.join(project, part), { recursive: true });
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'));
    const tmp = tempDir();
    const command = path.join(project, 'bin', 'pressearchiv.js');
    const kept = plantFakeBundle(bundleFolder(privateFolderIn(tmp)!, bundleKey(project)));
    const before = runBin(['--help'], tmp, command);
    assert.deepEqual([before.stdout, before.ranFrom], ['fake bundle ran\n', kept], 'the bundle kept for this code runs');

    fs.appendFileSync(path.join(project, 'src', 'cli.ts'), '// edited\n');
    const key = bundleKey(project);
    fs.writeFileSync(makingMark(bundleFolder(privateFolderIn(tmp)!, key)), ''); // a maker at work for the new code: none is started
    const after = runBin(['--help'], tmp, command);
    assert.equal(after.status, 0, after.stderr);
    assert.equal(after.ranFrom, 'the sources');
    assert.match(after.stdout, usage);
    assert.doesNotMatch(after.stdout, /fake/);
  });

  it('never runs a bundle from a folder others can write, nor one that lost a file', () => {
    const tmp = tempDir();
    const dir = privateFolderIn(tmp)!;
    const folder = bundleFolder(dir, bundleKey());
    plantFakeBundle(folder, ['pressearchiv.mjs', 'chunks/cli-X.mjs']); // a temp-folder cleaner removed a chunk unread for days
    fs.writeFileSync(makingMark(folder), ''); // a maker at work on it: none is started
    const thinned = runBin(['--help'], tmp);
    assert.deepEqual([thinned.status, thinned.ranFrom], [0, 'the sources'], thinned.stderr);
    fs.rmSync(makingMark(folder));

    const planted = plantFakeBundle(folder);
    assert.equal(runBin(['--help'], tmp).ranFrom, planted, 'the place is the one bin/pressearchiv.js looks in');
    fs.chmodSync(dir, 0o777);
    const r = runBin(['--help'], tmp);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.ranFrom, 'the sources');
    assert.match(r.stdout, usage);
    assert.deepEqual(fs.readdirSync(dir), [path.basename(folder)], 'and makes none there');
  });

  it('removes bundles of other code unused for a week, or for a day beyond the last few, and old work folders; nothing else', () => {
    const dir = tempDir();
    const DAY = 24 * 3600_000;
    const made = (name: string, days: number) => {
      fs.mkdirSync(path.join(dir, name));
      fs.utimesSync(path.join(dir, name), new Date(Date.now() - days * DAY), new Date(Date.now() - days * DAY));
      return name;
    };
    const bundle = (n: number) => `command-${String(n).repeat(24)}`;
    const kept = made(bundle(0), 30); // the current code's: never, however old
    const recent = [made(bundle(1), 0.5), made(bundle(2), 1.5), made(bundle(3), 2.5)];
    made(bundle(4), 3.5); // a fourth other one, unused for more than a day
    made(bundle(5), 8);
    made(`${bundle(6)}.tmp-123`, 2); // a maker killed two days ago
    const working = made(`${bundle(7)}.tmp-124`, 0.01);
    const others = [made('pressearchiv-njk-0123456789abcdef.js', 60), made('command-notours', 60)];
    removeUnusedBundles(dir, path.join(dir, kept));
    assert.deepEqual(fs.readdirSync(dir).sort(), [kept, ...recent, working, ...others].sort());
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

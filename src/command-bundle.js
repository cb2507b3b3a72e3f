// Where bin/pressearchiv.js runs the command from: the bundle of the current code (scripts/bundle.js) kept in the private
// temp folder when there is one, no tsx in any of its processes (about half the CPU time of a small build); else the
// TypeScript sources through tsx, and the bundle is made for next time after the command, by a detached process at low
// priority (`node scripts/bundle.js --command`). Kept under a hash of everything the bundle is made of, so an edited source
// is never run from an old bundle. Plain JavaScript: bin imports it before it knows whether it needs tsx.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ownEntries, privateTempDir } from './private-folder.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// What the bundle is made of: our sources, the config, the bundler, the bench's scripts (BENCH_SCRIPTS), the packages (their lock).
export const BUNDLE_INPUTS = ['src', '.eleventy.ts', 'scripts/bundle.js', 'scripts/bench', 'package-lock.json', 'package.json'];
export const FROM_SOURCES = 'PRESSEARCHIV_FROM_SOURCES'; // set (not "0"): always the sources through tsx, no bundle made
const DAY_MS = 24 * 3600_000;
const UNUSED_BUNDLE_MS = 7 * DAY_MS; // ~5 MB each: a bundle of other code unused for a week goes, as kept copies do after a month
const RECENT_BUNDLES = 4; // beyond these, another bundle goes after a day unused (a developer makes one per edit)
const MAKING_STALE_MS = 10 * 60_000; // a bundling takes seconds: a mark this old is a maker that died
const BUNDLE_ENTRY = /^command-[0-9a-f]{24}(\.tmp-\d+|\.making)?$/; // bundleFolder()'s names, keepBundle()'s work folders, the making mark

/** A hex hash of the files below each of `parts` (folders or files of the project at `from`; missing ones count as missing). */
export function codeHash(parts, from = root) {
  const h = createHash('sha256');
  for (const part of parts) hashTree(h, path.join(from, part), part);
  return h.digest('hex');
}

export function hashTree(h, at, label) {
  const stat = fs.statSync(at, { throwIfNoEntry: false });
  if (!stat) return void h.update(`${label}: none\0`);
  const files = stat.isDirectory()
    ? fs
        .readdirSync(at, { recursive: true })
        .filter((f) => fs.statSync(path.join(at, f)).isFile())
        .sort()
    : [''];
  for (const f of files) {
    h.update(`${label}/${f.split(path.sep).join('/')}\0`);
    h.update(fs.readFileSync(path.join(at, f)));
  }
}

/**
 * The key of the bundle of the code at `from`: its files' contents (~30 ms of CPU; sizes and times would save ~12 ms but
 * miss an edit that keeps both), the Node that runs it, and its place (the bundle reads data/ and templates/ from there).
 */
export function bundleKey(from = root) {
  const recipe = `${codeHash(BUNDLE_INPUTS, from)}\0${process.version}\0${from}`;
  return createHash('sha256').update(recipe).digest('hex').slice(0, 24);
}

/** The folder of the bundle of key `key` in the private folder `dir`. */
export const bundleFolder = (dir, key) => path.join(dir, `command-${key}`);

/**
 * What bin/pressearchiv.js runs: `{ bundle }`, the URL of the kept bundle's entry, when there is one for the current code; else
 * `{ keep }`, the folder to make it in after the command, null when none may be run: $PRESSEARCHIV_FROM_SOURCES, no private
 * temp folder, or no owners to check (Windows: a bundle there could be anyone's).
 */
export function commandSource(env = process.env) {
  if ((env[FROM_SOURCES] && env[FROM_SOURCES] !== '0') || !process.getuid) return { keep: null };
  const dir = privateTempDir();
  if (!dir) return { keep: null };
  const folder = bundleFolder(dir, bundleKey());
  if (!wholeBundle(folder)) return { keep: folder };
  try {
    fs.utimesSync(folder, new Date(), new Date()); // used: removeUnusedBundles() keeps it
  } catch {
    // a bundle that cannot be marked is still whole
  }
  return { bundle: pathToFileURL(path.join(folder, 'pressearchiv.mjs')).href };
}

export const BUNDLE_FILES = 'files.txt'; // what keepBundle() made: a temp-folder cleaner may remove files unread for days

/** Whether the bundle in `folder` has every file it was made with (~1 ms). */
export function wholeBundle(folder) {
  try {
    return fs
      .readFileSync(path.join(folder, BUNDLE_FILES), 'utf8')
      .split('\n')
      .every((f) => !f || fs.existsSync(path.join(folder, f)));
  } catch {
    return false;
  }
}

/** The mark of a maker at work on the bundle in `folder`. */
export const makingMark = (folder) => `${folder}.making`;

/** Starts making the bundle in `folder` (scripts/bundle.js --command) detached, unless a maker is at it; it never fails the command. */
export function makeInBackground(folder) {
  if (makingFresh(makingMark(folder))) return;
  try {
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'bundle.js'), '--command'], { cwd: root, detached: true, stdio: 'ignore' });
    child.on('error', () => {}); // no bundle this time: the next command from the sources tries again
    child.unref();
  } catch {
    // as above
  }
}

const makingFresh = (mark) => Date.now() - (fs.statSync(mark, { throwIfNoEntry: false })?.mtimeMs ?? 0) < MAKING_STALE_MS;

/** Takes the making of the bundle in `folder` for this process (one maker at a time): its release, or null when another maker has it. */
export function takeMaking(folder) {
  const mark = makingMark(folder);
  if (makingFresh(mark)) return null;
  fs.rmSync(mark, { force: true }); // a maker that died, if any; were two to take its mark at once, each bundles into its own work folder and one rename wins
  try {
    fs.writeFileSync(mark, String(process.pid), { flag: 'wx' });
  } catch {
    return null;
  }
  return () => {
    if (fs.readFileSync(mark, { encoding: 'utf8' }) === String(process.pid)) fs.rmSync(mark); // not another maker's, were it taken meanwhile
  };
}

/**
 * Removes this user's bundles in `dir` other than `kept` unused for a week, or for a day beyond the few used last (one may
 * be running), and work folders and making marks left a day ago; nothing else.
 */
export function removeUnusedBundles(dir, kept, now = Date.now()) {
  const entries = ownEntries(dir, BUNDLE_ENTRY)
    .filter(({ name }) => path.join(dir, name) !== kept)
    .map(({ name, stat }) => ({ name, age: now - stat.mtimeMs }));
  const bundles = entries.filter((e) => !e.name.includes('.')).sort((a, b) => a.age - b.age);
  const gone = [
    ...entries.filter((e) => e.name.includes('.') && e.age > DAY_MS),
    ...bundles.filter((e, i) => e.age > UNUSED_BUNDLE_MS || (i >= RECENT_BUNDLES - 1 && e.age > DAY_MS)),
  ];
  for (const { name } of gone) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
}

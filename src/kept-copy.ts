// What every build derives the same way from the same inputs (the noun lexicon's forms, the minified search scripts,
// the compiled templates), kept in the temp folder under a hash of all it is derived from, code included: a later
// build, in another process, reads it instead of deriving it again. A copy that cannot be read or written is derived
// again. Copies unused for a month are removed when a new one is written, so the folder does not grow with every
// template edit or update. An I/O edge.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

const versions = new Map<string, string>();

/** The version of package `name` (as `via`, another package, loads it when given): part of a copy's recipe when the package makes the copy. */
export function packageVersion(name: string, via?: string): string {
  const key = `${via ?? ''}>${name}`;
  let version = versions.get(key);
  if (version === undefined) {
    const ours = createRequire(import.meta.url);
    const load = via ? createRequire(ours.resolve(via)) : ours;
    versions.set(key, (version = (load(`${name}/package.json`) as { version: string }).version));
  }
  return version;
}

/** The file name of the copy of what `recipe` (everything it is derived from) gives. */
export function copyName(kind: string, recipe: string, ext: string): string {
  return `pressearchiv-${kind}-${createHash('sha256').update(recipe).digest('hex').slice(0, 16)}.${ext}`;
}

export const COPY_NAME = /^pressearchiv-[a-z]+-[0-9a-f]{16}\.[a-z]+(?:\.\d+-\d+)?$/; // copyName()'s names, and writeCopy()'s partial files
const DAY_MS = 24 * 3600_000;
export const UNUSED_COPY_MS = 30 * DAY_MS; // a copy not read for this long is removed with the next copy written

import { ownEntries } from './private-folder.js';

export { privateFolderIn, privateTempDir } from './private-folder.js'; // one helper, plain JavaScript for bin/pressearchiv.js

/** The copy at `file`, or null when there is none (or no folder for it). Marks it used (its time), at most once a day. */
export function readCopy(file: string | null): string | null {
  if (!file) return null;
  try {
    const text = fs.readFileSync(file, 'utf8');
    if (Date.now() - fs.statSync(file).mtimeMs > DAY_MS) fs.utimesSync(file, new Date(), new Date());
    return text;
  } catch {
    return null;
  }
}

/** Writes the copy at `file` atomically (another process or thread reads no copy or a whole one); a temp folder that refuses it is no error. */
export function writeCopy(file: string | null, text: string | Uint8Array): void {
  if (!file) return;
  const part = `${file}.${process.pid}-${threadId}`; // a worker thread may derive the same copy at the same time
  try {
    fs.writeFileSync(part, text);
    fs.renameSync(part, file);
  } catch {
    fs.rmSync(part, { force: true });
    return;
  }
  if (!pruned.has(path.dirname(file))) removeUnusedCopies(path.dirname(file));
}

const pruned = new Set<string>(); // folders this process has pruned: once is enough, a build may write dozens of copies

/** Removes this user's copies in `dir` unused for a month, and partial files a killed process left a day ago; nothing else. */
export function removeUnusedCopies(dir: string, now = Date.now()): void {
  pruned.add(dir);
  for (const { name, stat } of ownEntries(dir, COPY_NAME)) {
    if (!stat.isFile() || now - stat.mtimeMs <= (/\.\d+-\d+$/.test(name) ? DAY_MS : UNUSED_COPY_MS)) continue;
    try {
      fs.rmSync(path.join(dir, name));
    } catch {
      // gone meanwhile (another build pruned it), or not ours to remove
    }
  }
}

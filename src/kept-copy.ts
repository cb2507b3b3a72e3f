// What every build derives the same way from the same inputs (the noun lexicon's forms, the minified search scripts,
// the compiled templates), kept in the temp folder under a hash of all it is derived from, code included: a later
// build, in another process, reads it instead of deriving it again. A copy that cannot be read or written is derived
// again. An I/O edge.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** The file name of the copy of what `recipe` (everything it is derived from) gives. */
export function copyName(kind: string, recipe: string, ext: string): string {
  return `pressearchiv-${kind}-${createHash('sha256').update(recipe).digest('hex').slice(0, 16)}.${ext}`;
}

let privateDir: string | null | undefined;

/**
 * A folder in the temp folder that only this user can write, for copies that are code (run by the build or published
 * with the site): another user's file there must never be taken for ours. Null where no such folder can be had.
 */
export function privateTempDir(): string | null {
  privateDir ??= privateFolderIn(os.tmpdir());
  return privateDir;
}

/** `<tmp>/pressearchiv-<uid>`, made with mode 700 when missing; null unless it is a folder (no link) of this user that no one else can write. */
export function privateFolderIn(tmp: string): string | null {
  const uid = process.getuid?.();
  const dir = path.join(tmp, `pressearchiv-${uid ?? 'cache'}`);
  try {
    fs.mkdirSync(dir, { mode: 0o700 });
  } catch {
    // there already, or not to be had: checked below
  }
  try {
    const s = fs.lstatSync(dir);
    return s.isDirectory() && (uid === undefined || (s.uid === uid && (s.mode & 0o022) === 0)) ? dir : null;
  } catch {
    return null;
  }
}

/** The copy at `file`, or null when there is none (or no folder for it). */
export function readCopy(file: string | null): string | null {
  if (!file) return null;
  try {
    return fs.readFileSync(file, 'utf8');
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
  }
}

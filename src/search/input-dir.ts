// Where the index input goes: it is read once by Pagefind and deleted, so a RAM disk (/dev/shm) spares the
// build tens of thousands of small writes and reads on disk (at 10,000 articles ~40 % of writing it); beside
// the staging folder when there is none or it is too small. An I/O edge.
import fs from 'node:fs/promises';
import path from 'node:path';
import { leftoversOfGoneProcesses } from '../child-process.ts';

const RAM_DISK = '/dev/shm';
const PREFIX = 'pressearchiv-index-';
/** The index input is about 1.5× the input text; keep well clear of filling the RAM disk. */
const HEADROOM = 4;
const MIN_FREE = 1024 ** 3;

/** A fresh folder name for the index input of a build whose input folder holds `inputBytes`. */
export async function indexInputDir(staging: string, inputBytes: number): Promise<string> {
  const free = await fs.statfs(RAM_DISK).then(
    (s) => s.bavail * s.bsize,
    () => 0,
  );
  if (free >= Math.max(MIN_FREE, HEADROOM * inputBytes)) {
    return path.join(RAM_DISK, `${PREFIX}${process.pid}-${Date.now()}`);
  }
  return `${staging}.index`;
}

/** Index inputs on the RAM disk of builds that were killed before they could remove theirs (their process is gone); every build calls it. */
export async function removeStaleIndexInputs(): Promise<void> {
  const stale = await leftoversOfGoneProcesses(RAM_DISK, PREFIX);
  await Promise.all(stale.map((dir) => fs.rm(dir, { recursive: true, force: true })));
}

/** The files below `dir`, relative with '/' separators, sorted. */
export async function filesBelow(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Bytes of the files below `dir`. */
export async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await fs.stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

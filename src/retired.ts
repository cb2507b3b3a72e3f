// Folders a build replaces (the last site, the last records) are renamed aside and deleted by a detached
// process: on disk, tens of thousands of files take seconds to delete and nobody needs to wait for that
// (10,000 articles: 3.7 s for the site, ~1 s for the records). An I/O edge.
import fs from 'node:fs/promises';
import path from 'node:path';
import { leftoversOfGoneProcesses, removeInBackground } from './child-process.ts';

const MARK = '.old-';

/** A fresh name beside `dir` for its replaced version: `<dir>.old-<pid>-<time>`. */
export function retiredName(dir: string): string {
  return `${dir}${MARK}${process.pid}-${Date.now()}`;
}

/** Renames `dir`, when it exists, to a retired name and deletes it in the background. */
export async function retire(dir: string): Promise<void> {
  const old = retiredName(dir);
  try {
    await fs.rename(dir, old);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  removeInBackground(old);
}

/** Retired versions of `dir` whose deletion did not finish (the machine stopped) and whose build is gone. */
export async function removeRetired(dir: string): Promise<void> {
  for (const old of await leftoversOfGoneProcesses(path.dirname(dir), path.basename(dir) + MARK)) removeInBackground(old);
}

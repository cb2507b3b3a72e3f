// The folders a build makes beside its output: the staging folder it renders into (`<output>.tmp-<pid>-<time>`,
// with its index input `….index`) and the replaced site (`<output>.old-<pid>-<time>`), deleted by a detached
// process: on disk, tens of thousands of files take seconds to delete and nobody needs to wait for that
// (10,000 articles: 3.7 s for the site, ~1 s for the records). A killed build's leftovers are deleted by the
// next build, once their process is provably gone. An I/O edge.
import fs from 'node:fs/promises';
import path from 'node:path';
import { leftoversOfGoneProcesses, removeInBackground } from './child-process.ts';
import { isOurSite, SITE_MARKER } from './output-guard.ts';

const OLD = '.old-';
const STAGING = '.tmp-';

/** A fresh name beside `dir` for its replaced version: `<dir>.old-<pid>-<time>`. */
export function retiredName(dir: string): string {
  return `${dir}${OLD}${process.pid}-${Date.now()}`;
}

/** A fresh name beside `output` for the folder this build renders into. */
export function stagingName(output: string): string {
  return `${output}${STAGING}${process.pid}-${Date.now()}`;
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
  removeInBackground(old, SITE_MARKER);
}

/** Retired versions of `dir` whose deletion did not finish (the machine stopped) and whose build is gone. */
export async function removeRetired(dir: string): Promise<void> {
  for (const old of await leftoversOfGoneProcesses(path.dirname(dir), path.basename(dir) + OLD)) removeInBackground(old, SITE_MARKER);
}

/**
 * What killed builds left beside `output`: a site renamed aside but not yet replaced is put back (it still has
 * its marker: a deletion removes that first); staging folders and their index inputs are deleted.
 */
export async function removeLeftovers(output: string): Promise<void> {
  const folder = path.dirname(output);
  const name = path.basename(output);
  if (!(await exists(output))) {
    const retired = await leftoversOfGoneProcesses(folder, name + OLD);
    const whole = retired.filter(isOurSite).sort().pop(); // killed between the swap's two renames
    if (whole) await fs.rename(whole, output);
  }
  await removeRetired(output); // the rest of them
  const pattern = new RegExp(`^${escapeRegExp(name + STAGING)}\\d+-\\d+(\\.index)?$`);
  for (const staging of await leftoversOfGoneProcesses(folder, name + STAGING)) {
    if (pattern.test(path.basename(staging))) removeInBackground(staging, SITE_MARKER);
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `p` exists (as anything stat can reach). */
export async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  );
}

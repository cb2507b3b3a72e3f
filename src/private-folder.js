// The folder in the temp folder that only this user can write, for what is code (run by the build or published with
// the site, and the command's own kept bundle): another user's file there must never be taken for ours. Plain
// JavaScript: bin/pressearchiv.js asks for it before it knows whether it needs tsx (src/command-bundle.js).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let privateDir;

/** That folder in os.tmpdir() (see above); null where no such folder can be had. */
export function privateTempDir() {
  if (privateDir === undefined) privateDir = privateFolderIn(os.tmpdir());
  return privateDir;
}

/**
 * This user's entries of `dir` whose names match `pattern`, each with its lstat (none when `dir` cannot be read): what the
 * kept copies' and kept bundles' pruning may remove (src/kept-copy.ts, src/command-bundle.js).
 */
export function ownEntries(dir, pattern) {
  let names;
  try {
    names = fs.readdirSync(dir).filter((name) => pattern.test(name));
  } catch {
    return [];
  }
  const uid = process.getuid?.();
  const entries = [];
  for (const name of names) {
    const stat = fs.lstatSync(path.join(dir, name), { throwIfNoEntry: false });
    if (stat && (uid === undefined || stat.uid === uid)) entries.push({ name, stat });
  }
  return entries;
}

/** `<tmp>/pressearchiv-<uid>`, made with mode 700 when missing; null unless it is a folder (no link) of this user that no one else can write. */
export function privateFolderIn(tmp) {
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

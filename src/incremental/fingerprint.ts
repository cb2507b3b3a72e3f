// Content hashes that decide what a rebuild may reuse: the code and data the build runs on, the templates,
// the input files, and a stamp of the output folder as the last build left it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Every regular file below `dir` (dot-entries skipped), relative, sorted; [] when it does not exist. */
function listFiles(dir: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter(
      (e) =>
        e.isFile() &&
        !path
          .relative(dir, path.join(e.parentPath, e.name))
          .split(path.sep)
          .some((p) => p.startsWith('.')),
    )
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** Hash of the names and contents of the given files and folders (missing ones count as absent). */
export function treeHash(paths: string[]): string {
  const h = createHash('sha256');
  for (const p of paths) {
    h.update(`\0${p}\0`);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      h.update('absent');
      continue;
    }
    const files = stat.isDirectory() ? listFiles(p).map((f) => path.join(p, f)) : [p];
    for (const f of files) {
      h.update(`${path.relative(p, f)}\0`);
      h.update(fs.readFileSync(f));
    }
  }
  return h.digest('hex');
}

const memo = new Map<string, string>();

/**
 * The version of the code a build runs: the pipeline's sources, the Eleventy config, the shipped data and the
 * locked dependency versions. Any change to them makes every cached result stale. Memoised per process.
 */
export function codeVersion(projectRoot: string, parts = ['src', '.eleventy.ts', 'data', 'package-lock.json']): string {
  const key = `${projectRoot}\0${parts.join('\0')}`;
  let v = memo.get(key);
  if (!v) {
    v = treeHash(parts.map((p) => path.join(projectRoot, p)));
    memo.set(key, v);
  }
  return v;
}

/** The version of ingest: its sources, its data (known outlets), the record schema and the locked dependencies (decoders, YAML). */
export function ingestVersion(projectRoot: string): string {
  return codeVersion(projectRoot, ['src/ingest', 'data/outlets.json', 'src/record.ts', 'package-lock.json']);
}

export interface OutputStamp {
  files: number;
  bytes: number;
  newestMtimeMs: number;
  ino: number;
}

/** What the output folder looks like: any file added, removed, resized or touched changes the stamp. */
export function outputStamp(output: string): OutputStamp | null {
  let root: fs.Stats;
  try {
    root = fs.statSync(output);
  } catch {
    return null;
  }
  if (!root.isDirectory()) return null;
  let files = 0;
  let bytes = 0;
  let newest = 0;
  for (const e of fs.readdirSync(output, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const s = fs.statSync(path.join(e.parentPath, e.name));
    files++;
    bytes += s.size;
    if (s.mtimeMs > newest) newest = s.mtimeMs;
  }
  return { files, bytes, newestMtimeMs: newest, ino: root.ino };
}

export function sameStamp(a: OutputStamp | null, b: OutputStamp | null): boolean {
  return !!a && !!b && a.files === b.files && a.bytes === b.bytes && a.newestMtimeMs === b.newestMtimeMs && a.ino === b.ino;
}

// An incremental rebuild checked against a fresh build of the same input, file by file: the site and the index input
// each keeps for the next build (src/incremental/). Shared by the two incremental integration tests.
import fs from 'node:fs';
import path from 'node:path';
import { siteDifferences } from '../../scripts/compare-sites.ts';

/** The index input a build keeps for the next one (src/incremental/index-input.ts), beside the site's cache. */
export const keptIndexInput = (site: string): string => path.join(path.dirname(site), '.pressearchiv', 'incremental', 'index-input');

/** Every file below `dir` (relative path) → its bytes (latin1) and → its inode. */
export function filesIn(dir: string): { bytes: Map<string, string>; inodes: Map<string, number> } {
  const bytes = new Map<string, string>();
  const inodes = new Map<string, number>();
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath, e.name);
    bytes.set(path.relative(dir, file), fs.readFileSync(file, 'latin1'));
    inodes.set(path.relative(dir, file), fs.statSync(file).ino);
  }
  return { bytes, inodes };
}

/** The relative paths whose bytes differ between two `filesIn` results, or that only one has. */
export function differingFiles(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((rel) => a.get(rel) !== b.get(rel));
}

/** The files of the kept index input that are the very files kept before (same inode): taken over, not written. */
export function takenOver(before: Map<string, number>, now: Map<string, number>): string[] {
  return [...now].filter(([rel, ino]) => before.get(rel) === ino).map(([rel]) => rel);
}

/**
 * Rebuilds `output` incrementally with `run` and builds the same input afresh into `fresh`, over a copy of the previous
 * site (its permalinks.json keeps the URLs) in a folder of its own whose cache is empty, so every page is rendered and
 * its index input written (with --no-cache the input would sit on the RAM disk, where Pagefind lists, and so numbers,
 * the pages in another order). Returns what the rebuild's `run` returned, the differences of the sites (`stamps`, the
 * builds' times, masked) and of the kept index inputs, how many inputs the rebuild keeps and how many it took over.
 */
export async function rebuildAndCompare<R>(output: string, fresh: string, run: (out: string) => R, stamps: string[]) {
  fs.cpSync(output, fresh, { recursive: true });
  const previous = filesIn(keptIndexInput(output)).inodes;
  const result = run(output);
  run(fresh);
  const now = filesIn(keptIndexInput(output));
  const expected = filesIn(keptIndexInput(fresh));
  const inputDifferences = differingFiles(now.bytes, expected.bytes);
  const differences = await siteDifferences(fresh, output, stamps);
  fs.rmSync(path.dirname(fresh), { recursive: true, force: true });
  return { result, differences, inputDifferences, inputs: now.bytes.size, kept: takenOver(previous, now.inodes).length };
}

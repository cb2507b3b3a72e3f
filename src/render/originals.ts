// The articles' input files, published as text in packs below /originale/: classic scripts of a few dozen
// originals each (src/build.ts writes them), not a file per article. The article page's assets/originals.js
// loads its pack on a click, served or from disk (file://), shows the original and offers it as a download.
import { createHash } from 'node:crypto';
import { fixedUrls, originalNames } from './urls.ts';

/** The global map the packs fill; templates/assets/originals.js reads the same name. */
export const ORIGINALS_GLOBAL = '__pressearchivOriginals';
/** A pack ends after MIN_PER_PACK originals at a name whose hash is 0 mod CUT_ONE_IN (~15 on average), else at MAX_PER_PACK or MAX_PACK_BYTES. */
const MIN_PER_PACK = 6;
const CUT_ONE_IN = 12;
export const MAX_PER_PACK = 32;
export const MAX_PACK_BYTES = 256 * 1024;

export interface PublishedOriginal {
  name: string; // its name (originalNames), the key in its pack
  pack: string; // the pack's file name below /originale/
}

export interface OriginalPack {
  file: string; // relative to the output folder: "originale/<hash>.js"
  originals: { from: string; name: string }[]; // input file (absolute) and the name it is published under
}

const hashOf = (name: string) => createHash('sha256').update(name).digest('hex');

/**
 * Input path → where its original is published. In name order, a pack ends where its last name's hash says (or at
 * the bounds), and is named by its first name's hash: a file added anywhere changes its own pack, rarely the next.
 */
export function packOriginals(files: readonly { path: string; bytes: number }[]): Map<string, PublishedOriginal> {
  const names = originalNames(files.map((f) => f.path));
  const bytesOf = new Map(files.map((f) => [f.path, f.bytes]));
  const ordered = [...names].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const published = new Map<string, PublishedOriginal>();
  const taken = new Set<string>();
  let pack: [path: string, name: string][] = [];
  let bytes = 0;
  const close = () => {
    let file = `${hashOf(pack[0]![1]).slice(0, 12)}.js`;
    for (let n = 2; taken.has(file); n++) file = `${hashOf(pack[0]![1]).slice(0, 12)}-${n}.js`;
    taken.add(file);
    for (const [p, name] of pack) published.set(p, { name, pack: file });
    pack = [];
    bytes = 0;
  };
  for (const entry of ordered) {
    pack.push(entry);
    bytes += bytesOf.get(entry[0]) ?? 0;
    const cut = pack.length >= MIN_PER_PACK && parseInt(hashOf(entry[1]).slice(0, 8), 16) % CUT_ONE_IN === 0;
    if (cut || pack.length >= MAX_PER_PACK || bytes >= MAX_PACK_BYTES) close();
  }
  if (pack.length) close();
  return published;
}

/** The packs to write: each file (relative to the output folder) with its originals' input files (below `inputDir`) and names. */
export function originalPacks(published: Map<string, PublishedOriginal>, inputDir: string): OriginalPack[] {
  const dir = inputDir.replace(/\/$/, '');
  const packs = new Map<string, OriginalPack>();
  for (const [source, { name, pack }] of published) {
    const file = `${fixedUrls.originals.slice(1)}${pack}`;
    if (!packs.has(file)) packs.set(file, { file, originals: [] });
    packs.get(file)!.originals.push({ from: `${dir}/${source}`, name });
  }
  return [...packs.values()];
}

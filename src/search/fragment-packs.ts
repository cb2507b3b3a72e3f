// Pagefind writes one fragment file per indexed page (10,000 articles: 10,000 of a site's ~30,000 files), and
// static hosts limit files (Cloudflare Pages' free plan: 20,000). So the fragments are packed, ~32 to a file, into the
// same packs as the offline bundle's (`packOf`), and the search page reads the one it needs with a byte-range request
// (`templates/assets/search/search.js`, `packedFetch`): the first query loads what it loaded before, plus each
// pack's short table of contents.
//
// A pack: 4 bytes (big-endian) giving the length of the table; the table: the prefix its fragments' names share, such as
// "de_" (UTF-8), a line break, then per fragment the rest of its name and its length (`tableEntry`; names as in
// Pagefind's `fragment/<name>.pf_fragment`); then the fragments' bytes, as Pagefind wrote them, in the table's order.
// About 7 bytes a fragment: the search page reads a pack's table before any fragment in it.
import fs from 'node:fs/promises';
import path from 'node:path';
import { forEachBounded } from '../concurrency.ts';

/** Fragments per pack: the offline scripts (~32 × ~6 KB of base64) and the served packs (~32 × ~3 KB). */
const FRAGMENTS_PER_PACK = 32;
const FRAGMENT = /^([^/]+)\.pf_fragment$/;
/** The global the served pagefind.js sets: how many packs, and how many bytes of a pack to read first (its table, mostly). */
export const SERVED_PACKS_GLOBAL = '__pressearchivFragmentPacks';

/** How many packs `fragments` fragment files go into. */
export function packCount(fragments: number): number {
  return Math.ceil(fragments / FRAGMENTS_PER_PACK);
}

/** The pack of Pagefind's data file `rel` (`fragment/<name>.pf_fragment`): djb2 over its UTF-16 code units, as the search page computes it. */
export function packOf(rel: string, packs: number): number {
  let h = 5381;
  for (let i = 0; i < rel.length; i++) h = (Math.imul(h, 33) + rel.charCodeAt(i)) >>> 0;
  return h % packs;
}

/** One pack's bytes from its fragments (name without folder and extension, bytes), in the given order. */
export function packFragments(fragments: [name: string, bytes: Uint8Array][]): Buffer {
  const prefix = commonPrefix(fragments.map(([name]) => name));
  const table = [Buffer.from(`${prefix}\n`, 'utf8'), ...fragments.map(([name, bytes]) => tableEntry(name.slice(prefix.length), bytes.length))];
  const length = table.reduce((sum, part) => sum + part.length, 0);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(length);
  return Buffer.concat([head, ...table, ...fragments.map(([, bytes]) => bytes)]);
}

/** A name's rest as hex digits two to a byte after their count (Pagefind's hashes), else as UTF-8 after 128 + its byte count; then the length (LEB128). */
function tableEntry(rest: string, length: number): Buffer {
  const utf8 = Buffer.from(rest, 'utf8');
  const hex = /^[0-9a-f]{0,127}$/.test(rest);
  if (!hex && utf8.length > 127) throw new Error(`fragment pack: a fragment name too long to pack: ${rest}`);
  const name = hex ? [rest.length, ...Buffer.from(rest.length % 2 ? `${rest}0` : rest, 'hex')] : [128 + utf8.length, ...utf8];
  const size: number[] = [];
  for (let n = length; ; n = Math.floor(n / 128)) {
    size.push((n >= 128 ? 128 : 0) + (n % 128));
    if (n < 128) break;
  }
  return Buffer.from([...name, ...size]);
}

function commonPrefix(names: string[]): string {
  let prefix = names[0] ?? '';
  for (const name of names) while (!name.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix.replace(/[^_]*$/, ''); // up to Pagefind's "de_": the hashes after it share a few characters only by chance
}

/** The fragments in a pack, by name: the inverse of `packFragments` (the search page reads them the same way). */
export function unpackFragments(pack: Uint8Array): Map<string, Buffer> {
  const bytes = Buffer.from(pack.buffer, pack.byteOffset, pack.byteLength);
  const tableEnd = 4 + bytes.readUInt32BE(0);
  let at = bytes.indexOf(10, 4) + 1;
  const prefix = bytes.subarray(4, at - 1).toString('utf8');
  const out = new Map<string, Buffer>();
  let offset = tableEnd;
  while (at < tableEnd) {
    const kind = bytes[at++]!;
    const count = kind < 128 ? (kind + 1) >> 1 : kind - 128;
    const rest = kind < 128 ? bytes.toString('hex', at, at + count).slice(0, kind) : bytes.toString('utf8', at, at + count);
    at += count;
    let length = 0;
    for (let shift = 1; ; shift *= 128) {
      const b = bytes[at++]!;
      length += (b % 128) * shift;
      if (b < 128) break;
    }
    out.set(prefix + rest, bytes.subarray(offset, offset + length));
    offset += length;
  }
  if (offset !== bytes.length) throw new Error(`fragment pack: the table accounts for ${offset} of ${bytes.length} bytes`);
  return out;
}

export interface PackReport {
  fragments: number;
  packs: number;
  headBytes: number; // bytes the search page reads first from a pack: the length field and the table of 9 packs in 10
}

/** A pack's file name in Pagefind's `fragment/` folder (the search page's `packedFetch` spells it too: browser code imports nothing). */
export function packName(i: number): string {
  return `pack-${i}.pf_pack`;
}

/** Whether `file` is one of the packs `packName` names. */
export function isPackName(file: string): boolean {
  return /^pack-\d+\.pf_pack$/.test(file);
}

/**
 * Replaces Pagefind's `fragment/*.pf_fragment` files in `pagefindDir` by packs `fragment/pack-<i>.pf_pack` and tells the
 * search page how to read them (a line appended to pagefind.js). Run after the offline bundle, which reads the fragments.
 * `onFragment` sees each fragment as it is read (its name without folder and extension).
 */
export async function writeFragmentPacks(pagefindDir: string, onFragment?: (name: string, bytes: Buffer) => void): Promise<PackReport> {
  const dir = path.join(pagefindDir, 'fragment');
  const names = (await fs.readdir(dir).catch(() => [] as string[])).map((f) => FRAGMENT.exec(f)?.[1]).filter((n): n is string => !!n);
  const packs = packCount(names.length);
  const members: string[][] = Array.from({ length: packs }, () => []);
  for (const name of names.sort()) members[packOf(`fragment/${name}.pf_fragment`, packs)]!.push(name);
  const heads: number[] = [];
  await forEachBounded([...members.entries()], 8, async ([i, list]) => {
    const fragments = await Promise.all(list.map(async (name) => [name, await fs.readFile(path.join(dir, `${name}.pf_fragment`))] as [string, Buffer]));
    if (onFragment) for (const [name, bytes] of fragments) onFragment(name, bytes);
    const pack = packFragments(fragments);
    heads.push(4 + pack.readUInt32BE(0));
    await fs.writeFile(path.join(dir, packName(i)), pack);
    await Promise.all(list.map((name) => fs.rm(path.join(dir, `${name}.pf_fragment`))));
  });
  const headBytes = heads.sort((a, b) => a - b)[Math.floor(heads.length * 0.9)] ?? 0; // a longer table takes a second, small request
  const report = { fragments: names.length, packs, headBytes };
  await fs.appendFile(path.join(pagefindDir, 'pagefind.js'), packsLine(report));
  return report;
}

/** The line appended to the served pagefind.js that tells the search page how to read the packs. */
export function packsLine({ packs, headBytes }: PackReport): string {
  return `\nself.${SERVED_PACKS_GLOBAL}={count:${packs},head:${headBytes}};\n`;
}

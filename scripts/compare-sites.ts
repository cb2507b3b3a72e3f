// Compares two built sites file by file, for refactoring safely: the same input must give the same site.
// Usage: node --import tsx scripts/compare-sites.ts <before> <after>   (exit 0: same; 1: differences, listed; 2: usage)
//
// Masked, because they differ between any two builds:
// - the build time: every ISO time stamp with milliseconds in the site (only the build date has them; articles'
//   dates have none) is collected per site, and it, its day, its date-parts (CSL-JSON) and its German and English
//   labels are replaced by a placeholder everywhere, also inside base64 `data:` links (the BibTeX/CSL downloads of sites built before assets/cite.js; now the day is in `data-accessed`);
// - Pagefind's filter files: Pagefind writes each filter's values in hash-map order, so the same index gives other
//   bytes, another file name (a hash of the bytes), and so another meta file name and entry hash. Filter files are
//   decompressed, decoded (CBOR) and their values sorted, and keyed by the filter's name instead of their hash; in the
//   meta file the filter hashes are replaced by placeholders and that list sorted; the entry's meta hash is masked.
//   Every other Pagefind file (fragments, unpacked from their packs; index chunks, meta) is compared decompressed, byte for byte. The offline
//   copies (`pagefind/offline/*.js`, base64 of the same bytes) are decoded and compared the same way.
// - a main index kept with an index of recent additions (src/search/recent.ts): the sites are compared on each page's
//   fragment by URL instead of Pagefind's files (`searchView`).
import fs from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { formatDate } from '../src/render/dates.ts';
import { locales } from '../src/render/locale.ts';
import { isPackName, unpackFragments } from '../src/search/fragment-packs.ts';

const STAMP = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g;
const TEXT = /\.(?:html|xml|json|txt|js|css|svg|webmanifest|md)$/;

interface Site {
  root: string;
  files: Map<string, string | Buffer>; // canonical key → canonical content
}

async function readSite(root: string, extraStamps: string[] = []): Promise<Site> {
  const paths = (await fs.readdir(root, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile())
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)))
    .sort();
  const raw = new Map<string, Buffer>();
  for (const rel of paths) raw.set(rel, await fs.readFile(path.join(root, rel)));
  const stamps = new Set<string>(extraStamps);
  for (const [rel, bytes] of raw) if (TEXT.test(rel)) for (const m of bytes.toString('utf8').matchAll(STAMP)) stamps.add(m[0]);
  const mask = masker([...stamps]);
  const filterHashes = new Map<string, string>(); // filter file hash → filter name
  for (const [rel, bytes] of raw) {
    const name = pagefindName(rel);
    if (name && /\.pf_filter$/.test(name)) filterHashes.set(hashOf(name), String((pagefindData(rel, bytes) as unknown[])[0]));
  }
  const files = new Map<string, string | Buffer>();
  for (const [rel, bytes] of raw) {
    const name = pagefindName(rel);
    // fragments packed ~32 to a file (src/search/fragment-packs.ts): compared one by one
    if (/^pagefind[/\\]fragment[/\\]/.test(rel) && isPackName(path.basename(rel)))
      for (const [fragment, data] of unpackFragments(bytes)) files.set(`pagefind/fragment/${fragment}.pf_fragment`, pagefindBytes(fragment, data));
    else if (name) files.set(pagefindKey(rel, name, bytes, filterHashes), pagefindCanonical(rel, name, bytes, filterHashes));
    else files.set(rel, TEXT.test(rel) ? mask(decodeDataUrls(bytes.toString('utf8'))) : bytes);
  }
  return { root, files };
}

/** Replaces everything derived from the build time stamps with a placeholder. */
function masker(stamps: string[]): (text: string) => string {
  const forms = new Set<string>();
  for (const stamp of stamps) {
    const [y, m, d] = stamp.slice(0, 10).split('-').map(Number);
    forms.add(stamp);
    for (const locale of Object.values(locales)) {
      forms.add(formatDate(stamp.slice(0, 16), 'minute', locale));
      forms.add(formatDate(stamp.slice(0, 10), 'day', locale));
    }
    forms.add(stamp.slice(0, 10));
    forms.add(`\\[\\s*${y},\\s*${m},\\s*${d}\\s*\\]`);
  }
  const escape = (x: string) => (x.startsWith('\\[') ? x : x.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  // longest first, so a label is masked whole before the day inside it
  const re = forms.size
    ? new RegExp(
        [...forms]
          .sort((a, b) => b.length - a.length)
          .map(escape)
          .join('|'),
        'g',
      )
    : null;
  return (text) => (re ? text.replace(re, '<BUILD-TIME>') : text);
}

/** `data:…;base64,X` → `data:…;decoded,<text>`, so a time stamp inside a download is masked too. */
function decodeDataUrls(text: string): string {
  return text.replace(
    /(data:[^;,"]+(?:;[^;,"]+)*?);base64,([A-Za-z0-9+/=]+)/g,
    (_, type: string, b64: string) => `${type};decoded,${Buffer.from(b64, 'base64').toString('utf8')}`,
  );
}

/** The Pagefind file a path holds (offline copies named as the file they carry), or null outside Pagefind. */
function pagefindName(rel: string): string | null {
  if (!rel.startsWith(`pagefind${path.sep}`)) return null;
  const inner = rel.slice('pagefind/'.length).replace(/^offline\//, '');
  if (!/\.(?:pf_filter|pf_fragment|pf_index|pf_meta)(?:\.js)?$|^pagefind-entry\.json(?:\.js)?$/.test(inner)) return null;
  return inner.replace(/\.js$/, '');
}

function hashOf(name: string): string {
  return path
    .basename(name)
    .replace(/^pagefind\./, '')
    .replace(/\.pf_\w+$/, '');
}

/** The bytes a Pagefind file holds: decoded from its offline script, gunzipped, without Pagefind's signature. */
function pagefindBytes(rel: string, bytes: Buffer): Buffer {
  let data = bytes;
  if (rel.endsWith('.js')) data = Buffer.from(/="([A-Za-z0-9+/=]*)";?\s*$/.exec(bytes.toString('utf8'))![1]!, 'base64');
  if (data[0] === 0x1f && data[1] === 0x8b) data = gunzipSync(data);
  const signature = Buffer.from('pagefind_dcd');
  return data.subarray(0, signature.length).equals(signature) ? data.subarray(signature.length) : data;
}

function pagefindData(rel: string, bytes: Buffer): unknown {
  return decodeCbor(pagefindBytes(rel, bytes), { at: 0 });
}

function pagefindKey(rel: string, name: string, bytes: Buffer, filterHashes: Map<string, string>): string {
  const dir = rel.includes('/offline/') ? 'pagefind/offline/' : 'pagefind/';
  if (name.endsWith('.pf_filter')) return `${dir}filter/<${filterHashes.get(hashOf(name))}>.pf_filter`;
  if (name.endsWith('.pf_meta')) return `${dir}pagefind.<hash>.pf_meta`;
  return dir + name;
}

function pagefindCanonical(rel: string, name: string, bytes: Buffer, filterHashes: Map<string, string>): string | Buffer {
  if (name === 'pagefind-entry.json')
    return pagefindBytes(rel, bytes)
      .toString('utf8')
      .replace(/"hash":"[^"]*"/g, '"hash":"<meta>"');
  if (name.endsWith('.pf_filter')) {
    const [filter, values] = pagefindData(rel, bytes) as [string, unknown[]];
    return JSON.stringify([filter, values.map((v) => JSON.stringify(v)).sort()]);
  }
  if (name.endsWith('.pf_meta')) return JSON.stringify(maskFilterHashes(pagefindData(rel, bytes), filterHashes));
  return pagefindBytes(rel, bytes);
}

/** The meta file with each filter's hash replaced by its name, and lists of [name, hash] pairs sorted. */
function maskFilterHashes(value: unknown, filterHashes: Map<string, string>): unknown {
  if (typeof value === 'string') return filterHashes.has(value) ? `<filter ${filterHashes.get(value)}>` : value;
  if (!Array.isArray(value)) return value;
  const out = value.map((v) => maskFilterHashes(v, filterHashes));
  const pairs = out.every((v) => Array.isArray(v) && v.length === 2 && typeof v[1] === 'string' && v[1].startsWith('<filter '));
  return pairs && out.length ? out.map((v) => JSON.stringify(v)).sort() : out;
}

/** A small CBOR decoder (definite lengths only, as Pagefind writes): enough to read filter and meta files. */
function decodeCbor(buf: Buffer, pos: { at: number }): unknown {
  const head = buf[pos.at++]!;
  const major = head >> 5;
  const info = head & 31;
  if (major === 7) {
    if (info === 20 || info === 21) return info === 21;
    if (info === 22 || info === 23) return null;
    const size = info === 25 ? 2 : info === 26 ? 4 : 8;
    const value = size === 2 ? buf.readUInt16BE(pos.at) : size === 4 ? buf.readFloatBE(pos.at) : buf.readDoubleBE(pos.at);
    pos.at += size;
    return value;
  }
  if (info === 31) throw new Error('indefinite-length CBOR is not expected in Pagefind files');
  const size = info < 24 ? 0 : 2 ** (info - 24);
  const n = size === 0 ? info : size === 8 ? Number(buf.readBigUInt64BE(pos.at)) : buf.readUIntBE(pos.at, size);
  pos.at += size;
  if (major === 0) return n;
  if (major === 1) return -1 - n;
  if (major === 2 || major === 3) {
    const bytes = buf.subarray(pos.at, (pos.at += n));
    return major === 3 ? bytes.toString('utf8') : bytes.toString('hex');
  }
  if (major === 4) return Array.from({ length: n }, () => decodeCbor(buf, pos));
  if (major === 5) return Object.fromEntries(Array.from({ length: n }, () => [String(decodeCbor(buf, pos)), decodeCbor(buf, pos)]));
  return decodeCbor(buf, pos); // a tag: its value
}

/** Where two texts first differ, with a little context on each side. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const cut = (x: string) => JSON.stringify(x.slice(Math.max(0, i - 80), i + 120));
  return `at character ${i}:\n    before: ${cut(a)}\n    after:  ${cut(b)}`;
}

function compare(before: Site, after: Site): string[] {
  const problems: string[] = [];
  for (const key of before.files.keys()) if (!after.files.has(key)) problems.push(`only in ${before.root}: ${key}`);
  for (const key of after.files.keys()) if (!before.files.has(key)) problems.push(`only in ${after.root}: ${key}`);
  for (const [key, a] of before.files) {
    const b = after.files.get(key);
    if (b === undefined) continue;
    if (typeof a === 'string' && typeof b === 'string') {
      if (a !== b) problems.push(`differs: ${key} ${firstDifference(a, b)}`);
    } else if (!Buffer.from(a).equals(Buffer.from(b))) {
      problems.push(`differs: ${key} (${Buffer.byteLength(a)} vs ${Buffer.byteLength(b)} bytes)`);
    }
  }
  return problems;
}

/**
 * What differs between two sites, one line per file, build time and Pagefind's filter order masked; `stamps` are
 * further build times to mask (a page an incremental build took unchanged from an earlier build keeps that one's).
 */
export async function siteDifferences(beforeDir: string, afterDir: string, stamps: string[] = []): Promise<string[]> {
  const [before, after] = await Promise.all([readSite(beforeDir, stamps), readSite(afterDir, stamps)]);
  return differences(before, after);
}

function differences(before: Site, after: Site): string[] {
  if (hasRecent(before) || hasRecent(after)) return compare(searchView(before), searchView(after));
  return compare(before, after);
}

const hasRecent = (site: Site): boolean => [...site.files.keys()].some((key) => key.startsWith('pagefind/recent/'));

/**
 * A site whose search index is the main index and one of recent additions (src/search/recent.ts) has other Pagefind
 * files than a full index of the same pages, by design: then both are compared on what the search serves, each page's
 * fragment by its URL (the main index's superseded ones left out, the recent additions' in), and no other Pagefind file.
 */
function searchView(site: Site): Site {
  const script = String(site.files.get('pagefind/pagefind.js') ?? '');
  const superseded = new Set((/"superseded":"([^"]*)"/.exec(script)?.[1] ?? '').split(' '));
  const files = new Map<string, string | Buffer>();
  for (const [key, value] of site.files) {
    if (!key.startsWith('pagefind/')) files.set(key, value);
    const m = /^pagefind\/(recent\/)?fragment\/([^/]+)\.pf_fragment$/.exec(key);
    if (!m || (!m[1] && superseded.has(m[2]!))) continue;
    const url = (JSON.parse(String(value)) as { url: string }).url;
    const other = files.get(`search ${url}`); // a page both indexes hold with the same bytes is searched once (search.js)
    if (other !== undefined && !Buffer.from(other).equals(Buffer.from(value))) throw new Error(`${site.root}: two fragments for ${url}`);
    files.set(`search ${url}`, value);
  }
  return { root: site.root, files };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [beforeDir, afterDir] = process.argv.slice(2);
  if (!beforeDir || !afterDir) {
    console.error('usage: node --import tsx scripts/compare-sites.ts <before> <after>');
    process.exit(2);
  }
  const [before, after] = await Promise.all([readSite(beforeDir), readSite(afterDir)]);
  const problems = differences(before, after);
  for (const p of problems.slice(0, 50)) console.log(p);
  if (problems.length > 50) console.log(`… and ${problems.length - 50} more`);
  console.log(
    problems.length
      ? `${problems.length} difference(s) in ${before.files.size} files`
      : `same: ${before.files.size} files (build time and Pagefind's filter order masked)`,
  );
  process.exit(problems.length ? 1 : 0);
}

// The index of recent additions. Pagefind builds its index whole, and re-indexing 10,000 pages for one new article is
// half of that rebuild (docs/BENCHMARKS.md, "Adding one article"). So when a rebuild's searchable pages differ from
// the main index's in few pages, the main index stays as the last full index build wrote it (its files hard-linked) and
// Pagefind indexes only those pages, into pagefind/recent/. The search page merges the two (Pagefind's mergeIndex;
// templates/assets/search/search.js): it leaves out the main index's stale copy of a changed or removed page (the
// "superseded" fragment ids, listed in pagefind.js) and takes their filter values (superseded.json) off the counts.
// Once the pages that differ pass RECENT_SHARE of the archive, the next build indexes everything again ("folds").
//
// State: <stateDir>/search-index.json: what the main index was built from (per page the hash of its index input and
// its fragment id), the stamps of its files, its fragment packs, and the salt and language it was built with. A build
// writes the next state beside it; the session's commit puts it in place once the site is swapped in.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { forEachBounded } from '../concurrency.ts';
import { sameFile, stampOf, type FileStamp } from '../incremental/pages.ts';
import { packName, packOf, unpackFragments, type PackReport } from './fragment-packs.ts';
import { filesBelow } from './input-dir.ts';
import { CLASSIC_PAGEFIND, OFFLINE_DIR, RECENT_DIR } from './offline.ts';

/** The global the served pagefind.js sets when there is an index of recent additions: its folder and the superseded ids. */
export const RECENT_GLOBAL = '__pressearchivRecent';
/** Pages that may differ from the main index before a build indexes everything again: a share of the pages, at least RECENT_MIN. */
export const RECENT_SHARE = 0.05;
export const RECENT_MIN = 20;

/** Where the main index's state is kept and what it must have been built with (src/incremental: the session's salt and state files). */
export interface MainIndexOptions {
  previousSite: string; // the current site, whose pagefind/ holds the main index
  stateDir: string;
  salt: string; // code, templates and settings
  state: string; // file names in stateDir
  next: string;
}

export interface MainIndexState {
  format: 1;
  salt: string;
  language: string;
  packs: PackReport;
  pages: Record<string, [input: string, id: string]>; // index input path → hash of the input, fragment id ('' when Pagefind made none)
  files: Record<string, FileStamp>; // the main index's files in pagefind/ (not pagefind.js and its classic copy, which every build writes)
}

/** What a rebuild indexes on its own; `recent` and `superseded` are relative input paths. */
export interface RecentPlan {
  main: MainIndexState;
  recent: string[]; // pages new or changed since the main index
  superseded: string[]; // pages of the main index changed or gone
}

/** Hash of every page's index input (relative path → sha256). */
export async function inputHashes(inputDir: string): Promise<Map<string, string>> {
  const rels = (await filesBelow(inputDir)).filter((rel) => rel.endsWith('.html'));
  const hashes = new Map<string, string>();
  await forEachBounded(rels, 16, async (rel) => {
    hashes.set(
      rel,
      createHash('sha256')
        .update(await fs.readFile(path.join(inputDir, rel)))
        .digest('hex'),
    );
  });
  return hashes;
}

/** The main index's state when its files in the previous site are as it left them and it was built with `salt` and `language`. */
export async function readMainState(options: MainIndexOptions, language: string): Promise<MainIndexState | null> {
  let state: MainIndexState;
  try {
    state = JSON.parse(await fs.readFile(path.join(options.stateDir, options.state), 'utf8')) as MainIndexState;
  } catch {
    return null;
  }
  if (state.format !== 1 || state.salt !== options.salt || state.language !== language || !state.pages || !state.files) return null;
  const dir = path.join(options.previousSite, 'pagefind');
  return Object.entries(state.files).every(([rel, stamp]) => sameFile(stamp, path.join(dir, rel))) ? state : null;
}

/** The pages to index on their own (none when pages only went), or null when everything is indexed again (too many differ). */
export function planRecent(main: MainIndexState, hashes: Map<string, string>): RecentPlan | null {
  const recent = [...hashes].filter(([rel, hash]) => main.pages[rel]?.[0] !== hash).map(([rel]) => rel);
  const superseded = Object.keys(main.pages).filter((rel) => hashes.get(rel) !== main.pages[rel]![0]);
  if (recent.length > Math.max(RECENT_MIN, RECENT_SHARE * hashes.size)) return null;
  return { main, recent, superseded };
}

/** Fragment ids by page URL, from Pagefind's unpacked fragment files (each begins with its URL). */
export async function fragmentIds(pagefindDir: string): Promise<Map<string, string>> {
  const dir = path.join(pagefindDir, 'fragment');
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.pf_fragment'));
  const ids = new Map<string, string>();
  await forEachBounded(names, 16, async (name) => {
    ids.set(fragmentUrl(await fs.readFile(path.join(dir, name))), name.slice(0, -'.pf_fragment'.length));
  });
  return ids;
}

/** The URL of the page a fragment (as Pagefind writes it) is of. */
export function fragmentUrl(bytes: Uint8Array): string {
  return decodeFragment(bytes).url;
}

interface Fragment {
  url: string;
  filters?: Record<string, string[]>;
}

/** A fragment as Pagefind writes it: gzip of "pagefind_dcd" and the page's JSON. */
function decodeFragment(bytes: Uint8Array): Fragment {
  const text = gunzipSync(bytes).toString('utf8');
  return JSON.parse(text.startsWith('pagefind_dcd') ? text.slice('pagefind_dcd'.length) : text) as Fragment;
}

/** The state of a main index just written to `pagefindDir` from the input with `hashes`; `idOf`: a page's fragment id ('' for none). */
export async function mainStateOf(
  options: MainIndexOptions,
  language: string,
  packs: PackReport,
  hashes: Map<string, string>,
  idOf: (rel: string) => string,
  pagefindDir: string,
): Promise<MainIndexState> {
  const pages: MainIndexState['pages'] = {};
  for (const [rel, hash] of hashes) pages[rel] = [hash, idOf(rel)];
  const stamps: MainIndexState['files'] = {};
  for (const rel of await filesBelow(pagefindDir)) {
    if (rel === 'pagefind.js' || rel === `${OFFLINE_DIR}/${CLASSIC_PAGEFIND}` || rel.startsWith(RECENT_DIR)) continue; // every build writes these
    const stamp = stampOf(path.join(pagefindDir, rel));
    if (stamp) stamps[rel] = stamp;
  }
  return { format: 1, salt: options.salt, language, packs, pages, files: stamps };
}

/** Writes the state the session's commit puts in place. */
export async function saveMainState(options: MainIndexOptions, state: MainIndexState): Promise<void> {
  await fs.mkdir(options.stateDir, { recursive: true });
  await fs.writeFile(path.join(options.stateDir, options.next), JSON.stringify(state));
}

/** The superseded pages' fragment ids, and their filter values as the main index holds them (read from its packs). */
export async function supersededFilters(plan: RecentPlan, mainDir: string): Promise<Record<string, Record<string, string[]>>> {
  const ids = plan.superseded.map((rel) => plan.main.pages[rel]![1]).filter(Boolean);
  const count = plan.main.packs.packs;
  const byPack = new Map<number, string[]>();
  for (const id of ids) {
    const pack = packOf(`fragment/${id}.pf_fragment`, count);
    byPack.set(pack, [...(byPack.get(pack) ?? []), id]);
  }
  const out: Record<string, Record<string, string[]>> = {};
  for (const [pack, list] of byPack) {
    const fragments = unpackFragments(await fs.readFile(path.join(mainDir, 'fragment', packName(pack))));
    for (const id of list) {
      const bytes = fragments.get(id);
      if (!bytes) throw new Error(`pagefind: the main index has no fragment ${id} in ${packName(pack)}`);
      out[id] = decodeFragment(bytes).filters ?? {};
    }
  }
  return out;
}

/**
 * The line appended to the served pagefind.js: the recent additions' folder, their fragment ids, the main index's
 * fragments they replace (each a space-separated list: ~9 bytes a page on the first query) and how many pages the main
 * index holds (the search page scales scores to one index's statistics with it).
 */
export function recentLine(main: MainIndexState, recent: string[], superseded: string[]): string {
  // the two never share an id: a page whose fragment came out as the main index has it is left to the main index
  const mainPages = Object.values(main.pages).filter(([, id]) => id).length;
  return `\nself.${RECENT_GLOBAL}=${JSON.stringify({ dir: RECENT_DIR, pages: recent.join(' '), superseded: superseded.join(' '), main: mainPages })};\n`;
}

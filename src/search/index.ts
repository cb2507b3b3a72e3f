// The index stage in two steps. `writeIndexInput` runs where the rendered pages and the linked archive are
// (the render process): it writes what Pagefind reads of each searchable page, the `data-pagefind-body`
// element augmented (src/search/augment.ts) with its German compound parts and the link stage's filter
// values, into a folder of its own (src/search/input-dir.ts); the pages on disk stay as rendered. `indexSite` then has Pagefind
// read that folder with its own parallel reader and writes the bundle plus the offline (file://) one
// (src/search/offline.ts), its fragments packed (src/search/fragment-packs.ts). So the process that runs Pagefind holds neither the lexicon nor the pages.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { augmentForIndex, type PageFacets } from './augment.ts';
import { cachedCompoundTokens, DEFAULT_SPLIT_OPTIONS } from './compounds.ts';
import { loadNounLexicon, withExtraNouns } from './lexicon.ts';
import {
  isDataFile,
  minifyPagefindScript,
  minifySearchScripts,
  RECENT_DIR,
  SUPERSEDED_FILE,
  writeClassicScript,
  writeOfflineBundle,
  type OfflineReport,
  type OfflineReuse,
} from './offline.ts';
import { filesBelow, folderBytes } from './input-dir.ts';
import { isPackName, packsLine, SERVED_PACKS_GLOBAL, writeFragmentPacks, type PackReport } from './fragment-packs.ts';
import {
  fragmentIds,
  fragmentUrl,
  inputHashes,
  mainStateOf,
  planRecent,
  readMainState,
  recentLine,
  saveMainState,
  supersededFilters,
  type MainIndexOptions,
  type RecentPlan,
} from './recent.ts';
import { linkFiles } from '../incremental/pages.ts';

import { placeNouns, protectedNames, searchFacets, type IndexedArticle } from './facets.ts';
import type { LinkedArchive } from '../record.ts';

export { searchFacets, protectedNames, placeNouns, type IndexedArticle } from './facets.ts';
export { measureFirstQueryBytes, type FirstQueryBytes } from './measure.ts';
export type { OfflineReuse } from './offline.ts';
export type { MainIndexOptions } from './recent.ts';

export interface IndexOptions {
  /** Filter values per page URL (without path prefix), e.g. from `searchFacets(archive, model.articles)`. */
  facets?: Map<string, PageFacets>;
  /** Words never split as compounds (lower case): names of people and places. */
  protect?: Iterable<string>;
  /** Further nouns that may be compound heads or modifiers (place names). */
  extraNouns?: Iterable<string>;
  /** Split German compounds (default true). */
  compounds?: boolean;
  /** Words already split (src/search/compound-job.ts); others are split as they come. */
  parts?: CompoundTable;
}

/** Words and their compound parts ([] for none), in two parallel lists: what a worker or a process hands over. */
export interface CompoundTable {
  words: string[];
  parts: string[][];
}

/**
 * The compound parts of a word as the index input gets them: from `options.parts` when the word is there, else
 * split with the noun lexicon, which is loaded only for the first such word. Undefined when compounds are off.
 */
export function compoundTokensFor(options: IndexOptions): ((word: string) => string[]) | undefined {
  if (options.compounds === false) return undefined;
  const known = new Map<string, string[]>();
  const { words = [], parts = [] } = options.parts ?? {};
  for (let i = 0; i < words.length; i++) known.set(words[i]!, parts[i]!);
  let split: ((word: string) => string[]) | null = null;
  return (word) => {
    const hit = known.get(word);
    if (hit) return hit;
    split ??= cachedCompoundTokens(withExtraNouns(loadNounLexicon(), options.extraNouns ?? []), {
      ...DEFAULT_SPLIT_OPTIONS,
      protect: new Set([...DEFAULT_SPLIT_OPTIONS.protect, ...(options.protect ?? [])]),
    });
    return split(word);
  };
}

/** The folder Pagefind reads: one augmented copy per searchable page, at the page's own relative path. */
export interface IndexInput {
  dir: string;
  pages: number;
  compoundWords: number; // words that got their parts indexed (first occurrence per page)
}

/** An index input as its writers made it: also each written page (relative path) with its compound words, for the next build (src/incremental/index-input.ts). */
export interface WrittenIndexInput extends IndexInput {
  written: [rel: string, compoundWords: number][];
}

export interface IndexReport {
  pages: number;
  compoundWords: number;
  indexBytes: number; // Pagefind's data files (what a server serves lazily)
  offline: OfflineReport | null;
  packs: PackReport;
  recent: { pages: number; superseded: number } | null; // the index of recent additions, when the main index was kept
}

/** Site-relative URL of an HTML file, as the site links it: "artikel/x/index.html" → "/artikel/x/". */
export function pageUrl(relativePath: string): string {
  const rel = relativePath.split(path.sep).join('/');
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}

/** The site's HTML pages, relative and sorted, without Pagefind's own folder: what `IndexInputWriter.write` takes. */
export async function sitePages(dir: string): Promise<string[]> {
  return (await filesBelow(dir)).filter((rel) => rel.endsWith('.html') && !rel.startsWith('pagefind/'));
}

/** Writes the index input page by page, from the rendered pages in `siteDir`. */
export interface IndexInputWriter {
  /** The page at `rel` (relative to the site, e.g. "artikel/x/index.html"); pages without `data-pagefind-body` are skipped. */
  write(rel: string): void;
  result(): WrittenIndexInput;
}

// Synchronous file I/O: for 10,000 small pages about a third faster than fs promises, and the process has nothing
// else to do meanwhile.
export function indexInputWriter(siteDir: string, inputDir: string, options: IndexOptions = {}): IndexInputWriter {
  const tokens = compoundTokensFor(options);
  const written: WrittenIndexInput['written'] = [];
  let compoundWords = 0;
  fs.mkdirSync(inputDir, { recursive: true });
  return {
    write(rel) {
      const html = fs.readFileSync(path.join(siteDir, rel), 'utf8');
      if (!BODY.test(html)) return;
      // Pagefind gets the body element only, compound parts after each compound's first occurrence.
      const augmented = augmentForIndex(html, { tokens, facets: options.facets?.get(pageUrl(rel)), bodyOnly: true, firstOnly: true });
      const target = path.join(inputDir, rel);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, augmented.html);
      written.push([rel, augmented.compounds]);
      compoundWords += augmented.compounds;
    },
    result: () => ({ dir: inputDir, pages: written.length, compoundWords, written }),
  };
}

/**
 * Writes the copy Pagefind reads of every searchable page of `siteDir` (a `data-pagefind-body` element)
 * into `inputDir`, at the same relative path, so Pagefind derives the same URLs. Other pages are skipped; `pages`
 * (relative paths) limits it to those.
 * (`writeIndexInputInTwoProcesses` in src/search/input-process.ts shares the pages with a second process.)
 */
export async function writeIndexInput(siteDir: string, inputDir: string, options: IndexOptions = {}, pages?: string[]): Promise<WrittenIndexInput> {
  const writer = indexInputWriter(siteDir, inputDir, options);
  for (const rel of pages ?? (await sitePages(siteDir))) writer.write(rel);
  return writer.result();
}

/** Pagefind over `input` (see `writeIndexInput`); the bundle goes to `<siteDir>/pagefind/`. `offlineReuse`: a rebuild's unchanged offline scripts are linked. */
export async function indexSite(siteDir: string, language: string, input: IndexInput, options: IndexSiteOptions = {}): Promise<IndexReport> {
  // With a main index to keep (src/search/recent.ts), only the pages that differ from it are indexed, when they are few.
  const hashes = options.main ? await inputHashes(input.dir) : null;
  const main = options.main && hashes ? await readMainState(options.main, language) : null;
  const plan = main && hashes ? planRecent(main, hashes) : null;
  try {
    if (plan && options.main) return await indexRecent(siteDir, language, input, plan, options.main.previousSite, options.offline !== false);
    const outputPath = path.join(siteDir, 'pagefind');
    const pages = await runPagefind(input.dir, outputPath, language, input.pages);
    // Pagefind's binary is closed only after the offline bundle read its files: closing it first (to free its
    // memory sooner) once left pagefind.js cut short under load, and the offline script could not be made.
    await minifyPagefindScript(outputPath);
    await minifySearchScripts(siteDir);
    const offline = options.offline === false ? null : await writeOfflineBundle(outputPath, options.offlineReuse);
    const indexBytes = offline?.dataBytes ?? (await folderBytes(outputPath));
    const ids = new Map<string, string>(); // page URL → fragment id, for the main index's state: read as the packs are made
    const collect = options.main ? (name: string, bytes: Buffer) => void ids.set(fragmentUrl(bytes), name) : undefined;
    const packs = await writeFragmentPacks(outputPath, collect); // after the offline bundle, which reads the fragment files
    if (options.main && hashes)
      await saveMainState(options.main, await mainStateOf(options.main, language, packs, hashes, (rel) => ids.get(pageUrl(rel)) ?? '', outputPath));
    return { pages, compoundWords: input.compoundWords, indexBytes, offline, packs, recent: null };
  } finally {
    await pagefind.close();
  }
}

export interface IndexSiteOptions {
  offline?: boolean;
  offlineReuse?: OfflineReuse;
  /** Keep the last full index and index only the pages that differ from it, when few do (src/search/recent.ts). */
  main?: MainIndexOptions;
}

/** Pagefind reads `inputDir` and writes its bundle to `outputPath`; the pages it indexed. */
async function runPagefind(inputDir: string, outputPath: string, language: string, expected: number): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`pagefind: could not create the index: ${errors.join('; ')}`);
  // Pagefind reads the folder itself, on every core, instead of one message per page through its Node API.
  const added = await index.addDirectory({ path: inputDir, glob: '**/*.html' });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  if (added.page_count !== expected) throw new Error(`pagefind: indexed ${added.page_count} of ${expected} pages`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  return added.page_count;
}

/**
 * The main index taken from the previous site as it is, and the pages of `plan.recent` indexed into pagefind/recent/;
 * pagefind.js (Pagefind's own, the same for every index of a version) names the recent and the superseded fragments.
 * The main index's state stands as it was: the build keeps it for the next one (`IndexReport.recent`).
 */
async function indexRecent(siteDir: string, language: string, input: IndexInput, planned: RecentPlan, previousSite: string, offline: boolean): Promise<IndexReport> {
  const outputPath = path.join(siteDir, 'pagefind');
  const previous = path.join(previousSite, 'pagefind');
  await linkFiles(Object.keys(planned.main.files), previous, outputPath);
  const recentDir = path.join(outputPath, RECENT_DIR);
  const { plan, ids } = await indexChanged(input.dir, recentDir, language, planned, previous);
  const superseded = await supersededFilters(plan, previous);
  const line = plan.recent.length || plan.superseded.length ? recentLine(plan.main, ids, Object.keys(superseded)) : ''; // none: the main index alone
  if (line) await fs.promises.mkdir(recentDir, { recursive: true });
  if (line) await fs.promises.writeFile(path.join(recentDir, SUPERSEDED_FILE), JSON.stringify(superseded));
  await minifySearchScripts(siteDir);
  const recentOffline = offline && line ? await writeOfflineBundle(recentDir, undefined, true) : null;
  if (offline) await writeClassicScript(outputPath, plan.main.packs.packs, line);
  await fs.promises.appendFile(path.join(outputPath, 'pagefind.js'), packsLine(plan.main.packs) + line);
  const recent = { pages: plan.recent.length, superseded: plan.superseded.length };
  return { pages: input.pages, compoundWords: input.compoundWords, indexBytes: await dataBytes(outputPath), offline: recentOffline, packs: plan.main.packs, recent };
}

/**
 * Pagefind over the plan's recent pages into `recentDir` (its data only: the search page merges it into the main index's
 * Pagefind, which loads no WebAssembly for it), and pagefind.js into the bundle folder. A page whose fragment comes out
 * as the main index has it needs no second copy: it is left to the main index, and the rest indexed again without it.
 */
async function indexChanged(inputDir: string, recentDir: string, language: string, planned: RecentPlan, previous: string): Promise<{ plan: RecentPlan; ids: string[] }> {
  const bundle = path.dirname(recentDir);
  if (!planned.recent.length) {
    // nothing to index (pages only went, or none differ): Pagefind's script as the last site has it, without our lines
    const script = await fs.promises.readFile(path.join(previous, 'pagefind.js'), 'utf8');
    const ours = script.indexOf(`\nself.${SERVED_PACKS_GLOBAL}=`); // the lines the builds append start with the packs'
    await fs.promises.writeFile(path.join(bundle, 'pagefind.js'), ours < 0 ? script : script.slice(0, ours));
    return { plan: planned, ids: [] };
  }
  let ids = await indexPages(inputDir, planned.recent, recentDir, language);
  await fs.promises.rename(path.join(recentDir, 'pagefind.js'), path.join(bundle, 'pagefind.js'));
  await minifyPagefindScript(bundle);
  const same = new Set(planned.recent.filter((rel) => ids.get(pageUrl(rel)) === planned.main.pages[rel]?.[1]));
  const plan = same.size
    ? { ...planned, recent: planned.recent.filter((rel) => !same.has(rel)), superseded: planned.superseded.filter((rel) => !same.has(rel)) }
    : planned;
  if (same.size) {
    await fs.promises.rm(recentDir, { recursive: true, force: true });
    ids = plan.recent.length ? await indexPages(inputDir, plan.recent, recentDir, language) : new Map<string, string>();
  }
  for (const rel of plan.recent.length ? await filesBelow(recentDir) : [])
    if (!isDataFile(rel) || rel.startsWith('wasm.')) await fs.promises.rm(path.join(recentDir, rel));
  return { plan, ids: [...ids.values()] };
}

/** Pagefind over the pages `rels` of `inputDir` alone (hard-linked at the same paths, so the same URLs) into `outputPath`; their fragment ids by URL. */
async function indexPages(inputDir: string, rels: string[], outputPath: string, language: string): Promise<Map<string, string>> {
  const only = `${inputDir}.recent`;
  await fs.promises.rm(only, { recursive: true, force: true });
  await linkFiles(rels, inputDir, only);
  try {
    await runPagefind(only, outputPath, language, rels.length);
  } finally {
    await fs.promises.rm(only, { recursive: true, force: true });
  }
  return fragmentIds(outputPath);
}

/** Bytes of the Pagefind data files below `pagefindDir`, the recent additions' and the fragment packs included. */
async function dataBytes(pagefindDir: string): Promise<number> {
  let total = 0;
  for (const rel of await filesBelow(pagefindDir)) {
    const inner = rel.startsWith(RECENT_DIR) ? rel.slice(RECENT_DIR.length) : rel;
    if (isDataFile(inner) || (inner.startsWith('fragment/') && isPackName(path.basename(inner)))) total += (await fs.promises.stat(path.join(pagefindDir, rel))).size;
  }
  return total;
}

/** What Pagefind indexes: our templates mark the articles' body element, nothing else. */
const BODY = /\sdata-pagefind-body\b/;

/** The index options the build passes: filter values, protected names and place nouns from the linked archive. */
export function searchIndexOptions(archive: Pick<LinkedArchive, 'entities' | 'stories' | 'links'>, articles: IndexedArticle[]): IndexOptions {
  return { facets: searchFacets(archive, articles), protect: protectedNames(archive), extraNouns: placeNouns(archive) };
}

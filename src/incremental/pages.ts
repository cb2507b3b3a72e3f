// Render only the pages that changed. Each page of a paginated template that qualifies (templates.ts) gets a
// content hash over what it shows: its own item of the SiteModel, the site fields its template and includes
// read, and a salt of the code, templates and settings. A page whose hash and file are as the last build left
// them is hard-linked from the previous site into the staging folder instead of rendered; Eleventy paginates
// over the other items only. Pages that are gone are not carried over (the staging folder starts empty).
//
// The build time is masked in the items (the citation's "accessed" date inside an article page): an unchanged
// page keeps the date it was made. A hard link is safe because nothing writes into a finished page: the
// links are made after Eleventy wrote its pages (a clash fails instead of writing through), and the previous
// site is only renamed and deleted.
//
// State: <cacheDir>/incremental/pages.json (output path → hash and the file's size, mtime and inode), written
// as pages.next.json by the render step and put in place by the session's commit once the site is swapped in.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SiteModel } from '../render/model.ts';
import type { PaginatedTemplate } from './templates.ts';

export interface PageReuseOptions {
  previousSite: string; // the output folder the last build swapped in
  salt: string; // code, templates and settings: any change renders every page
  stateDir: string;
}

export type FileStamp = [size: number, mtimeMs: number, ino: number];
interface PageState {
  format: 1;
  pages: Record<string, [hash: string, ...FileStamp]>;
}

export const PAGE_STATE = 'pages.json';
export const NEXT_PAGE_STATE = 'pages.next.json';

export interface PageReuse {
  model: SiteModel; // what Eleventy renders: the paginated fields without the reused items
  pages: number; // pages covered by hashes
  reused: string[]; // output paths (relative) taken from the previous site
  hashes: Map<string, string>; // output path → content hash, for every page with a path of its own
  link(staging: string): Promise<number>;
  save(staging: string): void;
}

/** "/a/b/" → "a/b/index.html", "/x.json" → "x.json"; null for anything that is no plain path below the site. */
export function outputFile(url: unknown): string | null {
  if (typeof url !== 'string' || !url.startsWith('/') || url.includes('\\') || url.includes('\0')) return null;
  const rel = (url.endsWith('/') ? `${url}index.html` : url).slice(1);
  return rel.split('/').some((p) => p === '' || p === '.' || p === '..') ? null : rel;
}

/**
 * An item as JSON with the build time hidden: its ISO stamp, its day and CSL date-parts (the citation's "accessed"
 * date). Plain JSON.stringify and string passes: a replacer function costs twice as much.
 */
function withoutBuildTime(buildDate: string): (item: unknown) => string {
  const day = buildDate.slice(0, 10);
  const [y, m, d] = day.split('-').map(Number);
  const year = String(y);
  const space = '(?:\\s|\\\\n)*'; // white space, or a line break as JSON escapes it
  const parts = new RegExp(`\\[${space}${y},${space}${m},${space}${d}${space}\\]`, 'g');
  return (item) => {
    const json = JSON.stringify(item) ?? '';
    return json.includes(year) ? json.replaceAll(buildDate, '\0T').replaceAll(day, '\0D').replace(parts, '\0P') : json;
  };
}

function valueAt(model: SiteModel, read: string[]): unknown {
  return read.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), model);
}

interface HashedPage {
  template: PaginatedTemplate;
  item: unknown;
  rel: string | null;
  hash: string;
}

/** Every page of the qualifying templates with its hash. */
export function pageHashes(model: SiteModel, templates: PaginatedTemplate[], salt: string): HashedPage[] {
  const mask = withoutBuildTime(model.config.buildDate);
  const pages: HashedPage[] = [];
  for (const template of templates) {
    const items = (model as unknown as Record<string, unknown>)[template.field];
    if (!Array.isArray(items)) continue;
    const shared = createHash('sha256')
      .update(salt)
      .update(template.template)
      .update(JSON.stringify(template.reads.map((r) => [r, valueAt(model, r) ?? null])))
      .digest();
    for (const item of items) {
      const hash = createHash('sha256').update(shared).update(mask(item)).digest('hex');
      pages.push({ template, item, rel: outputFile((item as { url?: unknown } | null)?.url), hash });
    }
  }
  return pages;
}

function readState(file: string): PageState['pages'] {
  try {
    const state = JSON.parse(fs.readFileSync(file, 'utf8')) as PageState;
    return state.format === 1 && state.pages && typeof state.pages === 'object' ? state.pages : {};
  } catch {
    return {};
  }
}

export function stampOf(file: string): FileStamp | null {
  try {
    const s = fs.lstatSync(file);
    return s.isFile() ? [s.size, s.mtimeMs, s.ino] : null;
  } catch {
    return null;
  }
}

/** The pages whose hash and file are unchanged since the last build, and the model Eleventy renders instead. */
export function planPageReuse(model: SiteModel, templates: PaginatedTemplate[], options: PageReuseOptions): PageReuse {
  const pages = pageHashes(model, templates, options.salt);
  const previous = readState(path.join(options.stateDir, PAGE_STATE));
  const count = new Map<string, number>();
  for (const p of pages) if (p.rel) count.set(p.rel, (count.get(p.rel) ?? 0) + 1);
  const unique = pages.filter((p) => p.rel && count.get(p.rel) === 1); // two items with one URL: never reused
  const reused = new Set(unique.filter((p) => unchangedSince(previous[p.rel!], p.hash, path.join(options.previousSite, p.rel!))));
  const filtered: Record<string, unknown> = { ...model };
  for (const t of new Set(pages.map((p) => p.template))) filtered[t.field] = pages.filter((p) => p.template === t && !reused.has(p)).map((p) => p.item);
  return {
    model: filtered as unknown as SiteModel,
    pages: pages.length,
    reused: [...reused].map((p) => p.rel!),
    hashes: new Map(unique.map((p) => [p.rel!, p.hash])),
    link: (staging) =>
      linkFiles(
        [...reused].map((p) => p.rel!),
        options.previousSite,
        staging,
      ),
    save: (staging) =>
      saveState(
        path.join(options.stateDir, NEXT_PAGE_STATE),
        staging,
        unique.map((p) => [p.rel!, p.hash]),
      ),
  };
}

/** Whether the file the last build made from `hash` is still there as it left it (`before` is its state entry). */
export function unchangedSince(before: readonly (string | number)[] | undefined, hash: string, file: string): boolean {
  return !!before && before[0] === hash && sameFile(before.slice(1), file);
}

/** Whether `file` is still the file whose stamp was taken: same size, mtime and inode. */
export function sameFile(stamp: readonly (string | number)[], file: string): boolean {
  const now = stampOf(file);
  return !!now && now[0] === stamp[0] && now[1] === stamp[1] && now[2] === stamp[2];
}

/** Hard-links each file from the previous site (a copy across file systems); a page Eleventy wrote stays. */
export async function linkFiles(rels: string[], from: string, to: string): Promise<number> {
  const made = new Set<string>();
  let linked = 0;
  for (const rel of rels) {
    const target = path.join(to, rel);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    try {
      fs.linkSync(path.join(from, rel), target);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new Error(`page reuse: ${rel} was rendered and reused at once`, { cause: e });
      if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK') throw e;
      await fs.promises.copyFile(path.join(from, rel), target, fs.constants.COPYFILE_EXCL);
    }
    linked++;
  }
  return linked;
}

/** The hashes of this build's files with their stamps in `dir`, for the next build. */
function saveState(file: string, dir: string, entries: Iterable<[rel: string, hash: string]>): void {
  const state: PageState = { format: 1, pages: {} };
  for (const [rel, hash] of entries) {
    const stamp = stampOf(path.join(dir, rel));
    if (stamp) state.pages[rel] = [hash, ...stamp];
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(state));
}

/** Other files of the last site a rebuild may take as they are, each kind with its state file and the one its build writes for the next. */
export interface FileStates {
  state: string;
  next: string;
}

export const ORIGINALS_STATES: FileStates = { state: 'originals.json', next: 'originals.next.json' }; // the packs of originals
export const OFFLINE_STATES: FileStates = { state: 'offline.json', next: 'offline.next.json' }; // the offline (file://) search scripts
export const SEARCH_INDEX_STATES: FileStates = { state: 'search-index.json', next: 'search-index.next.json' }; // the main search index (src/search/recent.ts)

/**
 * Other files of the last site a rebuild may take as they are (the packs of originals, the offline scripts): each output
 * path with the hash of what makes it, salted here with the code, templates and settings as the pages' are.
 */
export function planFileReuse(
  unsalted: Map<string, string>,
  options: PageReuseOptions,
  states: FileStates,
): { reused: Set<string>; link(staging: string): Promise<number>; save(staging: string): void } {
  const keys = new Map([...unsalted].map(([rel, key]) => [rel, createHash('sha256').update(options.salt).update(key).digest('hex')]));
  const previous = readState(path.join(options.stateDir, states.state));
  const reused = [...keys].filter(([rel, key]) => unchangedSince(previous[rel], key, path.join(options.previousSite, rel))).map(([rel]) => rel);
  return {
    reused: new Set(reused),
    link: (staging) => linkFiles(reused, options.previousSite, staging),
    save: (staging) => saveState(path.join(options.stateDir, states.next), staging, keys),
  };
}

// Keep what Pagefind read of each unchanged page. The index input of a page (src/search/index.ts: its body element
// with compound parts and filter values) is a function of the page's HTML, its filter values and the compound
// splitter's settings. A page taken unchanged from the last site (pages.ts) has the HTML it had; when its filter
// values are the same too, its input is hard-linked from the last build's instead of written again, and its words
// need not be split. Pagefind still reads every page: the index is built whole (docs/BENCHMARKS.md, "Sharding").
//
// The splitter's settings are archive-wide (every entity name is protected from splitting, every place name may be
// a compound's head), so a new article usually changes them. A kept input is dropped only when it holds a word whose
// parts the change could touch: one that became or stopped being protected, or that contains a place noun that
// came or went (the splitter looks nouns up only inside the word it splits, src/search/compounds.ts).
//
// State: <cacheDir>/incremental/index-input/ (the last build's input) and index-input.json (per page its key, the
// file's stamp and its compound words); a build writes its input to index-input.next-<pid>-<time>/ and
// index-input.next.json, which the session's commit puts in place once the site is swapped in.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { linkFiles, stampOf, unchangedSince, type FileStamp, type PageReuse } from './pages.ts';

export const INDEX_INPUT = 'index-input';
export const INDEX_INPUT_STATE = 'index-input.json';
export const NEXT_INDEX_INPUT_STATE = 'index-input.next.json';
export const NEXT_INDEX_INPUT_PREFIX = `${INDEX_INPUT}.next-`;
export const OLD_INDEX_INPUT_PREFIX = `${INDEX_INPUT}.old-`;

/** What the compound splitter is given besides the lexicon (src/search/index.ts IndexOptions). */
export interface SplitSettings {
  compounds: boolean;
  protect: string[];
  extraNouns: string[];
}

interface State {
  format: 1;
  split: SplitSettings;
  pages: Record<string, [key: string, ...FileStamp, compoundWords: number]>;
  bare: Record<string, string>; // pages without a body element: output path → key
}

export interface IndexInputReuse {
  kept: Map<string, number>; // output path → compound words: the last build's input is taken
  bare: Set<string>; // pages known to have no body element: not read again
  take(inputDir: string): Promise<void>;
  /** Writes the next state: `written` are the pages written (with their compound words), `read` every page read. */
  save(inputDir: string, written: [rel: string, compoundWords: number][], read: string[]): void;
}

function readIndexState(file: string): State | null {
  try {
    const state = JSON.parse(fs.readFileSync(file, 'utf8')) as State;
    return state.format === 1 && state.pages && state.bare && state.split ? state : null;
  } catch {
    return null;
  }
}

const sorted = (split: SplitSettings): SplitSettings => ({ compounds: split.compounds, protect: [...split.protect].sort(), extraNouns: [...split.extraNouns].sort() });

/** What changed between two settings (lower case): words protected or no longer, nouns added or dropped; null when every word may split otherwise. */
export interface SplitChange {
  protect: string[]; // a word that is one of these may split otherwise
  nouns: string[]; // a word that contains one of these (and more) may split otherwise
}

/**
 * The change between two settings that can touch a word's parts. `alwaysProtected` (the splitter's own list) and
 * `inLexicon` (nouns it knows anyway) change nothing when they come or go.
 */
export function splitChange(before: SplitSettings, now: SplitSettings, alwaysProtected: ReadonlySet<string>, inLexicon: (form: string) => boolean): SplitChange | null {
  if (before.compounds !== now.compounds) return null;
  if (!now.compounds) return { protect: [], nouns: [] };
  const changed = (a: string[], b: string[]) => {
    const sa = new Set(a);
    const sb = new Set(b);
    return [...new Set([...a.filter((w) => !sb.has(w)), ...b.filter((w) => !sa.has(w))])];
  };
  const lower = (list: string[]) => list.map((w) => w.normalize('NFC').toLowerCase());
  const nouns = (list: string[]) => lower(list.filter((w) => /^\p{L}+$/u.test(w))); // as withExtraNouns takes them
  return {
    protect: changed(lower(before.protect), lower(now.protect)).filter((w) => !alwaysProtected.has(w)),
    nouns: changed(nouns(before.extraNouns), nouns(now.extraNouns)).filter((w) => !inLexicon(w)),
  };
}

/**
 * Which pages' index input the last build's can stand for: pages reused whole (`pages.reused`) whose key (their
 * content hash and their filter values, `facetsOf`) is the one their kept input was made with.
 */
export function planIndexInputReuse(
  stateDir: string,
  pages: PageReuse,
  facetsOf: (rel: string) => unknown,
  split: SplitSettings,
  change: (before: SplitSettings, now: SplitSettings) => SplitChange | null,
): IndexInputReuse {
  const keptDir = path.join(stateDir, INDEX_INPUT);
  const previous = readIndexState(path.join(stateDir, INDEX_INPUT_STATE));
  const now = sorted(split);
  const keys = new Map<string, string>();
  const keyOf = (rel: string) =>
    createHash('sha256')
      .update(pages.hashes.get(rel)!)
      .update(JSON.stringify(facetsOf(rel) ?? null))
      .digest('hex');
  for (const rel of pages.hashes.keys()) keys.set(rel, keyOf(rel));
  const kept = new Map<string, number>();
  const bare = new Set<string>();
  const changed = previous ? change(previous.split, now) : null;
  const touched = changed && touchedBy(changed);
  if (previous && touched) {
    for (const rel of pages.reused) {
      const key = keys.get(rel);
      if (previous.bare[rel] === key) bare.add(rel);
      const entry = previous.pages[rel];
      if (entry && unchangedSince(entry, key!, path.join(keptDir, rel)) && !touched(path.join(keptDir, rel))) kept.set(rel, entry[4]);
    }
  }
  return {
    kept,
    bare,
    take: (inputDir) => linkFiles([...kept.keys()], keptDir, inputDir).then(() => undefined),
    save(inputDir, written, read) {
      const state: State = { format: 1, split: now, pages: {}, bare: {} };
      const words = new Map([...kept, ...written]);
      for (const [rel, compoundWords] of words) {
        const key = keys.get(rel);
        const stamp = key ? stampOf(path.join(inputDir, rel)) : null;
        if (stamp) state.pages[rel] = [key!, ...stamp, compoundWords];
      }
      for (const rel of [...read, ...bare]) if (keys.has(rel) && !words.has(rel)) state.bare[rel] = keys.get(rel)!;
      fs.writeFileSync(path.join(stateDir, NEXT_INDEX_INPUT_STATE), JSON.stringify(state));
    },
  };
}

/** Whether a kept input holds a word the change may split otherwise: a changed protected word, or a word with a changed noun inside. */
export function touchedBy(change: SplitChange): (file: string) => boolean {
  if (!change.protect.length && !change.nouns.length) return () => false;
  const words = (list: string[]) => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const patterns = [
    change.protect.length ? `(?<!\\p{L})(?:${words(change.protect)})(?!\\p{L})` : null,
    change.nouns.length ? `\\p{L}(?:${words(change.nouns)})|(?:${words(change.nouns)})\\p{L}` : null,
  ];
  const re = new RegExp(patterns.filter(Boolean).join('|'), 'u');
  return (file) => re.test(fs.readFileSync(file, 'utf8').normalize('NFC').toLowerCase());
}

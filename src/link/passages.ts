// Shared passages (reprinted wire copy): word shingles, winnowed fingerprints in an inverted index, and per
// fingerprint one representative (its earliest carrier): each carrier is aligned against the representative
// only, never every carrier against every other, so a paragraph reprinted by l articles costs l alignments,
// not l(l-1)/2. The alignment tolerates small edits and keeps, per aligned region, only its diagonal runs.
// Passages are cut at the representative's sentence boundaries; the earliest carrier's wording is the text.
// Pairs of carriers (for stories and "mostly a reprint") are derived through the representative, only within
// the story window; a passage carried by very many articles across unrelated dates is boilerplate.
import type { ArticleRecord, SharedPassage } from '../record.ts';
import { dateInterval } from './dates.ts';
import { type Paragraph, type PreparedArticle, type WordTable, paragraphTokens } from './prepare.ts';
import { STORY_WINDOW_DAYS } from './stories.ts';
import { fold, shortHash } from './text.ts';
import { endsSentence } from '../abbreviations.ts';

export const SHINGLE = 6; // words per shingle
const WINDOW = 4; // winnowing window: a match of SHINGLE + WINDOW - 1 words is always seen
const MIN_FINGERPRINTS = 2; // candidate pair: at least this many shared fingerprints
const GAP = SHINGLE + 5; // an edit of a few words breaks the chain of shingles by at most this
const MIN_REGION = 20; // words: a shared region shorter than this is a phrase or a quote, not copy
const MIN_RUN = 10; // words: a passage shorter than this (cut off by a neighbour) is dropped
const SENTENCE_SHARE = 0.5; // a sentence is carried by another article when this share of it is in a shared region
export const WIRE_SHARE = 0.6; // "mostly a reprint": this share of the source is carried
/** Boilerplate: a passage carried by more than max(BOILERPLATE_MIN, BOILERPLATE_SHARE of the archive) articles… */
export const BOILERPLATE_MIN = 100;
export const BOILERPLATE_SHARE = 0.02;
/** … whose dated carriers lie further apart than this many story windows (one event's wire copy stays within weeks). */
const BOILERPLATE_WINDOWS = 3;

/** What passages read of an article. */
export type PassageSource = Pick<ArticleRecord, 'id' | 'body'> & { embedded: { text: string }[]; date?: string | null };

/** The tokens passages read: body and embedded copy. */
export interface PassageTokens {
  table: WordTable;
  articles: Pick<PreparedArticle, 'body' | 'embedded'>[];
}

/** A paragraph of an article: body paragraphs first (paragraph index by the record.ts convention), then embedded copy. */
interface Unit {
  paragraph: number;
  embedded: number | null;
}

interface Doc {
  index: number;
  id: string;
  units: Unit[];
  paragraphs: Paragraph[]; // the units' texts and tokens
  table: WordTable;
  shingles: Uint32Array; // hash of the shingle starting at each position (length = tokens - SHINGLE + 1)
  byHash: Uint32Array; // positions of the shingles seen elsewhere too, ordered by hash, then position
  hashes: Uint32Array; // their hashes (in that order)
  length: number; // tokens
  unitStart: Int32Array; // token offset where each unit begins (one more entry: the length)
  day: { lo: number; hi: number } | null; // the record's own date as days, null when undated
}

/** Per token of a document: its unit, offsets in the unit's text, and 1 where a sentence starts. */
interface Positions {
  unit: Int32Array;
  start: Int32Array;
  end: Int32Array;
  sentenceStart: Uint8Array;
}

function unitsOf(r: PassageSource, p: PassageTokens['articles'][number], table: WordTable): { units: Unit[]; tokens: Paragraph[] } {
  const tokens = paragraphTokens(p.body, table);
  const units: Unit[] = tokens.map((_, paragraph) => ({ paragraph, embedded: null }));
  if (r.embedded.length === 0) return { units, tokens };
  const bodyFolded = tokens
    .map((t) => fold(t.text))
    .join(' ')
    .replace(/\s+/g, ' ');
  r.embedded.forEach((e, i) => {
    // embedded copy that ingest left in the body as well is not counted twice
    const probe = fold(e.text).replace(/\s+/g, ' ').slice(0, 120);
    if (probe.length > 0 && bodyFolded.includes(probe)) return;
    paragraphTokens(p.embedded[i]!, table).forEach((t, paragraph) => {
      units.push({ paragraph, embedded: i });
      tokens.push(t);
    });
  });
  return { units, tokens };
}

let tokenHashes = new Uint32Array(1 << 14); // scratch: the word hashes of the document being built

function buildDoc(r: PassageSource, index: number, p: PassageTokens['articles'][number], table: WordTable): Doc {
  const { units, tokens } = unitsOf(r, p, table);
  const unitStart = new Int32Array(tokens.length + 1);
  tokens.forEach((u, k) => (unitStart[k + 1] = unitStart[k]! + u.to - u.from));
  const n = unitStart[tokens.length]!;
  if (n > tokenHashes.length) tokenHashes = new Uint32Array(2 * n);
  let t = 0;
  for (const u of tokens) for (let k = u.from; k < u.to; k++) tokenHashes[t++] = table.hash[u.tokens.id[k]!]!;
  const shingles = new Uint32Array(Math.max(0, n - SHINGLE + 1));
  for (let i = 0; i + SHINGLE <= n; i++) {
    let h = 0x9e3779b9;
    for (let j = 0; j < SHINGLE; j++) h = (Math.imul(h ^ tokenHashes[i + j]!, 0x01000193) + j) >>> 0;
    shingles[i] = h;
  }
  const none = new Uint32Array(0);
  return { index, id: r.id, units, paragraphs: tokens, table, shingles, byHash: none, hashes: none, length: n, unitStart, day: dateInterval(r.date ?? null) };
}

/** The token positions and sentence starts of a document (worked out when needed, not kept: most documents never need them). */
function positionsOf(d: Doc): Positions {
  const unit = new Int32Array(d.length);
  const start = new Int32Array(d.length);
  const end = new Int32Array(d.length);
  const sentenceStart = new Uint8Array(d.length);
  let t = 0;
  d.paragraphs.forEach((u, ui) => {
    const text = u.text;
    const { start: starts0, end: ends0, id: ids } = u.tokens;
    let prevEnd = -1;
    for (let k = u.from; k < u.to; k++, t++) {
      const s = starts0[k]! - u.offset;
      const w = d.table.word[ids[k]!]!;
      unit[t] = ui;
      start[t] = s;
      end[t] = ends0[k]! - u.offset;
      let starts = prevEnd < 0;
      // most gaps are one space: only others can end a sentence
      if (!starts && !(s - prevEnd === 1 && text.charCodeAt(prevEnd) === 32)) {
        const gap = text.slice(prevEnd, s);
        if (SENTENCE_STOP_RE.test(gap) && UPPER_OR_DIGIT_RE.test(w) && SENTENCE_GAP_RE.test(gap + ' ')) {
          // "Dr. Müller", "z. B.", "72 Mrd. Euro", "am 28. Dezember": ingest's rule for a full stop that ends no sentence
          starts = gap.trim() !== '.' || endsSentence(text.slice(Math.max(0, prevEnd - 40), prevEnd + gap.indexOf('.') + 1), text.slice(s, s + 30));
        }
      }
      sentenceStart[t] = starts ? 1 : 0;
      prevEnd = end[t]!;
    }
  });
  return { unit, start, end, sentenceStart };
}

/**
 * Shingle hashes seen more than once in the archive, as a bitset over the top 26 bits of the hash. Most
 * shingles occur once and can match nothing; leaving them out of the sorted arrays makes every pair's merge
 * shorter. A bucket shared by two different hashes only keeps a few lone shingles in: the matches are the same.
 */
class SeenTwice {
  private readonly once = new Int32Array(1 << 21);
  private readonly twice = new Int32Array(1 << 21);
  add(h: number): void {
    const b = h >>> 6;
    const bit = 1 << (b & 31);
    if (this.once[b >>> 5]! & bit) this.twice[b >>> 5] = this.twice[b >>> 5]! | bit;
    else this.once[b >>> 5] = this.once[b >>> 5]! | bit;
  }
  has(h: number): boolean {
    const b = h >>> 6;
    return (this.twice[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
}

let shingleKeys = new Float64Array(1 << 14); // scratch: hash * 2^20 + position of the shingles kept

/** Fills `byHash` and `hashes` with the document's shingles that `seen` has seen twice. */
function indexShingles(d: Doc, seen: SeenTwice): void {
  const sh = d.shingles;
  if (sh.length > shingleKeys.length) shingleKeys = new Float64Array(2 * sh.length);
  let kept = 0;
  for (let i = 0; i < sh.length; i++) if (seen.has(sh[i]!)) shingleKeys[kept++] = sh[i]! * 2 ** 20 + i;
  const keys = shingleKeys.subarray(0, kept).sort();
  d.byHash = new Uint32Array(kept);
  d.hashes = new Uint32Array(kept);
  for (let k = 0; k < kept; k++) {
    d.byHash[k] = keys[k]! % 2 ** 20;
    d.hashes[k] = Math.floor(keys[k]! / 2 ** 20);
  }
}

const SENTENCE_STOP_RE = /[.!?:]/;
const UPPER_OR_DIGIT_RE = /^[\p{Lu}\p{N}]/u;
const SENTENCE_GAP_RE = /[.!?:][\s"»«“”„'’)]*\s/;

let windowMinima = new Uint32Array(1 << 14); // scratch: the winnowed hashes of the document at hand

/**
 * Winnowing: the minimum hash of every window of WINDOW shingles (rightmost on ties), each once, ascending;
 * only those `seen` has seen twice (a fingerprint found once in the archive is shared with no one).
 */
function fingerprints(sh: Uint32Array, seen: SeenTwice): Uint32Array {
  if (sh.length === 0) return new Uint32Array(0);
  if (sh.length <= WINDOW) {
    const m = sh.reduce((x, h) => (h < x ? h : x));
    return seen.has(m) ? Uint32Array.of(m) : new Uint32Array(0);
  }
  if (sh.length > windowMinima.length) windowMinima = new Uint32Array(2 * sh.length);
  let k = 0;
  for (let i = 0; i + WINDOW <= sh.length; i++) {
    let m = sh[i]!;
    for (let j = 1; j < WINDOW; j++) if (sh[i + j]! <= m) m = sh[i + j]!;
    // neighbouring windows mostly share their minimum: skip it here, the sort below removes the other repeats
    if ((k === 0 || windowMinima[k - 1] !== m) && seen.has(m)) windowMinima[k++] = m;
  }
  const out = windowMinima.slice(0, k).sort();
  k = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[k++] = out[i]!;
  return out.subarray(0, k);
}

/**
 * An aligned region of a representative (a) and a carrier (b): token ranges [a0, a1) and [b0, b1), and the
 * region's matches as diagonal runs, flat triples (first i, last i, j - i): matches along a run keep their
 * offset, so a region of a hundred matched shingles is a few numbers.
 */
interface Region {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  runs: Int32Array;
}

/** A carrier aligned against a representative (`rep` is the earlier in the archive's order of dates). */
interface Link {
  rep: number;
  member: number;
  regions: Region[];
}

const MAX_POSITIONS = 8; // a shingle repeated more often in the first article is matched at its first positions only

/** The matches of the pair at hand, i in a and j in b: matchI[k], matchJ[k] for k < count, by i, then j. */
let matchI = new Int32Array(1 << 12);
let matchJ = new Int32Array(1 << 12);
let foundI = new Int32Array(1 << 12); // as found, in the order of the hashes
let foundJ = new Int32Array(1 << 12);
let perPosition = new Int32Array(1 << 12);

/** Finds the matching shingles of two articles (in matchI, matchJ) and returns their number. */
function matchesOf(a: Doc, b: Doc): number {
  const ah = a.byHash;
  const bh = b.byHash;
  const ax = a.hashes;
  const bx = b.hashes;
  let count = 0;
  let x = 0;
  let y = 0;
  while (x < ax.length && y < bx.length) {
    const h = ax[x]!;
    const g = bx[y]!;
    if (h < g) x++;
    else if (h > g) y++;
    else {
      let x1 = x;
      while (x1 < ax.length && ax[x1] === h) x1++;
      let y1 = y;
      while (y1 < bx.length && bx[y1] === h) y1++;
      const xEnd = Math.min(x1, x + MAX_POSITIONS);
      if (count + (xEnd - x) * (y1 - y) > foundI.length) growMatches(count + (xEnd - x) * (y1 - y));
      for (let p = x; p < xEnd; p++) {
        for (let q = y; q < y1; q++) {
          foundI[count] = ah[p]!;
          foundJ[count++] = bh[q]!;
        }
      }
      x = x1;
      y = y1;
    }
  }
  if (count <= 32) {
    // few matches (most pairs): insertion sort
    for (let k = 0; k < count; k++) {
      const i = foundI[k]!;
      const j = foundJ[k]!;
      let at = k;
      while (at > 0 && (matchI[at - 1]! > i || (matchI[at - 1] === i && matchJ[at - 1]! > j))) {
        matchI[at] = matchI[at - 1]!;
        matchJ[at] = matchJ[at - 1]!;
        at--;
      }
      matchI[at] = i;
      matchJ[at] = j;
    }
    return count;
  }
  // many: counting sort by i; the matches of one i share its hash and were found with j ascending
  const n = a.shingles.length;
  if (n + 1 > perPosition.length) perPosition = new Int32Array(2 * n + 2);
  perPosition.fill(0, 0, n + 1);
  for (let k = 0; k < count; k++) perPosition[foundI[k]! + 1]!++;
  for (let i = 1; i <= n; i++) perPosition[i]! += perPosition[i - 1]!;
  for (let k = 0; k < count; k++) {
    const at = perPosition[foundI[k]!]!++;
    matchI[at] = foundI[k]!;
    matchJ[at] = foundJ[k]!;
  }
  return count;
}

function growMatches(n: number): void {
  const grow = (xs: Int32Array) => {
    const more = new Int32Array(2 * n);
    more.set(xs);
    return more;
  };
  foundI = grow(foundI);
  foundJ = grow(foundJ);
  matchI = new Int32Array(2 * n);
  matchJ = new Int32Array(2 * n);
}

/** Scratch for `align`, per chain: last match (i, j), first i, least and greatest j; per match: its chain. */
const newChains = (n: number) => ({
  li: new Int32Array(n),
  lj: new Int32Array(n),
  i0: new Int32Array(n),
  j0: new Int32Array(n),
  j1: new Int32Array(n),
  of: new Int32Array(n),
  open: new Int32Array(n),
});
let chains = newChains(1024);

function align(a: Doc, b: Doc): Region[] {
  const matches = matchesOf(a, b);
  if (matches < 2) return []; // a region of MIN_REGION words needs several matches
  if (matches > chains.of.length) chains = newChains(2 * matches);
  // chains of matches in typed arrays: most pairs have no region long enough, and those cost no objects
  const { li, lj, i0, j0, j1, of, open } = chains;
  let count = 0;
  let live = 0; // open[0, live): the chains still open, oldest first
  for (let k = 0; k < matches; k++) {
    const i = matchI[k]!;
    const j = matchJ[k]!;
    let kept = 0;
    for (let x = 0; x < live; x++) if (i - li[open[x]!]! <= GAP) open[kept++] = open[x]!;
    live = kept;
    let best = -1;
    for (let x = 0; x < live; x++) {
      const r = open[x]!;
      const di = i - li[r]!;
      const dj = j - lj[r]!;
      if (di >= 1 && dj >= 1 && dj <= GAP && Math.abs(di - dj) <= GAP) {
        if (best < 0 || Math.abs(di - dj) < Math.abs(i - li[best]! - (j - lj[best]!))) best = r;
      }
    }
    if (best >= 0) {
      li[best] = i;
      lj[best] = j;
      if (j < j0[best]!) j0[best] = j;
      if (j > j1[best]!) j1[best] = j;
      of[k] = best;
    } else {
      li[count] = i;
      lj[count] = j;
      i0[count] = i;
      j0[count] = j;
      j1[count] = j;
      of[k] = count;
      open[live++] = count++;
    }
  }
  const regionOf = new Int32Array(count).fill(-1);
  const out: Region[] = [];
  const runs: number[][] = [];
  for (let r = 0; r < count; r++) {
    // matches come in the order of i: the first i is the least, the last the greatest
    const a0 = i0[r]!;
    const a1 = li[r]! + SHINGLE;
    const b0 = j0[r]!;
    const b1 = j1[r]! + SHINGLE;
    if (a1 - a0 < MIN_REGION || b1 - b0 < MIN_REGION) continue;
    regionOf[r] = out.length;
    out.push({ a0, a1, b0, b1, runs: new Int32Array(0) });
    runs.push([]);
  }
  if (out.length === 0) return out;
  for (let k = 0; k < matches; k++) {
    const x = regionOf[of[k]!]!;
    if (x < 0) continue;
    const rs = runs[x]!;
    const i = matchI[k]!;
    const d = matchJ[k]! - i;
    if (rs.length > 0 && rs[rs.length - 1] === d) rs[rs.length - 2] = i;
    else rs.push(i, i, d);
  }
  out.forEach((reg, x) => (reg.runs = Int32Array.from(runs[x]!)));
  return out;
}

/** The carrier's tokens [lo, hi) matched to the representative's tokens [s0, s1) in a region, or null. */
function mappedRange(r: Region, s0: number, s1: number): [number, number] | null {
  let lo = Infinity;
  let hi = -1;
  const last = s1 + 1 - SHINGLE; // a match at i covers i … i + SHINGLE - 1 (one token of slack, as cut)
  for (let k = 0; k < r.runs.length; k += 3) {
    const x0 = Math.max(r.runs[k]!, s0);
    const x1 = Math.min(r.runs[k + 1]!, last);
    if (x0 > x1) continue;
    const d = r.runs[k + 2]!;
    lo = Math.min(lo, x0 + d);
    hi = Math.max(hi, x1 + d + SHINGLE);
  }
  return hi > lo ? [lo, hi] : null;
}

function coveredCount(intervals: [number, number][]): number {
  const s = [...intervals].sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -1;
  for (const [lo, hi] of s) {
    if (hi <= end) continue;
    total += hi - Math.max(lo, end);
    end = hi;
  }
  return total;
}

/** How many tokens of [s, e) lie in the regions, on the representative's side (`side` a) or the carrier's (b). */
function coveredIn(regions: Region[], s: number, e: number, side: 'a' | 'b'): number {
  const iv: [number, number][] = [];
  for (const r of regions) {
    const lo = side === 'a' ? r.a0 : r.b0;
    const hi = side === 'a' ? r.a1 : r.b1;
    if (hi > s && lo < e) iv.push([Math.max(lo, s), Math.min(hi, e)]);
  }
  if (iv.length <= 1) return iv.length ? iv[0]![1] - iv[0]![0] : 0;
  return coveredCount(iv);
}

export interface WireCopy {
  of: string; // the source article id
  share: number; // share of this article's words that come from the source
  sourceShare: number; // share of the source's words carried here
}

export interface PassageResult {
  passages: SharedPassage[];
  byArticle: Map<string, string[]>; // article id -> passage ids
  wireCopy: Map<string, WireCopy>; // article id -> what it mostly reprints
  reprints: Map<string, string[]>; // source id -> ids of articles reprinting it
}

export interface Alignment {
  docs: Doc[];
  links: Link[]; // by representative, then carrier
  linksAsRep: number[][]; // per article: its links as the representative
  linksAsMember: number[][]; // per article: its links as the carrier
  runs: PassageRun[] | null; // worked out once (passageRuns)
  coverage: Coverage | null; // worked out once (pairCoverage)
  pairs: SharedPair[] | null;
}

/**
 * Aligns each article against the representatives of its fingerprints; independent of time order. The
 * representative of a fingerprint is its carrier with the earliest own date (undated last, then by index);
 * a carrier is aligned against a representative it shares MIN_FINGERPRINTS with. Work and memory grow with
 * the number of postings, however long a posting list is. `progress` is called about once per article.
 */
export function alignArchive(records: PassageSource[], prep: PassageTokens, progress: () => void = () => {}): Alignment {
  const docs = records.map((r, i) => buildDoc(r, i, prep.articles[i]!, prep.table));
  const seen = new SeenTwice();
  for (const d of docs) for (const h of d.shingles) seen.add(h);
  for (const d of docs) indexShingles(d, seen);
  const N = docs.length;
  // the archive's order of own dates: the representative of a posting list is its first carrier in it
  const order = docs.map((_, i) => i).sort((x, y) => (docs[x]!.day?.lo ?? Infinity) - (docs[y]!.day?.lo ?? Infinity) || x - y);
  const place = new Int32Array(N);
  order.forEach((i, k) => (place[i] = k));
  // inverted index of fingerprints, as one sorted array of fingerprint * N + place
  const prints = docs.map((d) => fingerprints(d.shingles, seen));
  const entries = new Float64Array(prints.reduce((s, p) => s + p.length, 0));
  let e = 0;
  prints.forEach((p, i) => {
    for (const f of p) entries[e++] = f * N + place[i]!;
  });
  entries.sort();
  // (representative, carrier) per posting: the list's first entry is its representative
  const pairKeys = new Float64Array(entries.length);
  let pk = 0;
  for (let s = 0; s < entries.length;) {
    const f = Math.floor(entries[s]! / N);
    let t = s + 1;
    while (t < entries.length && Math.floor(entries[t]! / N) === f) t++;
    const rep = entries[s]! % N;
    for (let x = s + 1; x < t; x++) pairKeys[pk++] = rep * N + (entries[x]! % N);
    s = t;
  }
  const keys = pairKeys.subarray(0, pk).sort();
  const links: Link[] = [];
  const linksAsRep: number[][] = docs.map(() => []);
  const linksAsMember: number[][] = docs.map(() => []);
  let beat = 0;
  for (let s = 0; s < keys.length;) {
    let t = s + 1;
    while (t < keys.length && keys[t] === keys[s]) t++;
    if (t - s >= MIN_FINGERPRINTS) {
      const rep = order[Math.floor(keys[s]! / N)]!;
      const member = order[keys[s]! % N]!;
      const regions = align(docs[rep]!, docs[member]!);
      if (regions.length > 0) {
        linksAsRep[rep]!.push(links.length);
        linksAsMember[member]!.push(links.length);
        links.push({ rep, member, regions });
      }
      if (++beat % 8 === 0) progress();
    }
    s = t;
  }
  for (const l of linksAsRep) l.sort((x, y) => links[x]!.member - links[y]!.member);
  return { docs, links, linksAsRep, linksAsMember, runs: null, coverage: null, pairs: null };
}

/** A run of sentences of a representative that the same other articles carry: a passage. */
export interface PassageRun {
  doc: number;
  s0: number; // tokens [s0, s1)
  s1: number;
  carriers: readonly number[]; // ascending
  spread: boolean; // its dated carriers lie further apart than BOILERPLATE_WINDOWS story windows
  boilerplate: boolean; // spread, and more carriers than wideLimit
}

/** The sentences of a document as token ranges. */
function sentencesOf(d: Doc): [number, number][] {
  const sentences: [number, number][] = [];
  const { unit, sentenceStart } = positionsOf(d);
  for (let t = 0; t < d.length; t++) {
    if (t === 0 || sentenceStart[t] || unit[t] !== unit[t - 1]) sentences.push([t, t + 1]);
    else sentences[sentences.length - 1]![1] = t + 1;
  }
  return sentences;
}

/** First index of `sentences` ending after token t. */
function sentenceAt(sentences: [number, number][], t: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (sentences[m]![1] <= t) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/** Do the dated carriers of a passage lie further apart than one event's coverage: copy reused across unrelated dates? */
function isSpread(al: Alignment, rep: number, carriers: readonly number[]): boolean {
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of [rep, ...carriers]) {
    const day = al.docs[i]!.day;
    if (!day) continue;
    lo = Math.min(lo, day.lo);
    hi = Math.max(hi, day.hi);
  }
  return hi - lo > BOILERPLATE_WINDOWS * STORY_WINDOW_DAYS;
}

const sameCarriers = (x: readonly number[], y: readonly number[]): boolean => x.length === y.length && x.every((v, k) => v === y[k]);

/**
 * The runs of all representatives, in article order, then text order; they do not depend on the time order.
 * A sentence that the article carries as the carrier of an earlier representative is that one's passage, not
 * its own. Work: each link's regions against the sentences they touch. `progress`: about once per article.
 */
export function passageRuns(al: Alignment, progress: () => void = () => {}): PassageRun[] {
  if (al.runs) return al.runs;
  const { docs, links, linksAsRep, linksAsMember } = al;
  const runs: PassageRun[] = [];
  docs.forEach((a, ai) => {
    progress();
    if (linksAsRep[ai]!.length === 0) return;
    const sentences = sentencesOf(a);
    const carriersOf: number[][] = sentences.map(() => []);
    const taken = new Uint8Array(sentences.length); // carried from an earlier representative
    const mark = (regions: Region[], side: 'a' | 'b', hit: (k: number) => void): void => {
      for (const r of regions) {
        const [lo, hi] = side === 'a' ? [r.a0, r.a1] : [r.b0, r.b1];
        for (let k = sentenceAt(sentences, lo); k < sentences.length && sentences[k]![0] < hi; k++) {
          const [s, e] = sentences[k]!;
          if (coveredIn(regions, s, e, side) / (e - s) >= SENTENCE_SHARE) hit(k);
        }
      }
    };
    for (const x of linksAsMember[ai]!) mark(links[x]!.regions, 'b', (k) => (taken[k] = 1));
    for (const x of linksAsRep[ai]!) {
      const { member, regions } = links[x]!;
      mark(regions, 'a', (k) => {
        const c = carriersOf[k]!;
        if (!taken[k] && c[c.length - 1] !== member) c.push(member);
      });
    }
    let k = 0;
    while (k < sentences.length) {
      const carriers = carriersOf[k]!;
      if (carriers.length === 0) {
        k++;
        continue;
      }
      let e = k + 1;
      while (e < sentences.length && sameCarriers(carriersOf[e]!, carriers)) e++;
      const s0 = sentences[k]![0];
      const s1 = sentences[e - 1]![1];
      k = e;
      if (s1 - s0 < MIN_RUN) continue;
      const spread = isSpread(al, ai, carriers);
      // boilerplate: very many carriers, spread over far more than one event's time
      runs.push({ doc: ai, s0, s1, carriers, spread, boilerplate: spread && carriers.length + 1 > wideLimit(al) });
    }
  });
  return (al.runs = runs);
}

/** Are two articles' own dates within the story window (or is one undated)? */
function withinWindow(x: Doc, y: Doc): boolean {
  if (!x.day || !y.day) return true;
  return Math.max(x.day.lo, y.day.lo) - Math.min(x.day.hi, y.day.hi) <= STORY_WINDOW_DAYS;
}

/** Intervals [lo, hi) minus the sorted, disjoint `cut` intervals. */
function without(lo: number, hi: number, cut: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let at = lo;
  for (const [c0, c1] of cut) {
    if (c1 <= at || c0 >= hi) continue;
    if (c0 > at) out.push([at, c0]);
    at = Math.max(at, c1);
  }
  if (at < hi) out.push([at, hi]);
  return out;
}

/** Tokens two sorted, disjoint interval lists have in common. */
function overlap(x: [number, number][], y: [number, number][]): number {
  let n = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    n += Math.max(0, Math.min(x[i]![1], y[j]![1]) - Math.max(x[i]![0], y[j]![0]));
    if (x[i]![1] < y[j]![1]) i++;
    else j++;
  }
  return n;
}

/** Union of intervals, sorted and disjoint. */
function union(iv: [number, number][]): [number, number][] {
  const s = [...iv].sort((p, q) => p[0] - q[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of s) {
    const last = out[out.length - 1];
    if (last && lo <= last[1]) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

/** More carriers than this make a passage wide: its carriers are paired with the representative, not with each other. */
function wideLimit(al: Alignment): number {
  return Math.max(BOILERPLATE_MIN, Math.ceil(BOILERPLATE_SHARE * al.docs.length));
}

/** Per article: partner -> share of this article the partner carries. */
interface Coverage {
  all: Map<number, number>[]; // boilerplate aside: what "mostly a reprint" reads
  narrow: Map<number, number>[]; // wide passages aside too: the evidence for stories
}

/**
 * Share of each article carried by each partner, boilerplate left out: a representative and its carriers
 * directly (any dates); two carriers of one representative through it (the part of the representative both
 * carry), only when their dates lie within the story window and not through a wide passage, whose carriers
 * would make pairs by the million (they still share the passage, and each is paired with the representative).
 * A wide passage is no evidence for stories (too many carry it to tell one event from another).
 */
function pairCoverage(al: Alignment): Coverage {
  if (al.coverage) return al.coverage;
  const { docs, linksAsRep } = al;
  const cuts = representativeCuts(al);
  const cov: Coverage = { all: docs.map(() => new Map<number, number>()), narrow: docs.map(() => new Map<number, number>()) };
  const via = new Map<number, number>(); // carrier pair key -> tokens shared through representatives
  linksAsRep.forEach((xs, rep) => {
    if (xs.length === 0) return;
    countPairsThrough(carrierParts(al, rep, xs, cuts, cov), docs, via);
  });
  for (const [key, n] of via) {
    const x = Math.floor(key / docs.length);
    const y = key % docs.length;
    for (const to of [cov.all, cov.narrow]) {
      raise(to, x, y, shareOf(docs, x, n));
      raise(to, y, x, shareOf(docs, y, n));
    }
  }
  return (al.coverage = cov);
}

type Spans = [number, number][];
/** A carrier's part of a representative (in the representative's coordinates) that may pair it with other carriers. */
type CarrierPart = { member: number; iv: Spans };

/** Per representative: its boilerplate runs (cut), those and its wide ones (wide), those and its spread ones (spread). */
function representativeCuts(al: Alignment): { cut: Map<number, Spans>; wide: Map<number, Spans>; spread: Map<number, Spans> } {
  const cuts = { cut: new Map<number, Spans>(), wide: new Map<number, Spans>(), spread: new Map<number, Spans>() };
  const wide = wideLimit(al);
  const push = (m: Map<number, Spans>, r: PassageRun): void => void (m.get(r.doc) ?? m.set(r.doc, []).get(r.doc)!).push([r.s0, r.s1]);
  for (const r of passageRuns(al)) {
    if (r.boilerplate) push(cuts.cut, r);
    if (r.boilerplate || r.carriers.length + 1 > wide) push(cuts.wide, r);
    if (r.boilerplate || r.spread || r.carriers.length + 1 > wide) push(cuts.spread, r);
  }
  return cuts;
}

/** The share of article x that `tokens` of it make. */
function shareOf(docs: Alignment['docs'], x: number, tokens: number): number {
  return docs[x]!.length > 0 ? Math.min(1, tokens / docs[x]!.length) : 0;
}

/** Keeps the larger share of x carried by y. */
function raise(to: Map<number, number>[], x: number, y: number, s: number): void {
  if (s > 0 && s > (to[x]!.get(y) ?? 0)) to[x]!.set(y, s);
}

/**
 * A representative and each of its carriers (links `xs`) cover each other, boilerplate cut out (`all`) and wide
 * passages too (`narrow`); returns each carrier's part of the representative for pairing carriers.
 */
function carrierParts(al: Alignment, rep: number, xs: number[], cuts: ReturnType<typeof representativeCuts>, cov: Coverage): CarrierPart[] {
  const { docs, links } = al;
  const cut = union(cuts.cut.get(rep) ?? []);
  const cutWide = union(cuts.wide.get(rep) ?? []);
  const cutSpread = union(cuts.spread.get(rep) ?? []);
  const parts: CarrierPart[] = [];
  for (const x of xs) {
    const { member, regions } = links[x]!;
    const onRep: Spans = [];
    const onMember: Spans = [];
    const narrow: Spans = [];
    const narrowOnMember: Spans = [];
    for (const r of regions) {
      for (const [lo, hi] of without(r.a0, r.a1, cut)) {
        onRep.push([lo, hi]);
        const m = mappedRange(r, lo, hi);
        if (m) onMember.push(m);
      }
      for (const [lo, hi] of without(r.a0, r.a1, cutWide)) {
        narrow.push([lo, hi]);
        const m = mappedRange(r, lo, hi);
        if (m) narrowOnMember.push(m);
      }
    }
    if (onRep.length > 0) {
      raise(cov.all, rep, member, shareOf(docs, rep, coveredCount(onRep)));
      raise(cov.all, member, rep, shareOf(docs, member, coveredCount(onMember)));
    }
    if (narrow.length > 0) {
      raise(cov.narrow, rep, member, shareOf(docs, rep, coveredCount(narrow)));
      raise(cov.narrow, member, rep, shareOf(docs, member, coveredCount(narrowOnMember)));
      // an undated carrier has no date to keep it to one event's carriers: a passage reused across unrelated
      // dates would pair it with every one of them, so it is paired through passages of one time only
      const iv = docs[member]!.day ? union(narrow) : union(regions.flatMap((r) => without(r.a0, r.a1, cutSpread)));
      if (iv.length > 0) parts.push({ member, iv });
    }
  }
  return parts;
}

/** Carrier pairs within the story window, through one representative (sorted by date, a sliding window): tokens added to `via`. */
function countPairsThrough(parts: CarrierPart[], docs: Alignment['docs'], via: Map<number, number>): void {
  const dated = parts.filter((p) => docs[p.member]!.day).sort((p, q) => docs[p.member]!.day!.lo - docs[q.member]!.day!.lo);
  const undated = parts.filter((p) => !docs[p.member]!.day);
  const add = (p: CarrierPart, q: CarrierPart): void => {
    const n = overlap(p.iv, q.iv);
    if (n === 0) return;
    const key = Math.min(p.member, q.member) * docs.length + Math.max(p.member, q.member);
    via.set(key, (via.get(key) ?? 0) + n);
  };
  dated.forEach((p, i) => {
    const hi = docs[p.member]!.day!.hi;
    for (let j = i + 1; j < dated.length && docs[dated[j]!.member]!.day!.lo - hi <= STORY_WINDOW_DAYS; j++) {
      if (withinWindow(docs[p.member]!, docs[dated[j]!.member]!)) add(p, dated[j]!);
    }
  });
  undated.forEach((p, i) => {
    for (const q of dated) add(p, q);
    for (let j = i + 1; j < undated.length; j++) add(p, undated[j]!);
  });
}

/** Pairs of articles that share passages, with the larger of the two covered shares. */
export interface SharedPair {
  a: number;
  b: number;
  share: number;
}

/** The pairs that share passages (boilerplate aside), only those within the story window: the only ones a story can join. */
export function sharedPairs(al: Alignment): SharedPair[] {
  if (al.pairs) return al.pairs;
  const coverage = pairCoverage(al).narrow;
  const out: SharedPair[] = [];
  coverage.forEach((m, a) => {
    for (const [b, s] of m) {
      if (a < b && withinWindow(al.docs[a]!, al.docs[b]!)) out.push({ a, b, share: Math.max(s, coverage[b]!.get(a) ?? 0) });
    }
  });
  return (al.pairs = out.sort((p, q) => p.a - q.a || p.b - q.b));
}

/**
 * The passages several articles carry, and which articles mostly reprint which. `rank` gives each
 * article's place in time order (earliest first); the earliest carrier's wording is the passage text.
 */
export function findSharedPassages(al: Alignment, rank: Map<string, number>, runs: PassageRun[] = passageRuns(al)): PassageResult {
  const { docs, links, linksAsRep } = al;
  const coverage = pairCoverage(al).all;
  const wireCopy = new Map<string, WireCopy>();
  const reprints = new Map<string, string[]>();
  const rankOf = (i: number): number => rank.get(docs[i]!.id) ?? i;
  docs.forEach((d, xi) => {
    let best: { yi: number; share: number; sourceShare: number } | null = null;
    for (const [yi, shareX] of [...coverage[xi]!].sort((p, q) => p[0] - q[0])) {
      const shareY = coverage[yi]!.get(xi) ?? 0;
      // x reprints y when most of y is in x, or most of x comes from y; y is the source when it is the
      // more contained one, or, when both contain each other about equally, the earlier one
      if (shareY < WIRE_SHARE && shareX < WIRE_SHARE) continue;
      const ySource = shareY - shareX > 0.15 ? true : shareX - shareY > 0.15 ? false : rankOf(yi) < rankOf(xi);
      if (!ySource) continue;
      if (!best || shareY > best.sourceShare || (shareY === best.sourceShare && rankOf(yi) < rankOf(best.yi))) {
        best = { yi, share: shareX, sourceShare: shareY };
      }
    }
    if (best) {
      const src = docs[best.yi]!.id;
      wireCopy.set(d.id, { of: src, share: round2(best.share), sourceShare: round2(best.sourceShare) });
      const l = reprints.get(src) ?? [];
      l.push(d.id);
      reprints.set(src, l);
    }
  });
  for (const l of reprints.values()) l.sort((p, q) => (rank.get(p) ?? 0) - (rank.get(q) ?? 0) || (p < q ? -1 : 1));

  // passages: runs of a representative's sentences with the same carriers, worded as their earliest carrier has them
  const passages: SharedPassage[] = [];
  const byArticle = new Map<string, string[]>();
  const ids = new Set<string>();
  for (const { doc: ai, s0, s1, carriers, boilerplate } of runs) {
    const spans: { doc: number; t0: number; t1: number }[] = [{ doc: ai, t0: s0, t1: s1 }];
    const mine = linksAsRep[ai]!;
    let x = 0;
    for (const bi of carriers) {
      while (links[mine[x]!]!.member !== bi) x++; // both ascending by carrier
      let lo = Infinity;
      let hi = -1;
      for (const r of links[mine[x]!]!.regions) {
        const m = mappedRange(r, s0, s1);
        if (m) [lo, hi] = [Math.min(lo, m[0]), Math.max(hi, m[1])];
      }
      if (hi > lo) spans.push({ doc: bi, t0: lo, t1: hi });
    }
    if (spans.length < 2) continue;
    const first = spans.reduce((p, q) => (rankOf(q.doc) < rankOf(p.doc) || (rankOf(q.doc) === rankOf(p.doc) && q.doc < p.doc) ? q : p));
    const owner = docs[first.doc]!;
    const [t0, t1] = first.doc === ai ? [s0, s1] : sentenceBounds(owner, first.t0, first.t1);
    const id = `p-${shortHash(`${owner.id}:${t0}:${t1}`)}`;
    if (ids.has(id)) continue;
    ids.add(id);
    const occurrences = spans.map((sp) => occurrence(docs[sp.doc]!, sp.t0, sp.t1));
    occurrences.sort((p, q) => (rank.get(p.articleId) ?? 0) - (rank.get(q.articleId) ?? 0) || (p.articleId < q.articleId ? -1 : 1));
    passages.push({ id, text: textOf(owner, t0, t1), occurrences, ...(boilerplate ? { boilerplate: true } : {}) });
    for (const o of occurrences) {
      const l = byArticle.get(o.articleId);
      if (!l) byArticle.set(o.articleId, [id]);
      else if (l[l.length - 1] !== id) l.push(id);
    }
  }
  passages.sort((p, q) => {
    const ra = rank.get(p.occurrences[0]!.articleId) ?? 0;
    const rb = rank.get(q.occurrences[0]!.articleId) ?? 0;
    return ra - rb || p.occurrences[0]!.paragraph - q.occurrences[0]!.paragraph || (p.id < q.id ? -1 : 1);
  });
  return { passages, byArticle, wireCopy, reprints };
}

/** [t0, t1) widened to the sentences it touches. */
function sentenceBounds(d: Doc, t0: number, t1: number): [number, number] {
  const sentences = sentencesOf(d);
  const first = sentences[Math.min(sentenceAt(sentences, t0), sentences.length - 1)];
  const last = sentences[Math.min(sentenceAt(sentences, Math.max(t0, t1 - 1)), sentences.length - 1)];
  return first && last ? [first[0], Math.min(d.length, last[1])] : [t0, Math.min(d.length, t1)];
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The unit token t lies in. */
function unitAt(d: Doc, t: number): number {
  let lo = 0;
  let hi = d.units.length - 1;
  while (lo < hi) {
    const m = (lo + hi + 1) >> 1;
    if (d.unitStart[m]! <= t) lo = m;
    else hi = m - 1;
  }
  return lo;
}

function occurrence(d: Doc, t0: number, t1: number): SharedPassage['occurrences'][number] {
  const end = Math.min(t1, d.length);
  const u0 = unitAt(d, t0);
  const u1 = end > t0 ? unitAt(d, end - 1) : u0;
  const first = d.units[u0]!;
  const same: number[] = [];
  for (let u = u0; u <= u1; u++) {
    // a unit without words holds none of the passage's tokens
    if (d.unitStart[u + 1]! > d.unitStart[u]! && d.units[u]!.embedded === first.embedded) same.push(d.units[u]!.paragraph);
  }
  return {
    articleId: d.id,
    paragraph: first.paragraph,
    paragraphs: same,
    embedded: first.embedded,
  };
}

function textOf(d: Doc, t0: number, t1: number): string {
  const parts: string[] = [];
  const { unit, start, end: ends } = positionsOf(d);
  let t = t0;
  while (t < t1) {
    const u = unit[t]!;
    let e = t;
    while (e + 1 < t1 && unit[e + 1] === u) e++;
    const text = d.paragraphs[u]!.text;
    let end = ends[e]!;
    const tail = /^[^\s\p{L}\p{N}]*/u.exec(text.slice(end))![0];
    end += tail.length;
    parts.push(text.slice(start[t], end).trim());
    t = e + 1;
  }
  return parts.join('\n\n');
}

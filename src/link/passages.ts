// Shared passages (reprinted wire copy): word shingles, winnowed fingerprints in an inverted index for
// candidate pairs (no all-pairs comparison), then an alignment of the candidate pair's shingles that
// tolerates small edits. Passages are cut at sentence boundaries and owned by the earliest article.
import type { ArticleRecord, SharedPassage } from '../record.ts';
import { type Paragraph, type PreparedArticle, type WordTable, paragraphTokens } from './prepare.ts';
import { fold, shortHash } from './text.ts';

export const SHINGLE = 6; // words per shingle
const WINDOW = 4; // winnowing window: a match of SHINGLE + WINDOW - 1 words is always seen
const MAX_POSTINGS = 300; // fingerprints carried by more articles are boilerplate, not copy
const MIN_FINGERPRINTS = 2; // candidate pair: at least this many shared fingerprints
const GAP = SHINGLE + 5; // an edit of a few words breaks the chain of shingles by at most this
const MIN_REGION = 20; // words: a shared region shorter than this is a phrase or a quote, not copy
const MIN_RUN = 10; // words: a passage shorter than this (cut off by a neighbour) is dropped
const SENTENCE_SHARE = 0.5; // a sentence is carried by another article when this share of it is in a shared region
export const WIRE_SHARE = 0.6; // "mostly a reprint": this share of the source is carried

/** What passages read of an article. */
export type PassageSource = Pick<ArticleRecord, 'id' | 'body'> & { embedded: { text: string }[] };

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
  positions: Positions | null; // see positionsOf
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
  const bodyFolded = tokens.map((t) => fold(t.text)).join(' ').replace(/\s+/g, ' ');
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
  const n = tokens.reduce((s, t) => s + t.to - t.from, 0);
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
  return { index, id: r.id, units, paragraphs: tokens, table, shingles, byHash: none, hashes: none, length: n, positions: null };
}

/** The token positions and sentence starts of a document; only documents with shared passages need them. */
function positionsOf(d: Doc): Positions {
  if (d.positions) return d.positions;
  const unit = new Int32Array(d.length);
  const start = new Int32Array(d.length);
  const end = new Int32Array(d.length);
  const sentenceStart = new Uint8Array(d.length);
  let t = 0;
  d.paragraphs.forEach((u, ui) => {
    const text = u.text;
    const { start: starts0, end: ends0, id: ids } = u.tokens;
    let prevEnd = -1;
    let prevWord = '';
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
          // "Dr. Müller", "z. B.": a short word before the stop is an abbreviation
          starts = !(SHORT_WORD_RE.test(prevWord) && gap.trim() === '.');
        }
      }
      sentenceStart[t] = starts ? 1 : 0;
      prevEnd = end[t]!;
      prevWord = w;
    }
  });
  return (d.positions = { unit, start, end, sentenceStart });
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
const SHORT_WORD_RE = /^\p{L}{1,2}$/u;

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

/** An aligned region of two articles: token ranges [a0, a1) and [b0, b1), with the matches inside. */
interface Region {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  matches: number[]; // flat pairs i, j
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
const newChains = (n: number) => ({ li: new Int32Array(n), lj: new Int32Array(n), i0: new Int32Array(n), j0: new Int32Array(n), j1: new Int32Array(n), of: new Int32Array(n), open: new Int32Array(n) });
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
  const out: Region[] = [];
  for (let r = 0; r < count; r++) {
    // matches come in the order of i: the first i is the least, the last the greatest
    const a0 = i0[r]!;
    const a1 = li[r]! + SHINGLE;
    const b0 = j0[r]!;
    const b1 = j1[r]! + SHINGLE;
    if (a1 - a0 < MIN_REGION || b1 - b0 < MIN_REGION) continue;
    const pairs: number[] = [];
    for (let k = 0; k < matches; k++) if (of[k] === r) pairs.push(matchI[k]!, matchJ[k]!);
    out.push({ a0, a1, b0, b1, matches: pairs });
  }
  return out;
}

function flip(r: Region): Region {
  // the matches ordered by the other coordinate: one numeric sort of packed keys
  const m = r.matches;
  const width = Math.max(r.a1, r.b1) + 1;
  const keys = new Float64Array(m.length / 2);
  for (let k = 0; k < m.length; k += 2) keys[k / 2] = m[k + 1]! * width + m[k]!;
  keys.sort();
  const matches = new Array<number>(m.length);
  for (let k = 0; k < keys.length; k++) {
    const j = Math.floor(keys[k]! / width);
    matches[2 * k] = j;
    matches[2 * k + 1] = keys[k]! - j * width;
  }
  return { a0: r.b0, a1: r.b1, b0: r.a0, b1: r.a1, matches };
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

/** How many tokens of [s, e) of the first article lie in the regions. */
function coveredIn(regions: Region[], s: number, e: number): number {
  let overlapping = 0;
  let last: Region | null = null;
  for (const r of regions) {
    if (r.a1 > s && r.a0 < e) {
      overlapping++;
      last = r;
    }
  }
  if (!last) return 0;
  if (overlapping === 1) return Math.min(last.a1, e) - Math.max(last.a0, s);
  const iv: [number, number][] = [];
  for (const r of regions) if (r.a1 > s && r.a0 < e) iv.push([Math.max(r.a0, s), Math.min(r.a1, e)]);
  return coveredCount(iv);
}

const NO_CARRIERS: readonly number[] = [];

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
  regionsOf: Map<number, Region[]>[]; // per article: partner index -> aligned regions
  coverage: Map<number, number>[]; // per article: partner index -> share of this article covered
}

/** Finds the aligned regions of all candidate pairs; independent of time order. `progress` is called once per article. */
export function alignArchive(records: PassageSource[], prep: PassageTokens, progress: () => void = () => {}): Alignment {
  const docs = records.map((r, i) => buildDoc(r, i, prep.articles[i]!, prep.table));
  const seen = new SeenTwice();
  for (const d of docs) for (const h of d.shingles) seen.add(h);
  for (const d of docs) indexShingles(d, seen);
  // inverted index of fingerprints, as one sorted array of fingerprint * N + article; a fingerprint seen
  // once in the archive would be a posting list of one, which counts for nothing
  const N = docs.length;
  const prints = docs.map((d) => fingerprints(d.shingles, seen));
  const entries = new Float64Array(prints.reduce((s, p) => s + p.length, 0));
  let e = 0;
  prints.forEach((p, i) => {
    for (const f of p) entries[e++] = f * N + i;
  });
  entries.sort();
  // posting lists that are neither unique nor boilerplate ([listStart, listEnd) of `member`), and each article's lists
  const member = new Int32Array(entries.length);
  for (let x = 0; x < entries.length; x++) member[x] = entries[x]! % N;
  const listStart: number[] = [];
  const listEnd: number[] = [];
  const listsOf: number[][] = docs.map(() => []);
  for (let s = 0; s < entries.length; ) {
    const f = Math.floor(entries[s]! / N);
    let t = s + 1;
    while (t < entries.length && Math.floor(entries[t]! / N) === f) t++;
    if (t - s >= 2 && t - s <= MAX_POSTINGS) {
      for (let x = s; x < t; x++) listsOf[member[x]!]!.push(listStart.length);
      listStart.push(s);
      listEnd.push(t);
    }
    s = t;
  }

  // aligned regions per article, against each partner with enough shared fingerprints (counted per article)
  const regionsOf: Map<number, Region[]>[] = docs.map(() => new Map());
  const count = new Int32Array(N);
  const touched: number[] = [];
  const partners: number[] = [];
  for (let ai = 0; ai < N; ai++) {
    progress();
    for (const l of listsOf[ai]!) {
      for (let x = listStart[l]!; x < listEnd[l]!; x++) {
        const bi = member[x]!;
        if (bi <= ai) continue;
        if (count[bi] === 0) touched.push(bi);
        count[bi] = count[bi]! + 1;
      }
    }
    for (const bi of touched) {
      if (count[bi]! >= MIN_FINGERPRINTS) partners.push(bi);
      count[bi] = 0;
    }
    touched.length = 0;
    partners.sort((p, q) => p - q);
    for (const bi of partners) {
      const regions = align(docs[ai]!, docs[bi]!);
      if (regions.length === 0) continue;
      regionsOf[ai]!.set(bi, regions);
      regionsOf[bi]!.set(ai, regions.map(flip));
    }
    partners.length = 0;
  }
  const coverage = docs.map(() => new Map<number, number>()); // share of doc a covered by partner b
  docs.forEach((d, ai) => {
    for (const [bi, regions] of regionsOf[ai]!) {
      const c = coveredCount(regions.map((r) => [r.a0, r.a1] as [number, number]));
      coverage[ai]!.set(bi, d.length > 0 ? c / d.length : 0);
    }
  });
  return { docs, regionsOf, coverage };
}

/** Pairs of articles that share passages, with the larger of the two covered shares. */
export interface SharedPair {
  a: number;
  b: number;
  share: number;
}

export function sharedPairs(al: Alignment): SharedPair[] {
  const out: SharedPair[] = [];
  al.coverage.forEach((m, a) => {
    for (const [b, s] of m) if (a < b) out.push({ a, b, share: Math.max(s, al.coverage[b]!.get(a) ?? 0) });
  });
  return out.sort((p, q) => p.a - q.a || p.b - q.b);
}

/** A run of sentences of one article that the same other articles carry: a passage, if the article is the earliest. */
export interface PassageRun {
  doc: number;
  s0: number; // tokens [s0, s1)
  s1: number;
  carriers: readonly number[];
}

/** The runs of all articles, in article order, then text order; they do not depend on the time order. `progress`: once per article. */
export function passageRuns(al: Alignment, progress: () => void = () => {}): PassageRun[] {
  const { docs, regionsOf } = al;
  const runs: PassageRun[] = [];
  docs.forEach((a, ai) => {
    progress();
    const partners = [...regionsOf[ai]!.keys()].sort((p, q) => p - q);
    if (partners.length === 0) return;
    // sentence ranges
    const sentences: [number, number][] = [];
    const { unit, sentenceStart } = positionsOf(a);
    for (let t = 0; t < a.length; t++) {
      if (t === 0 || sentenceStart[t] || unit[t] !== unit[t - 1]) sentences.push([t, t + 1]);
      else sentences[sentences.length - 1]![1] = t + 1;
    }
    const regionLists = partners.map((bi) => regionsOf[ai]!.get(bi)!);
    const carriersOf = sentences.map(([s, e]) => {
      let set: number[] | null = null;
      partners.forEach((bi, x) => {
        const covered = coveredIn(regionLists[x]!, s, e);
        if (covered > 0 && covered / (e - s) >= SENTENCE_SHARE) (set ??= []).push(bi);
      });
      return set ?? NO_CARRIERS;
    });
    let k = 0;
    while (k < sentences.length) {
      const carriers = carriersOf[k]!;
      if (carriers.length === 0) {
        k++;
        continue;
      }
      const key = carriers.join(',');
      let e = k + 1;
      while (e < sentences.length && carriersOf[e]!.join(',') === key) e++;
      const s0 = sentences[k]![0];
      const s1 = sentences[e - 1]![1];
      k = e;
      if (s1 - s0 >= MIN_RUN) runs.push({ doc: ai, s0, s1, carriers });
    }
  });
  return runs;
}

/**
 * The passages several articles carry, and which articles mostly reprint which. `rank` gives each
 * article's place in time order (earliest first); the earliest carrier's wording is the passage text.
 */
export function findSharedPassages(al: Alignment, rank: Map<string, number>, runs: PassageRun[] = passageRuns(al)): PassageResult {
  const { docs, regionsOf, coverage } = al;
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
      const ySource =
        shareY - shareX > 0.15 ? true : shareX - shareY > 0.15 ? false : rankOf(yi) < rankOf(xi);
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

  // passages: runs of sentences with the same carriers, emitted by their earliest carrier
  const passages: SharedPassage[] = [];
  const byArticle = new Map<string, string[]>();
  const add = (id: string, pid: string): void => {
    const l = byArticle.get(id) ?? [];
    if (!l.includes(pid)) l.push(pid);
    byArticle.set(id, l);
  };
  for (const { doc: ai, s0, s1, carriers } of runs) {
    const a = docs[ai]!;
    // owned by the earliest carrier
    if (carriers.some((bi) => rankOf(bi) < rankOf(ai) || (rankOf(bi) === rankOf(ai) && bi < ai))) continue;
    const occurrences: SharedPassage['occurrences'] = [occurrence(a, s0, s1)];
    for (const bi of carriers) {
      let lo = Infinity;
      let hi = -1;
      for (const r of regionsOf[ai]!.get(bi)!) {
        for (let m = 0; m < r.matches.length; m += 2) {
          const i = r.matches[m]!;
          if (i >= s0 && i + SHINGLE <= s1 + 1) {
            lo = Math.min(lo, r.matches[m + 1]!);
            hi = Math.max(hi, r.matches[m + 1]! + SHINGLE);
          }
        }
      }
      if (hi > lo) occurrences.push(occurrence(docs[bi]!, lo, hi));
    }
    if (occurrences.length < 2) continue;
    occurrences.sort((p, q) => (rank.get(p.articleId) ?? 0) - (rank.get(q.articleId) ?? 0) || (p.articleId < q.articleId ? -1 : 1));
    const id = `p-${shortHash(`${a.id}:${s0}:${s1}`)}`;
    passages.push({ id, text: textOf(a, s0, s1), occurrences });
    for (const o of occurrences) add(o.articleId, id);
  }
  passages.sort((p, q) => {
    const ra = rank.get(p.occurrences[0]!.articleId) ?? 0;
    const rb = rank.get(q.occurrences[0]!.articleId) ?? 0;
    return ra - rb || (p.occurrences[0]!.paragraph - q.occurrences[0]!.paragraph) || (p.id < q.id ? -1 : 1);
  });
  return { passages, byArticle, wireCopy, reprints };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function occurrence(d: Doc, t0: number, t1: number): SharedPassage['occurrences'][number] {
  const units = new Set<number>();
  const { unit } = positionsOf(d);
  for (let t = t0; t < Math.min(t1, d.length); t++) units.add(unit[t]!);
  const us = [...units].sort((x, y) => x - y).map((u) => d.units[u]!);
  const first = us[0]!;
  const same = us.filter((u) => u.embedded === first.embedded);
  return {
    articleId: d.id,
    paragraph: first.paragraph,
    paragraphs: same.map((u) => u.paragraph),
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
    parts.push(text.slice(start[t]!, end).trim());
    t = e + 1;
  }
  return parts.join('\n\n');
}

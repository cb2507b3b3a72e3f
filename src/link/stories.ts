// Stories: articles about the same event. Text similarity (TF-IDF over German stems without stop words),
// shared passages and shared entities, within a time window. Candidates come from an inverted index of
// each article's most distinctive stems (very common stems are left out), never from all pairs.
import slugify from '@sindresorhus/slugify';
import type { ArticleRecord, Story } from '../record.ts';
import { shortHash } from './text.ts';
import { dateInterval, weekdayMentions } from './dates.ts';
import type { Prepared, PreparedArticle, Tokens } from './prepare.ts';

const VECTOR_TERMS = 150;
const INDEX_TERMS = 20; // stems per article entered into the candidate index
const MIN_SHARED_INDEX_TERMS = 2;
const MAX_POSTING_SHARE = 0.05; // stems in more than this share of articles (and more than MAX_POSTING_MIN) are not indexed
const MAX_POSTING_MIN = 50;
const MAX_POSTING_MAX = 500; // and never longer than this: a long posting list is all-pairs work for little evidence
const MIN_STEM = 3; // shorter stems are not features
export const STORY_WINDOW_DAYS = 7; // the dated articles of a story lie within this many days
export const STORY_THRESHOLD = 0.15; // link score needed to join two articles
export const MIN_TEXT_SIMILARITY = 0.04; // and at least this much text similarity (or shared passages)

/** An article's TF-IDF vector: term ids ascending (term ids follow the stems' string order), L2-normalised weights. */
export interface Vec {
  terms: Int32Array;
  weights: Float64Array;
}

/** Story features of an article: the content stems (of at least MIN_STEM letters) of title, subtitle, lead, body and embedded copy. */
function featureTexts(p: PreparedArticle): Tokens[] {
  return [p.title, p.subtitle, p.lead, p.body, ...p.embedded];
}

export function buildVectors(prep: Prepared): { vectors: Vec[]; df: Int32Array } {
  const { table, articles } = prep;
  // term ids in the stems' string order, so that comparing ids compares stems
  const stems = [...new Set(table.stem.filter((st) => st.length >= MIN_STEM))].sort();
  const termOfStem = new Map(stems.map((st, t) => [st, t]));
  const termOfWord = Int32Array.from(table.stem, (st) => termOfStem.get(st) ?? -1);
  const T = stems.length;
  const count = new Int32Array(T);
  const df = new Int32Array(T);
  const tfs = articles.map((p) => {
    const touched: number[] = [];
    for (const toks of featureTexts(p)) {
      for (const w of toks.id) {
        const t = termOfWord[w]!;
        if (t < 0) continue;
        if (count[t] === 0) touched.push(t);
        count[t] = count[t]! + 1;
      }
    }
    const terms = Int32Array.from(touched);
    const counts = Int32Array.from(touched, (t) => count[t]!);
    for (const t of touched) {
      count[t] = 0;
      df[t] = df[t]! + 1;
    }
    return { terms, counts };
  });
  const N = articles.length;
  const weightOf = new Float64Array(T);
  const vectors = tfs.map(({ terms, counts }) => {
    const ws = new Float64Array(terms.length);
    for (let k = 0; k < terms.length; k++) ws[k] = (1 + Math.log(counts[k]!)) * Math.log(1 + N / df[terms[k]!]!);
    const top = Int32Array.from(topIndices(ws, terms, VECTOR_TERMS), (k) => terms[k]!).sort();
    for (let k = 0; k < terms.length; k++) weightOf[terms[k]!] = ws[k]!;
    let sq = 0;
    for (const t of top) sq += weightOf[t]! * weightOf[t]!;
    const norm = Math.sqrt(sq) || 1;
    return { terms: top, weights: Float64Array.from(top, (t) => weightOf[t]! / norm) };
  });
  return { vectors, df };
}

/**
 * Indices of the `k` largest weights, ties broken by the smaller term (as a sort by weight, then term, would);
 * in no particular order. `eligible` limits the choice.
 */
export function topIndices(ws: Float64Array, terms: Int32Array, k: number, eligible: (i: number) => boolean = () => true): number[] {
  const cand: number[] = [];
  for (let i = 0; i < ws.length; i++) if (eligible(i)) cand.push(i);
  if (cand.length <= k) return cand;
  const sorted = Float64Array.from(cand, (i) => ws[i]!).sort();
  const threshold = sorted[sorted.length - k]!;
  const out = cand.filter((i) => ws[i]! > threshold);
  const ties = cand.filter((i) => ws[i] === threshold).sort((p, q) => terms[p]! - terms[q]!);
  return out.concat(ties.slice(0, k - out.length));
}

export function cosine(a: Vec, b: Vec): number {
  const at = a.terms;
  const bt = b.terms;
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < at.length && j < bt.length) {
    const x = at[i]!;
    const y = bt[j]!;
    if (x === y) {
      s += a.weights[i]! * b.weights[j]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return s;
}

/**
 * Candidate pairs (i < j) from an inverted index of distinctive stems, plus `extra` pairs; flat [i, j, i, j, …],
 * sorted. Counted per article in a dense array: no map of all pairs.
 */
export function candidatePairs(vectors: Vec[], df: Int32Array, extra: Iterable<[number, number]> = []): Int32Array {
  const N = vectors.length;
  const maxPosting = Math.min(MAX_POSTING_MAX, Math.max(MAX_POSTING_MIN, Math.floor(N * MAX_POSTING_SHARE)));
  const indexed = vectors.map((v) => Int32Array.from(topIndices(v.weights, v.terms, INDEX_TERMS, (k) => df[v.terms[k]!]! >= 2), (k) => v.terms[k]!));
  // postings as one array per term (articles ascending)
  const postings = new Map<number, number[]>();
  indexed.forEach((ts, i) => {
    for (const t of ts) {
      const l = postings.get(t);
      if (!l) postings.set(t, [i]);
      else l.push(i);
    }
  });
  const extraOf: number[][] = Array.from({ length: N }, () => []);
  for (const [a, b] of extra) if (a !== b) extraOf[Math.min(a, b)]!.push(Math.max(a, b));
  const count = new Int32Array(N);
  const out: number[] = [];
  for (let a = 0; a < N; a++) {
    const touched: number[] = [];
    for (const t of indexed[a]!) {
      const l = postings.get(t)!;
      if (l.length < 2 || l.length > maxPosting) continue;
      for (let x = l.length - 1; x >= 0 && l[x]! > a; x--) {
        const b = l[x]!;
        if (count[b] === 0) touched.push(b);
        count[b] = count[b]! + 1;
      }
    }
    const partners = new Set<number>(extraOf[a]);
    for (const b of touched) {
      if (count[b]! >= MIN_SHARED_INDEX_TERMS) partners.add(b);
      count[b] = 0;
    }
    for (const b of [...partners].sort((p, q) => p - q)) out.push(a, b);
  }
  return Int32Array.from(out);
}

export interface PairScore {
  a: number;
  b: number;
  score: number;
  text: number;
}

/** Gap in days between two dated articles' intervals (0 when they overlap), or null when one is undated. */
export function dayGap(a: { lo: number; hi: number } | null, b: { lo: number; hi: number } | null): number | null {
  if (!a || !b) return null;
  return Math.max(0, Math.max(a.lo, b.lo) - Math.min(a.hi, b.hi));
}

export interface StoryInput {
  records: ArticleRecord[];
  vectors: Vec[];
  pairs: Int32Array; // flat [a, b, …]
  passageShare: (a: number, b: number) => number; // share of the shorter article in shared passages
  entityOverlap: (a: number, b: number) => number; // Jaccard of entity sets
}

/** Scores of the candidate pairs; pairs that score 0 (too far apart in time, too little text in common) are left out. */
export function scorePairs(input: StoryInput): PairScore[] {
  const intervals = input.records.map((r) => dateInterval(r.date));
  const weekdays = input.records.map((r) => {
    const v = weekdayMentions(`${r.title}\n${r.lead ?? ''}\n${r.body}`);
    return { v, norm: Math.sqrt(v.reduce((s, x) => s + x * x, 0)) };
  });
  const out: PairScore[] = [];
  const { pairs } = input;
  for (let p = 0; p < pairs.length; p += 2) {
    const a = pairs[p]!;
    const b = pairs[p + 1]!;
    const gap = dayGap(intervals[a]!, intervals[b]!);
    if (gap !== null && gap > STORY_WINDOW_DAYS) continue;
    const passages = input.passageShare(a, b);
    const text = Math.max(cosine(input.vectors[a]!, input.vectors[b]!), passages);
    if (text < MIN_TEXT_SIMILARITY) continue;
    // the weekdays both name as event days: the same event has the same day
    const wa = weekdays[a]!;
    const wb = weekdays[b]!;
    let wd: number | null = null;
    if (wa.norm > 0 && wb.norm > 0) {
      let dot = 0;
      for (let k = 0; k < 7; k++) dot += wa.v[k]! * wb.v[k]!;
      wd = dot / (wa.norm * wb.norm);
    }
    let score = text + 0.6 * passages + 0.1 * input.entityOverlap(a, b) + (wd === null ? 0 : 0.2 * wd - 0.1);
    if (gap !== null) score += 0.05;
    if (score !== 0) out.push({ a, b, score, text });
  }
  return out;
}

/**
 * Groups articles into stories: the strongest links first (ties by ids), joining two groups only when
 * the dated articles of the joined group still lie within the story window. Groups of one are not stories.
 */
export function clusterStories(records: ArticleRecord[], scores: PairScore[]): number[][] {
  const parent = records.map((_, i) => i);
  const iv = records.map((r) => dateInterval(r.date));
  // per group: the latest start and the earliest end of its dated articles
  const maxLo = iv.map((x) => (x ? x.lo : -Infinity));
  const minHi = iv.map((x) => (x ? x.hi : Infinity));
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const sorted = scores
    .filter((s) => s.score >= STORY_THRESHOLD)
    .sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
  for (const s of sorted) {
    const ra = find(s.a);
    const rb = find(s.b);
    if (ra === rb) continue;
    const lo = Math.max(maxLo[ra]!, maxLo[rb]!);
    const hi = Math.min(minHi[ra]!, minHi[rb]!);
    if (Number.isFinite(lo) && Number.isFinite(hi) && lo - hi > STORY_WINDOW_DAYS) continue;
    const root = Math.min(ra, rb);
    const other = Math.max(ra, rb);
    parent[other] = root;
    maxLo[root] = lo;
    minHi[root] = hi;
  }
  const groups = new Map<number, number[]>();
  records.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  return [...groups.values()].filter((g) => g.length >= 2);
}

const MAX_TITLE = 90;

function shorten(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  if (t.length <= MAX_TITLE) return t;
  const cut = t.slice(0, MAX_TITLE);
  const sp = cut.lastIndexOf(' ');
  return `${(sp > 40 ? cut.slice(0, sp) : cut).replace(/[\s,;:.–-]+$/, '')} …`;
}

/**
 * Builds the stories: members in time order (`ordered` gives the records in time order), a readable title
 * (a real headline of the earliest dated article, if any, else the earliest article's title),
 * date range, unique slugs.
 */
export function makeStories(groups: number[][], records: ArticleRecord[], rank: Map<string, number>): Story[] {
  const stories = groups.map((g) => {
    const members = [...g].sort((a, b) => rank.get(records[a]!.id)! - rank.get(records[b]!.id)!);
    const ids = members.map((i) => records[i]!.id);
    const headline = (i: number): boolean => records[i]!.titleSource !== 'derived';
    const dated = members.filter((i) => records[i]!.date);
    const pick =
      dated.find(headline) ?? members.find(headline) ?? dated[0] ?? members[0]!;
    const title = shorten(records[pick]!.title);
    const dates = dated.map((i) => records[i]!.date!);
    return {
      id: `s-${shortHash([...ids].sort().join('|'))}`,
      slug: '',
      title,
      start: dates[0] ?? null,
      end: dates.length ? dates[dates.length - 1]! : null,
      articleIds: ids,
    } satisfies Story;
  });
  stories.sort((a, b) => rank.get(a.articleIds[0]!)! - rank.get(b.articleIds[0]!)! || (a.id < b.id ? -1 : 1));
  const used = new Set<string>();
  for (const s of stories) {
    const base = slugify(s.title) || 'geschichte';
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    s.slug = slug;
  }
  return stories;
}

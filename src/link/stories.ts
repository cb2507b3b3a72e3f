// Stories: articles about the same event. Text similarity (TF-IDF over German stems without stop words),
// shared passages and shared entities, within a time window. Candidates come from an inverted index of
// each article's most distinctive stems (very common stems are left out), never from all pairs.
import slugify from '@sindresorhus/slugify';
import type { ArticleRecord, Story } from '../record.ts';
import { contentStems, shortHash } from './text.ts';
import { dateInterval, weekdayMentions } from './dates.ts';

const VECTOR_TERMS = 150;
let BIGRAMS = false; // pairs of neighbouring stems as extra features (tests and experiments)
export function setBigrams(b: boolean): void { BIGRAMS = b; }
const INDEX_TERMS = 20; // stems per article entered into the candidate index
const MIN_SHARED_INDEX_TERMS = 2;
const MAX_POSTING_SHARE = 0.05; // stems in more than this share of articles (and more than MAX_POSTING_MIN) are not indexed
const MAX_POSTING_MIN = 50;
export const STORY_WINDOW_DAYS = 7; // the dated articles of a story lie within this many days
export const STORY_THRESHOLD = 0.15; // link score needed to join two articles
export const MIN_TEXT_SIMILARITY = 0.04; // and at least this much text similarity (or shared passages)

export interface Vec {
  terms: string[];
  weights: Float64Array; // L2-normalised, terms sorted
}

/**
 * Features of a text for story similarity: content stems (optionally also pairs of neighbouring content
 * stems within a sentence; off: on small archives they dilute more than they help).
 */
export function storyFeatures(text: string): string[] {
  const out: string[] = [];
  for (const sentence of text.split(/(?<=[.!?:;])\s+|\n+/)) {
    const stems = contentStems(sentence).filter((x) => x.length >= 3);
    for (let i = 0; i < stems.length; i++) {
      const st = stems[i]!;
      out.push(st);
      if (BIGRAMS && i > 0) out.push(`${stems[i - 1]} ${st}`);
    }
  }
  return out;
}

export function buildVectors(records: ArticleRecord[]): { vectors: Vec[]; df: Map<string, number> } {
  const tfs = records.map((r) => {
    const tf = new Map<string, number>();
    const text = [r.title, r.subtitle ?? '', r.lead ?? '', r.body, ...r.embedded.map((e) => e.text)].join('\n');
    for (const f of storyFeatures(text)) tf.set(f, (tf.get(f) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of tfs) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const N = records.length;
  const vectors = tfs.map((tf) => {
    const ws = [...tf].map(([t, c]) => [t, (1 + Math.log(c)) * Math.log(1 + N / df.get(t)!)] as [string, number]);
    ws.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const top = ws.slice(0, VECTOR_TERMS).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
    return { terms: top.map(([t]) => t), weights: Float64Array.from(top.map(([, w]) => w / norm)) };
  });
  return { vectors, df };
}

export function cosine(a: Vec, b: Vec): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) {
      s += a.weights[i]! * b.weights[j]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return s;
}

/** Candidate pairs (i < j) from an inverted index of distinctive stems. */
export function candidatePairs(vectors: Vec[], df: Map<string, number>, extra: Iterable<[number, number]> = []): [number, number][] {
  const N = vectors.length;
  const maxPosting = Math.max(MAX_POSTING_MIN, Math.floor(N * MAX_POSTING_SHARE));
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    const idx = [...v.terms.keys()]
      .filter((k) => (df.get(v.terms[k]!) ?? 0) >= 2)
      .sort((p, q) => v.weights[q]! - v.weights[p]! || (v.terms[p]! < v.terms[q]! ? -1 : 1))
      .slice(0, INDEX_TERMS);
    for (const k of idx) {
      const t = v.terms[k]!;
      const l = postings.get(t);
      if (!l) postings.set(t, [i]);
      else l.push(i);
    }
  });
  const counts = new Map<number, number>();
  for (const l of postings.values()) {
    if (l.length < 2 || l.length > maxPosting) continue;
    for (let x = 0; x < l.length; x++) for (let y = x + 1; y < l.length; y++) {
      const key = l[x]! * N + l[y]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const out = new Set<number>();
  for (const [k, c] of counts) if (c >= MIN_SHARED_INDEX_TERMS) out.add(k);
  for (const [a, b] of extra) if (a !== b) out.add(Math.min(a, b) * N + Math.max(a, b));
  return [...out].sort((a, b) => a - b).map((k) => [Math.floor(k / N), k % N]);
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
  pairs: [number, number][];
  passageShare: (a: number, b: number) => number; // share of the shorter article in shared passages
  entityOverlap: (a: number, b: number) => number; // Jaccard of entity sets
  rank: Map<string, number>;
}

export function scorePairs(input: StoryInput): PairScore[] {
  const intervals = input.records.map((r) => dateInterval(r.date));
  const weekdays = input.records.map((r) => {
    const v = weekdayMentions(`${r.title}\n${r.lead ?? ''}\n${r.body}`);
    return { v, norm: Math.sqrt(v.reduce((s, x) => s + x * x, 0)) };
  });
  const out: PairScore[] = [];
  for (const [a, b] of input.pairs) {
    const passages = input.passageShare(a, b);
    const text = Math.max(cosine(input.vectors[a]!, input.vectors[b]!), passages);
    const gap = dayGap(intervals[a]!, intervals[b]!);
    // the weekdays both name as event days: the same event has the same day
    const wa = weekdays[a]!;
    const wb = weekdays[b]!;
    const wd = wa.norm > 0 && wb.norm > 0 ? wa.v.reduce((s, x, k) => s + x * wb.v[k]!, 0) / (wa.norm * wb.norm) : null;
    let score = text + 0.6 * passages + 0.1 * input.entityOverlap(a, b) + (wd === null ? 0 : 0.2 * wd - 0.1);
    if (gap !== null) score = gap > STORY_WINDOW_DAYS ? 0 : score + 0.05;
    if (text < MIN_TEXT_SIMILARITY) score = 0;
    out.push({ a, b, score, text });
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

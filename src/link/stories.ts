// Stories: articles about the same event. Text similarity (TF-IDF over German stems without stop words),
// shared passages and shared entities, within a time window. Candidates come from an inverted index of
// each article's most distinctive stems (very common stems are left out), never from all pairs.
import { makeSlug } from '../slug.ts';
import type { ArticleRecord, Story } from '../record.ts';
import { contentStems, shortHash } from './text.ts';
import { dateInterval, formatDateDe, weekdayMentions } from './dates.ts';
import type { Prepared, PreparedArticle, Tokens } from './prepare.ts';

const VECTOR_TERMS = 150;
const INDEX_TERMS = 20; // stems per article entered into the candidate index
const MIN_SHARED_INDEX_TERMS = 2;
const MAX_POSTING_SHARE = 0.05; // stems in more than this share of articles (and more than MAX_POSTING_MIN) are not indexed
const MAX_POSTING_MIN = 50;
const MAX_POSTING_MAX = 500; // and never longer than this: a long posting list is all-pairs work for little evidence
const MIN_STEM = 3; // shorter stems are not features
export const STORY_WINDOW_DAYS = 31; // the dated articles of a story lie within a month (coverage of one event runs for weeks)
export const STORY_THRESHOLD = 0.15; // link score needed to join two articles (for groups: their average link)
export const DATED_BONUS = 0.05; // score for two dated articles within the window: their dates agree
// An article dated only to a month or year, or undated, has no such agreement to offer: it joins a story with
// the text evidence alone that a pair of day-dated articles needs with the date agreement.
export const ATTACH_THRESHOLD = STORY_THRESHOLD + DATED_BONUS;
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
    const counts = new Int32Array(touched.length);
    touched.forEach((t, k) => {
      counts[k] = count[t]!;
      count[t] = 0;
      df[t] = df[t]! + 1;
    });
    return { terms, counts };
  });
  const N = articles.length;
  const weightOf = new Float64Array(T);
  const vectors = tfs.map(({ terms, counts }) => {
    const ws = new Float64Array(terms.length);
    for (let k = 0; k < terms.length; k++) ws[k] = (1 + Math.log(counts[k]!)) * Math.log(1 + N / df[terms[k]!]!);
    const chosen = topIndices(ws, terms, VECTOR_TERMS);
    const top = new Int32Array(chosen.length);
    chosen.forEach((k, x) => (top[x] = terms[k]!));
    top.sort();
    for (let k = 0; k < terms.length; k++) weightOf[terms[k]!] = ws[k]!;
    let sq = 0;
    for (const t of top) sq += weightOf[t]! * weightOf[t]!;
    const norm = Math.sqrt(sq) || 1;
    const weights = new Float64Array(top.length);
    top.forEach((t, x) => (weights[x] = weightOf[t]! / norm));
    return { terms: top, weights };
  });
  return { vectors, df };
}

/**
 * Indices of the `k` largest weights, ties broken by the smaller term (as a sort by weight, then term, would);
 * in no particular order. `eligible` limits the choice.
 */
function topIndices(ws: Float64Array, terms: Int32Array, k: number, eligible: (i: number) => boolean = () => true): number[] {
  const cand: number[] = [];
  for (let i = 0; i < ws.length; i++) if (eligible(i)) cand.push(i);
  if (cand.length <= k) return cand;
  if (cand.length > selectScratch.length) selectScratch = new Float64Array(2 * cand.length);
  for (let x = 0; x < cand.length; x++) selectScratch[x] = ws[cand[x]!]!;
  const threshold = select(selectScratch, cand.length, cand.length - k);
  const out = cand.filter((i) => ws[i]! > threshold);
  const ties = cand.filter((i) => ws[i] === threshold).sort((p, q) => terms[p]! - terms[q]!);
  return out.concat(ties.slice(0, k - out.length));
}

let selectScratch = new Float64Array(1024);

/** The value at `target` in the ascending order of a[0, n) (quickselect, reorders a): no full sort for one threshold. */
function select(a: Float64Array, n: number, target: number): number {
  let lo = 0;
  let hi = n - 1;
  while (hi > lo) {
    const x = a[lo]!;
    const y = a[(lo + hi) >> 1]!;
    const z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y; // median of three
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return a[target]!;
  }
  return a[target]!;
}

/**
 * Candidate pairs (i < j) from an inverted index of distinctive stems, plus `extra` pairs; flat [i, j, i, j, …],
 * sorted. Counted per article in a dense array: no map of all pairs.
 */
export function candidatePairs(vectors: Vec[], df: Int32Array, extra: Iterable<[number, number]> = []): Int32Array {
  const N = vectors.length;
  const maxPosting = Math.min(MAX_POSTING_MAX, Math.max(MAX_POSTING_MIN, Math.floor(N * MAX_POSTING_SHARE)));
  const indexed = vectors.map((v) =>
    Int32Array.from(
      topIndices(v.weights, v.terms, INDEX_TERMS, (k) => df[v.terms[k]!]! >= 2),
      (k) => v.terms[k]!,
    ),
  );
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
  const isPartner = new Uint8Array(N);
  const touched: number[] = [];
  const partners: number[] = [];
  const add = (b: number): void => {
    if (isPartner[b]) return;
    isPartner[b] = 1;
    partners.push(b);
  };
  const out: number[] = [];
  for (let a = 0; a < N; a++) {
    for (const t of indexed[a]!) {
      const l = postings.get(t)!;
      if (l.length < 2 || l.length > maxPosting) continue;
      for (let x = l.length - 1; x >= 0 && l[x]! > a; x--) {
        const b = l[x]!;
        if (count[b] === 0) touched.push(b);
        count[b] = count[b]! + 1;
      }
    }
    for (const b of extraOf[a]!) add(b);
    for (const b of touched) {
      if (count[b]! >= MIN_SHARED_INDEX_TERMS) add(b);
      count[b] = 0;
    }
    touched.length = 0;
    for (const b of Int32Array.from(partners).sort()) {
      isPartner[b] = 0;
      out.push(a, b);
    }
    partners.length = 0;
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
  const { pairs, vectors } = input;
  // the pairs come grouped by their first article: its vector is spread out over all terms once, and each
  // partner's cosine is a lookup per term of the partner (no merge of the two term lists)
  let terms = 0;
  for (const v of vectors) if (v.terms.length > 0) terms = Math.max(terms, v.terms[v.terms.length - 1]! + 1);
  const dense = new Float64Array(terms);
  let spread = -1;
  for (let p = 0; p < pairs.length; p += 2) {
    const a = pairs[p]!;
    const b = pairs[p + 1]!;
    const gap = dayGap(intervals[a]!, intervals[b]!);
    if (gap !== null && gap > STORY_WINDOW_DAYS) continue;
    if (a !== spread) {
      if (spread >= 0) for (const t of vectors[spread]!.terms) dense[t] = 0;
      const va = vectors[a]!;
      for (let k = 0; k < va.terms.length; k++) dense[va.terms[k]!] = va.weights[k]!;
      spread = a;
    }
    const vb = vectors[b]!;
    let cos = 0;
    for (let k = 0; k < vb.terms.length; k++) cos += dense[vb.terms[k]!]! * vb.weights[k]!;
    const passages = input.passageShare(a, b);
    const text = Math.max(cos, passages);
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
    if (gap !== null) score += DATED_BONUS;
    if (score !== 0) out.push({ a, b, score, text });
  }
  return out;
}

/** A binary max-heap of group pairs by average link, ties by the smaller ids (deterministic merge order). */
class PairHeap {
  private readonly items: { v: number; a: number; b: number; na: number; nb: number }[] = [];
  get size(): number {
    return this.items.length;
  }
  private before(i: number, j: number): boolean {
    const x = this.items[i]!;
    const y = this.items[j]!;
    return x.v > y.v || (x.v === y.v && (x.a < y.a || (x.a === y.a && x.b < y.b)));
  }
  private swap(i: number, j: number): void {
    const t = this.items[i]!;
    this.items[i] = this.items[j]!;
    this.items[j] = t;
  }
  push(item: { v: number; a: number; b: number; na: number; nb: number }): void {
    this.items.push(item);
    for (let i = this.items.length - 1; i > 0;) {
      const up = (i - 1) >> 1;
      if (!this.before(i, up)) break;
      this.swap(i, up);
      i = up;
    }
  }
  pop(): { v: number; a: number; b: number; na: number; nb: number } {
    const top = this.items[0]!;
    const last = this.items.pop()!;
    if (this.items.length > 0) {
      this.items[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.items.length && this.before(l, m)) m = l;
        if (r < this.items.length && this.before(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}

/**
 * Average-linkage agglomeration of `items` over the links in `adj` (article → linked article → score; links to
 * articles outside `items` are ignored): repeatedly joins the two groups with the highest average link over all
 * their member pairs (a pair without a link counts 0) while that average is at least `threshold` and the dated
 * articles of the joined group still lie within the story window. A single strong link between two groups is
 * not enough to join them: the link has to be supported by the groups as a whole. Sparse: only groups with a
 * link between them are ever compared, and a merge moves the smaller group's links into the larger.
 */
function averageLinkage(items: number[], adj: Map<number, number>[], threshold: number, maxLo: number[], minHi: number[]): number[][] {
  const inSet = new Set(items);
  const members = new Map<number, number[]>();
  const links = new Map<number, Map<number, number>>(); // group root → neighbour root → sum of link scores
  const heap = new PairHeap();
  for (const a of items) {
    members.set(a, [a]);
    const m = new Map<number, number>();
    for (const [b, sc] of adj[a]!) if (inSet.has(b)) m.set(b, sc);
    links.set(a, m);
  }
  for (const a of items) for (const [b, sc] of links.get(a)!) if (a < b) heap.push({ v: sc, a, b, na: 1, nb: 1 });
  while (heap.size > 0) {
    const top = heap.pop();
    if (top.v < threshold) break;
    const ga = members.get(top.a);
    const gb = members.get(top.b);
    // stale: a group was merged away or has grown since this entry was pushed
    if (!ga || !gb || ga.length !== top.na || gb.length !== top.nb) continue;
    const lo = Math.max(maxLo[top.a]!, maxLo[top.b]!);
    const hi = Math.min(minHi[top.a]!, minHi[top.b]!);
    if (Number.isFinite(lo) && Number.isFinite(hi) && lo - hi > STORY_WINDOW_DAYS) continue;
    const [keep, gone] = ga.length >= gb.length ? [top.a, top.b] : [top.b, top.a];
    const gk = members.get(keep)!;
    for (const x of members.get(gone)!) gk.push(x);
    members.delete(gone);
    maxLo[keep] = lo;
    minHi[keep] = hi;
    const lk = links.get(keep)!;
    lk.delete(gone);
    for (const [c, sc] of links.get(gone)!) {
      if (c === keep) continue;
      const lc = links.get(c)!;
      lc.delete(gone);
      const sum = (lk.get(c) ?? 0) + sc;
      lk.set(c, sum);
      lc.set(keep, sum);
    }
    links.delete(gone);
    for (const [c, sum] of lk) {
      const gc = members.get(c)!;
      const [a, b] = keep < c ? [keep, c] : [c, keep];
      heap.push({ v: sum / (gk.length * gc.length), a, b, na: members.get(a)!.length, nb: members.get(b)!.length });
    }
  }
  return [...members.values()];
}

/**
 * Groups articles into stories, in three steps, so that an article with a vague date can join a story but never
 * bridge two:
 * 1. the articles dated to the day are clustered by average linkage (`averageLinkage`): a story grows only
 *    when the new articles are linked to the group as a whole, not through one chance link;
 * 2. each article dated only to a month or year, or undated, joins the group of step 1 it is linked to best
 *    (the highest average link over the group's members, at least ATTACH_THRESHOLD, dates compatible);
 *    it is compared with the groups as step 1 left them, so it cannot pull two of them together;
 * 3. the rest of those articles are clustered among themselves as in step 1 (with ATTACH_THRESHOLD).
 * Groups of one are not stories.
 */
export function clusterStories(records: ArticleRecord[], scores: PairScore[]): number[][] {
  const iv = records.map((r) => dateInterval(r.date));
  // per group: the latest start and the earliest end of its dated articles
  const maxLo = iv.map((x) => (x ? x.lo : -Infinity));
  const minHi = iv.map((x) => (x ? x.hi : Infinity));
  const adj = records.map(() => new Map<number, number>());
  for (const s of scores) {
    if (s.score < STORY_THRESHOLD) continue;
    adj[s.a]!.set(s.b, s.score);
    adj[s.b]!.set(s.a, s.score);
  }
  const byDay: number[] = [];
  const vague: number[] = [];
  records.forEach((_, i) => (iv[i] && iv[i].lo === iv[i].hi ? byDay : vague).push(i));

  const core = averageLinkage(byDay, adj, STORY_THRESHOLD, maxLo, minHi);
  const groupOf = new Int32Array(records.length).fill(-1);
  core.forEach((g, k) => {
    for (const x of g) groupOf[x] = k;
  });
  const coreLo = core.map((g) => Math.max(...g.map((x) => maxLo[x]!)));
  const coreHi = core.map((g) => Math.min(...g.map((x) => minHi[x]!)));
  const joins: [number, number][] = [];
  const rest: number[] = [];
  const sums = new Map<number, number>();
  for (const x of vague) {
    sums.clear();
    for (const [y, sc] of adj[x]!) {
      const k = groupOf[y]!;
      if (k >= 0) sums.set(k, (sums.get(k) ?? 0) + sc);
    }
    let best = -1;
    let bestAvg = ATTACH_THRESHOLD;
    for (const [k, sum] of sums) {
      const avg = sum / core[k]!.length;
      if (avg < bestAvg || (avg === bestAvg && best >= 0 && k > best)) continue;
      const x0 = iv[x];
      if (x0 && Math.max(coreLo[k]!, x0.lo) - Math.min(coreHi[k]!, x0.hi) > STORY_WINDOW_DAYS) continue;
      best = k;
      bestAvg = avg;
    }
    if (best >= 0) joins.push([x, best]);
    else rest.push(x);
  }
  for (const [x, k] of joins) core[k]!.push(x);
  const others = averageLinkage(rest, adj, ATTACH_THRESHOLD, maxLo, minHi);
  return [...core, ...others].filter((g) => g.length >= 2).map((g) => g.sort((a, b) => a - b));
}

const MAX_TITLE = 90;

function shorten(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  if (t.length <= MAX_TITLE) return t;
  const cut = t.slice(0, MAX_TITLE);
  const sp = cut.lastIndexOf(' ');
  return `${(sp > 40 ? cut.slice(0, sp) : cut).replace(/[\s,;:.–-]+$/, '')} …`;
}

/** A title the story could carry, with what makes it better or worse than the others. */
interface TitleCandidate {
  title: string;
  tier: number; // 0 a headline that fits, 1 a headline to shorten, 2 a whole derived sentence, 3 a cut one, 4 a text's opening
  dated: boolean;
  common: number; // how many of the story's other titles share its words, on average per word
  order: number; // time order within the story
  outlet: string | null;
}

const titleWords = (t: string): Set<string> => new Set(contentStems(t).filter((w) => w.length >= MIN_STEM));

/**
 * The story's possible titles, best first: real headlines (header, headline, front matter) before any derived
 * from a text, the first dated headline before others, else the headline whose words the story's titles share
 * most; derived titles only as a last resort, whole sentences before cut ones and openings that lean on context.
 */
function titleCandidates(members: number[], records: ArticleRecord[]): TitleCandidate[] {
  const words = members.map((i) => titleWords(`${records[i]!.title} ${records[i]!.subtitle ?? ''}`));
  const cands = members.map((i, k): TitleCandidate => {
    const r = records[i]!;
    const title = r.title.replace(/\s+/g, ' ').trim();
    const derived = r.titleSource === 'derived' || r.titleSource === 'opening';
    const cut = /…$/.test(title) || title.length > MAX_TITLE; // cut already, or shortened below
    const tier = !derived ? (title.length <= MAX_TITLE ? 0 : 1) : r.titleSource === 'opening' ? 4 : cut ? 3 : 2;
    const own = titleWords(r.title);
    let shared = 0;
    for (const w of own) for (let j = 0; j < members.length; j++) if (j !== k && words[j]!.has(w)) shared++;
    return { title: shorten(title), tier, dated: !!r.date, common: own.size ? shared / own.size : 0, order: k, outlet: r.outlet ?? r.agencies[0] ?? null };
  });
  // within a tier: a dated headline in time order first; otherwise the most shared words, then time order
  return cands.sort(
    (a, b) =>
      a.tier - b.tier ||
      (a.tier <= 1 ? Number(b.dated) - Number(a.dated) : 0) ||
      (a.tier <= 1 && a.dated && b.dated ? a.order - b.order : 0) ||
      b.common - a.common ||
      a.order - b.order,
  );
}

/**
 * Gives stories that would share a title a distinct one: another candidate of the same standing when the story
 * has one, else the shared title with the story's first date, else its outlet, else a number, in brackets.
 */
function distinctTitles(stories: { story: Story; cands: TitleCandidate[] }[]): void {
  const key = (t: string): string => t.toLocaleLowerCase('de');
  const count = new Map<string, number>();
  for (const { cands } of stories) count.set(key(cands[0]!.title), (count.get(key(cands[0]!.title)) ?? 0) + 1);
  const taken = new Set<string>();
  for (const x of stories) {
    const best = x.cands[0]!;
    if (count.get(key(best.title))! === 1) continue;
    const alt = x.cands.find((c) => c.tier === best.tier && count.get(key(c.title)) === undefined && !taken.has(key(c.title)));
    if (!alt) continue;
    count.set(key(best.title), count.get(key(best.title))! - 1);
    taken.add(key(alt.title));
    x.story.title = alt.title;
  }
  const groups = new Map<string, { story: Story; cands: TitleCandidate[] }[]>();
  for (const x of stories) {
    if (x.story.title !== x.cands[0]!.title || count.get(key(x.story.title))! < 2) continue;
    const g = groups.get(key(x.story.title)) ?? [];
    g.push(x);
    groups.set(key(x.story.title), g);
  }
  for (const g of groups.values()) {
    const byDate = (x: (typeof g)[number]) => (x.story.start ? formatDateDe(x.story.start) : null);
    const label = [byDate, (x: (typeof g)[number]) => x.cands[0]!.outlet].find((f) => new Set(g.map(f)).size === g.length && g.every((x) => f(x) !== null));
    for (const [n, x] of g.entries()) {
      x.story.title = `${x.story.title} (${label ? label(x)! : n + 1})`;
      if (label === byDate) x.story.titleDate = x.story.start!;
    }
  }
}

/**
 * Builds the stories: members in time order (`ordered` gives the records in time order), a title of their own
 * (see titleCandidates; `titleDerived` when no article has a headline), date range, distinct titles, unique slugs.
 */
export function makeStories(groups: number[][], records: ArticleRecord[], rank: Map<string, number>): Story[] {
  const built = groups.map((g) => {
    const members = [...g].sort((a, b) => rank.get(records[a]!.id)! - rank.get(records[b]!.id)!);
    const ids = members.map((i) => records[i]!.id);
    const cands = titleCandidates(members, records);
    const dates = members.filter((i) => records[i]!.date).map((i) => records[i]!.date!);
    const story: Story = {
      id: `s-${shortHash([...ids].sort().join('|'))}`,
      slug: '',
      title: cands[0]!.title,
      ...(cands[0]!.tier >= 2 ? { titleDerived: true } : {}),
      start: dates[0] ?? null,
      end: dates.length ? dates[dates.length - 1]! : null,
      articleIds: ids,
    };
    return { story, cands };
  });
  built.sort((a, b) => rank.get(a.story.articleIds[0]!)! - rank.get(b.story.articleIds[0]!)! || (a.story.id < b.story.id ? -1 : 1));
  distinctTitles(built);
  const stories = built.map((x) => x.story);
  const used = new Set<string>();
  for (const s of stories) {
    const base = makeSlug(s.title) || 'geschichte';
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    s.slug = slug;
  }
  return stories;
}

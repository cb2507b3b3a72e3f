// The link stage: from the ingested records to the relations between them (stories, inferred dates,
// shared passages, shared quotes, entities, sources, related articles). Pure and deterministic.
import { readFileSync } from 'node:fs';
import { makeSlug } from '../slug.ts';
import type { ArticleLinks, ArticleRecord, LinkedArchive, Source, Story } from '../record.ts';
import { type InferredDate, inferDate, timeRank } from './dates.ts';
import { findEntities } from './entities.ts';
import { type KnownEntity, SHIPPED_ENTITIES_FILE, mergeKnownEntities, parseKnownEntities } from './known.ts';
import { type TextJob, startTextJob } from './text-job.ts';
import { sharedQuotes } from './quotes.ts';
import { relatedArticles } from './related.ts';
import { type PairScore, buildVectors, candidatePairs, clusterStories, makeStories, scorePairs } from './stories.ts';
import { type Prepared, prepareArticles } from './prepare.ts';
import { fold } from './text.ts';

export type { KnownEntity } from './known.ts';
export { loadKnownEntities, userEntitiesFile } from './known.ts';

export interface LinkOptions {
  /** Known names, merged over the shipped data file (data/entities.json). */
  knownEntities?: KnownEntity[];
  /**
   * Find the shared passages and group the quotes in a worker thread, in parallel with the other relations
   * (text-job.ts). Default: from 2,000 articles on, falling back to this thread if the worker fails; `true`:
   * always, and a failing worker is an error; `false`: never. The result is the same.
   */
  textWorker?: boolean;
}

let shippedCache: KnownEntity[] | null = null;
function shippedEntities(): KnownEntity[] {
  if (!shippedCache) shippedCache = parseKnownEntities(JSON.parse(readFileSync(SHIPPED_ENTITIES_FILE, 'utf8')), SHIPPED_ENTITIES_FILE);
  return shippedCache;
}

/** Computes the relations between the articles. Does not change `records`. */
export function linkArchive(records: ArticleRecord[], options: LinkOptions = {}): LinkedArchive {
  const known = mergeKnownEntities(shippedEntities(), options.knownEntities ?? []);
  // work in id order so that the result does not depend on the input order
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // shared passages and quote groups need the texts alone: a worker thread, started first, finds them meanwhile
  let prep: Prepared | null = null;
  const textJob = startTextJob(sorted, () => prep!, options.textWorker);
  try {
    const articles = sorted.map((r) => copyData(r));
    prep = prepareArticles(articles);
    return linkPrepared(articles, known, prep, textJob);
  } finally {
    textJob.close();
  }
}

/** The relations of `articles` (in id order, this call's own copies), tokenised in `prep`. */
function linkPrepared(articles: ArticleRecord[], known: KnownEntity[], prep: Prepared, textJob: TextJob): LinkedArchive {
  const indexOf = new Map(articles.map((a, i) => [a.id, i]));
  const rank0 = timeRank(articles);
  const ents = findEntities(articles, known, prep);
  const { groups, scores } = storyGroups(articles, prep, textJob, entitySets(articles, ents.byArticle));
  let stories = makeStories(groups, articles, rank0);
  const inferred = inferStoryDates(stories, articles, indexOf);
  const rank = timeRank(articles);
  const byRank = (x: string, y: string): number => rank.get(x)! - rank.get(y)!;
  stories = inTimeOrder(stories, articles, indexOf, byRank);

  textJob.findPassages(rank);
  const quotes = sharedQuotes(textJob.quoteGroups(), articles, rank, ents.canonicalName, ents.personsIn);
  const entities = ents.entities.map((e) => ({ ...e, articleIds: [...e.articleIds].sort(byRank) }));
  const storyOf = new Array<number>(articles.length).fill(-1);
  const storyMembers = stories.map((s, si) =>
    s.articleIds.map((id) => {
      const i = indexOf.get(id)!;
      storyOf[i] = si;
      return i;
    }),
  );
  const related = relatedArticles(
    articles.length,
    storyOf,
    storyMembers,
    scores,
    articles.map((a) => rank.get(a.id)!),
  );
  const sources = buildSources(articles, byRank);
  const passages = textJob.passages();

  const ordered = [...articles].sort((a, b) => byRank(a.id, b.id));
  const links: Record<string, ArticleLinks> = {};
  for (const a of ordered) {
    const i = indexOf.get(a.id)!;
    const wc = passages.wireCopy.get(a.id) ?? null;
    const inf = inferred.get(a.id) ?? null;
    links[a.id] = {
      story: storyOf[i]! >= 0 ? stories[storyOf[i]!]!.id : null,
      inferredDate: inf ? { date: inf.date, precision: inf.precision, reason: inf.reason, evidence: inf.evidence } : null,
      wireCopyOf: wc?.of ?? null,
      wireCopy: wc,
      reprints: passages.reprints.get(a.id) ?? [],
      passages: passages.byArticle.get(a.id) ?? [],
      quotes: quotes.byArticle.get(a.id) ?? [],
      related: related[i]!.map((j) => articles[j]!.id),
      entities: ents.byArticle.get(a.id) ?? [],
    };
  }
  return { articles: ordered, links, stories, passages: passages.passages, quotes: quotes.quotes, entities, sources };
}

/** Each article's entities as ascending numbers, for the overlap of two articles' entities. */
function entitySets(articles: ArticleRecord[], byArticle: Map<string, string[]>): Int32Array[] {
  const entityIds = new Map<string, number>();
  const entityId = (slug: string): number => {
    let k = entityIds.get(slug);
    if (k === undefined) entityIds.set(slug, (k = entityIds.size));
    return k;
  };
  return articles.map((a) => Int32Array.from(new Set(byArticle.get(a.id) ?? []), entityId).sort());
}

/** The story groups (article indexes) from word vectors, shared passages and shared entities, with the pair scores. */
function storyGroups(articles: ArticleRecord[], prep: Prepared, textJob: TextJob, entSets: Int32Array[]): { groups: number[][]; scores: PairScore[] } {
  const n = articles.length;
  const { vectors, df } = buildVectors(prep);
  const shared = textJob.sharedPairs();
  const passageShare = new Map<number, number>();
  for (const s of shared) passageShare.set(s.a * n + s.b, s.share);
  const pairs = candidatePairs(
    vectors,
    df,
    shared.map((s) => [s.a, s.b] as [number, number]),
  );
  const scores = scorePairs({
    records: articles,
    vectors,
    pairs,
    passageShare: (a, b) => passageShare.get(Math.min(a, b) * n + Math.max(a, b)) ?? 0,
    entityOverlap: (a, b) => jaccard(entSets[a]!, entSets[b]!),
  });
  return { groups: clusterStories(articles, scores), scores };
}

/** Dates inferred from the story for its undated articles, set on those articles (marked 'inferred'). */
function inferStoryDates(stories: Story[], articles: ArticleRecord[], indexOf: Map<string, number>): Map<string, InferredDate> {
  const inferred = new Map<string, InferredDate>();
  for (const st of stories) {
    const dated = st.articleIds
      .map((id) => articles[indexOf.get(id)!]!)
      .filter((a) => a.date)
      .map((a) => ({ id: a.id, date: a.date! }));
    for (const id of st.articleIds) {
      const a = articles[indexOf.get(id)!]!;
      if (a.date) continue;
      const inf = inferDate(a, dated, st.title);
      if (!inf) continue;
      inferred.set(id, inf);
      a.date = inf.date;
      a.datePrecision = inf.precision;
      a.dateSource = 'inferred';
      a.dateText = inf.reason;
    }
  }
  return inferred;
}

/** The stories with their articles in time order and their span of own (not inferred) dates, earliest story first. */
function inTimeOrder(stories: Story[], articles: ArticleRecord[], indexOf: Map<string, number>, byRank: (x: string, y: string) => number): Story[] {
  const out = stories.map((s) => {
    const ids = [...s.articleIds].sort(byRank);
    const dates = ids
      .map((id) => articles[indexOf.get(id)!]!)
      .filter((a) => a.date && a.dateSource !== 'inferred')
      .map((a) => a.date!);
    return { ...s, articleIds: ids, start: dates[0] ?? null, end: dates[dates.length - 1] ?? null };
  });
  return out.sort((a, b) => byRank(a.articleIds[0]!, b.articleIds[0]!) || (a.id < b.id ? -1 : 1));
}

/**
 * A deep copy of JSON-like data (records are): arrays and plain objects are copied, strings shared (they cannot
 * change), anything else goes through structuredClone. Copying the texts, as structuredClone does, costs
 * a second copy of the archive for the garbage collector to move.
 */
function copyData<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyData) as T;
  if (Object.getPrototypeOf(value) !== Object.prototype) return structuredClone(value);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = copyData(v);
  return out as T;
}

/** Jaccard of two sets given as ascending id arrays. */
function jaccard(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let inter = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      inter++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return inter / (a.length + b.length - inter);
}

/** Outlets from `record.outlet`, agencies from `record.agencies`; names compared case-insensitively. */
function buildSources(articles: ArticleRecord[], byRank: (a: string, b: string) => number): Source[] {
  const groups = new Map<string, { kind: Source['kind']; names: Map<string, number>; ids: Set<string> }>();
  const add = (kind: Source['kind'], name: string, id: string): void => {
    const clean = name.trim();
    if (!clean) return;
    const key = `${kind}:${fold(clean).replace(/[^\p{L}\p{N}]+/gu, '')}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { kind, names: new Map(), ids: new Set() }));
    g.names.set(clean, (g.names.get(clean) ?? 0) + 1);
    g.ids.add(id);
  };
  for (const a of articles) {
    if (a.outlet) add('outlet', a.outlet, a.id);
    for (const ag of a.agencies) add('agency', ag, a.id);
  }
  const list = [...groups].map(([key, g]) => {
    const name = [...g.names].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0];
    return { key, kind: g.kind, name, ids: [...g.ids].sort(byRank) };
  });
  list.sort((a, b) => (a.kind !== b.kind ? (a.kind === 'outlet' ? -1 : 1) : fold(a.name) < fold(b.name) ? -1 : fold(a.name) > fold(b.name) ? 1 : a.key < b.key ? -1 : 1));
  const used = new Set<string>();
  return list.map((s) => {
    const base = makeSlug(s.name) || s.kind;
    let slug = base;
    if (used.has(slug)) slug = `${base}-${s.kind === 'agency' ? 'agentur' : 'medium'}`;
    for (let k = 2; used.has(slug); k++) slug = `${base}-${k}`;
    used.add(slug);
    return { slug, name: s.name, kind: s.kind, articleIds: s.ids };
  });
}

// Quotes carried by several articles: one quotation in any quote marks („…“ «…» »…« "…" “…”) and with small
// variants (zu-infinitives, spelling of compounds, a letter or two) is one quote.
import { isQuotation } from '../quotation.ts';
import type { ArticleRecord, SharedQuote } from '../record.ts';
import { type Paragraph, type Tokens, WordTable, paragraphTokens } from './prepare.ts';
import { isStopWord, levenshtein, shortHash } from './text.ts';

const PROXY_SPEAKER = /\b(?:Sprecher|Sprecherin|Berater|Beraterin|Vertreter|Vertreterin|Mitarbeiter|Mitarbeiterin|Umfeld|Büro)\s+(?:von|des|der|aus dem)\b/u;

const MAX_QUOTE = 600; // characters
const MIN_SIMILARITY = 0.8; // 1 - edit distance / length of the compact keys
const KEYS_PER_QUOTE = 3;
const MAX_BUCKET = 100; // a candidate bucket larger than this is compared against its first MAX_BUCKET quotes only

const CLOSERS: Record<string, string> = { '„': '“”"', '«': '»', '»': '«', '“': '”"', '"': '"', '‹': '›', '›': '‹' };
const QUOTE_MARK_RE = /[„«»“"‹›]/g;

/** Quoted spans of a text, quote marks removed. Unclosed or very long spans are skipped. */
export function extractQuotes(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    // only quote marks can open a quote: jump to the next one
    QUOTE_MARK_RE.lastIndex = i;
    const next = QUOTE_MARK_RE.exec(text);
    if (!next) break;
    i = next.index;
    const c = text[i]!;
    const closers = CLOSERS[c];
    const before = i > 0 ? text[i - 1]! : ' ';
    const after = text[i + 1] ?? ' ';
    const opens =
      closers !== undefined &&
      // a straight or English quote mark opens only before a word and not after one
      (c === '„' || c === '«' || c === '»' || c === '‹' || c === '›' || (!/[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}(.…]/u.test(after)));
    if (!opens) {
      i++;
      continue;
    }
    let j = i + 1;
    let found = -1;
    while (j < text.length && j - i <= MAX_QUOTE) {
      const d = text[j]!;
      if (d === '\n' && text[j + 1] === '\n') break;
      if (closers.includes(d)) {
        found = j;
        break;
      }
      j++;
    }
    if (found < 0) {
      i++;
      continue;
    }
    const inner = text.slice(i + 1, found).trim();
    if (/[\p{L}]/u.test(inner) && isQuotation(text, i, found)) out.push(inner);
    i = found + 1;
  }
  return out;
}

/** Compact comparison key: folded letters only, zu-infinitives folded, leading/trailing stop words and ellipses dropped. */
export function quoteKey(text: string, table = new WordTable()): string {
  return keyOf(table.tokens(text).id, table);
}

/** quoteKey of a tokenised text (ellipses are not words: nothing to remove). */
function keyOf(ids: Int32Array, table: WordTable): string {
  const zu = table.zu;
  let s = 0;
  let e = ids.length;
  while (s < e - 1 && isStopWord(zu[ids[s]!]!)) s++;
  while (e - 1 > s && isStopWord(zu[ids[e - 1]!]!)) e--;
  const parts = new Array<string>(Math.max(0, e - s));
  for (let k = s; k < e; k++) parts[k - s] = zu[ids[k]!]!;
  return parts.join('');
}

function blockingKeys(ids: Int32Array, table: WordTable): string[] {
  const ks = new Set<string>();
  for (const id of ids) {
    const f = table.zu[id]!;
    if (f.length < 3 || isStopWord(f)) continue;
    ks.add(f.slice(0, 5));
  }
  return [...ks];
}

interface QuoteInstance {
  articleIndex: number;
  text: string;
  speaker: string | null;
  key: string;
  keys: string[];
}

/** What quote grouping reads of an article. */
export type QuoteSource = Pick<ArticleRecord, 'body' | 'quotes'> & { embedded: { text: string }[] };

/** One article's wording of a shared quote: its quote key and the body paragraph it stands in. */
export interface QuoteMember {
  articleIndex: number;
  text: string;
  speaker: string | null;
  key: string;
  paragraph: number | null;
}

export interface QuoteResult {
  quotes: SharedQuote[];
  byArticle: Map<string, string[]>;
}

/**
 * The quotations (those ingest found plus those in the body and embedded copy) carried by at least two
 * articles, each as its members (articles with their wording): what the texts alone tell, without the time order or the names of the archive. `body(ai)` is article ai's
 * body tokenised in `table`; `progress` is called once per article.
 */
export function groupQuotes(records: QuoteSource[], table: WordTable, body: (ai: number) => Tokens, progress: () => void = () => {}): QuoteMember[][] {
  const inst = quoteInstances(records, table, progress);
  const sets = new DisjointSets(inst.length);
  joinSameQuotes(inst, sets);
  const groups = new Map<number, number[]>();
  inst.forEach((_, i) => {
    const r = sets.find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const paragraphOf = paragraphFinder(body, table);
  const shared: QuoteMember[][] = [];
  for (const g of groups.values()) {
    const arts = new Set(g.map((i) => inst[i]!.articleIndex));
    if (arts.size < 2) continue;
    // m.key is the key of m.text: trimming changes no word
    shared.push(
      g.map((i) => {
        const { articleIndex, text, speaker, key } = inst[i]!;
        return { articleIndex, text, speaker, key, paragraph: paragraphOf(articleIndex, key) };
      }),
    );
  }
  return shared;
}

/** Each article's quotations, one per quote key (the first speaker named for it kept), in article order. */
function quoteInstances(records: QuoteSource[], table: WordTable, progress: () => void): QuoteInstance[] {
  const inst: QuoteInstance[] = [];
  records.forEach((r, ai) => {
    progress();
    const seen = new Map<string, QuoteInstance>();
    const push = (text: string, speaker: string | null): void => {
      const ids = table.tokens(text).id;
      const key = keyOf(ids, table);
      if (key.length < 4) return;
      const had = seen.get(key);
      if (had) {
        if (!had.speaker && speaker) had.speaker = speaker;
        return;
      }
      const q: QuoteInstance = { articleIndex: ai, text: text.trim(), speaker, key, keys: blockingKeys(ids, table) };
      seen.set(key, q);
      inst.push(q);
    };
    for (const q of r.quotes) push(q.text, q.speaker);
    for (const t of extractQuotes(r.body)) push(t, null);
    for (const e of r.embedded) for (const t of extractQuotes(e.text)) push(t, null);
  });
  return inst;
}

/** Union-find over 0..n-1; a set's representative is its smallest member. */
class DisjointSets {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }

  find(x: number): number {
    const parent = this.parent;
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  }

  join(p: number, q: number): void {
    const rp = this.find(p);
    const rq = this.find(q);
    if (rp !== rq) this.parent[Math.max(rp, rq)] = Math.min(rp, rq);
  }
}

/** Joins the instances that are one quote: the same key, or near wordings that share a rare blocking key. */
function joinSameQuotes(inst: QuoteInstance[], sets: DisjointSets): void {
  // the same key is the same quote however many articles carry it: one union each, and one representative
  // per key in the comparisons below (a quote carried by a thousand articles is one candidate, not a thousand)
  const firstOfKey = new Map<string, number>();
  const distinct: number[] = [];
  inst.forEach((q, i) => {
    const first = firstOfKey.get(q.key);
    if (first === undefined) {
      firstOfKey.set(q.key, i);
      distinct.push(i);
    } else sets.join(first, i);
  });
  const tried = new Set<number>();
  const n = inst.length;
  const compare = (p: number, q: number): boolean => {
    const qa = inst[p]!;
    const qb = inst[q]!;
    if (sets.find(p) === sets.find(q)) return true; // already one quote: another match would change nothing
    const pk = Math.min(p, q) * n + Math.max(p, q);
    if (tried.has(pk)) return false;
    tried.add(pk);
    if (keyOverlap(qa.keys, qb.keys) >= 0.5 && sameQuote(qa.key, qb.key)) {
      sets.join(p, q);
      return true;
    }
    return false;
  };
  for (const b of candidateBuckets(inst, distinct).values()) {
    if (b.length < 2) continue;
    if (b.length <= MAX_BUCKET) {
      for (let x = 0; x < b.length; x++) for (let y = x + 1; y < b.length; y++) compare(b[x]!, b[y]!);
      continue;
    }
    // a large bucket: each wording against the bucket's first MAX_BUCKET distinct quotes (leaders) only;
    // bounded work, and a wording that matches no leader keeps its own group and its other buckets
    const leaders: number[] = [];
    for (const q of b) {
      if (!leaders.some((l) => compare(l, q)) && leaders.length < MAX_BUCKET) leaders.push(q);
    }
  }
}

/** Candidates: each distinct wording under its rarest blocking keys. */
function candidateBuckets(inst: QuoteInstance[], distinct: number[]): Map<string, number[]> {
  const df = new Map<string, number>();
  for (const qi of distinct) for (const k of inst[qi]!.keys) df.set(k, (df.get(k) ?? 0) + 1);
  const buckets = new Map<string, number[]>();
  for (const qi of distinct) {
    const ks = [...inst[qi]!.keys].sort((x, y) => df.get(x)! - df.get(y)! || (x < y ? -1 : 1)).slice(0, KEYS_PER_QUOTE);
    for (const k of ks) {
      const b = buckets.get(k);
      if (!b) buckets.set(k, [qi]);
      else b.push(qi);
    }
  }
  return buckets;
}

/** The body paragraph a quote key stands in: per article its paragraphs' tokens and, computed as far as needed, their quote keys. */
function paragraphFinder(body: (ai: number) => Tokens, table: WordTable): (ai: number, quoteKey: string) => number | null {
  const paragraphsOfArticle = new Map<number, { tokens: Paragraph[]; keys: string[] }>();
  return (ai, quoteKey) => {
    let ps = paragraphsOfArticle.get(ai);
    if (!ps) paragraphsOfArticle.set(ai, (ps = { tokens: paragraphTokens(body(ai), table), keys: [] }));
    const probe = quoteKey.slice(0, 40);
    for (let i = 0; i < ps.tokens.length; i++) {
      if (i === ps.keys.length) {
        const para = ps.tokens[i]!;
        ps.keys.push(keyOf(para.tokens.id.subarray(para.from, para.to), table));
      }
      if (ps.keys[i]!.includes(probe)) return i;
    }
    return null;
  };
}

/**
 * The shared quotes of `groups` (from groupQuotes): their articles in time order (`rank`), the earliest
 * wording as the text, and the speaker most of them name, as the archive names them.
 */
export function sharedQuotes(
  groups: QuoteMember[][],
  records: ArticleRecord[],
  rank: Map<string, number>,
  canonicalSpeaker: (name: string) => string,
  personsIn: (text: string) => string[],
): QuoteResult {
  const speakerFromSentence = (q: QuoteMember): string | null => {
    const r = records[q.articleIndex]!;
    for (const text of [r.body, ...r.embedded.map((e) => e.text)]) {
      const at = text.indexOf(q.text);
      if (at < 0) continue;
      const s0 = Math.max(text.lastIndexOf('\n', at), sentenceStartBefore(text, at));
      const endRel = text.slice(at + q.text.length).search(/[.!?](?=\s+\p{Lu})|\n/u);
      const s1 = endRel < 0 ? text.length : at + q.text.length + endRel;
      const around = text.slice(s0 + 1, at) + ' \u2026 ' + text.slice(at + q.text.length, s1);
      // "ein Sprecher von Premierminister X sagte …": the named person is not the one speaking
      if (PROXY_SPEAKER.test(around)) return null;
      const persons = personsIn(around.replace(/[„“”"«»]/g, ' '));
      return persons.length === 1 ? persons[0]! : null;
    }
    return null;
  };

  const quotes: SharedQuote[] = [];
  const byArticle = new Map<string, string[]>();
  for (const g of groups) for (const m of g) if (!m.speaker) m.speaker = speakerFromSentence(m);
  for (const [g, split] of groups.flatMap((g) => bySpeaker(g, canonicalSpeaker))) {
    const members = [...g].sort(
      (p, q) =>
        (rank.get(records[p.articleIndex]!.id) ?? 0) - (rank.get(records[q.articleIndex]!.id) ?? 0) || p.articleIndex - q.articleIndex || (p.text < q.text ? -1 : 1),
    );
    const articleIds: string[] = [];
    const had = new Set<string>();
    const variants: NonNullable<SharedQuote['variants']> = [];
    for (const m of members) {
      const r = records[m.articleIndex]!;
      if (had.has(r.id)) continue;
      had.add(r.id);
      articleIds.push(r.id);
      variants.push({ articleId: r.id, text: m.text, paragraph: m.paragraph });
    }
    if (articleIds.length < 2) continue;
    const speakerVotes = new Map<string, number>();
    for (const m of members)
      if (m.speaker) {
        const s = canonicalSpeaker(m.speaker);
        speakerVotes.set(s, (speakerVotes.get(s) ?? 0) + 1);
      }
    let speaker: string | null = null;
    for (const m of members) {
      if (!m.speaker) continue;
      const s = canonicalSpeaker(m.speaker);
      if (speaker === null || speakerVotes.get(s)! > speakerVotes.get(speaker)!) speaker = s;
    }
    // one word in quote marks that nobody is said to have said is a scare-quoted term („Reform“), not a quote
    if (speaker === null && !/\s/.test(members[0]!.text.trim())) continue;
    const id = `q-${shortHash(`${articleIds[0]}:${members[0]!.key}${split ? `:${speaker}` : ''}`)}`;
    quotes.push({ id, text: members[0]!.text, speaker, articleIds, variants });
    for (const a of articleIds) {
      const l = byArticle.get(a) ?? [];
      l.push(id);
      byArticle.set(a, l);
    }
  }
  quotes.sort((p, q) => (rank.get(p.articleIds[0]!) ?? 0) - (rank.get(q.articleIds[0]!) ?? 0) || q.articleIds.length - p.articleIds.length || (p.id < q.id ? -1 : 1));
  // per article: in the order of the quotes list
  const order = new Map(quotes.map((q, i) => [q.id, i]));
  for (const l of byArticle.values()) l.sort((p, q) => order.get(p)! - order.get(q)!);
  return { quotes, byArticle };
}

/**
 * One wording said by different people is not one quote carried by several outlets ("Das ist ein Schritt in die
 * richtige Richtung" from a mayor and from a minister): a group whose members name two or more speakers is split
 * by speaker. `true` marks a split group.
 */
function bySpeaker(group: QuoteMember[], canonicalSpeaker: (name: string) => string): [QuoteMember[], boolean][] {
  const bySpeakerName = new Map<string, QuoteMember[]>();
  const unnamed: QuoteMember[] = [];
  for (const m of group) {
    if (!m.speaker) unnamed.push(m);
    else {
      const s = canonicalSpeaker(m.speaker);
      bySpeakerName.set(s, [...(bySpeakerName.get(s) ?? []), m]);
    }
  }
  if (bySpeakerName.size < 2) return [[group, false]];
  const parts = [...bySpeakerName.values()];
  const largest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  // unnamed members belong to a speaker only when most named members agree on one; else they keep their own group
  if (largest.length * 2 > group.length - unnamed.length) largest.push(...unnamed);
  else if (unnamed.length > 0) parts.push(unnamed);
  return parts.map((p) => [p, true]);
}

function keyOverlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  let n = 0;
  for (const k of small) if (large.includes(k)) n++;
  return n / small.length;
}

/** Two compact keys are the same quotation when they differ by a few letters. */
export function sameQuote(a: string, b: string): boolean {
  if (a === b) return true;
  const max = Math.max(a.length, b.length);
  const allowed = Math.floor(max * (1 - MIN_SIMILARITY));
  if (allowed === 0) return false;
  return levenshtein(a, b, allowed) <= allowed;
}

function sentenceStartBefore(text: string, at: number): number {
  const before = text.slice(0, at);
  let last = -1;
  for (const m of before.matchAll(/[.!?](?=\s+[\p{Lu}„"«»])/gu)) last = m.index;
  return last;
}

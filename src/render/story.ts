// What ties a story's articles together, for its page: a timeline of the coverage, who carried the same
// text first and who took it over (and when), and the quotes they share. Pure.
import type { LinkedArchive, Story } from '../record.ts';
import type { Locale, StoryStrings } from './locale.ts';

/** An article as the story page names it. */
export interface TieRef {
  id: string;
  url: string;
  title: string;
  credit: string | null;
  dateLabel: string | null;
  dateInferred: boolean;
  label?: string; // how a sentence names it: the credit, else the title in quotation marks (storyTies fills it)
}

export interface StoryTies {
  summary: string[]; // "4 gemeinsame Passagen", "13 gemeinsame Zitate" (may be empty)
  timeline: (TieRef & { note: string | null })[]; // earliest first; note: "übernimmt Text von dpa"
  /** Text carried by several articles: the first carrier, then each that took it over, in time order. */
  carriers: { first: TieRef; then: (TieRef & { detail: string })[]; compareUrl: string | null }[];
  quotes: TieQuote[];
  /** The shared quotes the list leaves out, folded under "und 7 weitere"; past FOLDED_QUOTES, a link to the quotes' index, which lists every quote. */
  moreQuotes: { label: string; quotes: TieQuote[]; rest: { label: string; url: string } | null } | null;
  titleNote: string | null; // shown under the story's title when no article has a headline to name it by
  strings: Pick<StoryStrings, 'heading' | 'timeline' | 'carriers' | 'firstIn' | 'takenBy' | 'quotes' | 'compare' | 'inferred'>;
}

export interface TieQuote {
  text: string;
  speaker: string | null;
  url: string;
  count: string;
}

export interface StoryTiesInput {
  archive: Pick<LinkedArchive, 'links' | 'passages' | 'quotes'>;
  ref: (id: string) => TieRef | null;
  byTime: (a: string, b: string) => number; // earliest first
  quoteUrl: (quoteId: string) => string | undefined;
  quoteIndexUrl: string; // the index of every quote, for those the story's list leaves out
  compareUrl: (originalId: string) => string | null;
  locale: Locale;
}

const MAX_QUOTES = 6; // the most widely shared; the summary counts them all
const FOLDED_QUOTES = 100; // more under "und N weitere", folded: a story page stays small however much its articles quote

const wordCount = (text: string) => text.match(/\S+/g)?.length ?? 0;

/** What ties the articles of `story`; null for a story of one article. */
export function storyTies(story: Story, input: StoryTiesInput): StoryTies | null {
  const members = new Set(story.articleIds);
  if (members.size < 2) return null;
  const t = input.locale.story;
  const { quoteOpen, quoteClose } = input.locale.strings;
  const ordered = [...story.articleIds].sort(input.byTime);
  const refs = new Map(
    ordered.map((id) => {
      const ref = input.ref(id);
      // an article without outlet or agency is named by its title, quoted, so the sentence around it still reads
      return [id, ref && { ...ref, label: ref.credit ?? `${quoteOpen}${ref.title}${quoteClose}` }] as const;
    }),
  );
  const refOf = (id: string) => refs.get(id) ?? null;

  // Passages carried by two or more members: grouped by their first carrier.
  const byFirst = new Map<string, Map<string, { passages: number; words: number }>>();
  let shared = 0;
  for (const p of input.archive.passages) {
    const carriers = [...new Set(p.occurrences.map((o) => o.articleId).filter((id) => members.has(id)))].sort(input.byTime);
    if (carriers.length < 2) continue;
    shared++;
    const [first, ...rest] = carriers as [string, ...string[]];
    let later = byFirst.get(first);
    if (!later) byFirst.set(first, (later = new Map<string, { passages: number; words: number }>()));
    for (const id of rest) {
      const n = later.get(id) ?? { passages: 0, words: 0 };
      n.passages++;
      n.words += wordCount(p.text);
      later.set(id, n);
    }
  }
  const carriers = [...byFirst]
    .sort(([a], [b]) => input.byTime(a, b))
    .map(([first, later]) => ({
      first: refOf(first)!,
      then: [...later]
        .sort(([a], [b]) => input.byTime(a, b))
        .map(([id, n]) => ({ ...refOf(id)!, detail: `${t.passages(n.passages)}, ${t.words(n.words)}` }))
        .filter((x) => x.id),
      compareUrl: input.compareUrl(first),
    }))
    .filter((c) => c.first && c.then.length);

  const sharedQuotes = input.archive.quotes
    .map((q) => ({ q, n: q.articleIds.filter((id) => members.has(id)).length }))
    .filter(({ n }) => n >= 2)
    .sort((a, b) => b.n - a.n || b.q.text.length - a.q.text.length);
  const tieQuote = ({ q, n }: (typeof sharedQuotes)[number]): TieQuote => ({ text: q.text, speaker: q.speaker, url: input.quoteUrl(q.id) ?? '', count: t.inArticles(n) });
  const quotes = sharedQuotes.slice(0, MAX_QUOTES).map(tieQuote);
  const folded = sharedQuotes.slice(MAX_QUOTES, MAX_QUOTES + FOLDED_QUOTES).map(tieQuote);
  const rest = sharedQuotes.length - quotes.length - folded.length;

  const timeline = ordered
    .map((id) => {
      const ref = refOf(id);
      if (!ref) return null;
      const source = input.archive.links[id]?.wireCopyOf;
      const from = source && members.has(source) ? refOf(source) : null;
      return { ...ref, note: from ? t.takesFrom.replace('{credit}', from.label) : null };
    })
    .filter((x): x is NonNullable<typeof x> => !!x);

  // the article count stands in the page header already
  const summary: string[] = [];
  if (shared) summary.push(t.summaryPassages(shared));
  if (quotes.length) summary.push(t.summaryQuotes(sharedQuotes.length));
  const { heading, timeline: timelineLabel, carriers: carriersLabel, firstIn, takenBy, quotes: quotesLabel, compare, inferred } = t;
  return {
    summary,
    timeline,
    carriers,
    quotes,
    moreQuotes: folded.length
      ? { label: t.moreQuotes(folded.length + rest), quotes: folded, rest: rest ? { label: t.restInQuoteIndex(rest), url: input.quoteIndexUrl } : null }
      : null,
    titleNote: story.titleDerived ? t.titleDerived : null,
    strings: { heading, timeline: timelineLabel, carriers: carriersLabel, firstIn, takenBy, quotes: quotesLabel, compare, inferred },
  };
}

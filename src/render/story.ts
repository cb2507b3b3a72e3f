// What ties a story's articles together, for its page: a timeline of the coverage, who carried the same
// text first and who took it over (and when), and the quotes they share. Pure.
import type { LinkedArchive, Story } from '../record.ts';

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
  quotes: { text: string; speaker: string | null; url: string; count: string }[];
  moreQuotes: string | null; // "und 7 weitere": the shared quotes the list leaves out
  titleNote: string | null; // shown under the story's title when no article has a headline to name it by
  strings: Pick<StoryStrings, 'heading' | 'timeline' | 'carriers' | 'firstIn' | 'takenBy' | 'quotes' | 'compare' | 'inferred'>;
}

export interface StoryStrings {
  heading: string;
  timeline: string;
  carriers: string;
  firstIn: string; // "Zuerst bei"
  takenBy: string; // "übernommen von"
  passages: (n: number) => string;
  words: (n: number) => string;
  quotes: string;
  inArticles: (n: number) => string;
  takesFrom: string; // "übernimmt Text von {credit}"
  compare: string;
  summaryPassages: (n: number) => string;
  summaryQuotes: (n: number) => string;
  inferred: string;
  titleDerived: string;
  quoted: (title: string) => string;
  moreQuotes: (n: number) => string;
}

const de: StoryStrings = {
  heading: 'Was diese Artikel verbindet',
  timeline: 'Verlauf der Berichterstattung',
  carriers: 'Gemeinsamer Text: wer zuerst, wer übernahm',
  firstIn: 'Zuerst bei',
  takenBy: 'übernommen von',
  passages: (n) => (n === 1 ? '1 Passage' : `${n} Passagen`),
  words: (n) => `${n} Wörter`,
  quotes: 'Gemeinsame Zitate',
  inArticles: (n) => `in ${n} Artikeln`,
  takesFrom: 'übernimmt Text von {credit}',
  compare: 'Versionen vergleichen',
  summaryPassages: (n) => (n === 1 ? '1 gemeinsame Passage' : `${n} gemeinsame Passagen`),
  summaryQuotes: (n) => (n === 1 ? '1 gemeinsames Zitat' : `${n} gemeinsame Zitate`),
  inferred: 'Datum erschlossen',
  titleDerived: 'Titel aus einem Artikeltext abgeleitet, keiner der Artikel hat eine Überschrift',
  quoted: (title) => `„${title}“`,
  moreQuotes: (n) => (n === 1 ? 'und ein weiteres' : `und ${n} weitere`),
};

const en: StoryStrings = {
  heading: 'What ties these articles',
  timeline: 'The coverage over time',
  carriers: 'Shared text: who had it first, who took it over',
  firstIn: 'First in',
  takenBy: 'taken over by',
  passages: (n) => (n === 1 ? '1 passage' : `${n} passages`),
  words: (n) => `${n} words`,
  quotes: 'Shared quotes',
  inArticles: (n) => `in ${n} articles`,
  takesFrom: 'takes text from {credit}',
  compare: 'Compare the versions',
  summaryPassages: (n) => (n === 1 ? '1 shared passage' : `${n} shared passages`),
  summaryQuotes: (n) => (n === 1 ? '1 shared quote' : `${n} shared quotes`),
  inferred: 'date inferred',
  titleDerived: 'title taken from an article’s text, none of the articles has a headline',
  quoted: (title) => `“${title}”`,
  moreQuotes: (n) => (n === 1 ? 'and one more' : `and ${n} more`),
};

export function storyStrings(code: string): StoryStrings {
  return code === 'en' ? en : de;
}

export interface StoryTiesInput {
  archive: Pick<LinkedArchive, 'links' | 'passages' | 'quotes'>;
  ref: (id: string) => TieRef | null;
  byTime: (a: string, b: string) => number; // earliest first
  quoteUrl: (quoteId: string) => string | undefined;
  compareUrl: (originalId: string) => string | null;
  code: string;
}

const MAX_QUOTES = 6; // the most widely shared; the summary counts them all

const wordCount = (text: string) => text.match(/\S+/g)?.length ?? 0;

/** What ties the articles of `story`; null for a story of one article. */
export function storyTies(story: Story, input: StoryTiesInput): StoryTies | null {
  const members = new Set(story.articleIds);
  if (members.size < 2) return null;
  const t = storyStrings(input.code);
  const ordered = [...story.articleIds].sort(input.byTime);
  const refs = new Map(
    ordered.map((id) => {
      const ref = input.ref(id);
      // an article without outlet or agency is named by its title, quoted, so the sentence around it still reads
      return [id, ref && { ...ref, label: ref.credit ?? t.quoted(ref.title) }] as const;
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
  const quotes = sharedQuotes.slice(0, MAX_QUOTES).map(({ q, n }) => ({ text: q.text, speaker: q.speaker, url: input.quoteUrl(q.id) ?? '', count: t.inArticles(n) }));

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
    moreQuotes: sharedQuotes.length > quotes.length ? t.moreQuotes(sharedQuotes.length - quotes.length) : null,
    titleNote: story.titleDerived ? t.titleDerived : null,
    strings: { heading, timeline: timelineLabel, carriers: carriersLabel, firstIn, takenBy, quotes: quotesLabel, compare, inferred },
  };
}

// The site's view models: plain data the templates only print (built by src/render/site.ts and src/render/pages/).
import type { ArticleRecord, EntityKind, IngestIssue } from '../record.ts';
import type { Citation } from './cite.ts';
import type { ComparePage } from './compare.ts';
import type { Locale } from './locale.ts';
import type { OriginalPack, PublishedOriginal } from './originals.ts';
import type { Pagination } from './paginate.ts';
import type { StoryTies } from './story.ts';
import type { fixedUrls } from './urls.ts';

export interface SiteConfig {
  locale: Locale;
  baseUrl: string; // absolute, for feeds and canonical links, e.g. "https://example.org/archiv/"
  pathPrefix: string; // "/" or "/archiv/"
  buildDate: string; // ISO timestamp
  issues?: IngestIssue[]; // files that did not become articles, listed on the about page
  knownUrls?: Record<string, string>; // id → URL the published site already uses; kept so permalinks never move
  originalsDir?: string; // the input folder: its articles' files are published in packs below /originale/ (src/render/originals.ts)
  pageSize?: number; // articles per listing page
  contentLang?: string; // the language the articles are written in (default "de"); marked on their text when the UI speaks another
  feedSize?: number; // newest articles in the feeds
  publicUrl?: boolean; // baseUrl was given (--base-url): absolute URLs are printed for readers and citations
  search?: boolean; // the build writes the search index (default true); without it the search page says so (--no-search)
}

export interface Link {
  url: string;
  label: string;
}

/**
 * The <title> and meta description of one page of a paginated template, read by the layout from
 * `pagination.items[0].head` (no eleventyComputed: Eleventy re-parses computed templates on every page).
 */
export interface PageHead {
  title: string;
  description: string | null; // null: the site's description
}

/** Another article named in a note ("auch bei …"): its title, shortened, and "Quelle, Datum". */
export interface ArticleRef {
  url: string; // may carry a #fragment
  title: string;
  meta: string | null;
  short: string; // the outlet or agency, else the title cut short, for compact lists
}

/** An article as it appears in lists. */
export interface ArticleCard {
  id: string;
  url: string; // root-relative, without path prefix: "/artikel/2022/02/putin-in-peking/"
  title: string;
  date: string | null; // ISO as precise as known (own or inferred)
  dateLabel: string | null; // "4. Februar 2022, 11:02 Uhr"
  dateInferred: boolean;
  credit: string | null; // outlet, else agencies, else authors
  teaser: string | null;
  titleNote: string | null; // "Anfang des Textes" when the title is only the text's opening words
  facts: string | null; // undated only: what is known instead of a date ("DER STANDARD · derStandard/2016 · 412 Wörter")
}

export interface ArticlePage extends ArticleCard {
  subtitle: string | null;
  lead: string | null;
  datePrecision: ArticleRecord['datePrecision'];
  dateIso: string | null; // RFC 3339 for feeds and sorting
  dateReason: string | null; // why the date was inferred, shown to readers
  authors: string[];
  agencies: string[];
  agencyLinks: Link[];
  outlet: string | null;
  outletUrl: string | null;
  dateline: string | null;
  bodyHtml: string;
  captions: { text: string; credit: string | null }[];
  embedded: { title: string | null; credit: string | null; dateLabel: string | null; html: string }[];
  sourcePath: string;
  warnings: ArticleRecord['warnings'];
  provenance: {
    path: string;
    original: PublishedOriginal | null; // its input file, in a pack below /originale/ (null without the input folder)
    sha256: string;
    encoding: string;
    size: string;
    titleFrom: string;
    dateFrom: string;
    dateText: string | null;
  };
  wordCount: number;
  readingTime: string;
  story: { url: string; title: string; count: string; kicker: boolean } | null; // kicker: false when the story's title only repeats this article's
  related: ArticleCard[];
  previous: ArticleCard | null; // in time order
  next: ArticleCard | null;
  /** Shared quotes: this article's wording, and the other articles carrying it, earliest first (at most five, `more` beyond). */
  quotes: { text: string; speaker: string | null; url: string; count: string; others: ArticleRef[]; more: Link | null }[]; // more: the rest, linked where all are listed
  entities: { kind: EntityKind; label: string; links: Link[] }[];
  wireCopyOf: ArticleCard | null; // the article this one mostly reprints (the link stage's wireCopyOf)
  wireCopyRef: ArticleRef | null; // the same, for the notice under the title
  wireCopyVia: string | null; // the credit of the reproduced agency copy that holds the shared text ("dpa-AFX"), if it is in one
  reprints: ArticleCard[];
  reprintRefs: ArticleRef[]; // articles that mostly reprint this one, earliest first, at most five
  reprintMore: string | null; // "und 3 weitere"
  compare: Link | null; // the page comparing this text with its versions (src/render/compare.ts)
  lang: string | null; // the content's language when it differs from the UI's, for lang="…" on the article text
  canonical: string;
  publishedTime: string | null; // own date only, for Open Graph
  jsonLd: string;
  cite: Citation; // citation_* meta tags, a formatted reference, the data for the BibTeX / CSL-JSON downloads (src/render/cite.ts)
  head: PageHead; // description: the teaser, else the subtitle, else the title
}

export interface ArticleGroup {
  heading: string | null;
  url: string | null;
  articles: ArticleCard[];
}

/** Any page that lists articles: a period, the undated ones, a story, an entity, a source. */
export interface ListingPage {
  kind: 'year' | 'month' | 'day' | 'undated' | 'story' | 'entity' | 'source';
  url: string;
  title: string;
  eyebrow: string;
  intro: string | null;
  order: string; // "Neueste zuerst" or "In zeitlicher Folge"
  groups: ArticleGroup[];
  compact: boolean; // cards without their teaser: a person's, place's, organisation's or source's many articles
  pagination: Pagination | null;
  nav: { previous: Link | null; next: Link | null; up: Link | null } | null;
  children: { url: string | null; label: string; count: number }[]; // sub-periods, or the months an entity/source/story spans
  childrenLabel: string;
  aliases: string[];
  seenWith: Link[];
  ties?: StoryTies | null; // a story's first page: what ties its articles (src/render/story.ts)
  head: PageHead; // the title with "(Seite 2 von 5)" on later pages
}

export interface Counted {
  url: string;
  label: string;
  count: number;
}

export interface QuoteView {
  anchor: string;
  text: string;
  speaker: string | null;
  speakerUrl: string | null;
  carriedBy: QuoteCarrier[]; // the first QUOTE_CARRIERS_LISTED …
  more: { url: string; label: string } | null; // … and "und N weitere", linking the quote's own page
}

export interface QuoteCarrier {
  article: ArticleCard;
  wording: string | null;
}

/** A widely carried quote's own page(s): every article carrying it. */
export interface QuoteCarrierPage {
  url: string;
  quote: { text: string; speaker: string | null; speakerUrl: string | null; backUrl: string };
  items: QuoteCarrier[];
  pagination: Pagination | null;
  head: PageHead;
}

/** A widely carried passage's own page(s): every article carrying it (src/render/pages/shared-passages.ts). */
export interface PassageCarrierPage {
  url: string;
  passage: { text: string };
  items: ArticleCard[];
  pagination: Pagination | null;
  head: PageHead;
}

export interface AboutRow {
  path: string;
  originalUrl: string | null; // the article page's original (#original), which opens it
  article: Link | null;
  status: string | null; // why the file has no page
  warnings: string[];
}

export interface TimelineItem {
  kind: 'story' | 'article';
  url: string;
  title: string;
  range: string | null;
  count: string | null;
  articles: ArticleCard[]; // newest first
  more: Link | null;
}

export interface SiteModel {
  config: {
    lang: string;
    contentLang: string; // the language of the articles themselves
    ogLocale: string;
    baseUrl: string;
    publicUrl: boolean; // a real base URL was given: canonical links and printed URLs
    search: boolean; // the site has a search index (not a --no-search build)
    pathPrefix: string;
    buildDate: string;
    buildDateLabel: string;
    strings: Locale['strings'];
    urls: typeof fixedUrls;
  };
  nav: Link[];
  articles: ArticlePage[]; // newest first, undated last
  listings: ListingPage[];
  home: {
    timeline: TimelineItem[];
    undatedCards: ArticleCard[]; // the first undated articles in file order, after the dated ones
    undatedMore: Link | null;
    span: string | null;
    stats: string[];
    years: Counted[];
    people: Counted[];
    sources: Counted[];
    undated: Counted | null;
  };
  chronicle: { years: (Counted & { months: Counted[] })[]; undated: Counted | null };
  storyPages: { url: string; items: (Counted & { range: string | null; countLabel: string })[]; pagination: Pagination | null; head: PageHead }[];
  sourceIndex: { outlets: Counted[]; agencies: Counted[] };
  entityIndexes: { kind: EntityKind; url: string; title: string; letters: { letter: string; items: Counted[] }[]; head: PageHead }[];
  quotePages: { url: string; items: QuoteView[]; pagination: Pagination | null; head: PageHead }[];
  quoteCarrierPages: QuoteCarrierPage[];
  passageCarrierPages: PassageCarrierPage[];
  aboutPages: { url: string; items: AboutRow[]; pagination: Pagination | null; head: PageHead }[];
  about: { stats: { label: string; value: string }[] };
  originals: OriginalPack[]; // the packs of originals to write (src/render/originals.ts)
  feeds: { atom: string; json: string };
  sitemap: string;
  robots: string;
  permalinks: string; // id → URL as JSON, read back by the next build so URLs never move
  counts: { articles: number; stories: number; quotes: number; undated: number };
  comparisons: ComparePage[]; // each text that others reprint, against its versions (src/render/compare.ts)
  searchNames: [label: string, url: string, kind: EntityKind | 'story', aliases: string][]; // for "perhaps you meant" on the search page
}

// The render stage: turns the linked archive into plain view models that templates only print.
import type { ArticleRecord, Entity, EntityKind, IngestIssue, LinkedArchive, SharedPassage, SharedQuote, Source, Story } from '../record.ts';
import { clip, linkEntities, teaser } from './body.ts';
import { citation, type Citation } from './cite.ts';
import { comparePages, embeddedBlockShared, type ComparePage } from './compare.ts';
import { storyTies, type StoryTies } from './story.ts';
import { formatDate, formatPeriod, formatRange, precisionOf, toRfc3339 } from './dates.ts';
import { atomFeed, jsonFeed, type FeedEntry } from './feeds.ts';
import { fill, formatCount, type Locale } from './locale.ts';
import { escapeHtml, markdownText, renderMarkdown } from './markdown.ts';
import { paginate, type Pagination } from './paginate.ts';
import { passageMarks, renderMarked } from './passages.ts';
import { jsonForScript, newsArticle, robotsTxt, sitemapXml } from './seo.ts';
import {
  absoluteUrl,
  assignUrls,
  entityFolder,
  entityUrl,
  fixedUrls,
  originalUrl,
  originalNames,
  pageUrl,
  periodUrl,
  sourceUrl,
  storySlugs,
  storyUrl,
  uniqueSlugs,
} from './urls.ts';

export { assignUrls } from './urls.ts';

export interface SiteConfig {
  locale: Locale;
  baseUrl: string; // absolute, for feeds and canonical links, e.g. "https://example.org/archiv/"
  pathPrefix: string; // "/" or "/archiv/"
  buildDate: string; // ISO timestamp
  issues?: IngestIssue[]; // files that did not become articles, listed on the about page
  knownUrls?: Record<string, string>; // id → URL the published site already uses; kept so permalinks never move
  originalsDir?: string; // the input folder: its files are copied to /originale/, so each article links its source file
  pageSize?: number; // articles per listing page
  contentLang?: string; // the language the articles are written in (default "de"); marked on their text when the UI speaks another
  feedSize?: number; // newest articles in the feeds
  publicUrl?: boolean; // baseUrl was given (--base-url): absolute URLs are printed for readers and citations
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
    url: string | null;
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
  quotes: { text: string; speaker: string | null; url: string; count: string; others: ArticleRef[]; more: string | null }[];
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
  cite: Citation; // citation_* meta tags, a formatted reference, BibTeX / CSL-JSON (src/render/cite.ts)
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

/** Carriers listed with a quote on the quotes pages; the rest on the quote's own pages, this many a page. */
const QUOTE_CARRIERS_LISTED = 10;
const QUOTE_CARRIERS_PER_PAGE = 200;

export interface AboutRow {
  path: string;
  originalUrl: string | null;
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
  aboutPages: { url: string; items: AboutRow[]; pagination: Pagination | null; head: PageHead }[];
  about: { stats: { label: string; value: string }[] };
  originals: { from: string; to: string }[]; // input file (absolute) → its copy, relative to the output folder
  feeds: { atom: string; json: string };
  sitemap: string;
  robots: string;
  permalinks: string; // id → URL as JSON, read back by the next build so URLs never move
  counts: { articles: number; stories: number; quotes: number; undated: number };
  comparisons: ComparePage[]; // each text that others reprint, against its versions (src/render/compare.ts)
  searchNames: [label: string, url: string, kind: EntityKind | 'story', aliases: string][]; // for "perhaps you meant" on the search page
}

const byTimeAsc = (a: ArticleRecord, b: ArticleRecord): number =>
  (a.date ?? '').localeCompare(b.date ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const collator = new Intl.Collator('de', { sensitivity: 'base' });
// file paths in natural order: "2.txt" before "10.txt"
const pathCollator = new Intl.Collator('de', { numeric: true, sensitivity: 'variant' });

const kilobytes = new Map<string, Intl.NumberFormat>(); // toLocaleString builds a formatter per call
function formatBytes(bytes: number, locale: Locale): string {
  if (bytes < 1024) return `${bytes} B`;
  let format = kilobytes.get(locale.number);
  if (!format) kilobytes.set(locale.number, (format = new Intl.NumberFormat(locale.number, { maximumFractionDigits: 1 })));
  return `${format.format(bytes / 1024)} KB`;
}

export function buildSiteModel(archive: LinkedArchive, config: SiteConfig): SiteModel {
  const { locale } = config;
  const s = locale.strings;
  const pageSize = config.pageSize ?? 50;
  const absolute = (url: string) => absoluteUrl(config.baseUrl, url);
  const count = (n: number, noun: keyof Locale['plurals']) => formatCount(n, noun, locale);

  const records = archive.articles;
  const recordById = new Map(records.map((r) => [r.id, r]));
  const known = new Map(Object.entries(config.knownUrls ?? {}));
  const urls = assignUrls(records, known);
  // each article's input file, published as text (only with the input folder at hand)
  const originalFiles = config.originalsDir ? originalNames(records.map((r) => r.source.path)) : new Map<string, string>();

  // Stories, entities and sources get unique slugs once, in a stable order.
  const storySlug = storySlugs(archive.stories);
  const storyById = new Map(archive.stories.map((st) => [st.id, st]));
  const storyLink = (st: Story) => storyUrl(storySlug.get(st)!);
  const entityGroups = new Map<EntityKind, Entity[]>();
  for (const e of archive.entities) {
    const list = entityGroups.get(e.kind);
    if (list) list.push(e);
    else entityGroups.set(e.kind, [e]);
  }
  const entitySlug = new Map<Entity, string>();
  for (const list of entityGroups.values()) for (const [e, slug] of uniqueSlugs(list)) entitySlug.set(e, slug);
  const entityBySlug = new Map<string, Entity>();
  for (const e of archive.entities) if (!entityBySlug.has(e.slug)) entityBySlug.set(e.slug, e);
  const entityByName = new Map(archive.entities.map((e) => [e.name, e]));
  const entityLink = (e: Entity) => entityUrl(e.kind, entitySlug.get(e)!);
  const sourceSlugs = uniqueSlugs(archive.sources);
  const sourceByName = new Map<string, Source>();
  for (const src of archive.sources) sourceByName.set(`${src.kind}:${src.name.toLowerCase()}`, src);
  const sourceFor = (kind: Source['kind'], name: string) => sourceByName.get(`${kind}:${name.toLowerCase()}`) ?? null;

  // ---- cards: one per article, shared by every list ----
  const cards = new Map<string, ArticleCard>();
  for (const r of records) {
    const folder = r.source.path.includes('/') ? r.source.path.slice(0, r.source.path.lastIndexOf('/')) : null;
    cards.set(r.id, {
      id: r.id,
      url: urls.get(r.id)!,
      title: r.title,
      date: r.date,
      dateLabel: r.date && r.datePrecision ? formatDate(r.date, r.datePrecision, locale) : null,
      dateInferred: r.dateSource === 'inferred',
      credit: r.outlet ?? (r.agencies.length ? r.agencies.join(', ') : r.authors.length ? r.authors.join(', ') : null),
      teaser: cardTeaser(r.title, r.lead, r.body),
      titleNote: r.titleSource === 'opening' ? s.titleIsOpening : null,
      facts: r.date ? null : [r.outlet ?? s.outletUnknown, folder && !sameName(folder, r.outlet) ? folder : null, count(r.wordCount, 'word')].filter(Boolean).join(' · '),
    });
  }
  const card = (id: string) => cards.get(id) ?? null;
  const cardsOf = (ids: string[]) => ids.map(card).filter((c): c is ArticleCard => c !== null);

  // The months a list of articles falls in, newest first, each linking its month archive.
  const monthsOf = (list: ArticleCard[]): ListingPage['children'] => {
    const n = new Map<string, number>();
    for (const c of list) if (c.date && c.date.length >= 7) n.set(c.date.slice(0, 7), (n.get(c.date.slice(0, 7)) ?? 0) + 1);
    return [...n].sort((a, b) => (a[0] < b[0] ? 1 : -1)).map(([p, k]) => ({ url: periodUrl(p), label: formatPeriod(p, locale), count: k }));
  };

  const dated = records.filter((r) => r.date).sort(byTimeAsc);
  // undated articles keep the order of their files: it is often the order they were collected in
  const undated = records.filter((r) => !r.date).sort((a, b) => pathCollator.compare(a.source.path, b.source.path) || (a.id < b.id ? -1 : 1));
  const newestFirst = [...dated].reverse();

  // Previous / next in time; undated articles are chained among themselves, in file order.
  const neighbours = new Map<string, { previous: ArticleCard | null; next: ArticleCard | null }>();
  for (const list of [dated, undated]) {
    list.forEach((r, i) => {
      neighbours.set(r.id, { previous: i > 0 ? card(list[i - 1]!.id) : null, next: i + 1 < list.length ? card(list[i + 1]!.id) : null });
    });
  }

  // ---- references to other articles in notes ("auch bei …"), earliest first ----
  const NOTE_REFS = 10; // carriers a passage note lists; the rest are counted
  const timeRank = new Map([...dated, ...undated].map((r, i) => [r.id, i]));
  const byRank = (a: string, b: string) => (timeRank.get(a) ?? 0) - (timeRank.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  const contentLang = config.contentLang ?? 'de';
  const foreign = contentLang !== locale.code;
  const articleRef = (id: string, fragment = ''): ArticleRef | null => {
    const c = card(id);
    if (!c) return null;
    const meta = [c.credit, c.dateLabel].filter(Boolean).join(', ') || null;
    return { url: c.url + fragment, title: clip(c.title, 90), meta, short: c.credit ?? clip(c.title, 40) };
  };
  /**
   * The `n` of `ids` (earliest first) nearest in time to `self`, earliest first: each carrier's note names its own
   * neighbours, so every carrier stays reachable from another (a list of the earliest 30 on each page was ~11 KB of
   * every wire-heavy article page and named the same 30 everywhere).
   */
  const nearestInTime = (ids: string[], self: string, n: number): string[] => {
    if (ids.length <= n) return ids;
    const at = timeRank.get(self) ?? 0;
    let lo = ids.findIndex((id) => (timeRank.get(id) ?? 0) > at);
    if (lo < 0) lo = ids.length;
    lo = Math.max(0, Math.min(lo - Math.floor(n / 2), ids.length - n));
    return ids.slice(lo, lo + n);
  };
  const passagesOf = new Map<string, SharedPassage[]>();
  for (const p of archive.passages) {
    for (const o of p.occurrences) {
      const list = passagesOf.get(o.articleId) ?? [];
      if (!list.includes(p)) list.push(p);
      passagesOf.set(o.articleId, list);
    }
  }
  const passageById = new Map(archive.passages.map((p) => [p.id, p]));
  const passageAnchor = (id: string) => `geteilt-${id.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const refHtml = (ref: ArticleRef) =>
    `<a href="${escapeHtml(ref.url)}"${foreign ? ` lang="${contentLang}"` : ''}>${escapeHtml(ref.title)}</a>` +
    (ref.meta ? ` <span class="ref-meta">(${escapeHtml(ref.meta)})</span>` : '');
  /**
   * The note over a marked run: every other article carrying one of its passages, linked to the passage there.
   * Many (wire copy): folded, the first few named in the summary. `copy`: the run is in reproduced agency copy.
   */
  const passageNote = (self: string, passageIds: string[], copy: string | null = null) => {
    const first = new Map<string, string>(); // article → first passage of this run it carries
    const plain = passageIds.filter((pid) => !passageById.get(pid)?.boilerplate);
    if (plain.length === 0) {
      // boilerplate: its count, not its thousands of carriers
      const n = Math.max(0, ...passageIds.map((pid) => passageById.get(pid)?.occurrences.length ?? 0));
      return `<div class="passage-note" data-pagefind-ignore${foreign ? ` lang="${locale.code}"` : ''}><span class="passage-label">${escapeHtml(fill(s.boilerplateNote, { n }))}</span></div>`;
    }
    for (const pid of plain) {
      for (const o of passageById.get(pid)?.occurrences ?? []) if (o.articleId !== self && !first.has(o.articleId)) first.set(o.articleId, pid);
    }
    const ids = [...first.keys()].sort(byRank);
    const label = copy ? fill(s.sharedCopyAlsoIn, { credit: copy }) : s.sharedAlsoIn;
    const open = `<span class="passage-label">${escapeHtml(label)}</span>`;
    const attrs = ` data-pagefind-ignore${foreign ? ` lang="${locale.code}"` : ''}`;
    const refOf = (id: string) => articleRef(id, `#${passageAnchor(first.get(id)!)}`);
    if (ids.length > 3) {
      const all = nearestInTime(ids, self, NOTE_REFS).map(refOf).filter((x): x is ArticleRef => !!x);
      const named = all.slice(0, 2).map((r) => escapeHtml(r.short)).join(', ');
      const more = escapeHtml(fill(s.andMore, { n: ids.length - 2 }));
      const rest = ids.length > NOTE_REFS ? `<li>${escapeHtml(fill(s.andMore, { n: ids.length - NOTE_REFS }))}</li>` : '';
      return `<details class="passage-note"${attrs}><summary>${open} ${named} ${more}</summary><ul>${all.map((r) => `<li>${refHtml(r)}</li>`).join('')}${rest}</ul></details>`;
    }
    const refs = ids.map(refOf).filter((x): x is ArticleRef => !!x);
    return `<div class="passage-note"${attrs}>${open} ${refs.map(refHtml).join(', ')}</div>`;
  };

  // ---- quotes: sorted by how many articles carry them, then by first appearance ----
  const quotes = [...archive.quotes].sort((a, b) => b.articleIds.length - a.articleIds.length || (a.id < b.id ? -1 : 1));
  const quotePageSize = 25;
  const quoteUrl = new Map<string, string>();
  quotes.forEach((q, i) => quoteUrl.set(q.id, `${pageUrl(fixedUrls.quotes, Math.floor(i / quotePageSize) + 1)}#${quoteAnchor(q)}`));
  const quoteById = new Map(quotes.map((q) => [q.id, q]));
  // The articles carrying each quote, earliest first, sorted once (not again on each of their pages).
  const carriers = new Map<SharedQuote, string[]>();
  const quoteCarriers = (q: SharedQuote) => {
    let ids = carriers.get(q);
    if (!ids) carriers.set(q, (ids = [...q.articleIds].sort(byRank)));
    return ids;
  };

  // ---- version comparisons: each reprinted text against its versions ----
  const comparisons = comparePages({
    archive,
    url: (id) => urls.get(id)!,
    heading: (r) => [cards.get(r.id)!.credit, cards.get(r.id)!.dateLabel].filter(Boolean).join(', ') || r.title,
    slug: (r) => urls.get(r.id)!.replace(/^\/artikel\/|\/$/g, ''),
    byTime: byRank,
    locale,
  });
  const compareLink = new Map<string, Link>();
  for (const page of comparisons) {
    const label = page.strings.link;
    compareLink.set(page.original.id, { url: page.url, label });
    for (const v of page.versions) if (!compareLink.has(v.id)) compareLink.set(v.id, { url: `${page.url}#v-${v.id}`, label });
  }

  // ---- article pages ----
  const kindOrder: EntityKind[] = ['person', 'organisation', 'place'];
  const kindLabel: Record<EntityKind, string> = { person: s.people, organisation: s.organisations, place: s.places };
  const articlePages: ArticlePage[] = [...newestFirst, ...undated].map((r) => {
    const c = cards.get(r.id)!;
    const links = archive.links[r.id];
    const ents = (links?.entities ?? []).map((slug) => entityBySlug.get(slug)).filter((e): e is Entity => !!e);
    const story = links?.story ? storyById.get(links.story) ?? null : null;
    const own = r.dateSource !== 'inferred' ? r.date : null;
    const canonical = absolute(c.url);
    const wireOf = links?.wireCopyOf ? card(links.wireCopyOf) : null;
    const description = c.teaser ?? r.subtitle ?? r.title;
    const marks = passageMarks(r.id, passagesOf.get(r.id) ?? []);
    const markOptions = { note: (ids: string[]) => passageNote(r.id, ids), anchor: passageAnchor, anchored: new Set<string>() };
    const linkedBody = linkEntities(
      renderMarked(r.body, marks.body, markOptions),
      ents.map((e) => ({ names: [e.name, ...e.aliases], url: entityLink(e) })),
    );
    const others = (q: SharedQuote) => {
      const rest = quoteCarriers(q).filter((id) => id !== r.id);
      return {
        others: rest.slice(0, 5).map((id) => articleRef(id)).filter((x): x is ArticleRef => !!x),
        more: rest.length > 5 ? fill(s.andMore, { n: rest.length - 5 }) : null,
      };
    };
    return {
      ...c,
      subtitle: r.subtitle,
      lead: r.lead,
      datePrecision: r.datePrecision,
      dateIso: r.date ? toRfc3339(r.date) : null,
      dateReason: r.dateSource === 'inferred' ? (links?.inferredDate?.reason ?? r.dateText) : null,
      authors: r.authors,
      agencies: r.agencies,
      agencyLinks: r.agencies.map((name) => {
        const src = sourceFor('agency', name);
        return { label: name, url: src ? sourceUrl(sourceSlugs.get(src)!) : '' };
      }),
      outlet: r.outlet,
      outletUrl: r.outlet && sourceFor('outlet', r.outlet) ? sourceUrl(sourceSlugs.get(sourceFor('outlet', r.outlet)!)!) : null,
      dateline: r.dateline,
      bodyHtml: linkedBody,
      captions: r.captions,
      embedded: r.embedded.map((e, i) => ({
        title: e.title,
        credit: e.credit,
        dateLabel: e.date ? formatDate(e.date, precisionOf(e.date), locale) : null,
        html: renderMarked(e.text, marks.embedded.get(i) ?? new Map(), {
          ...markOptions,
          note: (ids: string[]) => passageNote(r.id, ids, e.credit ?? s.agency),
        }),
      })),
      sourcePath: r.source.path,
      warnings: r.warnings,
      provenance: {
        path: r.source.path,
        url: originalFiles.has(r.source.path) ? originalUrl(originalFiles.get(r.source.path)!) : null,
        sha256: r.source.sha256,
        encoding: r.source.encoding,
        size: formatBytes(r.source.bytes, locale),
        titleFrom: s.titleSources[r.titleSource],
        dateFrom: s.dateSources[r.dateSource],
        dateText: r.dateText,
      },
      wordCount: r.wordCount,
      readingTime: fill(s.readingTime, { n: Math.max(1, Math.round(r.wordCount / 200)) }),
      story: story
        ? { url: storyLink(story), title: story.title, count: count(story.articleIds.length, 'article'), kicker: !repeats(story.title, r.title, r.lead) }
        : null,
      related: cardsOf((links?.related ?? []).slice(0, 5)),
      previous: neighbours.get(r.id)?.previous ?? null,
      next: neighbours.get(r.id)?.next ?? null,
      quotes: (links?.quotes ?? [])
        .map((id) => quoteById.get(id))
        .filter((q): q is SharedQuote => !!q)
        .map((q) => ({
          text: q.variants?.find((v) => v.articleId === r.id)?.text ?? q.text,
          speaker: q.speaker,
          url: quoteUrl.get(q.id)!,
          count: count(q.articleIds.length, 'article'),
          ...others(q),
        })),
      entities: kindOrder
        .map((kind) => ({
          kind,
          label: kindLabel[kind],
          links: ents.filter((e) => e.kind === kind).map((e) => ({ url: entityLink(e), label: e.name })),
        }))
        .filter((g) => g.links.length),
      wireCopyOf: wireOf,
      wireCopyRef: wireOf ? articleRef(wireOf.id) : null,
      wireCopyVia: wireOf ? copyCredit(r, embeddedBlockShared(archive, r.id, wireOf.id)) : null,
      reprints: cardsOf(links?.reprints ?? []),
      reprintRefs: [...(links?.reprints ?? [])].sort(byRank).slice(0, 5).map((id) => articleRef(id)).filter((x): x is ArticleRef => !!x),
      reprintMore: (links?.reprints.length ?? 0) > 5 ? fill(s.andMore, { n: links!.reprints.length - 5 }) : null,
      compare: compareLink.get(r.id) ?? null,
      lang: foreign ? contentLang : null,
      canonical,
      publishedTime: own ? toRfc3339(own) : null,
      head: { title: r.title, description },
      cite: citation({
        record: r,
        dateLabel: own && r.datePrecision ? formatDate(own, r.datePrecision, locale) : null,
        publicUrl: config.publicUrl === false ? null : canonical,
        archiveName: s.siteTitle,
        accessed: config.buildDate,
        code: locale.code,
      }),
      jsonLd: jsonForScript(
        newsArticle({
          url: config.publicUrl === false ? '' : canonical,
          headline: r.title,
          alternativeHeadline: r.subtitle,
          description,
          datePublished: own,
          authors: r.authors,
          agencies: r.agencies,
          outlet: r.outlet,
          lang: contentLang,
          wordCount: r.wordCount,
          isBasedOn: wireOf && config.publicUrl !== false ? absolute(wireOf.url) : null,
          archive: { name: s.siteTitle, url: config.publicUrl === false ? '' : config.baseUrl },
        }),
      ),
    };
  });

  // ---- archives by year, month, day ----
  const listings: ListingPage[] = [];
  const periodsOf = (level: 4 | 7 | 10) => {
    const map = new Map<string, ArticleRecord[]>();
    for (const r of dated) {
      if (r.date!.length < level) continue;
      const key = r.date!.slice(0, level);
      const list = map.get(key);
      if (list) list.push(r);
      else map.set(key, [r]);
    }
    return map;
  };
  const inYear = new Map<string, ArticleRecord[]>();
  for (const r of dated) {
    const y = r.date!.slice(0, 4);
    let list = inYear.get(y);
    if (!list) inYear.set(y, (list = []));
    list.push(r);
  }
  const months = periodsOf(7);
  const days = periodsOf(10);
  const levels: { kind: 'year' | 'month' | 'day'; periods: Map<string, ArticleRecord[]>; eyebrow: string }[] = [
    { kind: 'year', periods: inYear, eyebrow: s.yearArchive },
    { kind: 'month', periods: months, eyebrow: s.monthArchive },
    { kind: 'day', periods: days, eyebrow: s.dayArchive },
  ];
  for (const { kind, periods, eyebrow } of levels) {
    const keys = [...periods.keys()].sort();
    keys.forEach((key, i) => {
      const list = periods.get(key)!;
      const label = formatPeriod(key, locale);
      const subLevel = kind === 'year' ? 7 : kind === 'month' ? 10 : null;
      // Articles dated only as precisely as this period come first, under their own heading.
      const groupKey = (r: ArticleRecord) => (subLevel && r.date!.length >= subLevel ? r.date!.slice(0, subLevel) : '');
      const children: ListingPage['children'] = [];
      if (kind === 'year') {
        for (let m = 1; m <= 12; m++) {
          const p = `${key}-${String(m).padStart(2, '0')}`;
          const n = months.get(p)?.length ?? 0;
          children.push({ url: n ? periodUrl(p) : null, label: formatPeriod(p, locale, true), count: n });
        }
      } else if (kind === 'month') {
        for (const p of [...new Set(list.filter((r) => r.date!.length >= 10).map((r) => r.date!.slice(0, 10)))].sort()) {
          children.push({ url: periodUrl(p), label: formatPeriod(p, locale, true), count: days.get(p)!.length });
        }
      }
      const up: Link =
        kind === 'year'
          ? { url: fixedUrls.chronicle, label: s.chronicle }
          : { url: periodUrl(key.slice(0, kind === 'month' ? 4 : 7)), label: formatPeriod(key.slice(0, kind === 'month' ? 4 : 7), locale) };
      const prevKey = keys[i - 1];
      const nextKey = keys[i + 1];
      const description = `${eyebrow}: ${label}, ${count(list.length, 'article')}`;
      for (const chunk of paginate(periodUrl(key), list, pageSize)) {
        listings.push({
          kind,
          url: chunk.url,
          title: label,
          eyebrow,
          intro: count(list.length, 'article'),
          order: s.oldestFirst,
          groups: groupBy(chunk.items, groupKey).map(([g, items]) => ({
            heading: subLevel ? (g ? formatPeriod(g, locale) : kind === 'year' ? s.withoutMonth : s.withoutDay) : null,
            url: g ? periodUrl(g) : null,
            articles: items.map((r) => cards.get(r.id)!),
          })),
          pagination: chunk.pagination,
          nav: {
            previous: prevKey ? { url: periodUrl(prevKey), label: formatPeriod(prevKey, locale) } : null,
            next: nextKey ? { url: periodUrl(nextKey), label: formatPeriod(nextKey, locale) } : null,
            up,
          },
          children,
          childrenLabel: kind === 'year' ? s.month : s.day,
          aliases: [],
          seenWith: [],
          head: { title: pagedTitle(label, chunk.pagination), description },
        });
      }
    });
  }

  // Undated articles are never dropped: they have their own listing.
  for (const chunk of paginate(fixedUrls.undated, undated, pageSize)) {
    listings.push(
      simpleListing('undated', chunk, {
        title: s.undated,
        eyebrow: s.chronicle,
        intro: `${s.undatedIntro} ${count(undated.length, 'article')}.`,
        order: s.fileOrder,
      }),
    );
  }

  // ---- stories ----
  const storiesNewest = [...archive.stories].sort(
    (a, b) => (lastDate(b, recordById) ?? '').localeCompare(lastDate(a, recordById) ?? '') || (a.id < b.id ? -1 : 1),
  );
  for (const st of archive.stories) {
    const list = cardsOf(st.articleIds);
    const range = formatRange(st.start, st.end, locale);
    const intro = [count(list.length, 'article'), range].filter(Boolean).join(' · ');
    const months = monthsOf(list);
    const ties = storyTies(st, {
      archive,
      ref: (id) => {
        const c = card(id);
        return c && { id, url: c.url, title: c.title, credit: c.credit, dateLabel: c.dateLabel, dateInferred: c.dateInferred };
      },
      byTime: byRank,
      quoteUrl: (id) => quoteUrl.get(id),
      compareUrl: (id) => (compareLink.get(id)?.url.includes('#') ? null : (compareLink.get(id)?.url ?? null)),
      code: locale.code,
    });
    for (const chunk of paginate(storyLink(st), list, pageSize)) {
      listings.push({
        ...simpleListing('story', chunk, {
          title: st.title,
          eyebrow: s.story,
          intro,
          order: s.oldestFirst,
          months,
        }),
        ties: chunk.pagination && chunk.pagination.n > 1 ? null : ties,
      });
    }
  }

  // ---- entities ----
  for (const e of archive.entities) {
    const list = cardsOf([...e.articleIds].reverse());
    const seenWith = e.seenWith
      .map((w) => entityBySlug.get(w.slug))
      .filter((x): x is Entity => !!x)
      .slice(0, 10)
      .map((x) => ({ url: entityLink(x), label: x.name }));
    const intro = count(list.length, 'article');
    const months = monthsOf(list);
    for (const chunk of paginate(entityLink(e), list, pageSize)) {
      listings.push({
        ...simpleListing('entity', chunk, {
          title: e.name,
          eyebrow: s.entityKinds[e.kind],
          intro,
          order: s.newestFirst,
          months,
        }),
        nav: { previous: null, next: null, up: { url: `/${entityFolder[e.kind]}/`, label: kindLabel[e.kind] } },
        aliases: e.aliases,
        seenWith,
      });
    }
  }

  // ---- outlets and agencies ----
  for (const src of archive.sources) {
    const list = cardsOf([...src.articleIds].reverse());
    const intro = count(list.length, 'article');
    const months = monthsOf(list);
    for (const chunk of paginate(sourceUrl(sourceSlugs.get(src)!), list, pageSize)) {
      listings.push({
        ...simpleListing('source', chunk, {
          title: src.name,
          eyebrow: src.kind === 'outlet' ? s.outlet : s.agency,
          intro,
          order: s.newestFirst,
          months,
        }),
        nav: { previous: null, next: null, up: { url: fixedUrls.sources, label: s.sources } },
      });
    }
  }

  // ---- index pages ----
  const years: (Counted & { months: Counted[] })[] = [...inYear.keys()].sort().reverse().map((y) => ({
    url: periodUrl(y),
    label: y,
    count: inYear.get(y)!.length,
    months: Array.from({ length: 12 }, (_, m) => {
      const p = `${y}-${String(m + 1).padStart(2, '0')}`;
      const n = months.get(p)?.length ?? 0;
      return { url: n ? periodUrl(p) : '', label: formatPeriod(p, locale, true), count: n };
    }),
  }));
  const undatedLink = undated.length ? { url: fixedUrls.undated, label: s.undated, count: undated.length } : null;

  const storyPages = paginate(
    fixedUrls.stories,
    storiesNewest.map((st) => ({
      url: storyLink(st),
      label: st.title,
      count: st.articleIds.length,
      countLabel: count(st.articleIds.length, 'article'),
      range: formatRange(st.start, st.end, locale),
    })),
    100,
  ).map((chunk) => ({ ...chunk, head: { title: s.stories, description: s.storiesIntro } }));

  const sourceCounted = (kind: Source['kind']) =>
    archive.sources
      .filter((src) => src.kind === kind)
      .map((src) => ({ url: sourceUrl(sourceSlugs.get(src)!), label: src.name, count: src.articleIds.length }))
      .sort((a, b) => collator.compare(a.label, b.label));

  const entityIndexes = kindOrder.map((kind) => {
    const items = (entityGroups.get(kind) ?? [])
      .map((e) => ({ url: entityLink(e), label: e.name, count: e.articleIds.length }))
      .sort((a, b) => collator.compare(a.label, b.label));
    return {
      kind,
      url: `/${entityFolder[kind]}/`,
      title: kindLabel[kind],
      letters: groupBy(items, (i) => initial(i.label)).map(([letter, list]) => ({ letter, items: list })),
      head: { title: kindLabel[kind], description: `${kindLabel[kind]}: ${s.entitiesIntro}` },
    };
  });

  // a quote lists its first carriers; a widely carried one has pages of its own for all of them
  const quoteCarrierPages: QuoteCarrierPage[] = [];
  const quotePages = paginate(
    fixedUrls.quotes,
    quotes.map((q) => {
      const speaker = q.speaker ? entityByName.get(q.speaker) : undefined;
      const wordings = new Map((q.variants ?? []).map((v) => [v.articleId, v.text]));
      const carriedBy = cardsOf(q.articleIds).map((a) => {
        const wording = wordings.get(a.id) ?? null;
        return { article: a, wording: wording && wording !== q.text ? wording : null };
      });
      const view: QuoteView = {
        anchor: quoteAnchor(q),
        text: q.text,
        speaker: q.speaker,
        speakerUrl: speaker ? entityLink(speaker) : null,
        carriedBy: carriedBy.slice(0, QUOTE_CARRIERS_LISTED),
        more: null,
      };
      if (carriedBy.length > QUOTE_CARRIERS_LISTED) {
        const own = `${fixedUrls.quotes}${view.anchor}/`;
        view.more = { url: own, label: fill(s.andMore, { n: carriedBy.length - QUOTE_CARRIERS_LISTED }) };
        const title = `${s.quotes}: „${clip(q.text, 60)}“`;
        for (const chunk of paginate(own, carriedBy, QUOTE_CARRIERS_PER_PAGE)) {
          quoteCarrierPages.push({
            ...chunk,
            quote: { text: q.text, speaker: view.speaker, speakerUrl: view.speakerUrl, backUrl: quoteUrl.get(q.id)! },
            head: { title: pagedTitle(title, chunk.pagination), description: `${s.quoteCarriedBy}: ${carriedBy.length}` },
          });
        }
      }
      return view;
    }),
    quotePageSize,
  ).map((chunk) => ({ ...chunk, head: { title: pagedTitle(s.quotes, chunk.pagination), description: s.quotesIntro } }));

  // ---- about: every source file, with its page or the reason it has none ----
  const issues = config.issues ?? [];
  const rows: AboutRow[] = [
    ...records.map((r) => ({
      path: r.source.path,
      originalUrl: originalFiles.has(r.source.path) ? originalUrl(originalFiles.get(r.source.path)!) : null,
      article: { url: urls.get(r.id)!, label: r.title },
      status: null,
      warnings: r.warnings.map((w) => (w.line ? `${s.line} ${w.line}: ${w.message}` : w.message)),
    })),
    ...issues.map((i) => {
      const dup = i.duplicateOf ? card(i.duplicateOf) : null;
      return {
        path: i.path,
        originalUrl: null, // only articles' files are published (one that is no article may be unreadable, a link or a FIFO)
        article: dup ? { url: dup.url, label: dup.title } : null,
        status: i.kind === 'duplicate' ? s.duplicateOf : s.notReadable,
        warnings: [i.line ? `${s.line} ${i.line}: ${i.message}` : i.message],
      };
    }),
  ].sort((a, b) => a.path.localeCompare(b.path));
  const warningCount = records.reduce((n, r) => n + r.warnings.length, 0);

  // ---- home ----
  const storyOfArticle = new Map<string, Story>();
  for (const st of archive.stories) for (const id of st.articleIds) storyOfArticle.set(id, st);
  const timeline: TimelineItem[] = [];
  const seenStories = new Set<string>();
  for (const r of newestFirst) {
    if (timeline.length >= 25) break;
    const st = storyOfArticle.get(r.id);
    if (st && st.articleIds.length > 1) {
      if (seenStories.has(st.id)) continue;
      seenStories.add(st.id);
      const members = cardsOf([...st.articleIds].reverse());
      timeline.push({
        kind: 'story',
        url: storyLink(st),
        title: st.title,
        range: formatRange(st.start, st.end, locale),
        count: count(st.articleIds.length, 'article'),
        articles: members.slice(0, 6),
        more: members.length > 6 ? { url: storyLink(st), label: fill(s.andMore, { n: members.length - 6 }) } : null,
      });
    } else {
      const c = cards.get(r.id)!;
      timeline.push({ kind: 'article', url: c.url, title: c.title, range: null, count: null, articles: [c], more: null });
    }
  }
  // undated articles follow on the home page, in file order, so an archive without dates does not open empty
  const undatedCards = cardsOf(undated.slice(0, Math.max(6, 25 - timeline.length)).map((r) => r.id));
  const undatedMore = undated.length > undatedCards.length
    ? { url: fixedUrls.undated, label: fill(s.andMore, { n: undated.length - undatedCards.length }) }
    : null;
  const topEntities = (kind: EntityKind, n: number) =>
    (entityGroups.get(kind) ?? [])
      .map((e) => ({ url: entityLink(e), label: e.name, count: e.articleIds.length }))
      .sort((a, b) => b.count - a.count || collator.compare(a.label, b.label))
      .slice(0, n);
  const first = dated[0]?.date ?? null;
  const last = dated.at(-1)?.date ?? null;

  // ---- feeds: the newest articles with their own date, full text ----
  const feedEntries: FeedEntry[] = records
    .filter((r) => r.date && r.dateSource !== 'inferred')
    .sort((a, b) => byTimeAsc(b, a))
    .slice(0, config.feedSize ?? 50)
    .map((r) => ({
      url: absolute(urls.get(r.id)!),
      title: r.title,
      published: toRfc3339(r.date!),
      summary: r.lead ?? r.subtitle,
      contentHtml: (r.lead ? `<p><strong>${escapeText(r.lead)}</strong></p>\n` : '') + renderMarkdown(r.body),
      authors: r.authors.length ? r.authors : r.outlet ? [r.outlet] : r.agencies,
    }));
  const feedInput = {
    title: s.siteTitle,
    description: s.siteDescription,
    lang: locale.code,
    homeUrl: absolute('/'),
    atomUrl: absolute(fixedUrls.atom),
    jsonUrl: absolute(fixedUrls.json),
    updated: feedEntries.map((e) => e.published).sort().at(-1) ?? toRfc3339(config.buildDate.slice(0, 10)),
    authorName: s.siteTitle,
    entries: feedEntries,
  };

  // ---- every page, for the sitemap ----
  const indexUrls = [
    '/',
    fixedUrls.chronicle,
    ...storyPages.map((p) => p.url),
    fixedUrls.sources,
    ...entityIndexes.map((e) => e.url),
    ...quotePages.map((p) => p.url),
    ...quoteCarrierPages.map((p) => p.url),
    fixedUrls.search,
    fixedUrls.about,
  ];
  const allUrls = [...indexUrls, ...articlePages.map((a) => a.url), ...listings.map((l) => l.url), ...comparisons.map((c) => c.url)];
  const aboutPages = paginate(fixedUrls.about, rows, 500).map((chunk) => ({ ...chunk, head: { title: s.about, description: null } }));
  allUrls.push(...aboutPages.slice(1).map((p) => p.url));

  return {
    config: {
      lang: locale.code,
      contentLang,
      ogLocale: locale.ogLocale,
      baseUrl: config.baseUrl,
      publicUrl: config.publicUrl ?? true,
      pathPrefix: config.pathPrefix,
      buildDate: config.buildDate,
      buildDateLabel: formatDate(config.buildDate.slice(0, 16), 'minute', locale),
      strings: s,
      urls: fixedUrls,
    },
    nav: [
      { url: fixedUrls.chronicle, label: s.chronicle },
      { url: fixedUrls.stories, label: s.stories },
      { url: fixedUrls.sources, label: s.sources },
      { url: '/personen/', label: s.people },
      { url: fixedUrls.quotes, label: s.quotes },
      { url: fixedUrls.about, label: s.about },
    ],
    articles: articlePages,
    listings,
    home: {
      timeline,
      undatedCards,
      undatedMore,
      span: formatRange(first, last, locale),
      stats: [
        count(records.length, 'article'),
        count(archive.stories.length, 'story'),
        count(archive.sources.filter((x) => x.kind === 'outlet').length, 'outlet'),
        count(archive.sources.filter((x) => x.kind === 'agency').length, 'agency'),
        count(entityGroups.get('person')?.length ?? 0, 'person'),
        count(quotationCount(records), 'quote'),
      ],
      years: years.map(({ url, label, count: n }) => ({ url, label, count: n })),
      people: topEntities('person', 10),
      sources: [...sourceCounted('outlet'), ...sourceCounted('agency')].sort((a, b) => b.count - a.count).slice(0, 10),
      undated: undatedLink,
    },
    chronicle: { years, undated: undatedLink },
    storyPages,
    sourceIndex: { outlets: sourceCounted('outlet'), agencies: sourceCounted('agency') },
    entityIndexes,
    quotePages,
    quoteCarrierPages,
    aboutPages,
    about: {
      stats: [
        { label: s.filesRead, value: (records.length + issues.length).toLocaleString(locale.number) },
        { label: s.articles, value: records.length.toLocaleString(locale.number) },
        { label: s.stories, value: archive.stories.length.toLocaleString(locale.number) },
        { label: s.undated, value: undated.length.toLocaleString(locale.number) },
        { label: s.warnings, value: (warningCount + issues.length).toLocaleString(locale.number) },
      ],
    },
    originals: config.originalsDir
      ? [...originalFiles].map(([source, file]) => ({ from: `${config.originalsDir!.replace(/\/$/, '')}/${source}`, to: `${fixedUrls.originals.slice(1)}${file}` }))
      : [],
    feeds: { atom: atomFeed(feedInput), json: jsonFeed(feedInput) },
    sitemap: sitemapXml(allUrls.map(absolute)),
    robots: robotsTxt(absolute(fixedUrls.sitemap)),
    permalinks: JSON.stringify(Object.fromEntries([...urls].sort(([a], [b]) => (a < b ? -1 : 1))), null, 1),
    counts: { articles: records.length, stories: archive.stories.length, quotes: quotes.length, undated: undated.length },
    comparisons,
    searchNames: [
      ...archive.entities.map((e) => [e.name, entityLink(e), e.kind, e.aliases.join(' ')] as SiteModel['searchNames'][number]),
      ...archive.stories.map((st) => [st.title, storyLink(st), 'story', ''] as SiteModel['searchNames'][number]),
    ],
  };

  function simpleListing(
    kind: ListingPage['kind'],
    chunk: { url: string; items: (ArticleCard | ArticleRecord)[]; pagination: Pagination | null },
    text: { title: string; eyebrow: string; intro: string | null; order: string; months?: ListingPage['children'] },
  ): ListingPage {
    return {
      kind,
      url: chunk.url,
      title: text.title,
      eyebrow: text.eyebrow,
      intro: text.intro,
      order: text.order,
      groups: [{ heading: null, url: null, articles: chunk.items.map((x) => cards.get(x.id)!) }],
      pagination: chunk.pagination,
      nav: null,
      children: text.months ?? [],
      childrenLabel: s.chronicle,
      aliases: [],
      seenWith: [],
      head: { title: pagedTitle(text.title, chunk.pagination), description: `${text.eyebrow}: ${text.title}` },
    };
  }

  /** A listing's title, with "(Seite 2 von 5)" when it has several pages. */
  function pagedTitle(title: string, pagination: Pagination | null): string {
    return pagination ? `${title} (${fill(s.pageOf, { n: pagination.n, total: pagination.total })})` : title;
  }
}

/** The quotations the articles carry, one however many articles carry it (not only the shared ones the quote pages list). */
function quotationCount(records: ArticleRecord[]): number {
  const seen = new Set<string>();
  for (const r of records) for (const q of r.quotes) seen.add(q.text.toLocaleLowerCase('de').replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
  return seen.size;
}

/** True when a folder only repeats the outlet's name ("derStandard" for DER STANDARD, "nzz" for NZZ). */
function sameName(folder: string, outlet: string | null): boolean {
  const key = (x: string) => x.toLocaleLowerCase('de').replace(/\.(?:at|de|ch|com)$/, '').replace(/[^\p{L}\p{N}]+/gu, '');
  return outlet !== null && key(folder.split('/').at(-1)!) === key(outlet);
}

/** Lower case, one space, no closing ellipsis: for comparing a title with a kicker or a lead. */
function plain(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\s*(?:…|\.\.\.)\s*$/, '').trim().toLocaleLowerCase('de');
}

/** True when a kicker only repeats the title or the lead's opening (case aside), as a story named after its article does. */
function repeats(kicker: string, title: string, lead: string | null): boolean {
  const k = plain(kicker);
  if (!k) return true;
  const t = plain(title);
  return t.startsWith(k) || k.startsWith(t) || (lead !== null && plain(lead).startsWith(k));
}

/** A card's teaser: the lead or first paragraph, without the opening sentence when the title already says it. */
function cardTeaser(title: string, lead: string | null, body: string): string | null {
  // the text the paragraphs show, not their Markdown (escapes would reach meta tags and cards)
  const shown = body.split(/\n\s*\n/).map((b) => b.trim()).filter((b) => b && !b.startsWith('#')).map(markdownText);
  const paragraphs = [lead, ...shown].filter((p): p is string => !!p);
  const first = paragraphs[0];
  if (!first) return null;
  const t = plain(title);
  if (t.length < 12 || !plain(first).startsWith(t)) return teaser(first, '');
  // drop the sentence the title was cut from: the text after its end, else the next paragraph
  const end = /[.!?…][“”"»«)]*\s+(?=[\p{Lu}\d„"«»])/u.exec(first.slice(Math.max(0, t.length - 1)));
  const rest = end ? first.slice(Math.max(0, t.length - 1) + end.index + end[0].length).trim() : '';
  return teaser(rest || paragraphs[1] || null, '');
}

function copyCredit(r: ArticleRecord, block: number | null): string | null {
  return block === null ? null : (r.embedded[block]?.credit ?? r.embedded[block]?.title ?? null);
}

function quoteAnchor(q: SharedQuote): string {
  return `zitat-${q.id.replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

function lastDate(st: Story, byId: Map<string, ArticleRecord>): string | null {
  let best: string | null = null;
  for (const id of st.articleIds) {
    const d = byId.get(id)?.date;
    if (d && (!best || d > best)) best = d;
  }
  return best;
}

function initial(name: string): string {
  const c = name.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').charAt(0).toUpperCase();
  return /[A-Z]/.test(c) ? c : '#';
}

/** Groups consecutive items by key, keeping order. */
function groupBy<T>(items: T[], key: (item: T) => string): [string, T[]][] {
  const out: [string, T[]][] = [];
  for (const item of items) {
    const k = key(item);
    const last = out.at(-1);
    if (last && last[0] === k) last[1].push(item);
    else out.push([k, [item]]);
  }
  return out;
}

function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}

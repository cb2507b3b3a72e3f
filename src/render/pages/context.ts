// What every page family shares: the archive, the locale, each article's URL and card, the time order, and the
// links to stories, entities and sources. Built once per site by `siteContext`, then only read.
import type { ArticleRecord, Entity, EntityKind, LinkedArchive, Source, Story } from '../../record.ts';
import { formatPeriod } from '../dates.ts';
import { fill, formatCount, type Locale } from '../locale.ts';
import type { ArticleCard, ListingPage, SiteConfig } from '../model.ts';
import { paginate, type Chunk, type Pagination } from '../paginate.ts';
import { packOriginals, type PublishedOriginal } from '../originals.ts';
import { absoluteUrl, assignUrls, entityUrl, periodUrl, sourceUrl, storySlugs, storyUrl, uniqueSlugs } from '../urls.ts';
import { articleCards } from './cards.ts';

export interface SiteContext extends TimeOrder, LinkTargets {
  archive: LinkedArchive;
  config: SiteConfig;
  locale: Locale;
  s: Locale['strings'];
  pageSize: number; // articles per listing page
  compactPageSize: number; // articles per page of a list of compact cards (date, title, outlet)
  contentLang: string; // the language the articles are written in
  foreign: boolean; // the articles' language differs from the interface's
  absolute: (url: string) => string;
  count: (n: number, noun: keyof Locale['plurals']) => string;
  records: ArticleRecord[];
  recordById: Map<string, ArticleRecord>;
  urls: Map<string, string>; // article id → URL
  originals: Map<string, PublishedOriginal>; // input path → where its original is published
  cards: Map<string, ArticleCard>;
  card: (id: string) => ArticleCard | null;
  cardsOf: (ids: string[]) => ArticleCard[];
  kindOrder: EntityKind[];
  kindLabel: Record<EntityKind, string>;
}

interface TimeOrder {
  dated: ArticleRecord[]; // oldest first
  undated: ArticleRecord[]; // in file order
  newestFirst: ArticleRecord[];
  byRank: (a: string, b: string) => number; // article ids in time order, undated after dated
}

interface LinkTargets {
  storyLink: (st: Story) => string;
  storyById: Map<string, Story>;
  entityLink: (e: Entity) => string;
  sourceLink: (src: Source) => string;
  entityGroups: Map<EntityKind, Entity[]>;
  entityBySlug: Map<string, Entity>;
  entityByName: Map<string, Entity>;
  sourceFor: (kind: Source['kind'], name: string) => Source | null;
}

export const byTimeAsc = (a: ArticleRecord, b: ArticleRecord): number => (a.date ?? '').localeCompare(b.date ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const collator = new Intl.Collator('de', { sensitivity: 'base' });
// file paths in natural order: "2.txt" before "10.txt"
const pathCollator = new Intl.Collator('de', { numeric: true, sensitivity: 'variant' });

export function siteContext(archive: LinkedArchive, config: SiteConfig): SiteContext {
  const { locale } = config;
  const s = locale.strings;
  const count = (n: number, noun: keyof Locale['plurals']) => formatCount(n, noun, locale);
  const records = archive.articles;
  const urls = assignUrls(records, new Map(Object.entries(config.knownUrls ?? {})));
  const cards = articleCards(records, urls, locale);
  const card = (id: string) => cards.get(id) ?? null;
  const contentLang = config.contentLang ?? 'de';
  return {
    archive,
    config,
    locale,
    s,
    pageSize: config.pageSize ?? 50,
    compactPageSize: (config.pageSize ?? 50) * 4,
    contentLang,
    foreign: contentLang !== locale.code,
    absolute: (url: string) => absoluteUrl(config.baseUrl, url),
    count,
    records,
    recordById: new Map(records.map((r) => [r.id, r])),
    urls,
    // each article's input file, published as text (only with the input folder at hand)
    originals: config.originalsDir ? packOriginals(records.map((r) => ({ path: r.source.path, bytes: r.source.bytes }))) : new Map<string, PublishedOriginal>(),
    cards,
    card,
    cardsOf: (ids: string[]) => ids.map(card).filter((c): c is ArticleCard => c !== null),
    kindOrder: ['person', 'organisation', 'place'],
    kindLabel: { person: s.people, organisation: s.organisations, place: s.places },
    ...timeOrder(records),
    ...linkTargets(archive),
  };
}

function timeOrder(records: ArticleRecord[]): TimeOrder {
  const dated = records.filter((r) => r.date).sort(byTimeAsc);
  // undated articles keep the order of their files: it is often the order they were collected in
  const undated = records.filter((r) => !r.date).sort((a, b) => pathCollator.compare(a.source.path, b.source.path) || (a.id < b.id ? -1 : 1));
  const timeRank = new Map([...dated, ...undated].map((r, i) => [r.id, i]));
  return {
    dated,
    undated,
    newestFirst: [...dated].reverse(),
    byRank: (a: string, b: string) => (timeRank.get(a) ?? 0) - (timeRank.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  };
}

/** Stories, entities and sources get unique slugs once, in a stable order. */
function linkTargets(archive: LinkedArchive): LinkTargets {
  const storySlug = storySlugs(archive.stories);
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
  const sourceSlugs = uniqueSlugs(archive.sources);
  const sourceByName = new Map<string, Source>();
  for (const src of archive.sources) sourceByName.set(`${src.kind}:${src.name.toLowerCase()}`, src);
  return {
    storyLink: (st: Story) => storyUrl(storySlug.get(st)!),
    storyById: new Map(archive.stories.map((st) => [st.id, st])),
    entityLink: (e: Entity) => entityUrl(e.kind, entitySlug.get(e)!),
    sourceLink: (src: Source) => sourceUrl(sourceSlugs.get(src)!),
    entityGroups,
    entityBySlug,
    entityByName: new Map(archive.entities.map((e) => [e.name, e])),
    sourceFor: (kind: Source['kind'], name: string) => sourceByName.get(`${kind}:${name.toLowerCase()}`) ?? null,
  };
}

/**
 * Article ids in a "newest first" listing: the dated ones newest first, then the undated ones in the order of their
 * files (the link stage ranks the undated last, by id, so reversing its order would put them first).
 */
export function newestThenUndated(ctx: SiteContext, ids: string[]): string[] {
  const hasDate = (id: string) => !!ctx.recordById.get(id)?.date;
  return [...[...ids].reverse().filter(hasDate), ...ids.filter((id) => !hasDate(id)).sort(ctx.byRank)];
}

/** The months a list of articles falls in, newest first, each linking its month archive. */
export function monthsOf(ctx: SiteContext, list: ArticleCard[]): ListingPage['children'] {
  const n = new Map<string, number>();
  for (const c of list) if (c.date && c.date.length >= 7) n.set(c.date.slice(0, 7), (n.get(c.date.slice(0, 7)) ?? 0) + 1);
  return [...n].sort((a, b) => (a[0] < b[0] ? 1 : -1)).map(([p, k]) => ({ url: periodUrl(p), label: formatPeriod(p, ctx.locale), count: k }));
}

// what the cards of a compact page may weigh together (bytes, roughly): the page stays under 200 KB with its header and months
const COMPACT_PAGE_BYTES = 150_000;

/** A long list of compact cards in pages: `compactPageSize` a page, fewer when their titles are long. */
export function compactPages(ctx: SiteContext, base: string, cards: ArticleCard[]): Chunk<ArticleCard>[] {
  return paginate(base, cards, ctx.compactPageSize, { weight: compactCardBytes, max: COMPACT_PAGE_BYTES });
}

/** About what a compact card takes in the page: its markup, its link (made relative, a few "../" longer) and its words. */
function compactCardBytes(c: ArticleCard): number {
  const words = [c.title, c.credit, c.dateLabel, c.date, c.titleNote, c.facts].reduce((n, x) => n + (x ? Buffer.byteLength(x) : 0), 0);
  return 220 + c.url.length + 30 + Math.ceil(words * 1.2);
}

/** A listing's title, with "(Seite 2 von 5)" when it has several pages. */
export function pagedTitle(ctx: SiteContext, title: string, pagination: Pagination | null): string {
  return pagination ? `${title} (${fill(ctx.s.pageOf, { n: pagination.n, total: pagination.total })})` : title;
}

/** One page of a listing with a single group of articles (undated, story, entity, source). */
export function simpleListing(
  ctx: SiteContext,
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
    groups: [{ heading: null, url: null, articles: chunk.items.map((x) => ctx.cards.get(x.id)!) }],
    compact: false,
    pagination: chunk.pagination,
    nav: null,
    children: text.months ?? [],
    childrenLabel: ctx.s.chronicle,
    aliases: [],
    seenWith: [],
    head: { title: pagedTitle(ctx, text.title, chunk.pagination), description: `${text.eyebrow}: ${text.title}` },
  };
}

/** Groups consecutive items by key, keeping order. */
export function groupBy<T>(items: T[], key: (item: T) => string): [string, T[]][] {
  const out: [string, T[]][] = [];
  for (const item of items) {
    const k = key(item);
    const last = out.at(-1);
    if (last && last[0] === k) last[1].push(item);
    else out.push([k, [item]]);
  }
  return out;
}

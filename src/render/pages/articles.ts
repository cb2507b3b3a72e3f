// The article pages: each article's text with its shared passages marked and its entities linked, what it is
// tied to (story, quotes, reprints, versions), where it came from, and its metadata for feeds, search engines and citing.
import type { ArticleLinks, ArticleRecord, Entity, SharedQuote } from '../../record.ts';
import { linkEntities } from '../body.ts';
import { citation } from '../cite.ts';
import { embeddedBlockShared } from '../compare.ts';
import { dateReason, formatDate, precisionOf, toRfc3339 } from '../dates.ts';
import { fill, type Locale } from '../locale.ts';
import type { ArticleCard, ArticlePage, ArticleRef } from '../model.ts';
import { passageMarks, renderMarked } from '../passages.ts';
import { jsonForScript, newsArticle } from '../seo.ts';
import { repeats } from './cards.ts';
import type { SiteContext } from './context.ts';
import type { Notes } from './notes.ts';
import type { QuoteIndex } from './quotes.ts';
import type { Versions } from './versions.ts';

export interface ArticleShared {
  notes: Notes;
  quotes: QuoteIndex;
  versions: Versions;
}

type Neighbours = Map<string, { previous: ArticleCard | null; next: ArticleCard | null }>;

/** Newest first, undated last (in file order). */
export function articlePages(ctx: SiteContext, shared: ArticleShared): ArticlePage[] {
  // Previous / next in time; undated articles are chained among themselves, in file order.
  const neighbours: Neighbours = new Map();
  for (const list of [ctx.dated, ctx.undated]) {
    list.forEach((r, i) => {
      neighbours.set(r.id, { previous: i > 0 ? ctx.card(list[i - 1]!.id) : null, next: i + 1 < list.length ? ctx.card(list[i + 1]!.id) : null });
    });
  }
  return [...ctx.newestFirst, ...ctx.undated].map((r) => {
    const links = ctx.archive.links[r.id];
    const ents = (links?.entities ?? []).map((slug) => ctx.entityBySlug.get(slug)).filter((e): e is Entity => !!e);
    return {
      ...ctx.cards.get(r.id)!,
      ...articleFacts(ctx, r, links),
      ...articleText(ctx, shared.notes, r, ents),
      ...articleProvenance(ctx, r),
      ...articleTies(ctx, shared, r, links, ents, neighbours),
      ...articleMeta(ctx, r, links),
    };
  });
}

function articleFacts(ctx: SiteContext, r: ArticleRecord, links: ArticleLinks | undefined) {
  const outlet = r.outlet ? ctx.sourceFor('outlet', r.outlet) : null;
  return {
    subtitle: r.subtitle,
    lead: r.lead,
    datePrecision: r.datePrecision,
    dateIso: r.date ? toRfc3339(r.date) : null,
    dateReason: r.dateSource !== 'inferred' ? null : links?.inferredDate ? dateReason(links.inferredDate, ctx.locale, storyTitle(ctx, links)) : r.dateText,
    authors: r.authors,
    agencies: r.agencies,
    agencyLinks: r.agencies.map((name) => {
      const src = ctx.sourceFor('agency', name);
      return { label: name, url: src ? ctx.sourceLink(src) : '' };
    }),
    outlet: r.outlet,
    outletUrl: outlet ? ctx.sourceLink(outlet) : null,
    dateline: r.dateline,
  };
}

/** The title of the article's story as the site shows it (the date inference's evidence names it as the link stage did). */
function storyTitle(ctx: SiteContext, links: ArticleLinks): string | undefined {
  return links.story ? ctx.storyById.get(links.story)?.title : undefined;
}

/** The body and the reproduced agency copy, their shared passages marked (with notes) and entities linked. */
function articleText(ctx: SiteContext, notes: Notes, r: ArticleRecord, ents: Entity[]) {
  const marks = passageMarks(r.id, notes.passagesOf.get(r.id) ?? []);
  const markOptions = { note: (ids: string[]) => notes.passageNote(r.id, ids), anchor: notes.passageAnchor, anchored: new Set<string>() };
  const bodyHtml = linkEntities(
    renderMarked(r.body, marks.body, markOptions),
    ents.map((e) => ({ names: [e.name, ...e.aliases], url: ctx.entityLink(e) })),
  );
  return {
    bodyHtml,
    captions: r.captions,
    embedded: r.embedded.map((e, i) => ({
      title: e.title,
      credit: e.credit,
      dateLabel: e.date ? formatDate(e.date, precisionOf(e.date), ctx.locale) : null,
      html: renderMarked(e.text, marks.embedded.get(i) ?? new Map<number, string[]>(), {
        ...markOptions,
        note: (ids: string[]) => notes.passageNote(r.id, ids, e.credit ?? ctx.s.agency),
      }),
    })),
  };
}

function articleProvenance(ctx: SiteContext, r: ArticleRecord) {
  const { s } = ctx;
  return {
    sourcePath: r.source.path,
    warnings: r.warnings,
    provenance: {
      path: r.source.path,
      original: ctx.originals.get(r.source.path) ?? null,
      sha256: r.source.sha256,
      encoding: r.source.encoding,
      size: formatBytes(r.source.bytes, ctx.locale),
      titleFrom: s.titleSources[r.titleSource],
      dateFrom: s.dateSources[r.dateSource],
      dateText: r.dateText,
    },
    wordCount: r.wordCount,
    readingTime: fill(s.readingTime, { n: Math.max(1, Math.round(r.wordCount / 200)) }),
  };
}

/** What ties the article to others: its story, neighbours, quotes, entities, the copy it reprints, its reprints and versions. */
function articleTies(ctx: SiteContext, shared: ArticleShared, r: ArticleRecord, links: ArticleLinks | undefined, ents: Entity[], neighbours: Neighbours) {
  const { s, count } = ctx;
  const { articleRef } = shared.notes;
  const story = links?.story ? (ctx.storyById.get(links.story) ?? null) : null;
  const wireOf = links?.wireCopyOf ? ctx.card(links.wireCopyOf) : null;
  return {
    story: story
      ? { url: ctx.storyLink(story), title: story.title, count: count(story.articleIds.length, 'article'), kicker: !repeats(story.title, r.title, r.lead) }
      : null,
    related: ctx.cardsOf((links?.related ?? []).slice(0, 5)),
    previous: neighbours.get(r.id)?.previous ?? null,
    next: neighbours.get(r.id)?.next ?? null,
    quotes: articleQuotes(ctx, shared, r, links),
    entities: ctx.kindOrder
      .map((kind) => ({
        kind,
        label: ctx.kindLabel[kind],
        links: ents.filter((e) => e.kind === kind).map((e) => ({ url: ctx.entityLink(e), label: e.name })),
      }))
      .filter((g) => g.links.length),
    wireCopyOf: wireOf,
    wireCopyRef: wireOf ? articleRef(wireOf.id) : null,
    wireCopyVia: wireOf ? copyCredit(r, embeddedBlockShared(ctx.archive, r.id, wireOf.id)) : null,
    reprints: ctx.cardsOf(links?.reprints ?? []),
    reprintRefs: [...(links?.reprints ?? [])]
      .sort(ctx.byRank)
      .slice(0, 5)
      .map((id) => articleRef(id))
      .filter((x): x is ArticleRef => !!x),
    reprintMore: (links?.reprints.length ?? 0) > 5 ? fill(s.andMore, { n: links!.reprints.length - 5 }) : null,
    compare: shared.versions.linkOf.get(r.id) ?? null,
  };
}

/** The shared quotes in the article: its own wording, and the other articles carrying it, earliest first. */
function articleQuotes(ctx: SiteContext, shared: ArticleShared, r: ArticleRecord, links: ArticleLinks | undefined): ArticlePage['quotes'] {
  const { quotes, notes } = shared;
  const others = (q: SharedQuote) => {
    const rest = quotes.carriers(q).filter((id) => id !== r.id);
    return {
      others: rest
        .slice(0, 5)
        .map((id) => notes.articleRef(id))
        .filter((x): x is ArticleRef => !!x),
      more: rest.length > 5 ? { url: quotes.allCarriersUrl(q), label: fill(ctx.s.andMore, { n: rest.length - 5 }) } : null,
    };
  };
  return (links?.quotes ?? [])
    .map((id) => quotes.byId.get(id))
    .filter((q): q is SharedQuote => !!q)
    .map((q) => ({
      text: q.variants?.find((v) => v.articleId === r.id)?.text ?? q.text,
      speaker: q.speaker,
      url: quotes.url.get(q.id)!,
      count: ctx.count(q.articleIds.length, 'article'),
      ...others(q),
    }));
}

/** Language, canonical URL, head, citation and JSON-LD. */
function articleMeta(ctx: SiteContext, r: ArticleRecord, links: ArticleLinks | undefined) {
  const { config, s } = ctx;
  const c = ctx.cards.get(r.id)!;
  const own = r.dateSource !== 'inferred' ? r.date : null;
  const canonical = ctx.absolute(c.url);
  const wireOf = links?.wireCopyOf ? ctx.card(links.wireCopyOf) : null;
  const description = c.teaser ?? r.subtitle ?? r.title;
  return {
    lang: ctx.foreign ? ctx.contentLang : null,
    canonical,
    publishedTime: own ? toRfc3339(own) : null,
    head: { title: r.title, description },
    cite: citation({
      record: r,
      dateLabel: own && r.datePrecision ? formatDate(own, r.datePrecision, ctx.locale) : null,
      publicUrl: config.publicUrl === false ? null : canonical,
      archiveName: s.siteTitle,
      accessed: config.buildDate,
      code: ctx.locale.code,
    }),
    jsonLd: jsonForScript(
      newsArticle({
        url: config.publicUrl === false ? '' : canonical,
        headline: r.title,
        alternativeHeadline: r.subtitle,
        datePublished: own,
        authors: r.authors,
        agencies: r.agencies,
        outlet: r.outlet,
        lang: ctx.contentLang,
        wordCount: r.wordCount,
        isBasedOn: wireOf && config.publicUrl !== false ? ctx.absolute(wireOf.url) : null,
        archive: { name: s.siteTitle, url: config.publicUrl === false ? '' : config.baseUrl },
      }),
    ),
  };
}

function copyCredit(r: ArticleRecord, block: number | null): string | null {
  return block === null ? null : (r.embedded[block]?.credit ?? r.embedded[block]?.title ?? null);
}

const kilobytes = new Map<string, Intl.NumberFormat>(); // toLocaleString builds a formatter per call
function formatBytes(bytes: number, locale: Locale): string {
  if (bytes < 1024) return `${bytes} B`;
  let format = kilobytes.get(locale.number);
  if (!format) kilobytes.set(locale.number, (format = new Intl.NumberFormat(locale.number, { maximumFractionDigits: 1 })));
  return `${format.format(bytes / 1024)} KB`;
}

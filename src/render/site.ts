// The render stage: turns the linked archive into plain view models that templates only print.
// A table of contents: each page family is built in its own module under src/render/pages/, from the linked
// archive and what all of them share (src/render/pages/context.ts: URLs, cards, time order, locale).
import type { LinkedArchive } from '../record.ts';
import { formatDate, withLocalTitleDates } from './dates.ts';
import { withTypographicTitles } from './typography.ts';
import type { Link, SiteConfig, SiteModel } from './model.ts';
import { aboutPages, aboutStats } from './pages/about.ts';
import { articlePages } from './pages/articles.ts';
import { siteContext, type SiteContext } from './pages/context.ts';
import { entityIndexes, entityListings } from './pages/entities.ts';
import { feeds, permalinks, robots, sitemap } from './pages/feeds.ts';
import { homePage } from './pages/home.ts';
import { passageNotes } from './pages/notes.ts';
import { chronicleYears, periodListings, periodsOf, undatedLink, undatedListings } from './pages/periods.ts';
import { quoteIndex, quotePages } from './pages/quotes.ts';
import { passageCarrierPages } from './pages/shared-passages.ts';
import { sourceListings, sourcesOfKind } from './pages/sources.ts';
import { storyIndexPages, storyListings } from './pages/stories.ts';
import { versionPages } from './pages/versions.ts';
import { originalPacks } from './originals.ts';
import { fixedUrls } from './urls.ts';

export type * from './model.ts';
export { assignUrls } from './urls.ts';

export function buildSiteModel(linked: LinkedArchive, config: SiteConfig): SiteModel {
  const ctx = siteContext(withTypographicTitles(withLocalTitleDates(linked, config.locale), config.locale.code), config);
  const quotes = quoteIndex(ctx);
  const versions = versionPages(ctx);
  const periods = periodsOf(ctx);
  const articles = articlePages(ctx, { notes: passageNotes(ctx), quotes, versions });
  const listings = [...periodListings(ctx, periods), ...undatedListings(ctx), ...storyListings(ctx, quotes, versions), ...entityListings(ctx), ...sourceListings(ctx)];
  const chronicle = { years: chronicleYears(ctx, periods), undated: undatedLink(ctx) };
  const pages = {
    articles,
    listings,
    storyPages: storyIndexPages(ctx),
    entityIndexes: entityIndexes(ctx),
    ...quotePages(ctx, quotes),
    passageCarrierPages: passageCarrierPages(ctx),
    aboutPages: aboutPages(ctx),
    comparisons: versions.pages,
  };
  return {
    config: configView(ctx),
    nav: siteNav(ctx),
    articles,
    listings,
    home: homePage(ctx, chronicle),
    chronicle,
    storyPages: pages.storyPages,
    sourceIndex: { outlets: sourcesOfKind(ctx, 'outlet'), agencies: sourcesOfKind(ctx, 'agency') },
    entityIndexes: pages.entityIndexes,
    quotePages: pages.quotePages,
    quoteCarrierPages: pages.quoteCarrierPages,
    passageCarrierPages: pages.passageCarrierPages,
    aboutPages: pages.aboutPages,
    about: aboutStats(ctx),
    originals: ctx.config.originalsDir ? originalPacks(ctx.originals, ctx.config.originalsDir) : [],
    feeds: feeds(ctx),
    sitemap: sitemap(ctx, pages),
    robots: robots(ctx),
    permalinks: permalinks(ctx),
    counts: { articles: ctx.records.length, stories: ctx.archive.stories.length, quotes: quotes.quotes.length, undated: ctx.undated.length },
    comparisons: versions.pages,
    searchNames: searchNames(ctx),
  };
}

function configView(ctx: SiteContext): SiteModel['config'] {
  const { config, locale } = ctx;
  return {
    lang: locale.code,
    contentLang: ctx.contentLang,
    ogLocale: locale.ogLocale,
    baseUrl: config.baseUrl,
    publicUrl: config.publicUrl ?? true,
    search: config.search ?? true,
    pathPrefix: config.pathPrefix,
    buildDate: config.buildDate,
    buildDateLabel: formatDate(config.buildDate.slice(0, 16), 'minute', locale),
    strings: ctx.s,
    urls: fixedUrls,
  };
}

function siteNav(ctx: SiteContext): Link[] {
  const { s } = ctx;
  return [
    { url: fixedUrls.chronicle, label: s.chronicle },
    { url: fixedUrls.stories, label: s.stories },
    { url: fixedUrls.sources, label: s.sources },
    { url: '/personen/', label: s.people },
    { url: fixedUrls.quotes, label: s.quotes },
    { url: fixedUrls.about, label: s.about },
  ];
}

/** Every entity and story by name, for "perhaps you meant" on the search page. */
function searchNames(ctx: SiteContext): SiteModel['searchNames'] {
  return [
    ...ctx.archive.entities.map((e) => [e.name, ctx.entityLink(e), e.kind, e.aliases.join(' ')] as SiteModel['searchNames'][number]),
    ...ctx.archive.stories.map((st) => [st.title, ctx.storyLink(st), 'story', ''] as SiteModel['searchNames'][number]),
  ];
}

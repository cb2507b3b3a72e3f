// The files for machines: Atom and JSON feeds of the newest articles, the sitemap, robots.txt and the permalinks.
import { escapeText } from '../../escape.ts';
import { toRfc3339 } from '../dates.ts';
import { atomFeed, jsonFeed, type FeedEntry } from '../feeds.ts';
import { renderMarkdown } from '../markdown.ts';
import type { SiteModel } from '../model.ts';
import { robotsTxt, sitemapXml } from '../seo.ts';
import { fixedUrls } from '../urls.ts';
import { byTimeAsc, type SiteContext } from './context.ts';

/** The newest articles with their own date, full text. */
export function feeds(ctx: SiteContext): SiteModel['feeds'] {
  const { s, config, absolute } = ctx;
  const entries: FeedEntry[] = ctx.records
    .filter((r) => r.date && r.dateSource !== 'inferred')
    .sort((a, b) => byTimeAsc(b, a))
    .slice(0, config.feedSize ?? 50)
    .map((r) => ({
      url: absolute(ctx.urls.get(r.id)!),
      title: r.title,
      published: toRfc3339(r.date!),
      summary: r.lead ?? r.subtitle,
      contentHtml: (r.lead ? `<p><strong>${escapeText(r.lead)}</strong></p>\n` : '') + renderMarkdown(r.body),
      authors: r.authors.length ? r.authors : r.outlet ? [r.outlet] : r.agencies,
    }));
  const input = {
    title: s.siteTitle,
    description: s.siteDescription,
    lang: ctx.locale.code,
    homeUrl: absolute('/'),
    atomUrl: absolute(fixedUrls.atom),
    jsonUrl: absolute(fixedUrls.json),
    updated:
      entries
        .map((e) => e.published)
        .sort()
        .at(-1) ?? toRfc3339(config.buildDate.slice(0, 10)),
    authorName: s.siteTitle,
    entries,
  };
  return { atom: atomFeed(input), json: jsonFeed(input) };
}

type Pages = Pick<
  SiteModel,
  'storyPages' | 'entityIndexes' | 'quotePages' | 'quoteCarrierPages' | 'passageCarrierPages' | 'articles' | 'listings' | 'comparisons' | 'aboutPages'
>;

/** Every page, for the sitemap: the index pages, then articles, listings, comparisons and the about pages after the first. */
export function sitemap(ctx: SiteContext, pages: Pages): string {
  const indexUrls = [
    '/',
    fixedUrls.chronicle,
    ...pages.storyPages.map((p) => p.url),
    fixedUrls.sources,
    ...pages.entityIndexes.map((e) => e.url),
    ...pages.quotePages.map((p) => p.url),
    ...pages.quoteCarrierPages.map((p) => p.url),
    ...pages.passageCarrierPages.map((p) => p.url),
    fixedUrls.search,
    fixedUrls.about,
  ];
  const allUrls = [
    ...indexUrls,
    ...pages.articles.map((a) => a.url),
    ...pages.listings.map((l) => l.url),
    ...pages.comparisons.map((c) => c.url),
    ...pages.aboutPages.slice(1).map((p) => p.url),
  ];
  return sitemapXml(allUrls.map(ctx.absolute));
}

export function robots(ctx: SiteContext): string {
  return robotsTxt(ctx.absolute(fixedUrls.sitemap));
}

/** Article id → URL as JSON, read back by the next build so URLs never move. */
export function permalinks(ctx: SiteContext): string {
  return JSON.stringify(Object.fromEntries([...ctx.urls].sort(([a], [b]) => (a < b ? -1 : 1))), null, 1);
}

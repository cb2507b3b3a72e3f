// Outlets and agencies: each one's listing (newest first) and the sources index.
import type { Source } from '../../record.ts';
import type { Counted, ListingPage } from '../model.ts';
import { fixedUrls } from '../urls.ts';
import { collator, compactPages, monthsOf, newestThenUndated, simpleListing, type SiteContext } from './context.ts';

export function sourceListings(ctx: SiteContext): ListingPage[] {
  const { s } = ctx;
  const listings: ListingPage[] = [];
  for (const src of ctx.archive.sources) {
    const list = ctx.cardsOf(newestThenUndated(ctx, src.articleIds));
    const intro = ctx.count(list.length, 'article');
    const months = monthsOf(ctx, list);
    for (const chunk of compactPages(ctx, ctx.sourceLink(src), list)) {
      listings.push({
        ...simpleListing(ctx, 'source', chunk, {
          title: src.name,
          eyebrow: src.kind === 'outlet' ? s.outlet : s.agency,
          intro,
          order: s.newestFirst,
          months,
        }),
        compact: true, // date, title and outlet, as on a person's page: an outlet or agency has many articles
        nav: { previous: null, next: null, up: { url: fixedUrls.sources, label: s.sources } },
      });
    }
  }
  return listings;
}

/** The outlets or the agencies, by name. */
export function sourcesOfKind(ctx: SiteContext, kind: Source['kind']): Counted[] {
  return ctx.archive.sources
    .filter((src) => src.kind === kind)
    .map((src) => ({ url: ctx.sourceLink(src), label: src.name, count: src.articleIds.length }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

// The stories: each story's listing (with what ties its articles on the first page) and the stories index.
import type { ArticleRecord, Story } from '../../record.ts';
import { formatRange } from '../dates.ts';
import type { ListingPage, SiteModel } from '../model.ts';
import { paginate } from '../paginate.ts';
import { storyTies } from '../story.ts';
import { fixedUrls } from '../urls.ts';
import { monthsOf, simpleListing, type SiteContext } from './context.ts';
import type { QuoteIndex } from './quotes.ts';
import type { Versions } from './versions.ts';

export function storyListings(ctx: SiteContext, quotes: QuoteIndex, versions: Versions): ListingPage[] {
  const { s, locale } = ctx;
  const listings: ListingPage[] = [];
  for (const st of ctx.archive.stories) {
    const list = ctx.cardsOf(st.articleIds);
    const range = formatRange(st.start, st.end, locale);
    const intro = [ctx.count(list.length, 'article'), range].filter(Boolean).join(' · ');
    const months = monthsOf(ctx, list);
    const ties = storyTies(st, {
      archive: ctx.archive,
      ref: (id) => {
        const c = ctx.card(id);
        return c && { id, url: c.url, title: c.title, credit: c.credit, dateLabel: c.dateLabel, dateInferred: c.dateInferred };
      },
      byTime: ctx.byRank,
      quoteUrl: (id) => quotes.url.get(id),
      quoteIndexUrl: fixedUrls.quotes,
      compareUrl: (id) => (versions.linkOf.get(id)?.url.includes('#') ? null : (versions.linkOf.get(id)?.url ?? null)),
      locale,
    });
    for (const chunk of paginate(ctx.storyLink(st), list, ctx.pageSize)) {
      listings.push({
        ...simpleListing(ctx, 'story', chunk, { title: st.title, eyebrow: s.story, intro, order: s.oldestFirst, months }),
        ties: chunk.pagination && chunk.pagination.n > 1 ? null : ties,
      });
    }
  }
  return listings;
}

/** The stories index: the stories with the newest articles first, a hundred a page. */
export function storyIndexPages(ctx: SiteContext): SiteModel['storyPages'] {
  const newest = [...ctx.archive.stories].sort((a, b) => (lastDate(b, ctx.recordById) ?? '').localeCompare(lastDate(a, ctx.recordById) ?? '') || (a.id < b.id ? -1 : 1));
  return paginate(
    fixedUrls.stories,
    newest.map((st) => ({
      url: ctx.storyLink(st),
      label: st.title,
      count: st.articleIds.length,
      countLabel: ctx.count(st.articleIds.length, 'article'),
      range: formatRange(st.start, st.end, ctx.locale),
    })),
    100,
  ).map((chunk) => ({ ...chunk, head: { title: ctx.s.stories, description: ctx.s.storiesIntro } }));
}

function lastDate(st: Story, byId: Map<string, ArticleRecord>): string | null {
  let best: string | null = null;
  for (const id of st.articleIds) {
    const d = byId.get(id)?.date;
    if (d && (!best || d > best)) best = d;
  }
  return best;
}

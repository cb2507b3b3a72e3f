// The home page: the newest stories and articles as a timeline, then the undated ones, and what the archive holds.
import type { ArticleRecord, Story } from '../../record.ts';
import { formatRange } from '../dates.ts';
import { fill } from '../locale.ts';
import type { Counted, SiteModel, TimelineItem } from '../model.ts';
import { fixedUrls } from '../urls.ts';
import type { SiteContext } from './context.ts';
import { topEntities } from './entities.ts';
import { sourcesOfKind } from './sources.ts';

export function homePage(ctx: SiteContext, chronicle: SiteModel['chronicle']): SiteModel['home'] {
  const { s, undated, archive } = ctx;
  const count = ctx.count;
  const timeline = homeTimeline(ctx);
  // undated articles follow on the home page, in file order, so an archive without dates does not open empty
  const undatedCards = ctx.cardsOf(undated.slice(0, Math.max(6, 25 - timeline.length)).map((r) => r.id));
  const undatedMore = undated.length > undatedCards.length ? { url: fixedUrls.undated, label: fill(s.andMore, { n: undated.length - undatedCards.length }) } : null;
  const first = ctx.dated[0]?.date ?? null;
  const last = ctx.dated.at(-1)?.date ?? null;
  const sources: Counted[] = [...sourcesOfKind(ctx, 'outlet'), ...sourcesOfKind(ctx, 'agency')];
  return {
    timeline,
    undatedCards,
    undatedMore,
    span: formatRange(first, last, ctx.locale),
    stats: [
      count(ctx.records.length, 'article'),
      count(archive.stories.length, 'story'),
      count(archive.sources.filter((x) => x.kind === 'outlet').length, 'outlet'),
      count(archive.sources.filter((x) => x.kind === 'agency').length, 'agency'),
      count(ctx.entityGroups.get('person')?.length ?? 0, 'person'),
      count(quotationCount(ctx.records), 'quote'),
    ],
    years: chronicle.years.map(({ url, label, count: n }) => ({ url, label, count: n })),
    people: topEntities(ctx, 'person', 10),
    sources: sources.sort((a, b) => b.count - a.count).slice(0, 10),
    undated: chronicle.undated,
  };
}

/** The 25 newest: an article, or its story (once, with its newest articles) when it belongs to one of several. */
function homeTimeline(ctx: SiteContext): TimelineItem[] {
  const storyOfArticle = new Map<string, Story>();
  for (const st of ctx.archive.stories) for (const id of st.articleIds) storyOfArticle.set(id, st);
  const timeline: TimelineItem[] = [];
  const seenStories = new Set<string>();
  for (const r of ctx.newestFirst) {
    if (timeline.length >= 25) break;
    const st = storyOfArticle.get(r.id);
    if (st && st.articleIds.length > 1) {
      if (seenStories.has(st.id)) continue;
      seenStories.add(st.id);
      const members = ctx.cardsOf([...st.articleIds].reverse());
      timeline.push({
        kind: 'story',
        url: ctx.storyLink(st),
        title: st.title,
        range: formatRange(st.start, st.end, ctx.locale),
        count: ctx.count(st.articleIds.length, 'article'),
        articles: members.slice(0, 6),
        more: members.length > 6 ? { url: ctx.storyLink(st), label: fill(ctx.s.andMore, { n: members.length - 6 }) } : null,
      });
    } else {
      const c = ctx.cards.get(r.id)!;
      timeline.push({ kind: 'article', url: c.url, title: c.title, range: null, count: null, articles: [c], more: null });
    }
  }
  return timeline;
}

/** The quotations the articles carry, one however many articles carry it (not only the shared ones the quote pages list). */
function quotationCount(records: ArticleRecord[]): number {
  const seen = new Set<string>();
  for (const r of records)
    for (const q of r.quotes)
      seen.add(
        q.text
          .toLocaleLowerCase('de')
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim(),
      );
  return seen.size;
}

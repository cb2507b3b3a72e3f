// The date archives: a listing per year, month and day, the undated articles' listing, and the chronicle's years.
import type { ArticleRecord } from '../../record.ts';
import { formatPeriod } from '../dates.ts';
import type { Counted, Link, ListingPage } from '../model.ts';
import { paginate } from '../paginate.ts';
import { fixedUrls, periodUrl } from '../urls.ts';
import { groupBy, pagedTitle, simpleListing, type SiteContext } from './context.ts';

type Level = 'year' | 'month' | 'day';

/** The dated articles by year, month and day, oldest first within each. */
export interface Periods {
  year: Map<string, ArticleRecord[]>;
  month: Map<string, ArticleRecord[]>;
  day: Map<string, ArticleRecord[]>;
}

export function periodsOf(ctx: SiteContext): Periods {
  const byLength = (level: 4 | 7 | 10) => {
    const map = new Map<string, ArticleRecord[]>();
    for (const r of ctx.dated) {
      if (r.date!.length < level) continue;
      const key = r.date!.slice(0, level);
      const list = map.get(key);
      if (list) list.push(r);
      else map.set(key, [r]);
    }
    return map;
  };
  return { year: byLength(4), month: byLength(7), day: byLength(10) };
}

/** Year, month and day listings, in that order, each period's in time order. */
export function periodListings(ctx: SiteContext, periods: Periods): ListingPage[] {
  const listings: ListingPage[] = [];
  for (const level of ['year', 'month', 'day'] as const) {
    const keys = [...periods[level].keys()].sort();
    keys.forEach((key, i) => listings.push(...periodPages(ctx, periods, level, key, { prevKey: keys[i - 1], nextKey: keys[i + 1] })));
  }
  return listings;
}

function periodPages(ctx: SiteContext, periods: Periods, level: Level, key: string, around: { prevKey?: string; nextKey?: string }): ListingPage[] {
  const { s, locale } = ctx;
  const list = periods[level].get(key)!;
  const eyebrow = { year: s.yearArchive, month: s.monthArchive, day: s.dayArchive }[level];
  const label = formatPeriod(key, locale);
  const subLevel = level === 'year' ? 7 : level === 'month' ? 10 : null;
  // Articles dated only as precisely as this period come first, under their own heading.
  const groupKey = (r: ArticleRecord) => (subLevel && r.date!.length >= subLevel ? r.date!.slice(0, subLevel) : '');
  const upKey = key.slice(0, level === 'month' ? 4 : 7);
  const up: Link = level === 'year' ? { url: fixedUrls.chronicle, label: s.chronicle } : { url: periodUrl(upKey), label: formatPeriod(upKey, locale) };
  const { prevKey, nextKey } = around;
  const description = `${eyebrow}: ${label}, ${ctx.count(list.length, 'article')}`;
  const children = periodChildren(ctx, periods, level, key, list);
  return paginate(periodUrl(key), list, ctx.pageSize).map((chunk) => ({
    kind: level,
    url: chunk.url,
    title: label,
    eyebrow,
    intro: ctx.count(list.length, 'article'),
    order: s.oldestFirst,
    groups: groupBy(chunk.items, groupKey).map(([g, items]) => ({
      heading: subLevel ? (g ? formatPeriod(g, locale) : level === 'year' ? s.withoutMonth : s.withoutDay) : null,
      url: g ? periodUrl(g) : null,
      articles: items.map((r) => ctx.cards.get(r.id)!),
    })),
    compact: false,
    pagination: chunk.pagination,
    nav: {
      previous: prevKey ? { url: periodUrl(prevKey), label: formatPeriod(prevKey, locale) } : null,
      next: nextKey ? { url: periodUrl(nextKey), label: formatPeriod(nextKey, locale) } : null,
      up,
    },
    children,
    childrenLabel: level === 'year' ? s.month : s.day,
    aliases: [],
    seenWith: [],
    head: { title: pagedTitle(ctx, label, chunk.pagination), description },
  }));
}

/** A year's twelve months (linked when they have articles), a month's days with articles; a day has none. */
function periodChildren(ctx: SiteContext, periods: Periods, level: Level, key: string, list: ArticleRecord[]): ListingPage['children'] {
  const children: ListingPage['children'] = [];
  if (level === 'year') {
    for (let m = 1; m <= 12; m++) {
      const p = `${key}-${String(m).padStart(2, '0')}`;
      const n = periods.month.get(p)?.length ?? 0;
      children.push({ url: n ? periodUrl(p) : null, label: formatPeriod(p, ctx.locale, true), count: n });
    }
  } else if (level === 'month') {
    for (const p of [...new Set(list.filter((r) => r.date!.length >= 10).map((r) => r.date!.slice(0, 10)))].sort()) {
      children.push({ url: periodUrl(p), label: formatPeriod(p, ctx.locale, true), count: periods.day.get(p)!.length });
    }
  }
  return children;
}

/** Undated articles are never dropped: they have their own listing, in file order. */
export function undatedListings(ctx: SiteContext): ListingPage[] {
  const { s, undated } = ctx;
  return paginate(fixedUrls.undated, undated, ctx.pageSize).map((chunk) =>
    simpleListing(ctx, 'undated', chunk, {
      title: s.undated,
      eyebrow: s.chronicle,
      intro: `${s.undatedIntro} ${ctx.count(undated.length, 'article')}.`,
      order: s.fileOrder,
    }),
  );
}

/** The chronicle's years, newest first, each with its twelve months. */
export function chronicleYears(ctx: SiteContext, periods: Periods): (Counted & { months: Counted[] })[] {
  return [...periods.year.keys()]
    .sort()
    .reverse()
    .map((y) => ({
      url: periodUrl(y),
      label: y,
      count: periods.year.get(y)!.length,
      months: Array.from({ length: 12 }, (_, m) => {
        const p = `${y}-${String(m + 1).padStart(2, '0')}`;
        const n = periods.month.get(p)?.length ?? 0;
        return { url: n ? periodUrl(p) : '', label: formatPeriod(p, ctx.locale, true), count: n };
      }),
    }));
}

/** The link to the undated articles' listing, when there are any. */
export function undatedLink(ctx: SiteContext): Counted | null {
  return ctx.undated.length ? { url: fixedUrls.undated, label: ctx.s.undated, count: ctx.undated.length } : null;
}

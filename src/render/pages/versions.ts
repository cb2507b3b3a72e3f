// Version comparisons: each reprinted text against its versions (src/render/compare.ts), and each article's link to its page.
import { comparePages, type ComparePage } from '../compare.ts';
import type { Link } from '../model.ts';
import type { SiteContext } from './context.ts';

export interface Versions {
  pages: ComparePage[];
  linkOf: Map<string, Link>; // article id → the comparison it is in (the original's page, or its version's place there)
}

export function versionPages(ctx: SiteContext): Versions {
  const pages = comparePages({
    archive: ctx.archive,
    url: (id) => ctx.urls.get(id)!,
    heading: (r) => [ctx.cards.get(r.id)!.credit, ctx.cards.get(r.id)!.dateLabel].filter(Boolean).join(', ') || r.title,
    slug: (r) => ctx.urls.get(r.id)!.replace(/^\/artikel\/|\/$/g, ''),
    byTime: ctx.byRank,
    locale: ctx.locale,
  });
  const linkOf = new Map<string, Link>();
  for (const page of pages) {
    const label = page.strings.link;
    linkOf.set(page.original.id, { url: page.url, label });
    for (const v of page.versions) if (!linkOf.has(v.id)) linkOf.set(v.id, { url: `${page.url}#v-${v.id}`, label });
  }
  return { pages, linkOf };
}

// People, places and organisations: each one's listing (newest first, with who is seen with it) and the index of each kind.
import type { Entity, EntityKind } from '../../record.ts';
import type { Counted, ListingPage, SiteModel } from '../model.ts';
import { paginate } from '../paginate.ts';
import { entityFolder } from '../urls.ts';
import { collator, groupBy, monthsOf, simpleListing, type SiteContext } from './context.ts';

export function entityListings(ctx: SiteContext): ListingPage[] {
  const { s } = ctx;
  const listings: ListingPage[] = [];
  for (const e of ctx.archive.entities) {
    const list = ctx.cardsOf([...e.articleIds].reverse());
    const seenWith = e.seenWith
      .map((w) => ctx.entityBySlug.get(w.slug))
      .filter((x): x is Entity => !!x)
      .slice(0, 10)
      .map((x) => ({ url: ctx.entityLink(x), label: x.name }));
    const intro = ctx.count(list.length, 'article');
    const months = monthsOf(ctx, list);
    for (const chunk of paginate(ctx.entityLink(e), list, ctx.pageSize)) {
      listings.push({
        ...simpleListing(ctx, 'entity', chunk, { title: e.name, eyebrow: s.entityKinds[e.kind], intro, order: s.newestFirst, months }),
        nav: { previous: null, next: null, up: { url: `/${entityFolder[e.kind]}/`, label: ctx.kindLabel[e.kind] } },
        aliases: e.aliases,
        seenWith,
      });
    }
  }
  return listings;
}

/** One index per kind, by name, under the names' initials. */
export function entityIndexes(ctx: SiteContext): SiteModel['entityIndexes'] {
  return ctx.kindOrder.map((kind) => {
    const items = (ctx.entityGroups.get(kind) ?? [])
      .map((e) => ({ url: ctx.entityLink(e), label: e.name, count: e.articleIds.length }))
      .sort((a, b) => collator.compare(a.label, b.label));
    const title = ctx.kindLabel[kind];
    return {
      kind,
      url: `/${entityFolder[kind]}/`,
      title,
      letters: groupBy(items, (i) => initial(i.label)).map(([letter, list]) => ({ letter, items: list })),
      head: { title, description: `${title}: ${ctx.s.entitiesIntro}` },
    };
  });
}

/** The n entities of a kind in the most articles. */
export function topEntities(ctx: SiteContext, kind: EntityKind, n: number): Counted[] {
  return (ctx.entityGroups.get(kind) ?? [])
    .map((e) => ({ url: ctx.entityLink(e), label: e.name, count: e.articleIds.length }))
    .sort((a, b) => b.count - a.count || collator.compare(a.label, b.label))
    .slice(0, n);
}

function initial(name: string): string {
  const c = name.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').charAt(0).toUpperCase();
  return /[A-Z]/.test(c) ? c : '#';
}

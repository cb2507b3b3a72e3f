// People, places and organisations: each one's listing (newest first, with who is seen with it) and the index of each kind.
import { NAME_PARTICLES } from '../../name-particles.ts';
import type { Entity, EntityKind } from '../../record.ts';
import type { Counted, ListingPage, SiteModel } from '../model.ts';
import { entityFolder } from '../urls.ts';
import { collator, compactPages, groupBy, monthsOf, newestThenUndated, simpleListing, type SiteContext } from './context.ts';

export function entityListings(ctx: SiteContext): ListingPage[] {
  const { s } = ctx;
  const listings: ListingPage[] = [];
  for (const e of ctx.archive.entities) {
    const list = ctx.cardsOf(newestThenUndated(ctx, e.articleIds));
    const seenWith = e.seenWith
      .map((w) => ctx.entityBySlug.get(w.slug))
      .filter((x): x is Entity => !!x)
      .slice(0, 10)
      .map((x) => ({ url: ctx.entityLink(x), label: x.name }));
    const intro = ctx.count(list.length, 'article');
    const months = monthsOf(ctx, list);
    for (const chunk of compactPages(ctx, ctx.entityLink(e), list)) {
      listings.push({
        ...simpleListing(ctx, 'entity', chunk, { title: e.name, eyebrow: s.entityKinds[e.kind], intro, order: s.newestFirst, months }),
        nav: { previous: null, next: null, up: { url: `/${entityFolder[e.kind]}/`, label: ctx.kindLabel[e.kind] } },
        compact: true, // date, title and outlet: a name has many articles, and an article is on the page of every name it mentions
        aliases: e.aliases,
        seenWith,
      });
    }
  }
  return listings;
}

/** One index per kind, by name (people by surname), under the initials they sort by. */
export function entityIndexes(ctx: SiteContext): SiteModel['entityIndexes'] {
  return ctx.kindOrder.map((kind) => {
    const sortKey = (e: Entity): string[] => (kind === 'person' ? personSortKey(e.name, e.aliases) : [e.name]);
    const items = (ctx.entityGroups.get(kind) ?? [])
      .map((e) => ({ url: ctx.entityLink(e), label: e.name, count: e.articleIds.length, key: sortKey(e) }))
      .sort((a, b) => compareKeys(a.key, b.key) || collator.compare(a.label, b.label) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
    const title = ctx.kindLabel[kind];
    return {
      kind,
      url: `/${entityFolder[kind]}/`,
      title,
      letters: groupBy(items, (i) => initial(i.key[0]!)).map(([letter, list]) => ({ letter, items: list.map(({ key: _, ...item }) => item) })),
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

/**
 * A person's name as the people index sorts it: [surname, its particles, given names]. The surname is the last word, or
 * runs from its first particle. German convention (Duden, as in "Leyen, Ursula von der"): a particle written in lower
 * case is not sorted by ("von der Leyen" under L, after a plain "Leyen"); one written capitalised is part of the name
 * ("Van der Bellen" under V). A single word sorts by itself. A name written family name first ("Xi Jinping") is told by
 * how the articles shorten it: when the name's first word stands alone among its aliases ("Xi") and its last does not, the
 * first word is the surname.
 */
export function personSortKey(name: string, aliases: readonly string[] = []): [surname: string, particles: string, given: string] {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return [words.join(' '), '', ''];
  if (familyNameFirst(words, aliases)) return [words[0]!, '', words.slice(1).join(' ')];
  let start = words.findIndex((w, i) => i > 0 && i < words.length - 1 && NAME_PARTICLES.has(w.toLowerCase()));
  if (start < 0) start = words.length - 1;
  const surname = words.slice(start);
  let lead = 0;
  while (lead < surname.length - 1 && NAME_PARTICLES.has(surname[lead]!)) lead++;
  return [surname.slice(lead).join(' '), surname.slice(0, lead).join(' '), words.slice(0, start).join(' ')];
}

/** The articles call the person by the name's first word alone, never by its last. */
function familyNameFirst(words: string[], aliases: readonly string[]): boolean {
  const alone = new Set(aliases.map((a) => a.trim().toLowerCase()));
  return alone.has(words[0]!.toLowerCase()) && !alone.has(words.at(-1)!.toLowerCase());
}

function compareKeys(a: string[], b: string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const c = collator.compare(a[i] ?? '', b[i] ?? '');
    if (c) return c;
  }
  return 0;
}

function initial(name: string): string {
  const c = name
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .charAt(0)
    .toUpperCase();
  return /[A-Z]/.test(c) ? c : '#';
}

// A widely carried passage's own pages: every article carrying it. An article's note over the passage names the ten
// carriers nearest in time and counts the rest ("und 98 weitere"), which links here; a boilerplate passage has no
// page (its note counts its carriers, rounded).
import type { SharedPassage } from '../../record.ts';
import { clip } from '../body.ts';
import type { PassageCarrierPage } from '../model.ts';
import { paginate } from '../paginate.ts';
import { fixedUrls, urlSafe } from '../urls.ts';
import { pagedTitle, type SiteContext } from './context.ts';

/** Carriers a passage note lists; a passage with more others than that has pages of its own. */
export const NOTE_REFS = 10;
const CARRIERS_PER_PAGE = 200; // on those pages

/** The articles carrying a passage, each once. */
export function carriersOf(p: SharedPassage): string[] {
  return [...new Set(p.occurrences.map((o) => o.articleId))];
}

/** The URL of a passage's own pages, or null when a note lists all its carriers (or it is boilerplate). */
export function passagePageUrl(p: SharedPassage): string | null {
  return p.boilerplate || carriersOf(p).length <= NOTE_REFS + 1 ? null : `${fixedUrls.passages}${urlSafe(p.id)}/`;
}

export function passageCarrierPages(ctx: SiteContext): PassageCarrierPage[] {
  const { s } = ctx;
  return ctx.archive.passages.flatMap((p) => {
    const url = passagePageUrl(p);
    if (!url) return [];
    const carriers = ctx.cardsOf(carriersOf(p).sort(ctx.byRank));
    const title = `${s.sharedPassage}: „${clip(p.text, 60)}“`;
    return paginate(url, carriers, CARRIERS_PER_PAGE).map((chunk) => ({
      ...chunk,
      passage: { text: p.text },
      head: { title: pagedTitle(ctx, title, chunk.pagination), description: `${s.quoteCarriedBy}: ${carriers.length}` },
    }));
  });
}

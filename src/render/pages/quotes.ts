// The quote pages: shared quotes by how many articles carry them, and a widely carried quote's own pages.
import type { SharedQuote } from '../../record.ts';
import { clip } from '../body.ts';
import { fill } from '../locale.ts';
import type { ArticleCard, QuoteCarrierPage, QuoteView, SiteModel } from '../model.ts';
import { paginate } from '../paginate.ts';
import { fixedUrls, pageUrl, urlSafe } from '../urls.ts';
import { pagedTitle, type SiteContext } from './context.ts';

/** Carriers listed with a quote on the quotes pages; the rest on the quote's own pages, this many a page. */
const QUOTE_CARRIERS_LISTED = 10;
const QUOTE_CARRIERS_PER_PAGE = 200;
const QUOTE_PAGE_SIZE = 25;

export interface QuoteIndex {
  quotes: SharedQuote[]; // by how many articles carry them, then by first appearance
  url: Map<string, string>; // quote id → its place on the quote pages
  byId: Map<string, SharedQuote>;
  carriers: (q: SharedQuote) => string[]; // the articles carrying it, earliest first
  carrierCards: (q: SharedQuote) => ArticleCard[]; // the cards of the articles carrying it (those with a page), in its order
  hasOwnPages: (q: SharedQuote) => boolean; // more carriers than the quote pages list: all of them on pages of its own
  allCarriersUrl: (q: SharedQuote) => string; // where every carrier is listed: its own pages, or its place on the quote pages
}

export function quoteIndex(ctx: SiteContext): QuoteIndex {
  const quotes = [...ctx.archive.quotes].sort((a, b) => b.articleIds.length - a.articleIds.length || (a.id < b.id ? -1 : 1));
  const url = new Map<string, string>();
  quotes.forEach((q, i) => url.set(q.id, `${pageUrl(fixedUrls.quotes, Math.floor(i / QUOTE_PAGE_SIZE) + 1)}#${quoteAnchor(q)}`));
  // The articles carrying each quote, earliest first, sorted once (not again on each of their pages).
  const sorted = new Map<SharedQuote, string[]>();
  const carriers = (q: SharedQuote) => {
    let ids = sorted.get(q);
    if (!ids) sorted.set(q, (ids = [...q.articleIds].sort(ctx.byRank)));
    return ids;
  };
  const cards = new Map<SharedQuote, ArticleCard[]>(); // made once: the articles' rails ask, then the quote pages
  const carrierCards = (q: SharedQuote) => cards.get(q) ?? cards.set(q, ctx.cardsOf(q.articleIds)).get(q)!;
  const hasOwnPages = (q: SharedQuote) => carrierCards(q).length > QUOTE_CARRIERS_LISTED;
  const allCarriersUrl = (q: SharedQuote) => (hasOwnPages(q) ? ownUrl(q) : url.get(q.id)!);
  return { quotes, url, byId: new Map(quotes.map((q) => [q.id, q])), carriers, carrierCards, hasOwnPages, allCarriersUrl };
}

/** A quote lists its first carriers; a widely carried one has pages of its own for all of them. */
export function quotePages(ctx: SiteContext, index: QuoteIndex): Pick<SiteModel, 'quotePages' | 'quoteCarrierPages'> {
  const { s } = ctx;
  const quoteCarrierPages: QuoteCarrierPage[] = [];
  const views = index.quotes.map((q) => {
    const speaker = q.speaker ? ctx.entityByName.get(q.speaker) : undefined;
    const wordings = new Map((q.variants ?? []).map((v) => [v.articleId, v.text]));
    const carriedBy = index.carrierCards(q).map((a) => {
      const wording = wordings.get(a.id) ?? null;
      return { article: a, wording: wording && wording !== q.text ? wording : null };
    });
    const view: QuoteView = {
      anchor: quoteAnchor(q),
      text: q.text,
      speaker: q.speaker,
      speakerUrl: speaker ? ctx.entityLink(speaker) : null,
      carriedBy: carriedBy.slice(0, QUOTE_CARRIERS_LISTED),
      more: null,
    };
    if (index.hasOwnPages(q)) {
      const own = ownUrl(q);
      view.more = { url: own, label: fill(s.andMore, { n: carriedBy.length - QUOTE_CARRIERS_LISTED }) };
      const title = `${s.quotes}: „${clip(q.text, 60)}“`;
      for (const chunk of paginate(own, carriedBy, QUOTE_CARRIERS_PER_PAGE)) {
        quoteCarrierPages.push({
          ...chunk,
          quote: { text: q.text, speaker: view.speaker, speakerUrl: view.speakerUrl, backUrl: index.url.get(q.id)! },
          head: { title: pagedTitle(ctx, title, chunk.pagination), description: `${s.quoteCarriedBy}: ${carriedBy.length}` },
        });
      }
    }
    return view;
  });
  const pages = paginate(fixedUrls.quotes, views, QUOTE_PAGE_SIZE).map((chunk) => ({
    ...chunk,
    head: { title: pagedTitle(ctx, s.quotes, chunk.pagination), description: s.quotesIntro },
  }));
  return { quotePages: pages, quoteCarrierPages };
}

/** A widely carried quote's own pages. */
function ownUrl(q: SharedQuote): string {
  return `${fixedUrls.quotes}${quoteAnchor(q)}/`;
}

function quoteAnchor(q: SharedQuote): string {
  return `zitat-${urlSafe(q.id)}`;
}

// A list of article cards as HTML, each card made once per variant and reused on every list it appears in.
// The templates print it (partials/cards.njk): an article's card is on its day, month, year, story, source and
// every entity listing, and Nunjucks rendering it field by field on each of them was most of the listings' time.
import { escapeHtml } from '../escape.ts';
import type { Locale } from './locale.ts';
import type { ArticleCard } from './model.ts';

type CardStrings = Pick<Locale['strings'], 'dateInferred' | 'undated'>;

// card → variant ("3" full at h3, "2c" compact at h2) → its <li>; a new site model has new cards, so nothing stale is reused
const made = new WeakMap<ArticleCard, Map<string, string>>();

/** `<ol>` of cards: date (or what is known of an undated one), credit, title at heading `level`, teaser unless `compact`. */
export function cardListHtml(cards: readonly ArticleCard[], level: number, compact: boolean, s: CardStrings): string {
  const variant = `${level}${compact ? 'c' : ''}`;
  let html = '<ol class="cards article-list">';
  for (const card of cards) {
    let byVariant = made.get(card);
    if (!byVariant) made.set(card, (byVariant = new Map<string, string>()));
    let li = byVariant.get(variant);
    if (li === undefined) byVariant.set(variant, (li = cardHtml(card, level, compact, s)));
    html += li;
  }
  return `${html}\n</ol>`;
}

/** One card's `<li>`, with the line breaks and indentation the site has always had. */
export function cardHtml(a: ArticleCard, level: number, compact: boolean, s: CardStrings): string {
  const e = escapeHtml;
  let meta: string;
  if (a.dateLabel) {
    meta = `<time datetime="${e(a.date ?? '')}">${e(a.dateLabel)}</time>`;
    if (a.dateInferred) meta += ` <span class="badge" title="${e(s.dateInferred)}">${e(s.dateInferred)}</span>`;
  } else meta = a.facts ? `<span class="facts">${e(a.facts)}</span>` : `<span>${e(s.undated)}</span>`;
  if (a.credit && !a.facts) meta += `<span class="sep" aria-hidden="true"> · </span><span class="credit">${e(a.credit)}</span>`;
  const note = a.titleNote ? ` <span class="title-note">(${e(a.titleNote)})</span>` : '';
  const teaser = a.teaser && !compact ? `\n    <p class="card-teaser">${e(a.teaser)}</p>` : '';
  return (
    `\n  <li class="card">\n    <p class="card-meta">${meta}</p>\n` +
    `    <h${level} class="card-title"><a href="${e(a.url)}">${e(a.title)}</a>${note}</h${level}>${teaser}\n  </li>`
  );
}

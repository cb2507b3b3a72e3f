// Template filters: thin wrappers, the logic lives in src/render.
import { documentTitle } from '../render/body.ts';
import { cardListHtml } from '../render/card-html.ts';
import { fill } from '../render/locale.ts';
import { absoluteUrl } from '../render/urls.ts';
import type { Locale } from '../render/locale.ts';
import type { ArticleCard } from '../render/model.ts';
import type { EleventyConfig } from './types.ts';

export function filtersPlugin(eleventyConfig: EleventyConfig): void {
  // Join a list in German style: "A, B und C".
  eleventyConfig.addFilter('joinList', (items: string[], conjunction = 'und') =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`,
  );
  // A page URL (without prefix) as an absolute URL under the site's base URL, for canonical and Open Graph links.
  eleventyConfig.addFilter('absolute', (url: string, baseUrl: string) => absoluteUrl(baseUrl, url));
  // The <title>: page title and site name, shortened to a length search results show in full.
  eleventyConfig.addFilter('documentTitle', (title: string | undefined, siteTitle: string) => documentTitle(title, siteTitle));
  // Fill "{n}" placeholders of a locale string.
  eleventyConfig.addFilter('fill', (template: string, values: Record<string, string | number>) => fill(template, values));
  // A list of article cards, each card's HTML made once and reused on every listing (partials/cards.njk).
  eleventyConfig.addFilter('cardList', (cards: ArticleCard[], level: number, compact: boolean, strings: Locale['strings']) =>
    cardListHtml(cards, level, !!compact, strings),
  );
}

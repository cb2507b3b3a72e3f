// What machines read: JSON-LD NewsArticle, sitemap.xml and robots.txt.
import { escapeHtml } from '../escape.ts';

export interface NewsArticleInput {
  url: string; // absolute, canonical; '' without a public base URL
  headline: string;
  alternativeHeadline: string | null;
  datePublished: string | null; // ISO as precise as known; only the article's own date
  authors: string[]; // people
  agencies: string[];
  outlet: string | null;
  lang: string;
  wordCount: number;
  isBasedOn: string | null; // absolute URL of the article this one reprints
  archive: { name: string; url: string };
}

/**
 * schema.org NewsArticle; who wrote it falls back from people to agencies to the outlet. No description: the page's
 * meta description carries it (a third copy of ~230 bytes on every article page; not among Google's Article properties).
 */
export function newsArticle(a: NewsArticleInput): Record<string, unknown> {
  const org = (name: string) => ({ '@type': 'Organization', name });
  const author = a.authors.length
    ? a.authors.map((name) => ({ '@type': 'Person', name }))
    : a.agencies.length
      ? a.agencies.map(org)
      : a.outlet
        ? [org(a.outlet)]
        : undefined;
  // The outlet published it; when it is unknown, the archive is the one publishing this page.
  const site = (extra: object) => ({ '@type': 'Organization', name: a.archive.name, ...(a.archive.url ? { url: a.archive.url } : {}), ...extra });
  const publisher = a.outlet ? org(a.outlet) : site({});
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.headline.length > 110 ? `${a.headline.slice(0, 109)}…` : a.headline,
    ...(a.headline.length > 110 ? { name: a.headline } : {}),
    ...(a.alternativeHeadline ? { alternativeHeadline: a.alternativeHeadline } : {}),
    // No public base URL (no --base-url): no made-up absolute URLs.
    ...(a.url ? { url: a.url, mainEntityOfPage: { '@type': 'WebPage', '@id': a.url } } : {}),
    ...(a.datePublished ? { datePublished: a.datePublished } : {}),
    ...(author ? { author } : {}),
    publisher,
    ...(a.isBasedOn ? { isBasedOn: a.isBasedOn } : {}),
    inLanguage: a.lang,
    wordCount: a.wordCount,
    isPartOf: { ...site({}), '@type': 'WebSite' },
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script element. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function sitemapXml(urls: string[]): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((u) => `  <url><loc>${escapeHtml(u)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

/** robots.txt; the Sitemap line only with an absolute sitemap URL (the protocol wants one; none is written without --base-url). */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n${/^https?:\/\//.test(sitemapUrl) ? `\nSitemap: ${sitemapUrl}\n` : ''}`;
}

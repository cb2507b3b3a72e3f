// The render stage: turns the linked archive into plain view models that templates only print.
import type { ArticleRecord, LinkedArchive } from '../record.ts';
import { formatDate, toRfc3339 } from './dates.ts';
import type { Locale } from './locale.ts';
import { renderMarkdown } from './markdown.ts';

export interface SiteConfig {
  locale: Locale;
  baseUrl: string; // absolute, for feeds and canonical links, e.g. "https://example.org/archiv/"
  pathPrefix: string; // "/" or "/archiv/"
  buildDate: string; // ISO timestamp
}

export interface ArticlePage {
  id: string;
  url: string; // root-relative, without path prefix: "/artikel/2022/02/putin-in-peking/"
  title: string;
  subtitle: string | null;
  lead: string | null;
  date: string | null;
  datePrecision: ArticleRecord['datePrecision'];
  dateLabel: string | null; // "4. Februar 2022, 11:02 Uhr"
  dateIso: string | null; // RFC 3339 for sorting, feeds and <time>
  dateInferred: string | null; // reason shown to readers when the date was inferred
  authors: string[];
  agencies: string[];
  outlet: string | null;
  bodyHtml: string;
  sourcePath: string;
  warnings: ArticleRecord['warnings'];
  wordCount: number;
  previous: { url: string; title: string } | null; // in time order
  next: { url: string; title: string } | null;
}

export interface SiteModel {
  config: { lang: string; baseUrl: string; pathPrefix: string; buildDate: string; strings: Locale['strings'] };
  articles: ArticlePage[]; // newest first, undated last
  counts: { articles: number };
}

function articlePath(record: ArticleRecord): string[] {
  // Only the article's own date goes into its URL: an inferred date may change when other articles arrive.
  const own = record.dateSource !== 'inferred' && record.date ? record.date : null;
  return own ? ['artikel', own.slice(0, 4), ...(own.length >= 7 ? [own.slice(5, 7)] : [])] : ['artikel'];
}

/** Assigns each article a unique URL; on a clash the later id gets its id appended, so earlier URLs stay put. */
export function assignUrls(records: ArticleRecord[]): Map<string, string> {
  const urls = new Map<string, string>();
  const taken = new Set<string>();
  for (const record of [...records].sort((a, b) => a.id.localeCompare(b.id))) {
    const base = '/' + [...articlePath(record), record.slug].join('/') + '/';
    const url = taken.has(base) ? base.replace(/\/$/, `-${record.id}/`) : base;
    taken.add(url);
    urls.set(record.id, url);
  }
  return urls;
}

/** Newest first; undated articles last, by title. */
export function compareNewestFirst(a: ArticleRecord, b: ArticleRecord): number {
  if (a.date && b.date) return b.date.localeCompare(a.date) || a.id.localeCompare(b.id);
  if (a.date) return -1;
  if (b.date) return 1;
  return a.title.localeCompare(b.title, 'de') || a.id.localeCompare(b.id);
}

export function buildSiteModel(archive: LinkedArchive, config: SiteConfig): SiteModel {
  const urls = assignUrls(archive.articles);
  const sorted = [...archive.articles].sort(compareNewestFirst);
  const pages: ArticlePage[] = sorted.map((r) => ({
    id: r.id,
    url: urls.get(r.id)!,
    title: r.title,
    subtitle: r.subtitle,
    lead: r.lead,
    date: r.date,
    datePrecision: r.datePrecision,
    dateLabel: r.date && r.datePrecision ? formatDate(r.date, r.datePrecision, config.locale) : null,
    dateIso: r.date ? toRfc3339(r.date) : null,
    dateInferred: r.dateSource === 'inferred' ? r.dateText : null,
    authors: r.authors,
    agencies: r.agencies,
    outlet: r.outlet,
    bodyHtml: renderMarkdown(r.body),
    sourcePath: r.source.path,
    warnings: r.warnings,
    wordCount: r.wordCount,
    previous: null,
    next: null,
  }));
  // Previous/next in time: the list is newest first, so "next" (later) is the one before.
  pages.forEach((page, i) => {
    const later = pages[i - 1];
    const earlier = pages[i + 1];
    page.next = later ? { url: later.url, title: later.title } : null;
    page.previous = earlier ? { url: earlier.url, title: earlier.title } : null;
  });
  return {
    config: {
      lang: config.locale.code,
      baseUrl: config.baseUrl,
      pathPrefix: config.pathPrefix,
      buildDate: config.buildDate,
      strings: config.locale.strings,
    },
    articles: pages,
    counts: { articles: pages.length },
  };
}

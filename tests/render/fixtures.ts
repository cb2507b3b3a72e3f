// Small hand-made records and linked archives for the render stage's tests.
import type { ArticleLinks, ArticleRecord, LinkedArchive } from '../../src/record.ts';
import { getLocale } from '../../src/render/locale.ts';
import type { SiteConfig } from '../../src/render/site.ts';

export function record(id: string, over: Partial<ArticleRecord> = {}): ArticleRecord {
  const date = over.date === undefined ? '2022-02-04' : over.date;
  return {
    id,
    slug: over.slug ?? id,
    source: { path: `${id}.txt`, sha256: 'a'.repeat(64), encoding: 'UTF-8', bytes: 1234 },
    title: `Titel ${id}`,
    titleSource: 'header',
    subtitle: null,
    lead: null,
    date,
    datePrecision: date === null ? null : date.length === 4 ? 'year' : date.length === 7 ? 'month' : date.length === 10 ? 'day' : 'minute',
    dateSource: date === null ? 'none' : 'header',
    dateText: date,
    authors: [],
    agencies: [],
    outlet: null,
    dateline: null,
    quotes: [],
    captions: [],
    embedded: [],
    people: [],
    places: [],
    organisations: [],
    wordCount: 300,
    warnings: [],
    body: `Erster Absatz von ${id} über Wladimir Putin.\n\n## Zwischentitel\n\nZweiter Absatz.`,
    ...over,
  };
}

export function links(over: Partial<ArticleLinks> = {}): ArticleLinks {
  return { story: null, inferredDate: null, wireCopyOf: null, reprints: [], passages: [], quotes: [], related: [], entities: [], ...over };
}

export function archive(articles: ArticleRecord[], over: Partial<LinkedArchive> = {}): LinkedArchive {
  return {
    articles,
    links: Object.fromEntries(articles.map((a) => [a.id, links()])),
    stories: [],
    passages: [],
    quotes: [],
    entities: [],
    sources: [],
    ...over,
  };
}

export function config(over: Partial<SiteConfig> = {}): SiteConfig {
  return {
    locale: getLocale('de'),
    baseUrl: 'https://example.org/archiv/',
    pathPrefix: '/archiv/',
    buildDate: '2024-05-01T12:00:00.000Z',
    ...over,
  };
}

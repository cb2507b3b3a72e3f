// Small hand-made records and linked archives for the render stage's tests.
import type { ArticleLinks, ArticleRecord, LinkedArchive } from '../../src/record.ts';
import { getLocale } from '../../src/render/locale.ts';
import type { SiteConfig } from '../../src/render/site.ts';
import { makeRecord } from '../helpers/record.ts';

export function record(id: string, over: Partial<ArticleRecord> = {}): ArticleRecord {
  const date = over.date === undefined ? '2022-02-04' : over.date;
  return makeRecord({
    id,
    slug: id,
    source: { path: `${id}.txt`, sha256: 'a'.repeat(64), encoding: 'UTF-8', bytes: 1234 },
    title: `Titel ${id}`,
    titleSource: 'header',
    dateText: date,
    wordCount: 300,
    body: `Erster Absatz von ${id} über Wladimir Putin.\n\n## Zwischentitel\n\nZweiter Absatz.`,
    ...over,
    date,
  });
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

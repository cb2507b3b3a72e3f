// Atom (RFC 4287) and JSON Feed 1.1 from the model's own data, never from Eleventy collections (their dates are the template's).
import { escapeHtml } from '../escape.ts';

export interface FeedEntry {
  url: string; // absolute; also the entry's id, so it never changes
  title: string;
  published: string; // RFC 3339
  summary: string | null;
  contentHtml: string;
  authors: string[];
}

export interface FeedInput {
  title: string;
  description: string;
  lang: string;
  homeUrl: string; // absolute
  atomUrl: string;
  jsonUrl: string;
  updated: string; // RFC 3339: the newest entry's date, so an unchanged archive gives an unchanged feed
  authorName: string;
  entries: FeedEntry[];
}

// XML 1.0 forbids most control characters even when escaped.
const stripControl = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
const xml = (s: string) => escapeHtml(stripControl(s));

export function atomFeed(feed: FeedInput): string {
  const entries = feed.entries.map((e) =>
    [
      '  <entry>',
      `    <id>${xml(e.url)}</id>`,
      `    <title>${xml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(e.url)}"/>`,
      `    <published>${e.published}</published>`,
      `    <updated>${e.published}</updated>`,
      ...e.authors.map((a) => `    <author><name>${xml(a)}</name></author>`),
      ...(e.summary ? [`    <summary>${xml(e.summary)}</summary>`] : []),
      `    <content type="html">${xml(e.contentHtml)}</content>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(feed.lang)}">`,
    `  <id>${xml(feed.homeUrl)}</id>`,
    `  <title>${xml(feed.title)}</title>`,
    `  <subtitle>${xml(feed.description)}</subtitle>`,
    `  <updated>${feed.updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(feed.atomUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(feed.homeUrl)}"/>`,
    `  <author><name>${xml(feed.authorName)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

export function jsonFeed(feed: FeedInput): string {
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: feed.title,
      description: feed.description,
      home_page_url: feed.homeUrl,
      feed_url: feed.jsonUrl,
      language: feed.lang,
      authors: [{ name: feed.authorName }],
      items: feed.entries.map((e) => ({
        id: e.url,
        url: e.url,
        title: e.title,
        ...(e.summary ? { summary: e.summary } : {}),
        content_html: e.contentHtml,
        date_published: e.published,
        ...(e.authors.length ? { authors: e.authors.map((name) => ({ name })) } : {}),
      })),
    },
    null,
    1,
  );
}

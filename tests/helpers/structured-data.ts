// The machine-readable data the site publishes (JSON Feed, JSON-LD, CSL-JSON), parsed with a schema so tests
// read typed fields and a missing or mistyped field fails at the parse, named. Loose objects: extra keys are kept,
// so deepEqual still sees everything the site wrote.
import { z } from 'zod';

const feedItem = z.looseObject({
  id: z.string(),
  url: z.string(),
  title: z.string(),
  content_html: z.string(),
  date_published: z.string(),
});

const jsonFeed = z.looseObject({
  version: z.string(),
  home_page_url: z.string(),
  feed_url: z.string(),
  items: z.array(feedItem),
});

const newsArticle = z.looseObject({
  '@type': z.string(),
  headline: z.string(),
  url: z.string(),
  datePublished: z.string().optional(), // absent when the date is only inferred
  inLanguage: z.string().optional(),
  isBasedOn: z.string().optional(),
  author: z.array(z.looseObject({ '@type': z.string(), name: z.string() })).optional(),
  publisher: z.looseObject({ '@type': z.string(), name: z.string() }).optional(),
});

const cslItem = z.looseObject({
  author: z.array(z.looseObject({ family: z.string(), given: z.string().optional() })).optional(),
  issued: z.looseObject({ 'date-parts': z.array(z.array(z.number())) }).optional(),
});

export const parseJsonFeed = (text: string) => jsonFeed.parse(JSON.parse(text));
export const parseNewsArticle = (text: string) => newsArticle.parse(JSON.parse(text));
export const parseCsl = (text: string) => z.array(cslItem).parse(JSON.parse(text));

// The one schema of Pressearchiv: the article record (front matter) and what the link stage adds.
// Every stage imports its types from here; records are checked with `parseRecord` where they enter.
import { z } from 'zod';

export const DatePrecision = z.enum(['year', 'month', 'day', 'minute']);
export type DatePrecision = z.infer<typeof DatePrecision>;

// ISO 8601 as precise as known: "2022", "2022-02", "2022-02-04", "2022-02-04T11:02".
export const IsoPartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/, 'ISO date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm');

export const Warning = z.object({
  line: z.number().int().nullable(), // 1-based line in the source file, null when not tied to a line
  message: z.string(),
});
export type Warning = z.infer<typeof Warning>;

export const Quote = z.object({
  text: z.string(), // inner text, quote marks normalised away
  speaker: z.string().nullable(),
});
export type Quote = z.infer<typeof Quote>;

export const Caption = z.object({
  text: z.string(),
  credit: z.string().nullable(),
});
export type Caption = z.infer<typeof Caption>;

// Copy of another outlet reprinted inside the article (e.g. a dpa-AFX roundup), kept apart from the article's own facts.
export const Embedded = z.object({
  title: z.string().nullable(),
  credit: z.string().nullable(),
  date: IsoPartialDate.nullable(),
  text: z.string(),
  quotes: z.array(Quote).optional(), // quotes of the reproduced copy: credited to it, not to the page reprinting it
});
export type Embedded = z.infer<typeof Embedded>;

export const ArticleRecord = z.object({
  id: z.string().min(1), // stable across builds: derived from the file name
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  source: z.object({
    path: z.string(), // relative to the input folder, with forward slashes
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    encoding: z.string(),
    bytes: z.number().int().nonnegative(),
  }),
  title: z.string().min(1),
  titleSource: z.enum(['header', 'headline', 'derived', 'opening', 'frontmatter']), // opening: a derived first sentence that leans on what came before
  subtitle: z.string().nullable(),
  lead: z.string().nullable(),
  date: IsoPartialDate.nullable(),
  datePrecision: DatePrecision.nullable(),
  dateSource: z.enum(['header', 'body', 'frontmatter', 'inferred', 'none']),
  dateText: z.string().nullable(), // the text the date was read from, or the reason it was inferred
  authors: z.array(z.string()),
  agencies: z.array(z.string()),
  outlet: z.string().nullable(),
  dateline: z.string().nullable(),
  quotes: z.array(Quote),
  captions: z.array(Caption),
  embedded: z.array(Embedded),
  people: z.array(z.string()),
  places: z.array(z.string()),
  organisations: z.array(z.string()),
  wordCount: z.number().int().nonnegative(),
  warnings: z.array(Warning),
  body: z.string(), // clean Markdown: paragraphs and `##` subheadings
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;

// A file that did not become an article: an error located in the source, or a duplicate of another file.
export const IngestIssue = z.object({
  path: z.string(),
  line: z.number().int().nullable(),
  kind: z.enum(['error', 'duplicate', 'warning']), // warning: skipped on purpose (a symbolic link), not a fault of the file
  message: z.string(),
  duplicateOf: z.string().nullable(), // id of the article this file duplicates
});
export type IngestIssue = z.infer<typeof IngestIssue>;

/** Checks a record where it enters a stage; throws with the file path and every failing field. */
export function parseRecord(data: unknown, where: string): ArticleRecord {
  const result = ArticleRecord.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');
  throw new Error(`${where}: invalid article record: ${problems}`);
}

// ---- What the link stage adds ----

export const EntityKind = z.enum(['person', 'place', 'organisation']);
export type EntityKind = z.infer<typeof EntityKind>;

export interface Story {
  id: string;
  slug: string;
  title: string;
  titleDerived?: true; // no article of the story has a headline: the title is a sentence taken from a text
  titleDate?: string; // the title ends with this date, in German, in brackets: what tells it apart from another story's (render sets it in the site's language)
  start: string | null; // ISO partial date of the earliest article
  end: string | null;
  articleIds: string[]; // in time order
}

/**
 * A passage carried word for word (or nearly) by several articles: reprinted wire copy.
 *
 * Paragraph convention: the paragraphs of a Markdown body are its blocks separated by blank lines
 * (a line holding only whitespace counts as blank), trimmed, empty blocks and `#`/`##` heading blocks
 * not counted; `paragraph` is the 0-based index among the remaining blocks. When the passage lies in
 * copy that ingest kept apart in `record.embedded[e]` (and not in the body), `embedded` is `e` and the
 * paragraph indices count the paragraphs of `embedded[e].text` by the same convention.
 */
export interface SharedPassage {
  id: string;
  text: string; // the passage as the earliest article has it
  occurrences: {
    articleId: string;
    paragraph: number; // first paragraph the passage touches in this article
    paragraphs?: number[]; // every paragraph it touches, ascending (link stage always fills it)
    embedded?: number | null; // index into record.embedded when the passage is there, else null
  }[]; // earliest article first
  /**
   * Carried by so many articles of unrelated dates (a site's footer, a standard agency paragraph) that it is
   * page furniture, not news copy: it links no articles into stories or reprints, and pages do not list its carriers.
   */
  boilerplate?: boolean;
}

export interface SharedQuote {
  id: string;
  text: string; // the earliest article's wording
  speaker: string | null;
  articleIds: string[]; // earliest first
  /** Each article's own wording and the body paragraph it is in (null: not in the body, e.g. embedded copy). */
  variants?: { articleId: string; text: string; paragraph: number | null }[];
}

export interface Entity {
  slug: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  articleIds: string[]; // in time order
  seenWith: { slug: string; count: number }[]; // the entities it appears with most
}

export interface Source {
  slug: string;
  name: string;
  kind: 'outlet' | 'agency';
  articleIds: string[];
}

/**
 * What an inferred date rests on: the story's dated articles (`dated` of them voted). A day: `onDay` of them fall on it,
 * all in `month` (or not in one month: null), and the article names its `weekday` (0 = Sunday). A month: `others` fell in
 * other months. A year: the most of them fell in it.
 */
export type DateEvidence =
  | { basis: 'day'; story: string; dated: number; onDay: number; month: string | null; weekday: number }
  | { basis: 'month'; story: string; dated: number; others: number }
  | { basis: 'year'; story: string; dated: number };

/** Per-article relations the link stage computes. */
export interface ArticleLinks {
  story: string | null; // story id
  inferredDate: { date: string; precision: DatePrecision; reason: string; evidence: DateEvidence } | null; // reason: in German (the record's dateText)
  wireCopyOf: string | null; // article id this one mostly reprints
  /** Details of wireCopyOf: share of this article's words from the source, share of the source carried here. */
  wireCopy?: { of: string; share: number; sourceShare: number } | null;
  reprints: string[]; // article ids that mostly reprint this one
  passages: string[]; // shared passage ids this article carries
  quotes: string[]; // shared quote ids this article carries
  related: string[]; // up to five article ids, same story first
  entities: string[]; // entity slugs
}

export interface LinkedArchive {
  articles: ArticleRecord[]; // dates already filled from inference where the article had none
  links: Record<string, ArticleLinks>;
  stories: Story[];
  passages: SharedPassage[];
  quotes: SharedQuote[];
  entities: Entity[];
  sources: Source[];
}

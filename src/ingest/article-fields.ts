// What ingest reads from one article's text, before it becomes a record: its own module so that
// article.ts and frontmatter-input.ts (which overrides these fields) do not import each other.
import type { Caption, DatePrecision, Embedded, Quote, Warning } from '../record.ts';

export interface ArticleFields {
  title: string;
  titleSource: 'header' | 'headline' | 'derived' | 'opening' | 'frontmatter';
  subtitle: string | null;
  lead: string | null;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateSource: 'header' | 'body' | 'frontmatter' | 'none';
  dateText: string | null;
  authors: string[];
  agencies: string[];
  outlet: string | null;
  dateline: string | null;
  quotes: Quote[];
  captions: Caption[];
  embedded: Embedded[];
  people: string[];
  places: string[];
  organisations: string[];
  wordCount: number;
  warnings: Warning[];
  body: string;
}

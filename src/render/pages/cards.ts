// Cards: one per article, shared by every list (title, date, credit, teaser; for an undated one, what is known).
import type { ArticleRecord } from '../../record.ts';
import { teaser } from '../body.ts';
import { formatDate } from '../dates.ts';
import { formatCount, type Locale } from '../locale.ts';
import { markdownText } from '../markdown.ts';
import type { ArticleCard } from '../model.ts';

export function articleCards(records: ArticleRecord[], urls: Map<string, string>, locale: Locale): Map<string, ArticleCard> {
  const s = locale.strings;
  const cards = new Map<string, ArticleCard>();
  for (const r of records) {
    const folder = r.source.path.includes('/') ? r.source.path.slice(0, r.source.path.lastIndexOf('/')) : null;
    cards.set(r.id, {
      id: r.id,
      url: urls.get(r.id)!,
      title: r.title,
      date: r.date,
      dateLabel: r.date && r.datePrecision ? formatDate(r.date, r.datePrecision, locale) : null,
      dateInferred: r.dateSource === 'inferred',
      credit: r.outlet ?? (r.agencies.length ? r.agencies.join(', ') : r.authors.length ? r.authors.join(', ') : null),
      teaser: cardTeaser(r.title, r.lead, r.body),
      titleNote: r.titleSource === 'opening' ? s.titleIsOpening : null,
      facts: r.date
        ? null
        : [r.outlet ?? s.outletUnknown, folder && !sameName(folder, r.outlet) ? folder : null, formatCount(r.wordCount, 'word', locale)].filter(Boolean).join(' · '),
    });
  }
  return cards;
}

/** True when a folder only repeats the outlet's name ("derStandard" for DER STANDARD, "nzz" for NZZ). */
function sameName(folder: string, outlet: string | null): boolean {
  const key = (x: string) =>
    x
      .toLocaleLowerCase('de')
      .replace(/\.(?:at|de|ch|com)$/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '');
  return outlet !== null && key(folder.split('/').at(-1)!) === key(outlet);
}

/** Lower case, one space, no closing ellipsis: for comparing a title with a kicker or a lead. */
function plain(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s*(?:…|\.\.\.)\s*$/, '')
    .trim()
    .toLocaleLowerCase('de');
}

/** True when a kicker only repeats the title or the lead's opening (case aside), as a story named after its article does. */
export function repeats(kicker: string, title: string, lead: string | null): boolean {
  const k = plain(kicker);
  if (!k) return true;
  const t = plain(title);
  return t.startsWith(k) || k.startsWith(t) || (lead !== null && plain(lead).startsWith(k));
}

/** A card's teaser: the lead or first paragraph, without the opening sentence when the title already says it. */
function cardTeaser(title: string, lead: string | null, body: string): string | null {
  // the text the paragraphs show, not their Markdown (escapes would reach meta tags and cards)
  const shown = body
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b && !b.startsWith('#'))
    .map(markdownText);
  const paragraphs = [lead, ...shown].filter((p): p is string => !!p);
  const first = paragraphs[0];
  if (!first) return null;
  const t = plain(title);
  if (t.length < 12 || !plain(first).startsWith(t)) return teaser(first, '');
  // drop the sentence the title was cut from: the text after its end, else the next paragraph
  const end = /[.!?…][“”"»«)]*\s+(?=[\p{Lu}\d„"«»])/u.exec(first.slice(Math.max(0, t.length - 1)));
  const rest = end ? first.slice(Math.max(0, t.length - 1) + end.index + end[0].length).trim() : '';
  return teaser(rest || paragraphs[1] || null, '');
}

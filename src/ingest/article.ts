// From decoded text to the article's fields: front matter, header, top matter, body blocks, credits.
import type { Caption, DatePrecision, Embedded, Quote, Warning } from '../record.ts';
import { type Block, splitBlocks } from './blocks.ts';
import { outletInCredit } from './agencies.ts';
import { parseByline, parseCreditBlock, parseDateline, parseOutletLine, parseReportCredit, splitTrailingCredit } from './byline.ts';
import { isCaptionLike, parseCaptionWithCredit, parseCreditOnly } from './captions.ts';
import { findDate } from './dates.ts';
import { isWireHeadline, parseEmbedded } from './embedded.ts';
import { extractEntities } from './entities.ts';
import { applyFrontMatter, type FrontMatterFields, readFrontMatter } from './frontmatter-input.ts';
import { parseHeader } from './header.ts';
import { isJunkLine, stripJunkTail } from './junk.ts';
import { countWords, headingMd, paragraphMd } from './markdown.ts';
import { extractQuotes } from './quotes.ts';
import { deriveTitle, isHeadlineLike, stripOuterQuotes } from './title.ts';

export interface ArticleFields {
  title: string;
  titleSource: 'header' | 'headline' | 'derived' | 'frontmatter';
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

type Item = { kind: 'para' | 'heading'; text: string; line: number };

// A line that is only a timestamp, possibly with a cue ("Stand:", "Aktualisiert am", weekday, "Uhr").
const STAMP_CUE = /^(?:Stand|Aktualisiert|Zuletzt aktualisiert|Veröffentlicht|Erstellt|Erschienen|Publiziert|Datum|Letzte Aktualisierung|Update|Artikel vom)\b(?:\s+(?:am|vom))?\s*:?\s*/i;

function readStamp(text: string, top: boolean): { iso: string; precision: DatePrecision; text: string } | null {
  if (text.length > 120) return null;
  const hasCue = STAMP_CUE.test(text);
  if (!hasCue && !top) return null;
  const d = findDate(text);
  if (!d) return null;
  // what remains besides the date must be furniture (cue words, separators, reading time), not a sentence
  const rest = (text.slice(0, d.index) + ' ' + text.slice(d.index + d.text.length))
    .replace(STAMP_CUE, ' ')
    .replace(/\b(Uhr|MEZ|MESZ|CET|CEST|UTC|GMT|am|um|vom|Lesezeit:?\s*\d+\s*Min\.?|\d+\s*Min\.?\s*Lesezeit|Stand|Aktualisiert)\b/gi, ' ')
    .replace(/[\s|,:;·•–—-]+/g, ' ')
    .trim();
  if (rest.split(' ').filter(Boolean).length > (hasCue ? 4 : 2)) return null;
  return { iso: d.iso, precision: d.precision, text: text.trim() };
}

function pushUnique(list: string[], items: string[]): void {
  for (const i of items) if (!list.includes(i)) list.push(i);
}

export function parseArticle(text: string): ArticleFields {
  const warnings: Warning[] = [];
  let content = text;
  let firstLine = 1;
  let fm: FrontMatterFields | null = null;
  if (/^---[ \t]*\n/.test(text)) {
    const r = readFrontMatter(text);
    if ('error' in r) {
      warnings.push({ line: r.line, message: r.error });
      // the broken block is still front matter, not article text
      if (r.content !== undefined && r.contentLine !== undefined) {
        content = r.content;
        firstLine = r.contentLine;
      }
    } else {
      fm = r.fields;
      content = r.content;
      firstLine = r.contentLine;
      warnings.push(...r.warnings);
    }
  }

  // The archive's header line comes first; it is removed before splitting so it cannot merge with text.
  const lines = content.split('\n');
  const firstIdx = lines.findIndex((l) => l.trim() !== '');
  const header = firstIdx >= 0 ? parseHeader(lines[firstIdx]!, firstLine + firstIdx) : null;
  if (header) {
    lines[firstIdx] = '';
    warnings.push(...header.warnings);
  }
  const blocks = splitBlocks(lines.join('\n'), firstLine);

  let title: string | null = null;
  let titleSource: ArticleFields['titleSource'] = 'derived';
  let subtitle: string | null = null;
  let lead: string | null = null;
  let date: { iso: string; precision: DatePrecision; text: string } | null = null;
  let dateSource: ArticleFields['dateSource'] = 'none';
  const authors: string[] = [];
  const agencies: string[] = [];
  let outlet: string | null = null;
  let dateline: string | null = null;
  let bylinePlace: string | null = null;
  const captions: Caption[] = [];
  const embedded: Embedded[] = [];

  if (header) {
    if (header.date) {
      date = header.date;
      dateSource = 'header';
    }
    if (header.text) {
      if (isHeadlineLike(header.text, 160)) {
        title = header.text;
        titleSource = 'header';
      } else {
        lead = header.text;
      }
    }
  }

  // ---- top matter: headline, subtitle, timestamp, byline, page-title line ----
  // a front-matter title wins: the text's first lines are then body, not headline candidates
  const fmHasTitle = typeof fm?.data['title'] === 'string' && fm.data['title'].trim() !== '';
  let i = 0;
  let lastTop: 'title' | 'subtitle' | 'other' | null = title ? 'title' : null;
  const hasLaterParagraph = (from: number) => blocks.slice(from + 1).some((b) => !isHeadlineLike(b.text) && !isJunkLine(b.text));
  for (; i < blocks.length && i < 12; i++) {
    const b = blocks[i]!;
    if (isJunkLine(b.text)) continue;
    const stamp = readStamp(b.text, true);
    if (stamp) {
      if (!date) {
        date = stamp;
        dateSource = 'body';
      }
      lastTop = 'other';
      continue;
    }
    const by = parseByline(b.text);
    if (by) {
      pushUnique(authors, by.authors);
      pushUnique(agencies, by.agencies);
      bylinePlace ??= by.place;
      const d = by.rest ? readStamp(by.rest, true) : null;
      if (d && !date) {
        date = d;
        dateSource = 'body';
      }
      lastTop = 'other';
      continue;
    }
    const ol = parseOutletLine(b.text);
    if (ol) {
      outlet ??= ol.outlet;
      if (!title) {
        title = ol.headline;
        titleSource = 'headline';
        lastTop = 'title';
      }
      continue;
    }
    if (fmHasTitle) break;
    if (!title && isHeadlineLike(b.text, 160) && hasLaterParagraph(i)) {
      title = b.text;
      titleSource = 'headline';
      lastTop = 'title';
      continue;
    }
    if (lastTop === 'title' && !subtitle && !lead && isHeadlineLike(b.text, 250) && hasLaterParagraph(i)) {
      subtitle = b.text;
      lastTop = 'subtitle';
      continue;
    }
    // a short teaser between the headline and the byline or timestamp is the lead
    const after = blocks.slice(i + 1).find((x) => !isJunkLine(x.text));
    if (title && !lead && b.text.length <= 400 && after && (parseByline(after.text) || readStamp(after.text, true))) {
      lead = b.text;
      lastTop = 'other';
      continue;
    }
    break;
  }

  // ---- body ----
  const items: Item[] = [];
  const rest = blocks.slice(i);
  const consumed = new Set<number>();
  for (let j = 0; j < rest.length; j++) {
    if (consumed.has(j)) continue;
    const b = rest[j]!;
    const next = rest.slice(j + 1).find((x, k) => !consumed.has(j + 1 + k) && !isJunkLine(x.text));
    if (isJunkLine(b.text)) continue;
    let t = stripJunkTail(b.text);
    if (!t) continue;

    const reporters = parseReportCredit(t);
    if (reporters) {
      pushUnique(authors, reporters);
      pushUnique(agencies, parseCreditBlock(t) ?? []);
      continue;
    }
    const credits = parseCreditBlock(t);
    if (credits) {
      pushUnique(agencies, credits);
      outlet ??= outletInCredit(t);
      continue;
    }
    const creditOnly = parseCreditOnly(t);
    if (creditOnly) {
      // the caption text is a neighbouring descriptive line: the next one first, else the one before
      const nIdx = rest.findIndex((x, k) => k > j && !isJunkLine(x.text));
      const nb = nIdx >= 0 ? rest[nIdx]! : null;
      const prev = items[items.length - 1];
      if (nb && isCaptionLike(nb.text) && !parseCreditOnly(nb.text)) {
        captions.push({ text: nb.text, credit: creditOnly });
        consumed.add(nIdx);
      } else if (prev && prev.kind === 'para' && (isCaptionLike(prev.text) || isShortSentence(prev.text))) {
        items.pop();
        captions.push({ text: prev.text, credit: creditOnly });
      } else {
        captions.push({ text: '', credit: creditOnly });
      }
      continue;
    }
    const cap = parseCaptionWithCredit(t);
    if (cap) {
      captions.push(cap);
      continue;
    }
    const emb = parseEmbedded(t);
    if (emb) {
      embedded.push(emb);
      continue;
    }
    const ol = parseOutletLine(t);
    if (ol) {
      // a page title right before reprinted copy belongs to that copy; elsewhere it names this article's outlet
      const upcoming = rest.slice(j + 1, j + 4).find((x) => !isJunkLine(x.text));
      if (!(upcoming && (parseEmbedded(upcoming.text) || isWireHeadline(upcoming.text)))) outlet = ol.outlet;
      continue;
    }
    const stamp = readStamp(t, false);
    if (stamp) {
      if (!date) {
        date = stamp;
        dateSource = 'body';
      }
      continue;
    }
    const by = /^(Von|Autor(in)?:|Text:)\s/.test(t) ? parseByline(t) : null;
    if (by && by.authors.length) {
      pushUnique(authors, by.authors);
      pushUnique(agencies, by.agencies);
      continue;
    }
    const isLast = !next;
    if (!isLast && isSubheading(t)) {
      items.push({ kind: 'heading', text: t, line: b.line });
      continue;
    }
    if (isLast) {
      const tc = splitTrailingCredit(t);
      if (tc) {
        pushUnique(agencies, tc.agencies);
        t = tc.text;
      }
    }
    items.push({ kind: 'para', text: t, line: b.line });
  }

  // dateline and agencies from the first paragraph ("Peking (dpa) - …")
  const firstPara = items.find((x) => x.kind === 'para');
  if (firstPara) {
    const dl = parseDateline(firstPara.text);
    if (dl) {
      dateline = dl.place;
      const merged: string[] = [];
      pushUnique(merged, dl.agencies);
      pushUnique(merged, agencies);
      agencies.splice(0, agencies.length, ...merged);
    }
  }
  dateline ??= bylinePlace;

  // a heading-only or empty body still needs a paragraph to derive from
  if (!title) {
    const from = lead ?? (firstPara ? stripDateline(firstPara.text) : null) ?? subtitle ?? items[0]?.text ?? embedded[0]?.text ?? captions[0]?.text ?? header?.text ?? '';
    title = deriveTitle(from);
    titleSource = 'derived';
  }

  let fields: ArticleFields = {
    title: title || 'Ohne Titel',
    titleSource,
    subtitle,
    lead,
    date: date?.iso ?? null,
    datePrecision: date?.precision ?? null,
    dateSource,
    dateText: date?.text ?? null,
    authors,
    agencies,
    outlet,
    dateline,
    quotes: [],
    captions,
    embedded,
    people: [],
    places: [],
    organisations: [],
    wordCount: 0,
    warnings,
    body: '',
  };
  if (fm) fields = applyFrontMatter(fields, fm);

  const body = items.map((x) => (x.kind === 'heading' ? headingMd(x.text) : paragraphMd(x.text))).join('\n\n');
  const textParts = [fields.title, fields.subtitle ?? '', fields.lead ?? '', ...items.map((x) => x.text)];
  fields.body = body;
  fields.wordCount = countWords(items.map((x) => x.text).join(' '));
  const ents = extractEntities(textParts, fields.authors);
  fields.quotes = extractQuotes([fields.lead ?? '', ...items.map((x) => x.text)], ents.people);
  fields.people = ents.people;
  fields.places = ents.places;
  fields.organisations = ents.organisations;
  if (fields.dateline && !fields.places.includes(fields.dateline)) fields.places.unshift(fields.dateline);
  return fields;
}

function isShortSentence(t: string): boolean {
  return t.length <= 200 && /[.]$/.test(t) && !/[.!?]\s+\p{Lu}/u.test(t.slice(0, -1));
}

function stripDateline(t: string): string {
  const m = /^[\p{Lu}][\p{L}.'’ /-]{1,60}?\s*\([^()]{2,40}\)\s*[-–—:]\s*/u.exec(t);
  return m && parseDateline(t) ? t.slice(m[0].length) : t;
}

function isSubheading(t: string): boolean {
  if (!isHeadlineLike(t, 120)) return false;
  const s = stripOuterQuotes(t);
  if (/\?$/.test(s) && (s.length > 70 || /:/.test(s))) return false; // interview questions are paragraphs
  return true;
}

export type { Block };

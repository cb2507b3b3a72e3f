// From decoded text to the article's fields: front matter, header, top matter, body blocks, credits.
import type { Caption, DatePrecision, Embedded, Warning } from '../record.ts';
import type { ArticleFields } from './article-fields.ts';
import { type Block, BULLET, splitBlocks } from './blocks.ts';
import { normaliseAgency, OUTLET_NAME, outletInCredit, parseAgencyList } from './agencies.ts';
import { normalisePlace, parseBareByline, parseByline, parseCreditBlock, parseDateline, parseOutletLine, parseReportCredit, splitTrailingCredit } from './byline.ts';
import { isCaptionLike, parseCaptionWithCredit, parseCreditOnly } from './captions.ts';
import { buildIso, findDate } from './dates.ts';
import { isWireHeadline, parseEmbedded } from './embedded.ts';
import { extractEntities, isKnownPlace } from './entities.ts';
import { applyFrontMatter, type FrontMatterFields, readFrontMatter } from './frontmatter-input.ts';
import { type Header, parseHeader } from './header.ts';
import { dropFurnitureBlocks, isJunkLine, stripJunkTail } from './junk.ts';
import { countWords, headingMd, listMd, paragraphMd } from './markdown.ts';
import { canonicalOutlet, isKnownOutlet, isOutletCreditLine, outletInCreditLine } from './outlets.ts';
import { extractQuotes, withEmbeddedQuotes } from './quotes.ts';
import { sentences } from './sentences.ts';
import { deriveTitle, isHeadlineLike, leansOnContext, stripOuterQuotes } from './title.ts';

export type { ArticleFields };

type Item = { kind: 'para' | 'heading'; text: string; line: number; last: number };

// A line that is only a timestamp, possibly with a cue ("Stand:", "Aktualisiert am", weekday, "Uhr").
const STAMP_CUE =
  /^(?:Stand|Aktualisiert|Zuletzt aktualisiert|Veröffentlicht|Erstellt|Erschienen|Publiziert|Datum|Letzte Aktualisierung|Update|Artikel vom)\b(?:\s+(?:am|vom))?\s*:?\s*/i;

// The cues of a page's last change, not of its publication: a stamp with one gives way to one without ("Publiziert: …").
const UPDATE_CUE = /^(?:Stand|Aktualisiert|Zuletzt aktualisiert|Letzte Aktualisierung|Update)\b/i;

function readStamp(text: string, top: boolean): Stamp | null {
  if (text.length > 120) return null;
  const d = findDate(text);
  if (!d) return null;
  // a date led by its weekday, alone on a line, is a timestamp anywhere ("Mittwoch, 09.02.2022, 14.32 Uhr")
  const hasCue = STAMP_CUE.test(text) || (d.index === 0 && WEEKDAY.test(d.text.split(/[\s,]/)[0]!));
  if (!hasCue && !top) return null;
  // what remains besides the date must be furniture (cue words, separators, reading time), not a sentence
  const rest = (text.slice(0, d.index) + ' ' + text.slice(d.index + d.text.length))
    .replace(STAMP_CUE, ' ')
    .replace(/\baus\s+[\p{L} .-]{2,40}?\s(?:Nr\.\s*)?\d{1,2}\/\d{4}\b/iu, ' ') // the print issue it ran in: "aus DER SPIEGEL 6/2022"
    .replace(
      /\b(Uhr|MEZ|MESZ|CET|CEST|UTC|GMT|am|um|vom|(?:Lesezeit|Lesedauer):?\s*(?:ca\.\s*)?\d+\s*(?:Min\.?|Minuten?)|\d+\s*Min\.?\s*(?:Lesezeit|Lesedauer)|Stand|Aktualisiert)\b/gi,
      ' ',
    )
    .replace(/[\s|,:;·•–—-]+/g, ' ')
    .trim();
  if (rest.split(' ').filter(Boolean).length > (hasCue ? 4 : 2)) return null;
  return { iso: d.iso, precision: d.precision, text: text.trim(), ...(UPDATE_CUE.test(text) ? { update: true } : {}) };
}

function pushUnique(list: string[], items: string[]): void {
  for (const i of items) if (!list.includes(i)) list.push(i);
}

type Stamp = { iso: string; precision: DatePrecision; text: string; update?: boolean };

/** A found date as a stamp, with the text it stands for. */
function stampOf(found: { iso: string; precision: DatePrecision }, text: string): Stamp {
  return { iso: found.iso, precision: found.precision, text };
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2, minute: 3 };

/** What the header, the top matter and the body have found so far: each step fills it in, in reading order. */
interface Draft {
  warnings: Warning[];
  title: string | null;
  titleSource: ArticleFields['titleSource'];
  subtitle: string | null;
  lead: string | null;
  date: Stamp | null;
  dateSource: ArticleFields['dateSource'];
  authors: string[];
  agencies: string[];
  outlet: string | null;
  dateline: string | null;
  bylinePlace: string | null;
  captions: Caption[];
  embedded: Embedded[];
}

export function parseArticle(text: string): ArticleFields {
  const { content, firstLine, fm, warnings } = splitFrontMatter(text);
  // The archive's header line comes first; it is removed before splitting so it cannot merge with text.
  const lines = content.split('\n');
  const firstIdx = lines.findIndex((l) => l.trim() !== '');
  const header = firstIdx >= 0 ? parseHeader(lines[firstIdx]!, firstLine + firstIdx) : null;
  if (header) {
    lines[firstIdx] = '';
    warnings.push(...header.warnings);
  }
  const blocks = dropFurnitureBlocks(splitBlocks(lines.join('\n'), firstLine), (t) => isHeadlineLike(t, 160));
  const d = draftFromHeader(warnings, header);
  // a front-matter title wins: the text's first lines are then body, not headline candidates
  const fmHasTitle = typeof fm?.data['title'] === 'string' && fm.data['title'].trim() !== '';
  const bodyStart = readTopMatter(blocks, d, fmHasTitle);
  const items = readBody(mergeTimeLines(blocks.slice(bodyStart)), d);
  const firstPara = items.find((x) => x.kind === 'para');
  readDateline(firstPara, d);
  // a heading-only or empty body still needs a paragraph to derive from
  if (!d.title) {
    const from =
      d.lead ?? (firstPara ? stripDateline(firstPara.text) : null) ?? d.subtitle ?? items[0]?.text ?? d.embedded[0]?.text ?? d.captions[0]?.text ?? header?.text ?? '';
    d.title = deriveTitle(from);
    // a first sentence that points back ("… geht das aus einer Erklärung hervor") is marked as the text's opening
    d.titleSource = leansOnContext(d.title) ? 'opening' : 'derived';
  }
  return articleFields(d, items, fm);
}

/** The front matter's fields (null when there is none or it is broken), and the text after it with its first line. */
function splitFrontMatter(text: string): { content: string; firstLine: number; fm: FrontMatterFields | null; warnings: Warning[] } {
  const warnings: Warning[] = [];
  if (!/^---[ \t]*\n/.test(text)) return { content: text, firstLine: 1, fm: null, warnings };
  const r = readFrontMatter(text);
  if ('error' in r) {
    warnings.push({ line: r.line, message: r.error });
    // the broken block is still front matter, not article text
    if (r.content !== undefined && r.contentLine !== undefined) return { content: r.content, firstLine: r.contentLine, fm: null, warnings };
    return { content: text, firstLine: 1, fm: null, warnings };
  }
  warnings.push(...r.warnings);
  return { content: r.content, firstLine: r.contentLine, fm: r.fields, warnings };
}

/** An empty draft with what the archive's header line says: its date, and its text as title or lead. */
function draftFromHeader(warnings: Warning[], header: Header | null): Draft {
  const d: Draft = {
    warnings,
    title: null,
    titleSource: 'derived',
    subtitle: null,
    lead: null,
    date: null,
    dateSource: 'none',
    authors: [],
    agencies: [],
    outlet: null,
    dateline: null,
    bylinePlace: null,
    captions: [],
    embedded: [],
  };
  if (header?.date) {
    d.date = header.date;
    d.dateSource = 'header';
  }
  if (header?.text) {
    if (isHeadlineLike(header.text, 160)) {
      d.title = header.text;
      d.titleSource = 'header';
    } else {
      d.lead = header.text;
    }
  }
  return d;
}

/** A date found in the text, kept when no earlier one was. */
function dateFromBody(d: Draft, stamp: Stamp | null): void {
  if (!stamp) return;
  const taken = d.date;
  // the first stamp wins, but a publication date beats a last change's, and a finer date inside the header's coarser one refines it
  const wins =
    !taken ||
    (d.dateSource === 'body' && taken.update === true && !stamp.update) ||
    (d.dateSource === 'header' && !stamp.update && PRECISION_RANK[stamp.precision] > PRECISION_RANK[taken.precision] && stamp.iso.startsWith(taken.iso));
  if (wins) {
    d.date = stamp;
    d.dateSource = 'body';
  }
}

/** Where the reading of the top matter stands: the kind of the last block taken, and what it has seen. */
interface TopState {
  last: 'title' | 'subtitle' | 'stamp' | 'byline' | 'other' | null;
  sawByline: boolean;
  pressRelease: boolean;
}

/** Reads the top matter (kicker, headline, subtitle, teaser, timestamp, byline, page-title line); returns where the body starts. */
function readTopMatter(blocks: Block[], d: Draft, fmHasTitle: boolean): number {
  const top: TopState = { last: d.title ? 'title' : null, sawByline: false, pressRelease: false };
  let i = 0;
  for (; i < blocks.length && i < 14; i++) {
    if (readTopFurniture(blocks[i]!.text, d, top)) continue;
    if (fmHasTitle) break;
    const taken = readTopHeadline(blocks, i, d, top);
    if (taken === 0) break;
    i += taken - 1;
  }
  return i;
}

/** Page furniture above the text (genre label, timestamp, byline, outlet line); false when `t` is none of them. */
function readTopFurniture(t: string, d: Draft, top: TopState): boolean {
  if (isJunkLine(t)) return true;
  // a genre label above the headline ("Kommentar", "Pressemitteilung") says what the piece is, not what it is about
  if (!d.title && GENRE_LABEL.test(t)) {
    if (/^Presse/i.test(t)) top.pressRelease = true;
    return true;
  }
  // a wire's item header: "OTS0123 5 II 0456 NEF0001 Fr, 04.Feb 2022" (APA-OTS), its date and nothing else
  const wireHeader = /^OTS\d{3,4}\s/.test(t) ? findDate(t) : null;
  if (wireHeader) {
    dateFromBody(d, stampOf(wireHeader, t));
    return true;
  }
  const citation = d.outlet ? null : readCitationLine(t);
  if (citation) {
    d.outlet = citation.outlet;
    dateFromBody(d, citation.stamp);
    return true;
  }
  // the keywords over a release or wire item: "Industriellenvereinigung/Russland/China/Handel"
  if (!d.title && /^[\p{L}\d-]+(?:\/[\p{L}\d-]+){2,}$/u.test(t)) return true;
  const stamp = readStamp(t, true);
  if (stamp) {
    dateFromBody(d, stamp);
    d.bylinePlace ??= placeOfStamp(t);
    top.last = 'stamp';
    return true;
  }
  const by = parseByline(t) ?? parseBareByline(t);
  if (by) {
    pushUnique(d.authors, by.authors);
    pushUnique(d.agencies, by.agencies);
    d.bylinePlace ??= by.place;
    dateFromBody(d, by.rest ? readStamp(by.rest, true) : null);
    top.last = 'byline';
    top.sawByline = true;
    return true;
  }
  // the author's post under the byline ("Korrespondentin in Brüssel")
  if (top.last === 'byline' && AUTHOR_ROLE.test(t)) return true;
  // the outlet's name or a credit line above the headline ("derStandard.at", "© Kleine Zeitung")
  if (OUTLET_NAME.test(t) || isKnownOutlet(t) || isOutletCreditLine(t)) {
    d.outlet ??= outletInCreditLine(t) ?? t;
    pushUnique(d.agencies, agenciesIn(t)); // "Quelle: ZEIT ONLINE, dpa, AFP, ces"
    return true;
  }
  const ol = parseOutletLine(t);
  if (ol) {
    d.outlet ??= ol.outlet;
    if (!d.title) setTitle(d, top, ol.headline);
    return true;
  }
  return false;
}

function setTitle(d: Draft, top: TopState, t: string): void {
  d.title = cleanTitle(t);
  d.titleSource = 'headline';
  top.last = 'title';
}

/** The headline (with its kicker), subtitle or teaser at blocks[i]: how many blocks it takes, 0 when the body starts. */
function readTopHeadline(blocks: Block[], i: number, d: Draft, top: TopState): number {
  const b = blocks[i]!;
  // the issuer of a press release stands above its place-and-date line
  if (top.pressRelease && !d.title && !d.outlet && isHeadlineLike(b.text, 160)) {
    const n = nextReal(blocks, i);
    if (n && readStamp(n.text, true)) {
      d.outlet = b.text;
      return 1;
    }
  }
  if (!d.title && isHeadlineLike(b.text, 160) && hasLaterParagraph(blocks, i)) {
    // a kicker (Dachzeile) on the line right above the headline: "Gasstreit mit Russland" / "Versorger warnt …"
    const n = blocks[i + 1];
    if (n && isKicker(b, n) && hasLaterParagraph(blocks, i + 1)) {
      setTitle(d, top, /:\s/.test(n.text) ? n.text : `${b.text}: ${n.text}`);
      return 2;
    }
    setTitle(d, top, b.text);
    return 1;
  }
  // the headline printed again (the page's title, then its heading) is neither subtitle nor text
  if (top.last === 'title' && d.title === cleanTitle(b.text)) return 1;
  // APA-OTS marks its subtitle: "Utl.: Österreichs Industrie warnt vor Folgen einer Eskalation ="
  const utl = top.last === 'title' && !d.subtitle ? /^Utl\.:\s*(.+?)\s*=?$/.exec(b.text) : null;
  if (utl) {
    d.subtitle = utl[1]!;
    top.last = 'subtitle';
    return 1;
  }
  if (top.last === 'title' && !d.subtitle && !d.lead && isHeadlineLike(b.text, 250) && hasLaterParagraph(blocks, i)) {
    d.subtitle = b.text;
    top.last = 'subtitle';
    return 1;
  }
  if (!d.title || d.lead) return 0;
  // a short teaser between the headline and the byline or timestamp is the lead
  const after = nextReal(blocks, i);
  const beforeCredit = b.text.length <= 400 && after && (parseByline(after.text) || parseBareByline(after.text) || readStamp(after.text, true));
  // or a teaser right after the page's timestamp (headline, "Stand: …", teaser): before any byline, not wire copy
  if (!beforeCredit && !(top.last === 'stamp' && !top.sawByline && isTeaser(b.text) && hasLaterParagraph(blocks, i))) return 0;
  d.lead = b.text;
  top.last = 'other';
  return 1;
}

// lookaheads walk forward from `from`, never copy the rest: a copy per block makes a large file quadratic
function hasLaterParagraph(blocks: Block[], from: number): boolean {
  for (let k = from + 1; k < blocks.length; k++) if (!isHeadlineLike(blocks[k]!.text) && !isJunkLine(blocks[k]!.text)) return true;
  return false;
}

function nextReal(blocks: Block[], from: number): Block | undefined {
  for (let k = from + 1; k < blocks.length; k++) if (!isJunkLine(blocks[k]!.text)) return blocks[k];
  return undefined;
}

/** The body's blocks as they are read: the paragraphs and subheadings kept so far, and the blocks already taken. */
interface BodyState {
  rest: Block[];
  items: Item[];
  consumed: Set<number>;
  junk: boolean[];
  realAfter: number[];
}

/** The body's paragraphs and subheadings; the credits, captions, embedded copy, stamps and bylines among them go to `d`. */
function readBody(rest: Block[], d: Draft): Item[] {
  const junk = rest.map((x) => isJunkLine(x.text));
  const body: BodyState = { rest, items: [], consumed: new Set<number>(), junk, realAfter: nextRealIndexes(junk) };
  let wireId: Stamp | null = null;
  for (let j = 0; j < rest.length; j++) {
    if (body.consumed.has(j)) continue;
    const b = rest[j]!;
    if (junk[j]) {
      wireId ??= readWireId(b.text);
      d.outlet ??= outletInCreditLine(b.text); // "Dieser Artikel erschien zuerst in der NZZ am Sonntag."
      continue;
    }
    if (CONTACTS.test(b.text)) break; // a release's contacts and its wire's foot follow, not its text
    const t = stripRelatedHeadlines(stripDeskMarks(stripJunkTail(b.text)));
    if (!t || readBodyCredit(t, d) || readCaption(t, j, body, d) || readBodyFurniture(t, j, rest, d)) continue;
    pushText(t, j, body, d);
  }
  // dpa's item id ("dpa:220204-99-…") carries the day the item was filed
  dateFromBody(d, wireId);
  return body.items;
}

/**
 * A press database's citation above the text: the outlet, the date, issue and page ("Frankfurter Allgemeine Zeitung,
 * 05.02.2022, Nr. 30, S. 3"); null unless what remains besides the date and the numbers is a known outlet.
 */
function readCitationLine(t: string): { outlet: string; stamp: Stamp } | null {
  if (t.length > 160) return null;
  const found = findDate(t);
  if (!found) return null;
  const rest = (t.slice(0, found.index) + ',' + t.slice(found.index + found.text.length))
    .replace(/\b(?:Nr\.|Nummer|Heft|Ausgabe|S\.|Seite|Seiten)\s*\d+[a-z]?(?:\s*[-–]\s*\d+)?/gi, ',')
    .split(/\s*[,;]\s*/)
    .map((x) => x.trim())
    .filter(Boolean);
  if (rest.length !== 1 || !isKnownOutlet(rest[0]!)) return null;
  return { outlet: canonicalOutlet(rest[0]!), stamp: stampOf(found, t) };
}

// The heading of a press release's contact block, which ends its text.
const CONTACTS = /^(?:Rückfragehinweis|Rückfragen\s*(?:&|und)\s*Kontakt|Rückfragen\s+an|Pressekontakt|Kontakt für Rückfragen|Medienkontakt)\s*:?$/i;

/** A line in the body naming the outlet, the agencies or the reporters; false when `t` is none. */
function readBodyCredit(t: string, d: Draft): boolean {
  // the outlet's name alone on a line, as pages print it under the text ("DER SPIEGEL")
  if (OUTLET_NAME.test(t) || isKnownOutlet(t)) {
    d.outlet ??= t;
    return true;
  }
  // a credit line naming the outlet: "(derStandard.at, APA, 12.3.2022)", "red, ORF.at/Agenturen", "© NZZ"
  if (isOutletCreditLine(t)) {
    d.outlet ??= outletInCreditLine(t);
    pushUnique(d.agencies, agenciesIn(t));
    return true;
  }
  const reporters = parseReportCredit(t);
  if (reporters) {
    pushUnique(d.authors, reporters);
    pushUnique(d.agencies, parseCreditBlock(t) ?? []);
    return true;
  }
  const credits = parseCreditBlock(t);
  if (credits) {
    pushUnique(d.agencies, credits);
    d.outlet ??= outletInCredit(t) ?? outletInCreditLine(t);
    const found = d.date ? null : findDate(t);
    if (found) dateFromBody(d, stampOf(found, found.text));
    return true;
  }
  // a broadcast's reference and the credits after it, as SRF ends its texts: "SRF 4 News, 04.02.2022, 17:00 Uhr; sda/dpa/cheb"
  const semi = t.lastIndexOf(';');
  const broadcast = semi > 0 && t.length <= 160 && findDate(t.slice(0, semi)) ? parseAgencyList(t.slice(semi + 1)) : null;
  if (broadcast) {
    pushUnique(d.agencies, broadcast);
    return true;
  }
  const sourceOutlet = outletInCredit(t);
  if (sourceOutlet && /^Quellen?\s*:/i.test(t)) {
    // "Quelle: F.A.Z.": the outlet alone, without agencies
    d.outlet ??= sourceOutlet;
    return true;
  }
  return false;
}

/** A picture credit (with the caption beside it, or alone) or a caption carrying its credit; false when `t` is none. */
function readCaption(t: string, j: number, body: BodyState, d: Draft): boolean {
  const creditOnly = parseCreditOnly(t);
  if (creditOnly) {
    // the caption text is a neighbouring descriptive line: the next one first, else the one before
    const nIdx = body.realAfter[j]!;
    const nb = nIdx < body.rest.length ? body.rest[nIdx]! : null;
    const prev = body.items[body.items.length - 1];
    // a credit on the line right below a caption belongs to it ("Nato-Generalsekretär … / Quelle: AP/…")
    const creditBlock = body.rest[j]!;
    if (prev && prev.last + 1 === creditBlock.line && prev.text.length <= 300 && (isCaptionLike(prev.text) || isShortSentence(prev.text))) {
      body.items.pop();
      d.captions.push({ text: prev.text, credit: creditOnly });
    } else if (nb && !parseCreditOnly(nb.text) && (isCaptionLike(nb.text) || (nb.line === (creditBlock.lastLine ?? creditBlock.line) + 1 && isShortSentence(nb.text)))) {
      // a caption below its credit, on the next line or shaped like one ("Bild: Keystone/…" / "Putin und Xi in Peking.")
      d.captions.push({ text: nb.text, credit: creditOnly });
      body.consumed.add(nIdx);
    } else if (prev && prev.kind === 'para' && (isCaptionLike(prev.text) || isShortSentence(prev.text))) {
      body.items.pop();
      d.captions.push({ text: prev.text, credit: creditOnly });
    } else {
      d.captions.push({ text: '', credit: creditOnly });
    }
    return true;
  }
  const cap = parseCaptionWithCredit(t);
  if (cap) d.captions.push(cap);
  return cap !== null;
}

/** Embedded copy, a page-title line, a timestamp or a byline inside the body; false when `t` is none. */
function readBodyFurniture(t: string, j: number, rest: Block[], d: Draft): boolean {
  const emb = parseEmbedded(t);
  if (emb) {
    d.embedded.push(emb);
    return true;
  }
  const ol = parseOutletLine(t);
  if (ol) {
    // a page title right before reprinted copy belongs to that copy; elsewhere it names this article's outlet
    const upcoming = rest.slice(j + 1, j + 4).find((x) => !isJunkLine(x.text));
    if (!(upcoming && (parseEmbedded(upcoming.text) || isWireHeadline(upcoming.text)))) d.outlet = ol.outlet;
    return true;
  }
  const stamp = readStamp(t, false);
  if (stamp) {
    dateFromBody(d, stamp);
    return true;
  }
  const by = /^(Von|Autor(in)?:|Text:)\s/.test(t) ? parseByline(t) : null;
  if (by && by.authors.length) {
    pushUnique(d.authors, by.authors);
    pushUnique(d.agencies, by.agencies);
    return true;
  }
  return false;
}

/** A paragraph or subheading of the text; the last paragraph gives up a trailing agency credit. */
function pushText(t: string, j: number, body: BodyState, d: Draft): void {
  const b = body.rest[j]!;
  let next = body.realAfter[j]!; // the next block that is neither furniture nor taken as a caption
  while (next < body.rest.length && body.consumed.has(next)) next = body.realAfter[next]!;
  const isLast = next >= body.rest.length;
  if (!isLast && !BULLET.test(t) && isSubheading(t)) {
    body.items.push({ kind: 'heading', text: t, line: b.line, last: b.lastLine ?? b.line });
    return;
  }
  const tc = isLast ? splitTrailingCredit(t) : null;
  if (tc) pushUnique(d.agencies, tc.agencies);
  body.items.push({ kind: 'para', text: tc ? tc.text : t, line: b.line, last: b.lastLine ?? b.line });
}

/** The dateline and agencies from the first paragraph ("Peking (dpa) - …"), else the byline's place. */
function readDateline(firstPara: Item | undefined, d: Draft): void {
  if (firstPara) {
    const dl = parseDateline(firstPara.text);
    if (dl) {
      d.dateline = dl.place;
      const merged: string[] = [];
      pushUnique(merged, dl.agencies);
      pushUnique(merged, d.agencies);
      d.agencies.splice(0, d.agencies.length, ...merged);
    } else {
      d.dateline = placeDateline(firstPara.text);
    }
  }
  d.dateline ??= d.bylinePlace;
}

/** The article's fields from the draft and the body: front matter over the text, then body, quotes and entities. */
function articleFields(d: Draft, items: Item[], fm: FrontMatterFields | null): ArticleFields {
  let fields: ArticleFields = {
    title: d.title || 'Ohne Titel',
    titleSource: d.titleSource,
    subtitle: d.subtitle,
    lead: d.lead,
    date: d.date?.iso ?? null,
    datePrecision: d.date?.precision ?? null,
    dateSource: d.dateSource,
    dateText: d.date?.text ?? null,
    authors: d.authors,
    agencies: d.agencies,
    outlet: d.outlet,
    dateline: d.dateline,
    quotes: [],
    captions: d.captions,
    embedded: d.embedded,
    people: [],
    places: [],
    organisations: [],
    wordCount: 0,
    warnings: d.warnings,
    body: '',
  };
  // one name per outlet however the text spells it ("derStandard.at", "DER STANDARD")
  if (fields.outlet) fields.outlet = canonicalOutlet(fields.outlet);
  if (fm) fields = applyFrontMatter(fields, fm);

  const body = bodyMarkdown(items);
  const textParts = [fields.title, fields.subtitle ?? '', fields.lead ?? '', ...items.map((x) => x.text)];
  fields.body = body;
  fields.wordCount = countWords(items.map((x) => x.text).join(' '));
  const ents = extractEntities(textParts, fields.authors);
  fields.quotes = extractQuotes([fields.lead ?? '', ...items.map((x) => x.text)], ents.people);
  fields.embedded = fields.embedded.map(withEmbeddedQuotes);
  fields.people = ents.people;
  fields.places = ents.places;
  fields.organisations = ents.organisations;
  // the dateline's places come first ("Singapur/London" is two places)
  const datelinePlaces = (fields.dateline ?? '')
    .split('/')
    .map((p) => p.trim())
    .filter(Boolean);
  fields.places = [...datelinePlaces, ...fields.places.filter((p) => !datelinePlaces.includes(p))];
  return fields;
}

/** The body's Markdown: paragraphs and `##` subheadings, and two or more bullet lines in a row as one list. */
function bodyMarkdown(items: Item[]): string {
  const blocks: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const x = items[i]!;
    let j = i;
    while (j < items.length && items[j]!.kind === 'para' && BULLET.test(items[j]!.text)) j++;
    if (j - i >= 2) {
      blocks.push(listMd(items.slice(i, j).map((y) => y.text.replace(BULLET, ''))));
      i = j - 1;
    } else blocks.push(x.kind === 'heading' ? headingMd(x.text) : paragraphMd(x.text));
  }
  return blocks.join('\n\n');
}

/** For each block, the index of the first later block that is not page furniture (`junk.length` when none). */
function nextRealIndexes(junk: boolean[]): number[] {
  const out = new Array<number>(junk.length);
  let next = junk.length;
  for (let k = junk.length - 1; k >= 0; k--) {
    out[k] = next;
    if (!junk[k]) next = k;
  }
  return out;
}

/** The agencies among the tokens of a credit line: "(derStandard.at, APA, 12.3.2022)" → APA. */
function agenciesIn(t: string): string[] {
  return t
    .split(/[\s,;/()]+/)
    .map((x) => normaliseAgency(x))
    .filter((x): x is string => x !== null);
}

/** Live-blog entries: a time alone on its line ("22:15 Uhr") opens the entry that follows it. */
function mergeTimeLines(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    const n = blocks[k + 1];
    if (/^\d{1,2}[:.]\d{2}(?:\s*Uhr)?$/.test(b.text) && n && !isJunkLine(n.text) && !/^\d{1,2}[:.]\d{2}/.test(n.text)) {
      out.push({ text: `${b.text.replace(/\./, ':')}: ${n.text}`, line: n.line, lastLine: n.lastLine ?? n.line });
      k++;
      continue;
    }
    out.push(b);
  }
  return out;
}

/** "© dpa-infocom, dpa:220204-99-123456/3": the day from dpa's item id. */
function readWireId(t: string): Stamp | null {
  const m = /\bdpa:(\d{2})(\d{2})(\d{2})-\d{2}-\d+/.exec(t);
  if (!m) return null;
  const d = buildIso(2000 + Number(m[1]), Number(m[2]), Number(m[3]));
  return 'iso' in d ? { ...d, text: m[0] } : null;
}

/** dpa-AFX desk marks glued to the last sentence: "… nicht mehr./bgf/jsl/mis". */
function stripDeskMarks(t: string): string {
  return t.replace(/([.!?“”"»«)])\s*(?:\/[a-zäöü]{2,4}){1,6}\/?$/u, '$1');
}

// Words that open a German sentence; capitalised after a word without punctuation they mark a new sentence.
const OPENER =
  '(?:Die|Der|Das|Dies|Diese|Dieser|Ein|Eine|Er|Es|Man|Zudem|Außerdem|Dabei|Damit|Zuvor|Bislang|Bisher|Derzeit|Inzwischen|Unterdessen|Demnach|Laut|Nach|Im|Am|Seit|Auch|Doch|Zugleich)';
const OPENER_AFTER_WORD = new RegExp(`[\\p{L}\\d)"“”»«]\\s+${OPENER}\\s`, 'u');
// Nouns after which a capitalised article starts a title ("die Partei Die Linke", "die Zeitung Die Welt").
const TITLE_NOUNS =
  /^(Studie|Bericht|Report|Programm|Projekt|Reihe|Ausstellung|Festival|Oper|Podcast|Dokumentation|Doku|Rubrik|Motto|Slogan|Partei|Zeitung|Zeitschrift|Magazin|Sender|Film|Buch|Roman|Serie|Titel|Band|Album|Sendung|Show|Wochenzeitung|Tageszeitung|Kolumne|Stück|Lied|Song|Fraktion|Bündnis|Gruppe|Initiative|Kampagne)$/;

// Finite verbs that follow a clause's subject: a capitalised word and one of these open a clause.
const FINITE =
  '(?:hat|haben|hatte|hatten|ist|sind|war|waren|wird|werden|wurde|wurden|will|wollen|wollte|wollten|soll|sollen|sollte|sollten|kann|können|konnte|konnten|muss|müssen|musste|mussten|darf|dürfen|sagte|sagten|sagt|erklärte|erklärten|teilte|teilten|betonte|betonten|forderte|forderten|bestritt|bestreitet|bestätigte|kündigte|warnte|warnten|lehnt|lehnte|steht|stand|gilt|galt|bleibt|blieb|gibt|gab|geht|ging|kommt|kam|sieht|sah)';
// A clause-final verb (infinitive or participle) glued to a new clause: "… nach Polen entsenden Moskau hat …".
const VERB_THEN_CLAUSE = new RegExp(`\\s(\\S+)\\s+\\p{Ll}[\\p{Ll}-]{2,}(?:en|ern|eln|t)\\s+\\p{Lu}[\\p{L}-]+\\s+${FINITE}\\s`, 'u');

/**
 * Related-article headlines pasted into running text: after a sentence end, a run of words without
 * sentence punctuation that a new sentence follows directly ("… ab. Omikron-Welle: Kliniken melden Entspannung Die Union …").
 * A new sentence shows itself in two general ways: a capitalised article or sentence adverb after a word without
 * punctuation (unless it opens the title of a work or party, "die Partei Die Linke"), or a clause-final verb followed
 * by a subject and its finite verb ("… Soldaten nach Polen entsenden Moskau hat stets bestritten …"), which German
 * never writes without a comma or a full stop between.
 */
function stripRelatedHeadlines(t: string): string {
  if (t.length < 120) return t;
  const opener = OPENER_AFTER_WORD.test(t);
  const verbGlue = VERB_THEN_CLAUSE.test(t);
  if (!opener && !verbGlue) return t; // cheap test first
  let out = t;
  if (opener) {
    const re = new RegExp(`([.!?“”"»«])\\s+([\\p{Lu}\\d„"«](?:[^.!?;]|(?<=\\d)\\.(?=\\d)){15,160}?[\\p{L}\\d)"“”»«])\\s+(?=${OPENER}\\s+\\p{L})`, 'gu');
    out = out.replace(re, (all, end: string, head: string) => {
      const words = head.split(/\s+/);
      if (words.length < 3 || words.length > 18) return all;
      const lastWord = words[words.length - 1]!.replace(/[^\p{L}]/gu, '');
      if (TITLE_NOUNS.test(lastWord) || FUNCTION_WORD.test(lastWord)) return all;
      return `${end} `;
    });
  }
  if (verbGlue) {
    const re = new RegExp(
      `([.!?“”"»«])\\s+([\\p{Lu}\\d„"«](?:[^.!?;]|(?<=\\d)\\.(?=\\d)){15,160}?\\s(\\S+)\\s+\\p{Ll}[\\p{Ll}-]{2,}(?:en|ern|eln|t))\\s+(?=\\p{Lu}[\\p{L}-]+\\s+${FINITE}\\s)`,
      'gu',
    );
    out = out.replace(re, (all, end: string, head: string, before: string) => {
      const words = head.split(/\s+/);
      if (words.length < 3 || words.length > 18) return all;
      // "die neuen Regeln haben": an adjective after an article or preposition is no clause-final verb
      const beforeWord = before.replace(/[^\p{L}]/gu, '');
      if (FUNCTION_WORD.test(beforeWord) || BEFORE_ADJECTIVE.test(beforeWord) || (/(?:e|en|er|es|em)$/.test(beforeWord) && /^\p{Ll}/u.test(beforeWord))) return all;
      return `${end} `;
    });
  }
  return out;
}

// Words that stand before an attributive adjective, never before a clause-final verb.
const BEFORE_ADJECTIVE =
  /^(mit|ohne|durch|gegen|um|über|unter|vor|hinter|neben|zwischen|seit|bis|ab|einen|einem|einer|eines|kein|keine|keinen|keinem|diese|dieser|diesen|diesem|jede|jeder|jeden|alle|allen|beide|beiden|viele|vielen|neue|neuen|sehr|so|zu)$/i;

const FUNCTION_WORD = /^(der|die|das|den|dem|des|ein|eine|und|oder|von|vom|in|im|mit|auf|für|zu|zum|zur|an|am|bei|nach|aus|als|wie|dass|sagte|sagt|heißt|hieß)$/i;

// Labels of the genre or section printed above a headline; alone on their line they are not the title.
const GENRE_LABEL =
  /^(Meinung|Kommentar|Leitartikel|Kolumne|Glosse|Analyse|Interview|Das Interview|Gastbeitrag|Gastkommentar|Essay|Reportage|Porträt|Hintergrund|Liveblog|Live-Blog|Newsblog|Ticker|Liveticker|Eilmeldung|Exklusiv|Faktencheck|Rezension|Kritik|Pressemitteilung|Pressemeldung|Presseinformation|Presseerklärung|Medieninformation|Mitteilung)\s*[:.]?$/i;
// An author's post printed under the byline.
const AUTHOR_ROLE =
  /^(?:(?:Leitende[rn]?\s+|Freie[rn]?\s+|Stellvertretende[rn]?\s+)?(?:Korrespondent|Auslandskorrespondent|Chefkorrespondent|Redakteur|Chefredakteur|Reporter|Chefreporter|Autor|Ressortleiter|Volontär|Politikredakteur|Wirtschaftsredakteur|Leiter|Leiterin)\w*)\b.{0,60}$/;

/** A short label on the line directly above a headline: the kicker (Dachzeile) of web and print pages. */
function isKicker(b: Block, next: Block): boolean {
  if (next.line !== (b.lastLine ?? b.line) + 1) return false; // a kicker sits on the line right above
  if (b.text.length > 40 || b.text.split(/\s+/).length > 5 || /[.!?:;,]$/.test(b.text)) return false;
  if (!isHeadlineLike(next.text, 160)) return false;
  return !parseByline(next.text) && !readStamp(next.text, true) && !parseOutletLine(next.text);
}

/** Headline decoration: live-ticker "++ … ++" and "+++ … +++" markers. */
function cleanTitle(t: string): string {
  return t
    .replace(/\s*\+{2,}\s*/g, ' ')
    .replace(/\s+:/g, ':')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A teaser: one to three sentences, ending like a sentence, not wire copy opening with a dateline. */
function isTeaser(t: string): boolean {
  if (t.length < 40 || t.length > 350 || !/[.!?…"“”»«]$/.test(t)) return false;
  if (parseDateline(t) || placeDateline(t)) return false;
  return sentences(t).length <= 3;
}

/** "Düsseldorf, den 15.03.2022": the place in front of a date line. */
function placeOfStamp(t: string): string | null {
  const m = /^(\p{Lu}[\p{L}.'’-]+(?:[ /-]\p{Lu}[\p{L}.'’-]+)?)\s*,\s*(?:den\s+|am\s+)?\d/u.exec(t);
  if (!m || WEEKDAY.test(m[1]!) || /^(Stand|Aktualisiert|Veröffentlicht|Update|Datum|Erstellt)/i.test(m[1]!)) return null;
  return m[1]!;
}

const WEEKDAY = /^(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?$/;

/** "Berlin. Der Bundestag …", "DRESDEN. …": the regional-paper dateline without an agency. */
function placeDateline(t: string): string | null {
  // "Berlin. Der …", the dash of papers that credit no agency ("Warschau – Wladimir Putin …"), and the F.A.Z.'s print
  // dateline with its editor's mark and the day: "mic. FRANKFURT, 4. Februar. Der …"
  const m = /^(\p{Ll}{2,5}\.\s+)?(\p{Lu}[\p{L}'’-]+(?:\/\p{Lu}[\p{L}'’-]+)*)(,\s*\d{1,2}\.\s*\p{Lu}\p{Ll}+)?(?:\.\s+|\s+[-–—]\s+)(?=\p{Lu})/u.exec(t);
  if (!m) return null;
  const place = m[2]!;
  const known = place.split('/').every((p) => isKnownPlace(normalisePlace(p)));
  const caps = place.length >= 3 && place === place.toUpperCase();
  if ((m[1] || m[3]) && !caps) return null; // the mark and the day come with a place in capitals only
  return known || caps ? normalisePlace(place) : null;
}

function isShortSentence(t: string): boolean {
  return t.length <= 200 && /[.]$/.test(t) && sentences(t).length === 1;
}

function stripDateline(t: string): string {
  const m = /^[\p{Lu}][\p{L}.'’ /-]{1,60}?\s*\([^()]{2,40}\)\s*[-–—:]\s*/u.exec(t);
  return m && parseDateline(t) ? t.slice(m[0].length) : t;
}

function isSubheading(t: string): boolean {
  if (!isHeadlineLike(t, 120) || /(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S/.test(t)) return false; // an embedded post is text
  const s = stripOuterQuotes(t);
  if (/\?$/.test(s) && (s.length > 70 || /:/.test(s))) return false; // interview questions are paragraphs
  return true;
}

export type { Block };

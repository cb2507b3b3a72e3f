// Quotations in German text: „…“ «…» »…« "…" ‚…‘ ‘…’ “…”, normalised, with the speaker when the sentence names one.
import type { Embedded, Quote } from '../record.ts';
import { endsSentence } from '../abbreviations.ts';
import { isQuotation } from '../quotation.ts';
import { collapse } from './blocks.ts';
import { findPeople } from './entities.ts';

// Opening mark → the marks that may close it (German, Swiss, book style, English, and typed mixtures).
const CLOSERS: Record<string, string> = {
  '„': '“”"',
  '“': '”"',
  '«': '»',
  '»': '«',
  '‚': '‘’',
  '‘': '’',
  '›': '‹',
  '‹': '›',
  '"': '"“”',
};

const SPACE_BEFORE = /[\s([{/–—-]/;

function isOpener(text: string, i: number): boolean {
  const c = text[i]!;
  if (!(c in CLOSERS)) return false;
  const prev = i > 0 ? text[i - 1]! : ' ';
  const next = text[i + 1] ?? ' ';
  if (/\s/.test(next)) return false;
  // straight and English marks open only after a space; German, Swiss and book marks open anywhere
  if (c === '"' || c === '“' || c === '‘') return SPACE_BEFORE.test(prev);
  if (c === '‚' || c === '›' || c === '‹') return SPACE_BEFORE.test(prev);
  return true;
}

// every mark that may open a quotation
const MARK = new RegExp(`[${Object.keys(CLOSERS).join('')}]`, 'g');

/** The index of the first quotation mark at or after `from`, -1 when none: the text between is skipped at once. */
function nextMark(text: string, from: number): number {
  MARK.lastIndex = from;
  return MARK.exec(text)?.index ?? -1;
}

function findCloser(text: string, open: number): number {
  const allowed = CLOSERS[text[open]!]!;
  for (let j = open + 1; j < text.length && j < open + 2000; j++) {
    const c = text[j]!;
    if (!allowed.includes(c)) continue;
    if (/\s/.test(text[j - 1]!)) continue; // a closing mark hugs the quoted word
    // a single ’ followed by a letter is an apostrophe ("geht’s")
    if (c === '’' && /\p{L}/u.test(text[j + 1] ?? '')) continue;
    return j;
  }
  return -1;
}

const VERBS =
  'sagte|sagten|sagt|sagen|so|erklärte|erklärten|erklärt|betonte|betonten|betont|meinte|meint|schrieb|schreibt|twitterte|ergänzte|ergänzt|warnte|warnt|kritisierte|kritisiert|erwiderte|antwortete|bekräftigte|unterstrich|versicherte|räumte|mahnte|forderte|fordert|fügte|teilte|zitierte|verkündete|bestätigte|beklagte|sprach|stellte|hob|argumentierte|urteilte|kommentierte|resümierte|hieß|heißt|schloss|ließ|rief|drohte|versprach';
const AFTER = new RegExp(`^[\\s,]*(?:${VERBS})\\b`, 'u');
// "Er habe „kein Wort“ verstanden, schrieb John Carlin": the verb that closes the sentence after a comma
const LATER = new RegExp(`,\\s*(?:${VERBS})\\b(?=\\s+\\p{Lu}[^,;]*$)`, 'u');
const BEFORE = new RegExp(`(?:${VERBS})[,:]?(?:\\s+\\S+){0,6}?\\s*[:,]?\\s*$|:\\s*$`, 'u');

/** The text after a quote up to its sentence's end (the sentence rule of abbreviations.ts) or the next quotation mark. */
function sentenceAfter(text: string, from: number): string {
  const rest = text.slice(from, from + 300);
  for (const m of rest.matchAll(/[.!?](?=\s+\p{Lu}|\s*$)|[„«»"“]/gu)) {
    if (m[0] === '.' && !endsSentence(rest.slice(0, m.index + 1), rest.slice(m.index + 1))) continue;
    return rest.slice(0, m.index);
  }
  return rest;
}

/** The text before a quote back to its sentence's start (the sentence rule of abbreviations.ts) or the last quotation mark. */
function sentenceBefore(text: string, to: number): string {
  const before = text.slice(Math.max(0, to - 300), to);
  let start = before.search(/[“”»«"][^“”»«"]*$/);
  for (const m of before.matchAll(/[.!?](?= )/g)) {
    if (m.index > start && endsSentence(before.slice(0, m.index + 1), before.slice(m.index + 1))) start = m.index;
  }
  return start >= 0 ? before.slice(start + 1) : before;
}

// "ein Sprecher von Premierminister X", "die Sprecherin des Ministers X": X is named but is not the speaker.
function ownName(text: string, at: number): boolean {
  const head = text.slice(Math.max(0, at - 80), at);
  const segment = head.slice(head.lastIndexOf(',') + 1);
  return !/\b(?:von|vom|des|eines|einer)\s+(?:\S+\s+){0,2}$/.test(segment);
}

const LETTER = /\p{L}/u;
const LETTER_RUN = /\p{L}+/gu;
const firstLetterRun = (s: string) => /^\p{L}+/u.exec(s)?.[0] ?? '';

/**
 * The article's people, looked up by name, name ending and surname in constant time: an article of tens of
 * thousands of quotes and names would otherwise search the whole list for every quote.
 */
class KnownPeople {
  private readonly byEnding = new Map<string, string>(); // "Scholz", "Olaf Scholz" → first known "Olaf Scholz"
  private readonly bySurname = new Map<string, string>(); // last word → first known name ending in it
  private readonly fullBySurname = new Map<string, string>(); // last word → first known name of two words or more
  private readonly fullByRun = new Map<string, string[]>(); // first letter run of the last word → full names

  constructor(known: string[]) {
    for (const k of known) {
      const words = k.split(' ');
      for (let i = 0; i < words.length; i++) {
        const ending = words.slice(i).join(' ');
        if (!this.byEnding.has(ending)) this.byEnding.set(ending, k);
      }
      const last = words.at(-1)!;
      if (!this.bySurname.has(last)) this.bySurname.set(last, k);
      if (words.length < 2) continue;
      if (!this.fullBySurname.has(last)) this.fullBySurname.set(last, k);
      const run = firstLetterRun(last);
      this.fullByRun.set(run, [...(this.fullByRun.get(run) ?? []), k]);
    }
  }

  /** The first known name that is `name` or ends with it. */
  withEnding(name: string): string | undefined {
    return this.byEnding.get(name);
  }

  /** The first known name whose last word is `surname`; `full`: of two words or more. */
  withSurname(surname: string, full: boolean): string | undefined {
    return (full ? this.fullBySurname : this.bySurname).get(surname);
  }

  /** Each full name whose surname stands in `text` as a word, with its last position. */
  surnamesIn(text: string, found: Map<string, number>): void {
    for (const run of text.matchAll(LETTER_RUN)) {
      for (const k of this.fullByRun.get(run[0]) ?? []) {
        const last = k.slice(k.lastIndexOf(' ') + 1);
        if (text.startsWith(last, run.index) && !LETTER.test(text[run.index + last.length] ?? '')) {
          found.set(k, Math.max(found.get(k) ?? -1, run.index));
        }
      }
    }
  }
}

/** The only person named in the paragraph before `to` (full name, or bare surname of a known person), else null. */
function soleSpeakerBefore(text: string, to: number, known: KnownPeople): string | null {
  const before = text.slice(Math.max(0, to - 1500), to); // the paragraph so far, bounded for giant paragraphs
  const found = new Map<string, number>(); // name → last position
  for (const p of findPeople(before)) found.set(known.withEnding(p.name) ?? p.name, p.at);
  known.surnamesIn(before, found);
  const only = found.size === 1 ? [...found][0] : undefined;
  return only && ownName(before, only[1]) ? only[0] : null;
}

/** The person a quote is attributed to in its own sentence, else null. */
function speakerFor(text: string, open: number, close: number, known: KnownPeople): string | null {
  const after = sentenceAfter(text, close + 1);
  const verb = AFTER.exec(after) ?? LATER.exec(after);
  if (verb) {
    const clause = after.slice(verb.index + verb[0].length);
    // "sagte er": the one person the paragraph has named so far; "hieß es", "sagten sie", "sagte man" name nobody
    if (/^\s+(?:er|sie)\b/.test(clause) && !/en$/.test(verb[0].trim())) return soleSpeakerBefore(text, open, known);
    if (/^(?:\s+(?:es|er|sie|man|ich|wir|ihr))\b/.test(clause)) return null;
    // "…", sagte Baerbock nach einem Treffen mit Sergej Lawrow: the bare surname right after the verb speaks
    const first = /^\s+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)(?=[\s,.;:!?]|$)/u.exec(clause);
    const firstKnown = first ? known.withSurname(first[1]!, true) : undefined;
    if (firstKnown) return firstKnown;
    const people = findPeople(clause.slice(0, 160)).filter((p) => p.at < 100);
    const p = people[0];
    if (p) return ownName(clause, p.at) ? p.name : null;
    // "…", sagte Habeck: a bare surname of someone the article names in full
    const bare = /^\s+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)(?=[\s,.;:!?]|$)/u.exec(clause);
    if (bare) return known.withSurname(bare[1]!, false) ?? null;
    return null;
  }
  const before = sentenceBefore(text, open);
  if (BEFORE.test(before)) {
    const people = findPeople(before);
    const p = people[people.length - 1];
    if (!p) {
      // "Hebestreit sagte, die Lage sei „…“": a bare surname of someone the article names in full, as subject
      // "Kurz zeigte sich erleichtert: „…“": the subject of a sentence that ends in a colon
      const colon = /:\s*$/.test(before) ? /^\s*(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)\s+\p{Ll}/u.exec(before) : null;
      const subj = colon ?? new RegExp(`^\\s*(\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*)\\s+(?:${VERBS})\\b`, 'u').exec(before);
      return subj ? (known.withSurname(subj[1]!, true) ?? null) : null;
    }
    if (!ownName(before, p.at)) return null;
    const tail = before.slice(p.at + p.name.length).replace(/^\s*\([^()]{1,30}\)/, ''); // "Karl Nehammer (ÖVP) sprach …"
    const head = before.slice(0, p.at);
    // "X sagte", "X:", "X zeigte sich zufrieden: „…“", "X von der University of Virginia sagte, …"
    const subject =
      new RegExp(`^[\\s,]*(?:${VERBS})\\b`).test(tail) ||
      /^\s*[:,]?\s*$/.test(tail) ||
      (/:\s*$/.test(tail) && !/[.!?;]/.test(tail)) ||
      new RegExp(`^\\s+(?:von|vom|aus|der|des)\\s[^,.;:!?]{0,60}?\\b(?:${VERBS})\\b`).test(tail);
    const inverted = new RegExp(`(?:${VERBS})\\s+(?:\\S+\\s+){0,2}$`).test(head);
    return subject || inverted ? p.name : null;
  }
  return null;
}

export function normaliseQuote(s: string): string {
  return collapse(s) // trimmed before the ends' commas go instead of after: they go with the spaces all the same
    .replace(/^[\s,;]+|[\s,;]+$/g, '')
    .trim();
}

export function extractQuotes(paragraphs: string[], knownPeople: string[] = []): Quote[] {
  const out: Quote[] = [];
  const index = new Map<string, number>();
  const known = new KnownPeople(knownPeople);
  for (const text of paragraphs) {
    if (!text) continue;
    for (let i = nextMark(text, 0); i >= 0; i = nextMark(text, i + 1)) {
      if (!isOpener(text, i)) continue;
      const j = findCloser(text, i);
      if (j < 0) continue;
      const inner = normaliseQuote(text.slice(i + 1, j));
      if (inner && /\p{L}/u.test(inner) && isQuotation(text, i, j)) {
        const speaker = speakerFor(text, i, j, known);
        const seen = index.get(inner);
        if (seen === undefined) {
          index.set(inner, out.length);
          out.push({ text: inner, speaker });
        } else if (!out[seen]!.speaker && speaker) {
          out[seen]!.speaker = speaker;
        }
      }
      i = j;
    }
  }
  return out;
}

/** Reproduced agency copy with its own quotes, the speakers among the people it names: the copy's, not the page's. */
export function withEmbeddedQuotes(e: Embedded): Embedded {
  const paragraphs = e.text.split(/\n\s*\n/);
  const named = [...new Set(paragraphs.flatMap((p) => findPeople(p).map((x) => x.name)))].filter((n) => n.includes(' '));
  const quotes = extractQuotes(paragraphs, named);
  return quotes.length ? { ...e, quotes } : e;
}

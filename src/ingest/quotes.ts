// Quotations in German text: „…“ «…» »…« "…" ‚…‘ ‘…’ “…”, normalised, with the speaker when the sentence names one.
import type { Embedded, Quote } from '../record.ts';
import { isQuotation } from '../quotation.ts';
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

function sentenceAfter(text: string, from: number): string {
  const rest = text.slice(from, from + 300);
  const end = rest.search(/(?<!\b(?:Dr|Prof|St|Nr))[.!?](?=\s+\p{Lu}|\s*$)|[„«»"“]/u);
  return end >= 0 ? rest.slice(0, end) : rest;
}

function sentenceBefore(text: string, to: number): string {
  const before = text.slice(Math.max(0, to - 300), to);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.search(/[“”»«"][^“”»«"]*$/));
  return start >= 0 ? before.slice(start + 1) : before;
}

// "ein Sprecher von Premierminister X", "die Sprecherin des Ministers X": X is named but is not the speaker.
function ownName(text: string, at: number): boolean {
  const head = text.slice(Math.max(0, at - 80), at);
  const segment = head.slice(head.lastIndexOf(',') + 1);
  return !/\b(?:von|vom|des|eines|einer)\s+(?:\S+\s+){0,2}$/.test(segment);
}

/** The only person named in the paragraph before `to` (full name, or bare surname of a known person), else null. */
function soleSpeakerBefore(text: string, to: number, known: string[]): string | null {
  const before = text.slice(Math.max(0, to - 1500), to); // the paragraph so far, bounded for giant paragraphs
  const found = new Map<string, number>(); // name → last position
  for (const p of findPeople(before)) found.set(known.find((k) => k === p.name || k.endsWith(` ${p.name}`)) ?? p.name, p.at);
  for (const k of known) {
    if (!k.includes(' ')) continue;
    const re = new RegExp(`(?<![\\p{L}])${k.split(' ').at(-1)!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const m of before.matchAll(re)) found.set(k, Math.max(found.get(k) ?? -1, m.index));
  }
  const only = found.size === 1 ? [...found][0] : undefined;
  return only && ownName(before, only[1]) ? only[0] : null;
}

/** The person a quote is attributed to in its own sentence, else null. */
function speakerFor(text: string, open: number, close: number, known: string[]): string | null {
  const after = sentenceAfter(text, close + 1);
  const verb = AFTER.exec(after) ?? LATER.exec(after);
  if (verb) {
    const clause = after.slice(verb.index + verb[0].length);
    // "sagte er": the one person the paragraph has named so far; "hieß es", "sagten sie", "sagte man" name nobody
    if (/^\s+(?:er|sie)\b/.test(clause) && !/en$/.test(verb[0].trim())) return soleSpeakerBefore(text, open, known);
    if (/^(?:\s+(?:es|er|sie|man|ich|wir|ihr))\b/.test(clause)) return null;
    // "…", sagte Baerbock nach einem Treffen mit Sergej Lawrow: the bare surname right after the verb speaks
    const first = /^\s+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)(?=[\s,.;:!?]|$)/u.exec(clause);
    const firstKnown = first ? known.find((k) => k.includes(' ') && k.split(' ').at(-1) === first[1]) : undefined;
    if (firstKnown) return firstKnown;
    const people = findPeople(clause.slice(0, 160)).filter((p) => p.at < 100);
    const p = people[0];
    if (p) return ownName(clause, p.at) ? p.name : null;
    // "…", sagte Habeck: a bare surname of someone the article names in full
    const bare = /^\s+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)(?=[\s,.;:!?]|$)/u.exec(clause);
    if (bare) return known.find((k) => k.split(' ').at(-1) === bare[1]) ?? null;
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
      return subj ? (known.find((k) => k.includes(' ') && k.split(' ').at(-1) === subj[1]) ?? null) : null;
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
  return s.replace(/\s+/g, ' ').replace(/^[\s,;]+|[\s,;]+$/g, '').trim();
}

export function extractQuotes(paragraphs: string[], knownPeople: string[] = []): Quote[] {
  const out: Quote[] = [];
  const index = new Map<string, number>();
  for (const text of paragraphs) {
    if (!text) continue;
    for (let i = 0; i < text.length; i++) {
      if (!isOpener(text, i)) continue;
      const j = findCloser(text, i);
      if (j < 0) continue;
      const inner = normaliseQuote(text.slice(i + 1, j));
      if (inner && /\p{L}/u.test(inner) && isQuotation(text, i, j)) {
        const speaker = speakerFor(text, i, j, knownPeople);
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

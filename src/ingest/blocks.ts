// Splits article text into blocks (paragraph candidates) that remember their source line.
export interface Block {
  text: string; // whitespace collapsed, trimmed
  line: number; // 1-based first line in the source file
  lastLine?: number; // 1-based last source line the block spans (when it joined several lines)
}

const SENTENCE_END = /[.!?:;"“”»«'’)…]$/;

// Hard-wrapped text (lines cut at ~70 characters) must be re-joined; one-paragraph-per-line text must not.
function looksHardWrapped(group: string[]): boolean {
  if (group.length < 3) return false;
  const inner = group.slice(0, -1);
  const open = inner.filter((l) => !SENTENCE_END.test(l.trim()) && l.trim().length >= 30 && l.trim().length <= 100);
  return open.length >= inner.length * 0.6;
}

// Words after a suspended hyphen: "Ein- und Ausfuhren", "Vor- oder Nachteil", "Mittel- bis Langfristig".
const SUSPENDED = /^(?:und|oder|bis|sowie|wie|noch|als|bzw\.?)\b/;
// A lowercase line start that is not running text: photo credits and agency marks ("picture alliance/dpa", "dpa").
const CREDIT_START = /^(?:dpa|afp|ap|epa|picture|imago|getty|keystone|reuters|apa)\b|\//i;

/** True when line b must continue line a: a word broken at a hyphen, or a sentence running on in lowercase. */
function continues(a: string, b: string): boolean {
  const x = a.trimEnd();
  const y = b.trimStart();
  if (!/^\p{Ll}/u.test(y) || CREDIT_START.test(y)) return false;
  if (/\p{L}-$/u.test(x)) return true; // "Energie-" + "preise"
  return x.length >= 30 && !SENTENCE_END.test(x);
}

/** Joins two wrapped lines: a hyphen before a lowercase word is a line-break hyphen, except before "und"/"oder". */
export function joinWrapped(a: string, b: string): string {
  const x = a.trimEnd();
  const y = b.trimStart();
  if (/\p{L}-$/u.test(x)) {
    if (/^\p{Ll}/u.test(y) && !SUSPENDED.test(y)) return x.slice(0, -1) + y; // "Konjunktur-" + "erholung"
    if (/^\p{Lu}/u.test(y)) return x + y; // "Ukraine-" + "Krise": a compound that keeps its hyphen
  }
  return `${x} ${y}`;
}

export function splitBlocks(text: string, firstLine = 1): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let group: { text: string; line: number; last: number }[] = [];
  let raw: string[] = []; // the group's lines as written, for the hard-wrap decision
  const flush = () => {
    if (group.length === 0) return;
    if (looksHardWrapped(raw)) {
      blocks.push({ text: collapse(group.map((g) => g.text).reduce((acc, l) => joinWrapped(acc, l))), line: group[0]!.line, lastLine: group.at(-1)!.last });
    } else {
      for (const g of group) blocks.push({ text: collapse(g.text), line: g.line, lastLine: g.last });
    }
    group = [];
    raw = [];
  };
  lines.forEach((l, i) => {
    if (l.trim() === '') {
      flush();
      return;
    }
    raw.push(l);
    const prev = group[group.length - 1];
    // a line that plainly continues the previous one is joined at once, whatever the rest of the group does
    if (prev && continues(prev.text, l)) {
      prev.text = joinWrapped(prev.text, l);
      prev.last = firstLine + i;
    } else {
      group.push({ text: l, line: firstLine + i, last: firstLine + i });
    }
  });
  flush();
  return blocks;
}

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

// Splits article text into blocks (paragraph candidates) that remember their source line.
export interface Block {
  text: string; // whitespace collapsed, trimmed
  line: number; // 1-based first line in the source file
  lastLine?: number; // 1-based last source line the block spans (when it joined several lines)
}

const SENTENCE_END = /[.!?:;"“”»«'’)…]$/;

/** A list item's marker at the start of a line: "- …", "– …", "• …", "* …", "▪ …". */
export const BULLET = /^\s*[-–•▪*·]\s+(?=\S)/;

// Hard-wrapped text (lines cut at ~70 characters) must be re-joined; one-paragraph-per-line text must not, nor a list.
function looksHardWrapped(group: string[]): boolean {
  if (group.length < 3) return false;
  if (group.filter((l) => BULLET.test(l)).length * 2 >= group.length) return false;
  const inner = group.slice(0, -1);
  const open = inner.filter((l) => !SENTENCE_END.test(l.trim()) && l.trim().length >= 30 && l.trim().length <= 100);
  return open.length >= inner.length * 0.6;
}

// Words after a suspended hyphen: "Ein- und Ausfuhren", "Vor- oder Nachteil", "Mittel- bis Langfristig".
const SUSPENDED = /^(?:und|oder|bis|sowie|wie|noch|als|bzw\.?)\b/;
// A lowercase line start that is not running text: photo credits and agency marks ("picture alliance/dpa", "dpa").
const CREDIT_START = /^(?:dpa|afp|ap|epa|picture|imago|getty|keystone|reuters|apa)\b|\//i;

/**
 * Lines joined as wrapped text: a hyphen before a lowercase word is a line-break hyphen (except before "und",
 * "oder" …), a hyphen before a capital stays ("Ukraine-Krise"), else a space. Each join looks only at the end
 * of the text so far, never re-reads it: a hard-wrapped paragraph of 100,000 lines joins in linear time.
 */
class WrappedLines {
  private readonly parts: string[]; // each trimmed at the end: a join trims there anyway, and blocks are collapsed
  private size: number;

  constructor(first: string) {
    const t = first.trimEnd();
    this.parts = [t];
    this.size = t.length;
  }

  get length(): number {
    return this.size;
  }

  get text(): string {
    return this.parts.join('');
  }

  /** The last `n` code units of the text (fewer when it is shorter). */
  end(n: number): string {
    let s = '';
    for (let i = this.parts.length - 1; i >= 0 && s.length < n; i--) s = this.parts[i]! + s;
    return s.slice(-n);
  }

  join(line: string): this {
    const y = line.trim();
    if (/\p{L}-$/u.test(this.end(3))) {
      if (/^\p{Ll}/u.test(y) && !SUSPENDED.test(y)) return this.drop(1).push(y); // "Konjunktur-" + "erholung"
      if (/^\p{Lu}/u.test(y)) return this.push(y); // "Ukraine-" + "Krise": a compound that keeps its hyphen
    }
    return this.push(' ').push(y);
  }

  private push(s: string): this {
    this.parts.push(s);
    this.size += s.length;
    return this;
  }

  private drop(n: number): this {
    const i = this.parts.length - 1;
    this.parts[i] = this.parts[i]!.slice(0, -n);
    this.size -= n;
    return this;
  }
}

/** True when line b must continue the text so far: a word broken at a hyphen, or a sentence running on in lowercase. */
function continues(a: WrappedLines, b: string): boolean {
  const y = b.trimStart();
  if (!/^\p{Ll}/u.test(y) || CREDIT_START.test(y)) return false;
  const end = a.end(3);
  if (/\p{L}-$/u.test(end)) return true; // "Energie-" + "preise"
  return a.length >= 30 && !SENTENCE_END.test(end);
}

/** Joins two wrapped lines: a hyphen before a lowercase word is a line-break hyphen, except before "und"/"oder". */
export function joinWrapped(a: string, b: string): string {
  return new WrappedLines(a).join(b).text;
}

export function splitBlocks(text: string, firstLine = 1): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let group: { text: WrappedLines; line: number; last: number }[] = [];
  let raw: string[] = []; // the group's lines as written, for the hard-wrap decision
  const flush = () => {
    if (group.length === 0) return;
    if (looksHardWrapped(raw)) {
      const joined = group[0]!.text;
      for (const g of group.slice(1)) joined.join(g.text.text);
      blocks.push({ text: collapse(joined.text), line: group[0]!.line, lastLine: group.at(-1)!.last });
    } else {
      for (const g of group) blocks.push({ text: collapse(g.text.text), line: g.line, lastLine: g.last });
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
      prev.text.join(l);
      prev.last = firstLine + i;
    } else {
      group.push({ text: new WrappedLines(l), line: firstLine + i, last: firstLine + i });
    }
  });
  flush();
  return blocks;
}

/** Whitespace runs as one space, trimmed. */
export function collapse(s: string): string {
  // only the runs that are not already one space are replaced: the same text, without a replacement per word
  return s.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

// Splits article text into blocks (paragraph candidates) that remember their source line.
export interface Block {
  text: string; // whitespace collapsed, trimmed
  line: number; // 1-based first line in the source file
}

const SENTENCE_END = /[.!?:;"“”»«'’)…]$/;

// Hard-wrapped text (lines cut at ~70 characters) must be re-joined; one-paragraph-per-line text must not.
function looksHardWrapped(group: string[]): boolean {
  if (group.length < 3) return false;
  const inner = group.slice(0, -1);
  const open = inner.filter((l) => !SENTENCE_END.test(l.trim()) && l.trim().length >= 30 && l.trim().length <= 100);
  return open.length >= inner.length * 0.6;
}

export function splitBlocks(text: string, firstLine = 1): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let group: { text: string; line: number }[] = [];
  const flush = () => {
    if (group.length === 0) return;
    if (looksHardWrapped(group.map((g) => g.text))) {
      blocks.push({ text: collapse(group.map((g) => g.text).join(' ')), line: group[0]!.line });
    } else {
      for (const g of group) blocks.push({ text: collapse(g.text), line: g.line });
    }
    group = [];
  };
  lines.forEach((l, i) => {
    if (l.trim() === '') flush();
    else group.push({ text: l, line: firstLine + i });
  });
  flush();
  return blocks;
}

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

// Shared passages (wire copy) marked where they stand in an article's body or embedded copy.
import type { SharedPassage } from '../record.ts';
import { parseMarkdown, renderTokens, type MarkdownToken } from './markdown.ts';

/** paragraph index → ids of the shared passages touching it, in the order the passages were given. */
export type ParagraphMarks = Map<number, string[]>;

/** Where an article carries shared passages: in its body, and in each piece of embedded copy (by index). */
export interface ArticleMarks {
  body: ParagraphMarks;
  embedded: Map<number, ParagraphMarks>;
}

const byArticle = new WeakMap<SharedPassage, Map<string, SharedPassage['occurrences']>>();

/** A passage's occurrences in one article: a widely carried passage is indexed once, not scanned for each of its articles. */
function occurrencesIn(p: SharedPassage, articleId: string): SharedPassage['occurrences'] {
  if (p.occurrences.length <= 16) return p.occurrences.filter((o) => o.articleId === articleId);
  let index = byArticle.get(p);
  if (!index) {
    index = new Map();
    for (const o of p.occurrences) (index.get(o.articleId) ?? index.set(o.articleId, []).get(o.articleId)!).push(o);
    byArticle.set(p, index);
  }
  return index.get(articleId) ?? [];
}

/** The paragraphs of `articleId` that shared passages touch, by the paragraph convention of record.ts. */
export function passageMarks(articleId: string, passages: SharedPassage[]): ArticleMarks {
  const marks: ArticleMarks = { body: new Map(), embedded: new Map() };
  for (const p of passages) {
    for (const o of occurrencesIn(p, articleId)) {
      if (p.occurrences.every((x) => x.articleId === articleId)) continue; // carried by nobody else
      let target = marks.body;
      if (o.embedded !== null && o.embedded !== undefined) {
        target = marks.embedded.get(o.embedded) ?? new Map<number, string[]>();
        marks.embedded.set(o.embedded, target);
      }
      for (const n of o.paragraphs?.length ? o.paragraphs : [o.paragraph]) {
        const list = target.get(n) ?? [];
        if (!list.includes(p.id)) list.push(p.id);
        target.set(n, list);
      }
    }
  }
  return marks;
}

/**
 * The paragraph index of each line of a Markdown text (null: blank, or in a heading block), by the
 * convention of record.ts: blocks separated by lines holding only spaces or tabs, trimmed, empty and
 * `#` heading blocks not counted. Lines are split as markdown-it splits them, so its token maps fit.
 */
export function paragraphOfLines(markdown: string): (number | null)[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: (number | null)[] = new Array<number | null>(lines.length).fill(null);
  let n = 0;
  for (let i = 0; i < lines.length;) {
    if (/^[ \t]*$/.test(lines[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && !/^[ \t]*$/.test(lines[j]!)) j++;
    const text = lines.slice(i, j).join('\n').trim();
    if (text.length > 0 && !/^#{1,6}\s/.test(text)) {
      for (let k = i; k < j; k++) out[k] = n;
      n++;
    }
    i = j;
  }
  return out;
}

export interface MarkOptions {
  /** The note printed at the top of a marked run: `passageIds` are the passages it holds, in the order of `marks`. */
  note: (passageIds: string[]) => string;
  /** The element id of a passage's first marked run, so other articles can link straight to it. */
  anchor: (passageId: string) => string;
  /** Passages already given their anchor on this page (shared between body and embedded copy); updated. */
  anchored?: Set<string>;
  className?: string;
}

/**
 * Renders Markdown as `renderMarkdown` does, wrapping each run of consecutive blocks that shared passages
 * touch in `<div class="shared-passage">` with one note first (for all the run's passages). Unmarked text is unchanged.
 */
export function renderMarked(markdown: string, marks: ParagraphMarks, options: MarkOptions): string {
  const tokens = parseMarkdown(markdown);
  if (!marks.size) return renderTokens(tokens);
  const lineParagraph = paragraphOfLines(markdown);
  const order = new Map<string, number>();
  for (const ids of marks.values()) for (const id of ids) if (!order.has(id)) order.set(id, order.size);
  const anchored = options.anchored ?? new Set<string>();
  const className = options.className ?? 'shared-passage';

  // Top-level blocks, each with the passages touching any of its lines.
  const blocks: { tokens: MarkdownToken[]; key: string; ids: string[]; counted: boolean }[] = [];
  for (let i = 0; i < tokens.length;) {
    let j = i + 1;
    if (tokens[i]!.nesting === 1) {
      let depth = 1;
      while (j < tokens.length && depth > 0) depth += tokens[j++]!.nesting;
    }
    const map = tokens[i]!.map;
    const ids = new Set<string>();
    if (map) {
      for (let line = map[0]; line < map[1]; line++) {
        const n = lineParagraph[line];
        if (n !== null && n !== undefined) for (const id of marks.get(n) ?? []) ids.add(id);
      }
    }
    const sorted = [...ids].sort((a, b) => order.get(a)! - order.get(b)!);
    const counted = map ? lineParagraph.slice(map[0], map[1]).some((n) => n !== null) : false;
    blocks.push({ tokens: tokens.slice(i, j), key: sorted.join(' '), ids: sorted, counted });
    i = j;
  }
  // A subheading inside a passage (between two blocks of the same passages) stays inside its marked run.
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.counted) continue;
    let j = i;
    while (j < blocks.length && !blocks[j]!.counted) j++;
    const before = blocks[i - 1];
    const after = blocks[j];
    if (before && after && before.key && before.key === after.key) {
      for (let k = i; k < j; k++) Object.assign(blocks[k]!, { key: before.key, ids: before.ids });
    }
    i = j;
  }

  let html = '';
  for (let i = 0; i < blocks.length;) {
    let j = i + 1;
    // One note per run of marked blocks, whatever passages each holds (wire-heavy texts had one per paragraph).
    const marked = blocks[i]!.ids.length > 0;
    while (j < blocks.length && (marked ? blocks[j]!.ids.length > 0 : !blocks[j]!.ids.length)) j++;
    const inner = renderTokens(blocks.slice(i, j).flatMap((b) => b.tokens));
    const ids = [...new Set(blocks.slice(i, j).flatMap((b) => b.ids))].sort((a, b) => order.get(a)! - order.get(b)!);
    if (!ids.length) html += inner;
    else {
      const fresh = ids.filter((id) => !anchored.has(id));
      for (const id of fresh) anchored.add(id);
      const idAttr = fresh.length ? ` id="${options.anchor(fresh[0]!)}"` : '';
      const extra = fresh
        .slice(1)
        .map((id) => `<span id="${options.anchor(id)}"></span>`)
        .join('');
      html += `<div class="${className}"${idAttr}>${extra}\n${options.note(ids)}\n${inner}</div>\n`;
    }
    i = j;
  }
  return html;
}

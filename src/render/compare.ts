// "Compare the versions": an agency text reprinted by several outlets, each version against the first one,
// word by word (what was cut, added, reworded). Pure: jsdiff's `diffArrays` over the sentences, then over the words of those that differ.
import { diffArrays } from 'diff';
import type { ArticleRecord, LinkedArchive } from '../record.ts';
import { escapeHtml } from '../escape.ts';

/** One aligned row: the original's words (with `<del>` for what the version cut) beside the version's (`<ins>` added). */
export interface CompareRow {
  original: string; // HTML
  version: string; // HTML
  changed: boolean;
}

export interface CompareVersion {
  id: string;
  url: string; // the version's article page
  heading: string; // "RT DE, 4. Februar 2022, 11:02 Uhr"
  title: string;
  textLabel: string | null; // "Wiedergegebene Agenturmeldung (dpa-AFX)" when the version's copy is a reproduced block
  stats: { same: number; cut: number; added: number; kept: string }; // words; kept: share of the original's words, "79 %"
  rows: CompareRow[];
}

export interface ComparePage {
  url: string; // /vergleich/<slug of the original>/
  original: { id: string; url: string; title: string; heading: string };
  versions: CompareVersion[];
  strings: CompareStrings;
  head: { title: string; description: string };
}

export interface CompareStrings {
  eyebrow: string;
  title: string; // "Versionen im Vergleich"
  intro: string;
  original: string;
  version: string;
  unchanged: string; // label of a row both texts share, shown once on phones
  cut: string; // visually hidden label inside <del>
  added: string; // visually hidden label inside <ins>
  legend: string;
  same: string;
  cutWords: string;
  addedWords: string;
  kept: string;
  link: string; // the link from an article: "Versionen vergleichen"
}

const STRINGS: Record<string, CompareStrings> = {
  de: {
    eyebrow: 'Versionen',
    title: 'Versionen im Vergleich',
    intro:
      'Jede Übernahme Wort für Wort gegen den ersten Text: das Original links (auf schmalen Bildschirmen oben), die Version rechts (darunter). Gestrichenes ist durchgestrichen, Hinzugefügtes unterstrichen; Umformuliertes zeigt beides. Die Art der Anführungszeichen zählt nicht als Änderung.',
    original: 'Original',
    version: 'Version',
    unchanged: 'Original und Version gleich',
    cut: 'gestrichen:',
    added: 'hinzugefügt:',
    legend: 'Legende',
    same: 'Wörter gleich',
    cutWords: 'gestrichen',
    addedWords: 'hinzugefügt',
    kept: 'des Originals übernommen',
    link: 'Versionen vergleichen',
  },
  en: {
    eyebrow: 'Versions',
    title: 'Versions compared',
    intro:
      'Each reprint word by word against the first text: the original on the left (on narrow screens above), the version on the right (below). What was cut is struck through, what was added underlined; a rewording shows both. The style of quotation marks does not count as a change.',
    original: 'Original',
    version: 'Version',
    unchanged: 'Original and version alike',
    cut: 'cut:',
    added: 'added:',
    legend: 'Legend',
    same: 'words the same',
    cutWords: 'cut',
    addedWords: 'added',
    kept: 'of the original kept',
    link: 'Compare the versions',
  },
};

export function compareStrings(code: string): CompareStrings {
  return STRINGS[code] ?? STRINGS.de!;
}

/** Markdown body as plain running text: heading and list markers and emphasis dropped, paragraphs kept. */
export function plainText(markdown: string): string {
  return markdown
    .split(/\n{2,}/)
    .map((block) =>
      block
        .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
        .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
        .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join('\n\n');
}

const quotesAlike = (token: string) => token.replace(/[«»„“”‚‘’"']/g, '"');

function side(value: string, tag: 'del' | 'ins' | null, label: string): string {
  if (!tag) return escapeHtml(value.replace(/\s*\n\n\s*/g, ' '));
  const lead = /^\s*/.exec(value)![0];
  const trail = /\s*$/.exec(value)![0];
  const core = escapeHtml(value.slice(lead.length, value.length - trail.length)).replace(/\s*\n\n\s*/g, ' ¶ ');
  return `${lead ? ' ' : ''}<${tag}><span class="visually-hidden">${escapeHtml(label)} </span>${core}</${tag}>${trail ? ' ' : ''}`;
}

/** Words with the white space after them: joined again they give the text back. */
function tokens(text: string): string[] {
  const lead = /^\s*/.exec(text)![0];
  const list = text.slice(lead.length).match(/\S+\s*/g) ?? [];
  return list;
}

/** A change or a stretch both texts share, in words of each side (jsdiff's parts, counted). */
interface WordPart {
  kind: 'same' | 'cut' | 'added';
  n: number;
}

const SENTENCE_END = /[.!?][»«"“”]?\s+$/;
const endsSentence = (token: string) => SENTENCE_END.test(token) || token.includes('\n\n');

/** Token indices where each sentence starts, plus the end: sentence i is tokens [starts[i], starts[i + 1]). */
function sentenceStarts(tokens: string[]): number[] {
  const starts = [0];
  for (let i = 0; i < tokens.length - 1; i++) if (endsSentence(tokens[i]!)) starts.push(i + 1);
  starts.push(tokens.length);
  return starts;
}

/**
 * The word diff in two steps: sentences first (whole sentences both texts share are settled at once), then word by
 * word only inside each stretch of differing sentences. Myers' diff costs words × edits; a wire version that adds or
 * drops whole paragraphs makes the edits many, and one word diff over two 900-word texts took ~60 ms. Null when a
 * stretch is too far apart for a useful comparison (the word diff gives up).
 */
function wordParts(leftKeys: string[], rightKeys: string[], left: string[], right: string[]): WordPart[] | null {
  const ls = sentenceStarts(left);
  const rs = sentenceStarts(right);
  const sentenceKeys = (keys: string[], starts: number[]) => starts.slice(0, -1).map((s, i) => keys.slice(s, starts[i + 1]).join(' '));
  const sentences = diffArrays(sentenceKeys(leftKeys, ls), sentenceKeys(rightKeys, rs));
  const parts: WordPart[] = [];
  const push = (kind: WordPart['kind'], n: number) => {
    if (n === 0) return;
    const last = parts.at(-1);
    if (last?.kind === kind) last.n += n;
    else parts.push({ kind, n });
  };
  let li = 0; // sentence indices
  let ri = 0;
  let pendingLeft = 0; // differing sentences not yet diffed word by word
  let pendingRight = 0;
  const settle = (): boolean => {
    if (!pendingLeft && !pendingRight) return true;
    const a = leftKeys.slice(ls[li - pendingLeft], ls[li]);
    const b = rightKeys.slice(rs[ri - pendingRight], rs[ri]);
    pendingLeft = pendingRight = 0;
    if (!a.length || !b.length) {
      push('cut', a.length);
      push('added', b.length);
      return true;
    }
    const words = diffArrays(a, b, { maxEditLength: 20000 });
    if (!words) return false;
    for (const w of words) push(w.removed ? 'cut' : w.added ? 'added' : 'same', w.count ?? w.value.length);
    return true;
  };
  for (const part of sentences) {
    const n = part.count ?? part.value.length;
    if (part.removed) {
      li += n;
      pendingLeft += n;
    } else if (part.added) {
      ri += n;
      pendingRight += n;
    } else {
      if (!settle()) return null;
      push('same', ls[li + n]! - ls[li]!);
      li += n;
      ri += n;
    }
  }
  return settle() ? parts : null;
}

/**
 * The word diff of `original` and `version` in aligned rows: a row ends where both texts end a sentence
 * together (in an unchanged stretch), so the two columns stay side by side. Null when the texts are too far
 * apart for a useful comparison (the diff gives up).
 */
export function compareTexts(original: string, version: string, strings: CompareStrings): { rows: CompareRow[]; same: number; cut: number; added: number } | null {
  const left = tokens(original);
  const right = tokens(version);
  // The style of quotation marks («…», "…", „…“) is the house style of whoever printed it, not an edit.
  const key = (token: string) => quotesAlike(token.trim());
  const parts = wordParts(left.map(key), right.map(key), left, right);
  if (!parts) return null;
  const rows: CompareRow[] = [];
  let row: CompareRow = { original: '', version: '', changed: false };
  let same = 0;
  let cut = 0;
  let added = 0;
  let li = 0;
  let ri = 0;
  const flush = () => {
    if (row.original.trim() || row.version.trim()) rows.push(row);
    row = { original: '', version: '', changed: false };
  };
  for (const { kind, n } of parts) {
    if (kind === 'cut') {
      cut += n;
      row.original += side(left.slice(li, (li += n)).join(''), 'del', strings.cut);
      row.changed = true;
    } else if (kind === 'added') {
      added += n;
      row.version += side(right.slice(ri, (ri += n)).join(''), 'ins', strings.added);
      row.changed = true;
    } else {
      same += n;
      // Unchanged words, each side in its own spelling; a new row after a sentence or paragraph end.
      for (let k = 0; k < n; k++) {
        const l = left[li++]!;
        const r = right[ri++]!;
        row.original += side(l, null, '');
        row.version += side(r, null, '');
        if (k < n - 1 && endsSentence(l)) flush();
      }
    }
  }
  flush();
  return { rows, same, cut, added };
}

export interface CompareInput {
  archive: Pick<LinkedArchive, 'articles' | 'links' | 'passages'>;
  url: (id: string) => string; // an article's URL
  heading: (record: ArticleRecord) => string; // "RT DE, 4. Februar 2022"
  slug: (record: ArticleRecord) => string; // unique per article
  byTime: (a: string, b: string) => number; // earliest first
  locale: { code: string; number: string };
}

/** The page URL comparing the reprints of an original, or null when it has none. */
export function comparisonUrl(slug: string): string {
  return `/vergleich/${slug}/`;
}

/**
 * One page per article that others mostly reprint (the link stage's `reprints`): each version against it.
 * A version whose shared text sits in a reproduced agency block (embedded copy) is compared by that block.
 */
export function comparePages(input: CompareInput): ComparePage[] {
  const { archive } = input;
  const strings = compareStrings(input.locale.code);
  const percent = new Intl.NumberFormat(input.locale.number, { style: 'percent', maximumFractionDigits: 0 });
  const byId = new Map(archive.articles.map((r) => [r.id, r]));
  const pages: ComparePage[] = [];
  for (const original of archive.articles) {
    const reprints = [...(archive.links[original.id]?.reprints ?? [])].filter((id) => byId.has(id)).sort(input.byTime);
    if (!reprints.length) continue;
    const left = plainText(original.body);
    const versions: CompareVersion[] = [];
    for (const id of reprints) {
      const record = byId.get(id)!;
      const block = embeddedBlockShared(archive, record.id, original.id);
      const copy = block === null ? null : record.embedded[block];
      const right = copy ? copy.text : plainText(record.body);
      const diff = compareTexts(left, right, strings);
      if (!diff) continue;
      versions.push({
        id,
        url: input.url(id),
        heading: input.heading(record),
        title: record.title,
        textLabel: copy ? `${copy.title ?? ''}${copy.credit ? ` (${copy.credit})` : ''}`.trim() || null : null,
        stats: { same: diff.same, cut: diff.cut, added: diff.added, kept: percent.format(diff.same / Math.max(1, diff.same + diff.cut)) },
        rows: diff.rows,
      });
    }
    if (!versions.length) continue;
    pages.push({
      url: comparisonUrl(input.slug(original)),
      original: { id: original.id, url: input.url(original.id), title: original.title, heading: input.heading(original) },
      versions,
      strings,
      head: { title: `${strings.title}: ${original.title}`, description: strings.intro },
    });
  }
  return pages;
}

type Passages = CompareInput['archive']['passages'];
// Each archive's passages by carrying article, made once: the lookup runs for every version and every reprint.
const passagesByArticle = new WeakMap<Passages, Map<string, Passages>>();

function passagesOf(passages: Passages, articleId: string): Passages {
  let index = passagesByArticle.get(passages);
  if (!index) {
    index = new Map();
    for (const p of passages) {
      for (const o of p.occurrences) {
        const list = index.get(o.articleId);
        if (!list) index.set(o.articleId, [p]);
        else if (list.at(-1) !== p) list.push(p);
      }
    }
    passagesByArticle.set(passages, index);
  }
  return index.get(articleId) ?? [];
}

/** The embedded block of `versionId` in which all its passages shared with `originalId` sit, if there is one. */
export function embeddedBlockShared(archive: CompareInput['archive'], versionId: string, originalId: string): number | null {
  let block: number | null | undefined;
  for (const p of passagesOf(archive.passages, versionId)) {
    const inOriginal = p.occurrences.some((o) => o.articleId === originalId);
    if (!inOriginal) continue;
    for (const o of p.occurrences) {
      if (o.articleId !== versionId) continue;
      if (o.embedded === null || (block !== undefined && block !== o.embedded)) return null;
      block = o.embedded;
    }
  }
  return block ?? null;
}

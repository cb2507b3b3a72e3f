// Tokenising once: every text of every article is split into word tokens here, and each distinct word
// (as written) gets an id whose fold, content stem, hash and name flags are computed once for the archive.
// The modules (stories, passages, entities, quotes) read these tokens instead of tokenising again.
import type { ArticleRecord } from '../record.ts';
import { contentStemOf, fold, foldZuInfinitive, hash32, paragraphsOf } from './text.ts';

/** Word tokens of one text: character offsets and word ids, in order. */
export interface Tokens {
  text: string;
  start: Int32Array;
  end: Int32Array;
  id: Int32Array;
}

/** The distinct words of the archive, as written, with what the modules need of each. */
export class WordTable {
  readonly ids = new Map<string, number>();
  readonly word: string[] = [];
  readonly folded: string[] = [];
  readonly stem: string[] = []; // content stem, '' for stop words, numbers and single letters
  readonly hash: number[] = []; // hash32 of the folded word
  readonly zu: string[] = []; // folded, zu-infinitive folded (quote keys)

  idOf(w: string): number {
    let id = this.ids.get(w);
    if (id === undefined) {
      id = this.word.length;
      this.ids.set(w, id);
      const f = fold(w);
      this.word.push(w);
      this.folded.push(f);
      this.stem.push(contentStemOf(f));
      this.hash.push(hash32(f));
      this.zu.push(foldZuInfinitive(f));
    }
    return id;
  }

  tokens(text: string): Tokens {
    const start: number[] = [];
    const end: number[] = [];
    const id: number[] = [];
    const re = /[\p{L}\p{N}]+/gu;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      start.push(m.index);
      end.push(m.index + m[0].length);
      id.push(this.idOf(m[0]));
    }
    return { text, start: Int32Array.from(start), end: Int32Array.from(end), id: Int32Array.from(id) };
  }
}

export interface PreparedArticle {
  title: Tokens;
  subtitle: Tokens;
  lead: Tokens;
  body: Tokens;
  embedded: Tokens[];
  captions: Tokens[];
}

export interface Prepared {
  table: WordTable;
  articles: PreparedArticle[];
}

/** Tokenises every text of the articles once. */
export function prepareArticles(records: ArticleRecord[]): Prepared {
  const table = new WordTable();
  const articles = records.map((r) => ({
    title: table.tokens(r.title),
    subtitle: table.tokens(r.subtitle ?? ''),
    lead: table.tokens(r.lead ?? ''),
    body: table.tokens(r.body),
    embedded: r.embedded.map((e) => table.tokens(e.text)),
    captions: r.captions.map((c) => table.tokens(c.text)),
  }));
  return { table, articles };
}

/**
 * The paragraphs of a text (paragraphsOf in text.ts) with their tokens, cut out of the text's prepared tokens;
 * a text with carriage returns is tokenised again per paragraph (paragraphsOf changes its offsets).
 */
export function paragraphTokens(toks: Tokens, table: WordTable): Tokens[] {
  const text = toks.text;
  if (text.includes('\r')) return paragraphsOf(text).map((p) => table.tokens(p));
  const out: Tokens[] = [];
  const sep = /\n[ \t]*\n/g;
  let from = 0;
  let k = 0; // first token not before the paragraph
  const cut = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (s === e) return;
    const para = text.slice(s, e);
    if (/^#{1,6}\s/.test(para)) return;
    while (k < toks.start.length && toks.start[k]! < s) k++;
    let h = k;
    while (h < toks.start.length && toks.start[h]! < e) h++;
    out.push({
      text: para,
      start: toks.start.subarray(k, h).map((x) => x - s),
      end: toks.end.subarray(k, h).map((x) => x - s),
      id: toks.id.subarray(k, h),
    });
  };
  for (let m = sep.exec(text); m; m = sep.exec(text)) {
    cut(from, m.index);
    from = m.index + m[0].length;
  }
  cut(from, text.length);
  return out;
}

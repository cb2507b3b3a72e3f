// Tokenising once: every text of every article is split into word tokens here, and each distinct word
// (as written) gets an id whose fold, content stem, hash and name flags are computed once for the archive.
// The modules (stories, passages, entities, quotes) read these tokens instead of tokenising again.
import type { ArticleRecord } from '../record.ts';
import { contentStemOf, eachParagraph, fold, foldZuInfinitive, hash32, paragraphsOf } from './text.ts';

/** Word tokens of one text: character offsets and word ids, in order. */
export interface Tokens {
  text: string;
  start: Int32Array;
  end: Int32Array;
  id: Int32Array;
}

/** Code point classes, filled on first sight: 1 a word character (letter or number, as \p{L}\p{N}), 2 not. */
const charClass = new Uint8Array(0x110000);
const WORD_CHAR_RE = /^[\p{L}\p{N}]$/u;
function isWordChar(cp: number): boolean {
  let c = charClass[cp]!;
  if (c === 0) charClass[cp] = c = WORD_CHAR_RE.test(String.fromCodePoint(cp)) ? 1 : 2;
  return c === 1;
}

/** The distinct words of the archive, as written, with what the modules need of each. */
export class WordTable {
  readonly word: string[] = [];
  readonly folded: string[] = [];
  readonly stem: string[] = []; // content stem, '' for stop words, numbers and single letters
  readonly hash: number[] = []; // hash32 of the folded word
  readonly zu: string[] = []; // folded, zu-infinitive folded (quote keys)
  // open addressing over a hash of the word's UTF-16 units: words are found without slicing the text
  private slots = new Int32Array(1 << 16).fill(-1);
  private keys: number[] = [];
  // every word's UTF-16 units, one after the other: compared with the text without reading a string per word
  private units = new Uint16Array(1 << 20);
  private unitsUsed = 0;
  private unitsAt: number[] = [0]; // word id's units are [unitsAt[id], unitsAt[id + 1])
  private scratch = new Int32Array(3 * 4096); // start, end, id of the tokens of the text being split

  // the tokens' arrays are views of large blocks: one allocation for many texts instead of three per text
  private block = new Int32Array(0);
  private blockUsed = 0;

  private take(n: number): Int32Array {
    if (this.blockUsed + n > this.block.length) {
      this.block = new Int32Array(Math.max(1 << 18, n));
      this.blockUsed = 0;
    }
    this.blockUsed += n;
    return this.block.subarray(this.blockUsed - n, this.blockUsed);
  }

  /** `lean`: no content stems (passages and quotes do not read them; stemming is most of a new word's cost). */
  constructor(private readonly lean = false) {}

  private lookup(text: string, s: number, e: number, h: number): number {
    const mask = this.slots.length - 1;
    const units = this.units;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const id = this.slots[p]!;
      if (id < 0) return this.add(text.slice(s, e), h, p);
      if (this.keys[id] !== h) continue;
      const at = this.unitsAt[id]!;
      if (this.unitsAt[id + 1]! - at !== e - s) continue;
      let same = true;
      for (let i = 0; i < e - s; i++)
        if (units[at + i] !== text.charCodeAt(s + i)) {
          same = false;
          break;
        }
      if (same) return id;
    }
  }

  private add(w: string, h: number, slot: number): number {
    const id = this.word.length;
    this.slots[slot] = id;
    this.keys.push(h);
    if (this.unitsUsed + w.length > this.units.length) {
      const more = new Uint16Array(2 * (this.unitsUsed + w.length));
      more.set(this.units);
      this.units = more;
    }
    for (let i = 0; i < w.length; i++) this.units[this.unitsUsed++] = w.charCodeAt(i);
    this.unitsAt.push(this.unitsUsed);
    const f = fold(w);
    this.word.push(w);
    this.folded.push(f);
    this.stem.push(this.lean ? '' : contentStemOf(f));
    this.hash.push(hash32(f));
    this.zu.push(foldZuInfinitive(f));
    if (this.word.length * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    this.keys.forEach((h, id) => {
      let p = h & mask;
      while (slots[p]! >= 0) p = (p + 1) & mask;
      slots[p] = id;
    });
    this.slots = slots;
  }

  /** The word tokens of a text: maximal runs of letters and numbers (as /[\p{L}\p{N}]+/gu finds them). */
  tokens(text: string): Tokens {
    let count = 0;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const cp = codePointAt(text, i); // a surrogate pair as one code point, a lone surrogate as itself
      if (!isWordChar(cp)) {
        i += cp > 0xffff ? 2 : 1;
        continue;
      }
      const s = i;
      let h = 0x811c9dc5;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c < 0xd800 || c > 0xdfff) {
          if (!isWordChar(c)) break;
          h = Math.imul(h ^ c, 0x01000193);
          i++;
        } else {
          const cp = codePointAt(text, i);
          if (!isWordChar(cp)) break;
          h = Math.imul(h ^ c, 0x01000193);
          if (cp > 0xffff) h = Math.imul(h ^ text.charCodeAt(i + 1), 0x01000193);
          i += cp > 0xffff ? 2 : 1;
        }
      }
      if (3 * count + 3 > this.scratch.length) {
        const more = new Int32Array(this.scratch.length * 2);
        more.set(this.scratch);
        this.scratch = more;
      }
      this.scratch[3 * count] = s;
      this.scratch[3 * count + 1] = i;
      this.scratch[3 * count + 2] = this.lookup(text, s, i, h >>> 0);
      count++;
    }
    const start = this.take(count);
    const end = this.take(count);
    const id = this.take(count);
    for (let k = 0; k < count; k++) {
      start[k] = this.scratch[3 * k]!;
      end[k] = this.scratch[3 * k + 1]!;
      id[k] = this.scratch[3 * k + 2]!;
    }
    return { text, start, end, id };
  }
}

/** text.codePointAt(i), reading a second unit only after a high surrogate. */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i)! : c;
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

/** A paragraph of a text: its text and tokens [from, to) of the text's tokens; offsets minus `offset` are relative to `text`. */
export interface Paragraph {
  text: string;
  tokens: Tokens;
  from: number;
  to: number;
  offset: number;
}

/**
 * The paragraphs of a text (paragraphsOf in text.ts) as ranges of the text's prepared tokens;
 * a text with carriage returns is tokenised again per paragraph (paragraphsOf changes its offsets).
 */
export function paragraphTokens(toks: Tokens, table: WordTable): Paragraph[] {
  const text = toks.text;
  if (text.includes('\r')) {
    return paragraphsOf(text).map((p) => {
      const tokens = table.tokens(p);
      return { text: p, tokens, from: 0, to: tokens.id.length, offset: 0 };
    });
  }
  const out: Paragraph[] = [];
  let k = 0; // first token not before the paragraph
  eachParagraph(text, (para, s, e) => {
    while (k < toks.start.length && toks.start[k]! < s) k++;
    let h = k;
    while (h < toks.start.length && toks.start[h]! < e) h++;
    out.push({ text: para, tokens: toks, from: k, to: h, offset: s });
  });
  return out;
}

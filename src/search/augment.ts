// What Pagefind reads of a page is the page plus, invisible to readers, the parts of German compounds
// and the filter values the link stage knows. The page on disk stays as it is: only the copy handed to
// Pagefind is augmented. Pure string functions, no DOM.
import { escapeAttr, escapeText } from '../escape.ts';

/** Filters and metadata for one page, keyed by Pagefind filter/meta name. */
export interface PageFacets {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  /**
   * A name word as it may stand in the text → every word of the same entity's names ("Selenski" →
   * ["Wolodymyr", "Selenskyj", "Selenski", …]): the others are indexed like compound parts after the first
   * name word of each entity in the page, so every alias finds the entity's articles.
   */
  aliases?: Record<string, string[]>;
}

/** Brackets around the compound parts inside the indexed text; the search UI removes them from excerpts. */
export const PART_OPEN = '\u27e6'; // ⟦
export const PART_CLOSE = '\u27e7'; // ⟧

/**
 * Put after the article's header (title, byline) in the indexed text: the search page builds its excerpts from
 * the words after it, so a snippet never repeats the title or shows "Von Silke Bigalke" (search.js).
 */
export const HEAD_END = `${PART_OPEN}${PART_CLOSE}`;

/** Weight of compound parts: below the words the article really contains (1), so exact hits rank first. */
export const PART_WEIGHT = '0.5';

export interface AugmentOptions {
  /** The extra tokens for a word (its compound parts), or [] */
  tokens?: (word: string) => string[];
  facets?: PageFacets;
  /**
   * Hand Pagefind only what it reads: the `data-pagefind-body` elements in a bare `<html lang><body>`
   * (navigation, rail, head and scripts of the page are parsed for nothing otherwise; every Pagefind
   * attribute of our templates is inside the body element). Pages without such an element stay whole.
   */
  bodyOnly?: boolean;
  /**
   * Parts only after a compound's first occurrence in the page (default: after every occurrence).
   * The page still matches its parts, the excerpt still centres on the word, and the index, its fragments
   * and Pagefind's work shrink: a compound recurs several times in an article.
   */
  firstOnly?: boolean;
}

export interface AugmentResult {
  html: string;
  compounds: number; // words that got parts
}

const TAG = /<!--[\s\S]*?-->|<![^>]*>|<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'template', 'noscript']);
// Text inside these attributes' elements is read by Pagefind as a value, not as content: leave it alone.
const VALUE_ATTR = /\sdata-pagefind-(?:meta|filter|sort|ignore)\b/;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const WORD_OR_ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);|\p{L}+/giu;
/** Shorter words are never looked up as compounds. */
const MIN_LOOKUP = 4;

/** The distinct words of `text` that `augmentForIndex` would look up as compounds (in any markup, too). */
export function lookupWords(text: string, into = new Set<string>()): Set<string> {
  for (const word of text.match(/\p{L}+/gu) ?? []) if (word.length >= MIN_LOOKUP) into.add(word);
  return into;
}

/** Empty elements that set filter and metadata values through their attributes (no text of their own). */
export function facetMarkup(facets: PageFacets): string {
  const out: string[] = [];
  for (const [name, values] of Object.entries(facets.filters)) {
    for (const value of values) {
      if (value.trim()) out.push(`<span data-pagefind-filter="${escapeAttr(`${name}:${value}`)}"></span>`);
    }
  }
  for (const [name, value] of Object.entries(facets.meta)) {
    if (value.trim()) out.push(`<span data-pagefind-meta="${escapeAttr(`${name}:${value}`)}"></span>`);
  }
  return out.join('');
}

const BODY_ATTR = /\sdata-pagefind-body\b/;
// Pagefind makes every element with an id an anchor in the page's fragment (for sub-results, which the search page
// does not use): the index input leaves ids out, so a fragment is smaller and does not change when only an id does
// (a shared passage's anchor comes or goes with another article: src/search/recent.ts).
const ID_ATTR = /\sid\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;
const IGNORED = /\sdata-pagefind-ignore\b/;
const PAGEFIND_VALUE = /\sdata-pagefind-(?!ignore\b)/;
const LANG_ATTR = /\slang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/**
 * Adds the compound parts after each split word, as `⟦Parts⟧` in a low-weighted span, and the facet
 * elements right inside the `data-pagefind-body` element. Text inside script/style and inside elements
 * that carry Pagefind values (meta, filter, sort, ignore) is not touched. One pass over the page.
 */
export function augmentForIndex(html: string, options: AugmentOptions): AugmentResult {
  // bodyOnly: emit only inside data-pagefind-body elements (depth counts open elements of the body's name)
  const bodyOnly = options.bodyOnly === true && BODY_ATTR.test(html);
  const walk: Walk = { parts: [], emitting: !bodyOnly, bodyOnly, bodyName: null, bodyDepth: 0, lang: '', headEnded: false, facetsPlaced: !options.facets, skipStack: [] };
  const words = wordAugmenter(options);
  const re = new RegExp(TAG.source, 'g');
  let last = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const tag = m[0];
    const name = m[1]?.toLowerCase();
    if (walk.emitting) walk.parts.push(words.text(html.slice(last, m.index), walk.skipStack.length > 0));
    last = m.index + tag.length;
    if (!name) {
      if (walk.emitting) walk.parts.push(tag);
    } else if (tag.charCodeAt(1) === 47 /* / */) {
      closeTag(walk, name, tag);
    } else {
      const rawEnd = openTag(walk, { name, attrs: m[2] ?? '', tag }, options, html, last);
      if (rawEnd !== null) re.lastIndex = last = rawEnd;
    }
  }
  if (walk.emitting) walk.parts.push(words.text(html.slice(last), walk.skipStack.length > 0));
  const body = walk.parts.join('');
  const compounds = words.compounds();
  if (!bodyOnly) return { html: body, compounds };
  const lang = walk.lang;
  return { html: `<!DOCTYPE html><html${lang ? ` lang="${escapeAttr(lang)}"` : ''}><head><meta charset="utf-8"></head><body>${body}</body></html>`, compounds };
}

/** Where the one pass over a page is. */
interface Walk {
  parts: string[]; // the output, joined once at the end
  emitting: boolean;
  bodyOnly: boolean;
  bodyName: string | null; // the open data-pagefind-body element's name (bodyOnly)
  bodyDepth: number; // open elements of that name
  lang: string; // the page's language (bodyOnly)
  headEnded: boolean;
  facetsPlaced: boolean;
  skipStack: string[]; // open elements whose text is a Pagefind value
}

function closeTag(walk: Walk, name: string, tag: string): void {
  if (walk.emitting) walk.parts.push(tag);
  if (walk.emitting && walk.bodyName && !walk.headEnded && name === 'header') {
    walk.parts.push(`<span> ${HEAD_END} </span>`);
    walk.headEnded = true;
  }
  if (walk.skipStack.length && walk.skipStack.at(-1) === name) walk.skipStack.pop();
  if (walk.bodyName === name && --walk.bodyDepth === 0) {
    walk.bodyName = null;
    walk.emitting = false;
  }
}

/** Handles a start tag; for a raw-text element (script, style) copies its text through and returns where it ends. */
function openTag(walk: Walk, el: { name: string; attrs: string; tag: string }, options: AugmentOptions, html: string, from: number): number | null {
  const { name, attrs, tag } = el;
  const selfClosing = VOID.has(name) || /\/\s*$/.test(attrs);
  if (walk.bodyOnly && name === 'html') {
    const l = LANG_ATTR.exec(attrs);
    if (l) walk.lang = l[1] ?? l[2] ?? l[3] ?? '';
  }
  if (walk.bodyOnly && !walk.emitting && !selfClosing && BODY_ATTR.test(attrs)) {
    walk.emitting = true;
    walk.bodyName = name;
    walk.bodyDepth = 0;
  }
  if (walk.bodyOnly && walk.emitting && !selfClosing && IGNORED.test(attrs)) {
    // what Pagefind ignores is left out of its input, unless it holds a filter, meta or sort value: a passage note
    // listing the other carriers changes with every new carrier, and would make the page's input change with it
    const end = elementEnd(html, name, from);
    if (end >= 0 && !PAGEFIND_VALUE.test(html.slice(from, end))) return end;
  }
  if (walk.bodyName === name && !selfClosing) walk.bodyDepth++;
  if (walk.emitting) walk.parts.push(walk.bodyOnly ? tag.replace(ID_ATTR, '') : tag);
  if (RAW_TEXT.has(name) && !selfClosing) {
    // Copy raw text (script, style) through untouched, up to its end tag.
    const end = indexOfCaseless(html, `</${name}`, from);
    const stop = end < 0 ? html.length : end;
    if (walk.emitting) walk.parts.push(html.slice(from, stop));
    return stop;
  }
  if (!selfClosing) {
    if (walk.skipStack.length && walk.skipStack.at(-1) === name) walk.skipStack.push(name);
    else if (!walk.skipStack.length && VALUE_ATTR.test(attrs)) walk.skipStack.push(name);
  }
  if (!walk.facetsPlaced && BODY_ATTR.test(attrs)) {
    walk.parts.push(facetMarkup(options.facets!));
    walk.facetsPlaced = true;
  }
  return null;
}

/** Adds to a run of text the compound parts and entity aliases of its words; counts the words that got parts. */
function wordAugmenter(options: AugmentOptions): { text: (segment: string, skipping: boolean) => string; compounds: () => number } {
  const { tokens } = options;
  const seen = options.firstOnly === true ? new Set<string>() : null;
  let compounds = 0;
  const aliases = options.facets?.aliases;
  const aliasesDone = new Set<string>(); // alias lists already placed (once per entity and page)
  const aliasWords = (word: string, after: string): string[] => {
    const list = aliases && Object.hasOwn(aliases, word) ? aliases[word]! : null;
    if (!list) return [];
    // After the name's last word ("Wolodymyr Selenski"), so a hit on an alias marks the surname.
    const next = /^[\s\u00a0]+(\p{L}+)/u.exec(after)?.[1];
    if (next && list.includes(next)) return [];
    const key = list.join(' ');
    if (aliasesDone.has(key)) return [];
    aliasesDone.add(key);
    const lower = word.toLowerCase();
    return list.filter((w) => w.toLowerCase() !== lower);
  };
  const text = (segment: string, skipping: boolean): string => {
    if ((!tokens && !aliases) || skipping || !segment) return segment;
    return segment.replace(WORD_OR_ENTITY, (word: string, offset: number) => {
      if (word.charCodeAt(0) === 38 /* & */) return word;
      const named = aliases ? aliasWords(word, segment.slice(offset + word.length, offset + word.length + 40)) : [];
      if (word.length < MIN_LOOKUP && !named.length) return word;
      if (seen && !named.length) {
        if (seen.has(word)) return word;
        seen.add(word);
      }
      const parts = tokens && word.length >= MIN_LOOKUP ? tokens(word) : [];
      if (parts.length) compounds++;
      const extra = [...parts, ...named];
      if (!extra.length) return word;
      return `${word}<span data-pagefind-weight="${PART_WEIGHT}"> ${PART_OPEN}${extra.map(escapeText).join(' ')}${PART_CLOSE}</span>`;
    });
  };
  return { text, compounds: () => compounds };
}

/** Where the element `name` whose start tag ends at `from` ends (after its end tag), nested ones of the same name counted; -1 if never. */
function elementEnd(html: string, name: string, from: number): number {
  const re = new RegExp(`<(/?)${name}(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>`, 'gi');
  re.lastIndex = from;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[1]) depth--;
    else if (!/\/\s*>$/.test(m[0])) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}

/** `haystack.toLowerCase().indexOf(needle, from)` for an ASCII lower-case needle, without copying the haystack. */
function indexOfCaseless(haystack: string, needle: string, from: number): number {
  const re = new RegExp(needle.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'gi');
  re.lastIndex = from;
  return re.exec(haystack)?.index ?? -1;
}

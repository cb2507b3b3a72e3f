// What Pagefind reads of a page is the page plus, invisible to readers, the parts of German compounds
// and the filter values the link stage knows. The page on disk stays as it is: only the copy handed to
// Pagefind is augmented. Pure string functions, no DOM.

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

export function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
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
const LANG_ATTR = /\slang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/**
 * Adds the compound parts after each split word, as `⟦Parts⟧` in a low-weighted span, and the facet
 * elements right inside the `data-pagefind-body` element. Text inside script/style and inside elements
 * that carry Pagefind values (meta, filter, sort, ignore) is not touched. One pass over the page.
 */
export function augmentForIndex(html: string, options: AugmentOptions): AugmentResult {
  const tokens = options.tokens;
  const firstOnly = options.firstOnly === true;
  const seen = firstOnly ? new Set<string>() : null;
  const parts: string[] = []; // the output, joined once at the end
  let last = 0;
  let compounds = 0;
  const skipStack: string[] = []; // open elements whose text is a Pagefind value
  let facetsPlaced = !options.facets;
  // bodyOnly: emit only inside data-pagefind-body elements (depth counts open elements of the body's name)
  const bodyOnly = options.bodyOnly === true && BODY_ATTR.test(html);
  let bodyName: string | null = null;
  let bodyDepth = 0;
  let lang = '';
  let emitting = !bodyOnly;
  let headEnded = false;

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
  const text = (segment: string): string => {
    if ((!tokens && !aliases) || skipStack.length || !segment) return segment;
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

  const re = new RegExp(TAG.source, 'g');
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const tag = m[0];
    const name = m[1]?.toLowerCase();
    if (emitting) parts.push(text(html.slice(last, m.index)));
    last = m.index + tag.length;
    if (!name) {
      if (emitting) parts.push(tag);
      continue;
    }
    const attrs = m[2] ?? '';
    if (tag.charCodeAt(1) === 47 /* / */) {
      if (emitting) parts.push(tag);
      if (emitting && bodyName && !headEnded && name === 'header') {
        parts.push(`<span> ${HEAD_END} </span>`);
        headEnded = true;
      }
      if (skipStack.length && skipStack.at(-1) === name) skipStack.pop();
      if (bodyName === name && --bodyDepth === 0) {
        bodyName = null;
        emitting = false;
      }
      continue;
    }
    const selfClosing = VOID.has(name) || /\/\s*$/.test(attrs);
    if (bodyOnly && name === 'html') {
      const l = LANG_ATTR.exec(attrs);
      if (l) lang = l[1] ?? l[2] ?? l[3] ?? '';
    }
    if (bodyOnly && !emitting && !selfClosing && BODY_ATTR.test(attrs)) {
      emitting = true;
      bodyName = name;
      bodyDepth = 0;
    }
    if (bodyName === name && !selfClosing) bodyDepth++;
    if (emitting) parts.push(tag);
    if (RAW_TEXT.has(name) && !selfClosing) {
      // Copy raw text (script, style) through untouched, up to its end tag.
      const end = indexOfCaseless(html, `</${name}`, last);
      const stop = end < 0 ? html.length : end;
      if (emitting) parts.push(html.slice(last, stop));
      last = stop;
      re.lastIndex = stop;
      continue;
    }
    if (!selfClosing) {
      if (skipStack.length && skipStack.at(-1) === name) skipStack.push(name);
      else if (!skipStack.length && VALUE_ATTR.test(attrs)) skipStack.push(name);
    }
    if (!facetsPlaced && BODY_ATTR.test(attrs)) {
      parts.push(facetMarkup(options.facets!));
      facetsPlaced = true;
    }
  }
  if (emitting) parts.push(text(html.slice(last)));
  const body = parts.join('');
  if (!bodyOnly) return { html: body, compounds };
  return { html: `<!DOCTYPE html><html${lang ? ` lang="${escapeAttr(lang)}"` : ''}><head><meta charset="utf-8"></head><body>${body}</body></html>`, compounds };
}

/** `haystack.toLowerCase().indexOf(needle, from)` for an ASCII lower-case needle, without copying the haystack. */
function indexOfCaseless(haystack: string, needle: string, from: number): number {
  const re = new RegExp(needle.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'gi');
  re.lastIndex = from;
  return re.exec(haystack)?.index ?? -1;
}

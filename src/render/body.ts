// The article body as HTML: Markdown rendered, the first mention of each named entity linked, and a teaser.
import { escapeHtml } from '../escape.ts';
import { markdownText } from './markdown.ts';

export interface EntityLink {
  names: string[]; // name and aliases
  url: string;
}

const LETTER_OR_DIGIT_BEFORE = /[\p{L}\p{N}]$/u;
const LETTER_OR_DIGIT_AFTER = /^[\p{L}\p{N}]/u;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An entity's names (at least two characters, escaped as in the HTML, longest first) and a scanner for them. */
interface NameMatcher {
  names: string[];
  scan: RegExp; // any of the names, anywhere: candidates, checked for whole words by `firstMention`
}

/**
 * Matchers are kept across articles. A whole-word pattern with Unicode property classes
 * (`(?<![\p{L}\p{N}])(…)(?![\p{L}\p{N}])`) costs about a millisecond to compile, once per entity and build;
 * a plain alternation of literals compiles in microseconds, and the word test is two fixed expressions.
 */
const matchers = new Map<string, NameMatcher | null>();
function nameMatcher(names: string[]): NameMatcher | null {
  const key = names.join('\u0000');
  let m = matchers.get(key);
  if (m === undefined) {
    const escaped = [...new Set(names.filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length).map(escapeHtml);
    m = escaped.length ? { names: escaped, scan: new RegExp(escaped.map(escapeRegExp).join('|'), 'g') } : null;
    if (matchers.size >= 50_000) matchers.clear(); // bounded, for long-running dev servers
    matchers.set(key, m);
  }
  return m;
}

/**
 * The first whole-word mention of any of the names in `text`, as `(?<![\p{L}\p{N}])(name|…)(?![\p{L}\p{N}])`
 * with the flag u would find it: the leftmost position not preceded by a letter or digit where a name, tried
 * longest first, is not followed by one.
 */
function firstMention(text: string, m: NameMatcher): { index: number; length: number } | null {
  m.scan.lastIndex = 0;
  for (let hit = m.scan.exec(text); hit; hit = m.scan.exec(text)) {
    const i = hit.index;
    m.scan.lastIndex = i + 1; // the next candidate may start inside this one
    if (i > 0 && LETTER_OR_DIGIT_BEFORE.test(text.slice(Math.max(0, i - 2), i))) continue;
    for (const name of m.names) {
      const end = i + name.length;
      if (text.startsWith(name, i) && !LETTER_OR_DIGIT_AFTER.test(text.slice(end, end + 2))) return { index: i, length: name.length };
    }
  }
  return null;
}

/** Finds the first whole-word mention of an entity in a text, or null. */
export type MentionFinder = (text: string) => { index: number; length: number } | null;

/**
 * Links the first mention of each entity inside paragraphs (never in headings, never inside a link).
 * Works on markdown-it's escaped output, so names are escaped the same way before matching.
 */
export function linkEntities(html: string, entities: EntityLink[], linkClass = 'entity'): string {
  return linkEntitiesWith(
    html,
    entities,
    (names) => {
      const matcher = nameMatcher(names);
      return matcher && ((text: string) => firstMention(text, matcher));
    },
    linkClass,
  );
}

/** The paragraph walk of `linkEntities`, with the way a mention is found passed in (tests pass another). */
export function linkEntitiesWith(html: string, entities: EntityLink[], finderFor: (names: string[]) => MentionFinder | null, linkClass = 'entity'): string {
  const pending: { url: string; find: MentionFinder }[] = [];
  for (const e of entities) {
    const find = finderFor(e.names);
    if (find) pending.push({ url: e.url, find });
  }
  if (!pending.length) return html;
  const parts = html.split(/(<[^>]+>)/);
  let inParagraph = 0;
  let inLink = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.startsWith('<')) {
      if (/^<p[\s>]/.test(part)) inParagraph++;
      else if (part === '</p>') inParagraph--;
      else if (/^<a[\s>]/.test(part)) inLink++;
      else if (part === '</a>') inLink--;
      continue;
    }
    if (!inParagraph || inLink || !part) continue;
    // Earliest match first, so links appear in reading order and never overlap.
    let text = part;
    let out = '';
    for (;;) {
      let best: { index: number; length: number; k: number } | null = null;
      for (let k = 0; k < pending.length; k++) {
        const m = pending[k]!.find(text);
        if (m && (!best || m.index < best.index || (m.index === best.index && m.length > best.length))) best = { ...m, k };
      }
      if (!best) break;
      const { index, length, k } = best;
      const [entity] = pending.splice(k, 1);
      out += `${text.slice(0, index)}<a class="${linkClass}" href="${entity!.url}">${text.slice(index, index + length)}</a>`;
      text = text.slice(index + length);
      if (!pending.length) break;
    }
    parts[i] = out + text;
    if (!pending.length) break;
  }
  return parts.join('');
}

/** A text of at most about `max` characters, cut at a word with "…". */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–…-]+$/, '')} …`;
}

/**
 * A short teaser as plain text (the templates escape it once): the lead, else the first paragraph with its
 * Markdown escapes undone, cut at a word boundary.
 */
export function teaser(lead: string | null, body: string, max = 220): string | null {
  const paragraph = body
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .find((b) => b && !b.startsWith('#'));
  const first = lead ?? (paragraph ? markdownText(paragraph) : null);
  if (!first) return null;
  const flat = first.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut.slice(0, max)).replace(/[,;:–-]+$/, '')} …`;
}

/** "Title · Site" within `max` characters: a long title is cut at a word, and the site name dropped if needed. */
export function documentTitle(title: string | undefined, siteTitle: string, max = 70): string {
  if (!title) return siteTitle;
  const full = `${title} · ${siteTitle}`;
  if (full.length <= max) return full;
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

// The article body as HTML: Markdown rendered, the first mention of each named entity linked, and a teaser.
import { escapeHtml } from './markdown.ts';

export interface EntityLink {
  names: string[]; // name and aliases
  url: string;
}

const LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const LETTER_AFTER = '(?![\\p{L}\\p{N}])';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Links the first mention of each entity inside paragraphs (never in headings, never inside a link).
 * Works on markdown-it's escaped output, so names are escaped the same way before matching.
 */
export function linkEntities(html: string, entities: EntityLink[], linkClass = 'entity'): string {
  const pending = entities
    .map((e) => ({
      url: e.url,
      re: new RegExp(
        LETTER_BEFORE +
          '(' +
          [...new Set(e.names.filter((n) => n.length >= 2))]
            .sort((a, b) => b.length - a.length)
            .map((n) => escapeRegExp(escapeHtml(n)))
            .join('|') +
          ')' +
          LETTER_AFTER,
        'u',
      ),
    }))
    .filter((e) => e.re.source.length > LETTER_BEFORE.length + LETTER_AFTER.length + 2);
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
      pending.forEach((e, k) => {
        const m = e.re.exec(text);
        if (m && (!best || m.index < best.index || (m.index === best.index && m[0].length > best.length))) {
          best = { index: m.index, length: m[0].length, k };
        }
      });
      if (!best) break;
      const { index, length, k } = best as { index: number; length: number; k: number };
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

/** A short teaser: the lead, else the first paragraph, cut at a word boundary. */
export function teaser(lead: string | null, body: string, max = 220): string | null {
  const first =
    lead ??
    body
      .split(/\n\s*\n/)
      .map((b) => b.trim())
      .find((b) => b && !b.startsWith('#')) ??
    null;
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

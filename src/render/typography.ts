// Typographic quotation marks for titles: straight "…" become „…“ (German) or “…” (English), a straight
// apostrophe inside a word becomes ’. Done at render, not ingest: the record keeps the characters of the source
// file (provenance, search, the published original), and which marks are right depends on the site's locale.
import type { LinkedArchive } from '../record.ts';

const MARKS: Record<string, { open: string; close: string; openSingle: string; closeSingle: string }> = {
  de: { open: '„', close: '“', openSingle: '‚', closeSingle: '‘' },
  en: { open: '“', close: '”', openSingle: '‘', closeSingle: '’' },
};

// Before an opening mark: the start, a space, an opening bracket, a dash or slash, or another opening mark.
const OPENS_AFTER = /[\s([{\-–—/„“‚‘«»]/u;

/** Replaces straight quotation marks in `text` by the typographic ones of `locale` ("de" or "en"). */
export function typographicQuotes(text: string, locale: string): string {
  if (!/["']/.test(text)) return text;
  const m = MARKS[locale] ?? MARKS.de!;
  const chars = [...text];
  let doubleOpen = false;
  let singleOpen = false;
  chars.forEach((c, i) => {
    const before = chars[i - 1];
    const after = chars[i + 1];
    const opening = before === undefined || OPENS_AFTER.test(before);
    if (c === '"') {
      // by position when it is plain (after a space: opens; before one: closes), else the pair's turn
      const open = opening && after !== undefined && !/\s/.test(after) ? true : after === undefined || /[\s.,;:!?)\]}…–—-]/u.test(after) ? false : !doubleOpen;
      chars[i] = open ? m.open : m.close;
      doubleOpen = open;
    } else if (c === "'") {
      const inWord = before !== undefined && after !== undefined && /[\p{L}\p{N}]/u.test(before) && /\p{L}/u.test(after);
      if (inWord) chars[i] = '’';
      else if (opening && after !== undefined && /[\p{L}\p{N}]/u.test(after) && hasClosingSingle(chars, i + 1)) {
        chars[i] = m.openSingle;
        singleOpen = true;
      } else if (singleOpen) {
        chars[i] = m.closeSingle;
        singleOpen = false;
      } else chars[i] = '’'; // an elision or a possessive after s ("Hans' Auto")
    }
  });
  return chars.join('');
}

/** True when a straight single quote after `from` can close a quotation opened before it. */
function hasClosingSingle(chars: string[], from: number): boolean {
  for (let j = from; j < chars.length; j++) {
    if (chars[j] !== "'") continue;
    const after = chars[j + 1];
    if (after === undefined || /[\s.,;:!?)\]"“”…–—-]/u.test(after)) return true;
  }
  return false;
}

/** The archive with its article titles, subtitles and story titles set with the locale's quotation marks. */
export function withTypographicTitles(archive: LinkedArchive, locale: string): LinkedArchive {
  const q = (t: string) => typographicQuotes(t, locale);
  return {
    ...archive,
    articles: archive.articles.map((r) => (/["']/.test(r.title + (r.subtitle ?? '')) ? { ...r, title: q(r.title), subtitle: r.subtitle && q(r.subtitle) } : r)),
    stories: archive.stories.map((st) => (/["']/.test(st.title) ? { ...st, title: q(st.title) } : st)),
  };
}

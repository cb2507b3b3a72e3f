// Filter values for the search that the page markup does not carry: year, month, people and story,
// from the link stage. Outlet and agency come from the article template's own data-pagefind-filter marks.
import type { LinkedArchive } from '../record.ts';
import type { PageFacets } from './augment.ts';

/** The part of the render model the search needs: each article's id, URL (without prefix) and date. */
export interface IndexedArticle {
  id: string;
  url: string; // "/artikel/2022/02/putin-in-peking/"
  date: string | null; // ISO partial date
}

export const FILTER_NAMES = {
  year: 'year',
  month: 'month',
  person: 'person',
  story: 'story',
} as const;

/** Per URL: filters year ("2022"), month ("2022-02", only when the date has a month), people, story; meta datetime (ISO). */
export function searchFacets(archive: Pick<LinkedArchive, 'entities' | 'stories' | 'links'>, articles: IndexedArticle[]): Map<string, PageFacets> {
  const people = new Map<string, string[]>();
  for (const entity of archive.entities) {
    if (entity.kind !== 'person') continue;
    for (const id of entity.articleIds) {
      const list = people.get(id) ?? [];
      if (!list.includes(entity.name)) list.push(entity.name);
      people.set(id, list);
    }
  }
  const aliases = aliasWordsByArticle(archive);
  const storyTitles = new Map(archive.stories.map((s) => [s.id, s.title]));
  const facets = new Map<string, PageFacets>();
  for (const article of articles) {
    const filters: Record<string, string[]> = {};
    if (article.date && /^\d{4}/.test(article.date)) {
      filters[FILTER_NAMES.year] = [article.date.slice(0, 4)];
      if (/^\d{4}-\d{2}/.test(article.date)) filters[FILTER_NAMES.month] = [article.date.slice(0, 7)];
    }
    const persons = people.get(article.id);
    if (persons?.length) filters[FILTER_NAMES.person] = [...persons].sort((a, b) => a.localeCompare(b, 'de'));
    const storyId = archive.links[article.id]?.story;
    const story = storyId ? storyTitles.get(storyId) : undefined;
    if (story) filters[FILTER_NAMES.story] = [story];
    const named = aliases.get(article.id);
    facets.set(article.url, { filters, meta: article.date ? { datetime: article.date } : {}, ...(named ? { aliases: named } : {}) });
  }
  return facets;
}

/** Names that must not be split as compounds ("Rosenberg" is no "Berg"): every entity name and alias word. */
export function protectedNames(archive: Pick<LinkedArchive, 'entities'>): string[] {
  const out = new Set<string>();
  for (const entity of archive.entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      for (const word of name.match(/\p{L}+/gu) ?? []) if (/^\p{Lu}/u.test(word)) out.add(word.toLowerCase());
    }
  }
  return [...out];
}

/** Single-word place names, usable as compound heads ("Ost|ukraine"). */
export function placeNouns(archive: Pick<LinkedArchive, 'entities'>): string[] {
  return archive.entities
    .filter((e) => e.kind === 'place')
    .flatMap((e) => [e.name, ...e.aliases])
    .filter((n) => /^\p{L}+$/u.test(n));
}

/** The words of an entity's names (capitalised, ≥ 3 letters), each once regardless of case. */
function nameWords(names: string[]): string[] {
  const out = new Map<string, string>();
  for (const name of names)
    for (const w of name.match(/\p{L}+/gu) ?? []) if (w.length >= 3 && /^\p{Lu}/u.test(w) && !out.has(w.toLowerCase())) out.set(w.toLowerCase(), w);
  return [...out.values()];
}

/**
 * Per article: each word of a name of an entity it mentions → all words of that entity's names, so an
 * alias the article does not write ("Selenskyj" for "Selenski") still finds it (PageFacets.aliases).
 */
export function aliasWordsByArticle(archive: Pick<LinkedArchive, 'entities'>): Map<string, Record<string, string[]>> {
  const out = new Map<string, Record<string, string[]>>();
  for (const entity of archive.entities) {
    const words = nameWords([entity.name, ...entity.aliases]);
    if (words.length < 2) continue;
    for (const id of entity.articleIds) {
      let map = out.get(id);
      if (!map) out.set(id, (map = {}));
      for (const w of words) map[w] = map[w] ? [...new Set([...map[w], ...words])] : words;
    }
  }
  return out;
}

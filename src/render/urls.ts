// Every URL of the site, root-relative and without the path prefix (src/render/links.ts makes them relative per page).
import type { ArticleRecord, EntityKind, Story } from '../record.ts';

function articleDir(record: ArticleRecord): string[] {
  // Only the article's own date goes into its URL: an inferred date may change when other articles arrive.
  const own = record.dateSource !== 'inferred' && record.date ? record.date : null;
  return own ? ['artikel', own.slice(0, 4), ...(own.length >= 7 ? [own.slice(5, 7)] : [])] : ['artikel'];
}

/** The URL an article gets when nothing else claims it: `/artikel/JJJJ/MM/slug/`, `/artikel/slug/` undated. */
export function preferredUrl(record: ArticleRecord): string {
  return '/' + [...articleDir(record), record.slug].join('/') + '/';
}

function withIdSuffix(record: ArticleRecord): string {
  return preferredUrl(record).replace(/\/$/, `-${record.id}/`);
}

/**
 * Assigns each article a unique URL that depends only on the article itself and on ids, never on input order.
 * URLs the published site already uses (`known`, id → URL) are kept first; among new clashes the smallest id
 * keeps the plain slug and the others get their id appended (ids are unique and stable across builds).
 */
export function assignUrls(records: ArticleRecord[], known: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const urls = new Map<string, string>();
  const taken = new Set<string>();
  const byId = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const record of byId) {
    const old = known.get(record.id);
    // A known URL is kept only while it still fits the article (same date folder and slug, with or without suffix).
    if (old && !taken.has(old) && (old === preferredUrl(record) || old === withIdSuffix(record))) {
      urls.set(record.id, old);
      taken.add(old);
    }
  }
  for (const record of byId) {
    if (urls.has(record.id)) continue;
    const base = preferredUrl(record);
    const url = taken.has(base) ? withIdSuffix(record) : base;
    taken.add(url);
    urls.set(record.id, url);
  }
  return urls;
}

/** Page n of a paginated listing: the first page is the listing itself. */
export function pageUrl(base: string, n: number): string {
  return n <= 1 ? base : `${base}seite/${n}/`;
}

/** "2022" → "/2022/", "2022-02" → "/2022/02/", "2022-02-04" → "/2022/02/04/". */
export function periodUrl(period: string): string {
  return `/${period.split('-').join('/')}/`;
}

export const entityFolder: Record<EntityKind, string> = { person: 'personen', place: 'orte', organisation: 'organisationen' };

export const fixedUrls = {
  home: '/',
  chronicle: '/chronik/',
  undated: '/ohne-datum/',
  stories: '/geschichten/',
  sources: '/quellen/',
  quotes: '/zitate/',
  passages: '/geteilt/',
  search: '/suche/',
  about: '/ueber/',
  atom: '/feed.xml',
  json: '/feed.json',
  sitemap: '/sitemap.xml',
  originals: '/originale/',
} as const;

/** An id as it may stand in a URL path or fragment: letters, digits, "_" and "-" only (the link stage's ids are so already). */
export function urlSafe(id: string): string {
  return id.replace(/[^a-zA-Z0-9_-]/g, '');
}

export function storyUrl(slug: string): string {
  return `/geschichten/${slug}/`;
}

export function entityUrl(kind: EntityKind, slug: string): string {
  return `/${entityFolder[kind]}/${slug}/`;
}

export function sourceUrl(slug: string): string {
  return `/quellen/${slug}/`;
}

const TXT = /\.txt$/i;

/**
 * The name each article's input file is published under (its key in a pack below /originale/, its download's name):
 * always `.txt`, so no input is opened as HTML or SVG; a `.txt` keeps its name, another gets `.txt` added, and a
 * number when an input already has that name.
 */
export function originalNames(paths: readonly string[]): Map<string, string> {
  const taken = new Set(paths.filter((p) => TXT.test(p)));
  const names = new Map<string, string>();
  for (const p of paths) {
    if (TXT.test(p)) {
      names.set(p, p);
      continue;
    }
    let name = `${p}.txt`;
    for (let n = 2; taken.has(name); n++) name = `${p}.${n}.txt`;
    taken.add(name);
    names.set(p, name);
  }
  return names;
}

/** Absolute URL for feeds, canonical links and the sitemap; `baseUrl` already holds any sub-path. */
export function absoluteUrl(baseUrl: string, url: string): string {
  return baseUrl.replace(/\/?$/, '/') + url.replace(/^\//, '');
}

/** Makes slugs unique in list order: the first keeps its slug, later ones get "-2", "-3". */
export function uniqueSlugs<T extends { slug: string }>(items: T[]): Map<T, string> {
  const used = new Set<string>();
  const result = new Map<T, string>();
  for (const item of items) {
    let slug = item.slug || 'x';
    for (let k = 2; used.has(slug); k++) slug = `${item.slug}-${k}`;
    used.add(slug);
    result.set(item, slug);
  }
  return result;
}

/** A slug of at most `max` characters, cut after a whole word (a single over-long word is cut inside). */
export function capSlug(slug: string, max = 60): string {
  if (slug.length <= max) return slug;
  if (slug[max] === '-') return slug.slice(0, max);
  const dash = slug.lastIndexOf('-', max);
  return (dash > 0 ? slug.slice(0, dash) : slug.slice(0, max)).replace(/-+$/, '');
}

/**
 * Story slugs for URLs: the link stage's slug (named after a title that may be 100 characters long) capped at
 * `max` characters on a word; slugs that clash once cut get "-2", "-3" in story order (earliest first, as the
 * link stage numbers its own slugs), so short slugs and the earliest story's URL never change.
 */
export function storySlugs(stories: Story[], max = 60): Map<Story, string> {
  const capped = stories.map((st) => ({ st, slug: capSlug(st.slug, max) }));
  const result = new Map<Story, string>();
  for (const [item, slug] of uniqueSlugs(capped)) result.set(item.st, slug);
  return result;
}

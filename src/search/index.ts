// The index stage: Pagefind through its Node API over the rendered pages (the templates mark what is
// indexed with data-pagefind-body, -meta, -filter, -sort). Each page handed to Pagefind is augmented
// in memory (src/search/augment.ts) with its German compound parts and the link stage's filter values;
// the pages on disk stay as rendered. Then the offline (file://) bundle is written (src/search/offline.ts).
import fs from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { augmentForIndex, type PageFacets } from './augment.ts';
import { cachedCompoundTokens, DEFAULT_SPLIT_OPTIONS } from './compounds.ts';
import { loadNounLexicon, withExtraNouns } from './lexicon.ts';
import { writeOfflineBundle, type OfflineReport } from './offline.ts';

import { placeNouns, protectedNames, searchFacets, type IndexedArticle } from './facets.ts';
import type { LinkedArchive } from '../record.ts';

export { searchFacets, protectedNames, placeNouns, type IndexedArticle } from './facets.ts';
export { measureFirstQueryBytes, type FirstQueryBytes } from './measure.ts';

export interface IndexOptions {
  /** Filter values per page URL (without path prefix), e.g. from `searchFacets(archive, model.articles)`. */
  facets?: Map<string, PageFacets>;
  /** Words never split as compounds (lower case): names of people and places. */
  protect?: Iterable<string>;
  /** Further nouns that may be compound heads or modifiers (place names). */
  extraNouns?: Iterable<string>;
  /** Split German compounds (default true). */
  compounds?: boolean;
  /** Write the file:// bundle (default true). */
  offline?: boolean;
  /** Pages handed to Pagefind at once (default 8): the service parses while the next ones are read. */
  inFlight?: number;
}

export interface IndexReport {
  pages: number;
  compoundWords: number; // occurrences of words that got their parts indexed
  indexBytes: number; // Pagefind's data files (what a server serves lazily)
  offline: OfflineReport | null;
}

/** Site-relative URL of an HTML file, as the site links it: "artikel/x/index.html" → "/artikel/x/". */
export function pageUrl(relativePath: string): string {
  const rel = relativePath.split(path.sep).join('/');
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}

async function htmlFiles(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path.relative(base, full) !== 'pagefind') out.push(...(await htmlFiles(full, base)));
    } else if (entry.name.endsWith('.html')) out.push(path.relative(base, full));
  }
  return out.sort();
}

export async function indexSite(siteDir: string, language: string, options: IndexOptions = {}): Promise<IndexReport> {
  const splitOptions = { ...DEFAULT_SPLIT_OPTIONS, protect: new Set([...DEFAULT_SPLIT_OPTIONS.protect, ...(options.protect ?? [])]) };
  const [{ index, errors }, files] = await Promise.all([pagefind.createIndex({ forceLanguage: language }), htmlFiles(siteDir)]);
  if (!index) throw new Error(`pagefind: could not create the index: ${errors.join('; ')}`);
  try {
    const tokens =
      options.compounds === false ? undefined : cachedCompoundTokens(withExtraNouns(loadNounLexicon(), options.extraNouns ?? []), splitOptions);
    let pages = 0;
    let compoundWords = 0;
    // A bounded number of pages in flight: Pagefind's service (on the other core) parses while the
    // next ones are read and augmented here; no more than that many page copies are held at once.
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const rel = files[next++]!;
        const html = await fs.readFile(path.join(siteDir, rel), 'utf8');
        if (!BODY.test(html)) continue; // only articles are searchable
        const url = pageUrl(rel);
        // Pagefind gets the body element only, compound parts after each compound's first occurrence.
        const augmented = augmentForIndex(html, { tokens, facets: options.facets?.get(url), bodyOnly: true, firstOnly: true });
        const added = await index.addHTMLFile({ url, content: augmented.html });
        if (added.errors.length) throw new Error(`pagefind: ${rel}: ${added.errors.join('; ')}`);
        pages++;
        compoundWords += augmented.compounds;
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, options.inFlight ?? 8) }, worker));
    const outputPath = path.join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    // Pagefind's binary is closed only after the offline bundle read its files: closing it first (to free its
    // memory sooner) once left pagefind.js cut short under load, and the offline script could not be made.
    const offline = options.offline === false ? null : await writeOfflineBundle(outputPath);
    return { pages, compoundWords, indexBytes: offline?.dataBytes ?? (await dirBytes(outputPath)), offline };
  } finally {
    await pagefind.close();
  }
}

const BODY = /\sdata-pagefind-body\b/;

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await fs.stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** The index options the build passes: filter values, protected names and place nouns from the linked archive. */
export function searchIndexOptions(
  archive: Pick<LinkedArchive, 'entities' | 'stories' | 'links'>,
  articles: IndexedArticle[],
): IndexOptions {
  return { facets: searchFacets(archive, articles), protect: protectedNames(archive), extraNouns: placeNouns(archive) };
}

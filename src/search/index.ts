// The index stage: Pagefind through its Node API over the rendered pages (the templates mark what is indexed).
import path from 'node:path';
import * as pagefind from 'pagefind';

export interface IndexReport {
  pages: number;
}

export async function indexSite(siteDir: string, language: string): Promise<IndexReport> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`pagefind: could not create the index: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

// What the stages passed on, beside the output for inspection (`.pressearchiv/`): one Markdown record with
// front matter per article (`records/`) and the relations (`archive.json`). An I/O edge. (A worker thread
// writing them while Eleventy rendered made no measurable difference at 10,000 articles: docs/BENCHMARKS.md.)
import fs from 'node:fs/promises';
import path from 'node:path';
import { toFrontMatter } from './ingest/index.ts';
import type { IngestIssue, LinkedArchive } from './record.ts';
import { forEachBounded } from './concurrency.ts';
import { removeRetired, retire } from './retired.ts';

export interface Intermediate {
  cacheDir: string;
  archive: LinkedArchive;
  issues: IngestIssue[];
}

export async function writeIntermediate({ cacheDir, archive, issues }: Intermediate): Promise<void> {
  const records = path.join(cacheDir, 'records');
  await removeRetired(records);
  await retire(records); // the last build's: deleted in the background
  await fs.mkdir(records, { recursive: true });
  await forEachBounded(archive.articles, 16, (a) => fs.writeFile(path.join(records, `${a.id}.md`), toFrontMatter(a)));
  const { articles: _articles, ...relations } = archive;
  await fs.writeFile(path.join(cacheDir, 'archive.json'), JSON.stringify({ ...relations, issues }, null, 1));
}

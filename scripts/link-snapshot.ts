// Ingest + link of a folder as one JSON file, to show that a refactor changes no output: run it before and after,
// then compare the files (cmp, or diff after `jq .`).
//
//   node --import tsx scripts/link-snapshot.ts --input DIR --out FILE.json [--worker on|off] [--cache DIR]
//
// --cache also writes what a build leaves for inspection (records/ and archive.json, as `.pressearchiv/`), so that
// checks reading it (scripts/bench/austrian-check.ts) run without rendering the site.
// Uses the build's own entry points (readInputFolder, ingestFilesInParallel, linkArchive): two processes parse
// from 300 files on, the text worker runs from 2,000 articles on unless --worker says otherwise.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readInputFolder } from '../src/ingest/index.ts';
import { ingestFilesInParallel } from '../src/ingest/parallel.ts';
import { linkArchive } from '../src/link/index.ts';
import { writeIntermediate } from '../src/intermediate.ts';

const { values } = parseArgs({ options: { input: { type: 'string' }, out: { type: 'string' }, worker: { type: 'string' }, cache: { type: 'string' } } });
if (!values.input || !values.out) throw new Error('usage: link-snapshot.ts --input DIR --out FILE.json [--worker on|off]');
const textWorker = values.worker === 'on' ? true : values.worker === 'off' ? false : undefined;

const { records, issues } = await ingestFilesInParallel(await readInputFolder(values.input));
const linked = linkArchive(records, { textWorker });
if (values.cache) await writeIntermediate({ cacheDir: values.cache, archive: linked, issues });
writeFileSync(values.out, JSON.stringify({ records, issues, linked }, null, 1) + '\n');
console.log(`${records.length} records, ${issues.length} issues, ${linked.entities.length} entities, ${linked.quotes.length} quotes → ${values.out}`);

// The records and relations beside the output: one front-matter file per article that reads back as the
// record, and archive.json; the last build's records are replaced, and deleted in the background.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { fromFrontMatter, ingestFiles, readInputFolder } from '../../src/ingest/index.ts';
import { writeIntermediate } from '../../src/intermediate.ts';
import { linkArchive } from '../../src/link/index.ts';
import { listFiles, root, tempDir } from '../helpers/cli.ts';

it('writes a record per article and the relations, replacing the last build’s records', async () => {
  const ingested = ingestFiles(await readInputFolder(path.join(root, 'seeds')));
  const archive = linkArchive(ingested.records);
  const cacheDir = tempDir();
  fs.mkdirSync(path.join(cacheDir, 'records'));
  fs.writeFileSync(path.join(cacheDir, 'records', 'left-from-last-build.md'), 'x');
  await writeIntermediate({ cacheDir, archive, issues: ingested.issues });

  assert.deepEqual(listFiles(path.join(cacheDir, 'records')), archive.articles.map((a) => `${a.id}.md`).sort());
  const first = archive.articles[0]!;
  assert.equal(fromFrontMatter(fs.readFileSync(path.join(cacheDir, 'records', `${first.id}.md`), 'utf8'), first.id).title, first.title);
  const relations = JSON.parse(fs.readFileSync(path.join(cacheDir, 'archive.json'), 'utf8')) as Record<string, unknown>;
  assert.ok(Array.isArray(relations.stories) && !('articles' in relations) && 'issues' in relations);
  const others = () => fs.readdirSync(cacheDir).filter((n) => n !== 'records' && n !== 'archive.json');
  for (let waited = 0; others().length && waited < 30000; waited += 100) await new Promise((done) => setTimeout(done, 100));
  assert.deepEqual(others(), [], 'the last build’s records are deleted');
});

// Link stage on the bench's realistic synthetic archive (not a unit test):
// `npx tsx tests/link/synth-check.ts [articles] [--out file.json]`. Ingested records are cached in the OS temp folder.
// Prints the time, the largest story and how well stories match the generator's ground truth.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileBytes, generateArchive } from '../../scripts/bench/synth.ts';
import { ingestFiles } from '../../src/ingest/index.ts';
import { linkArchive } from '../../src/link/index.ts';
import type { ArticleRecord } from '../../src/record.ts';

const n = Number(process.argv[2] ?? 10000);
const outAt = process.argv.indexOf('--out');
const files = generateArchive({ articles: n });
const cache = join(tmpdir(), `pressearchiv-link-synth-${n}.json`);
let records: ArticleRecord[];
if (existsSync(cache)) records = JSON.parse(readFileSync(cache, 'utf8')) as ArticleRecord[];
else {
  records = ingestFiles(files.map((f) => ({ path: f.path, bytes: fileBytes(f) }))).records;
  writeFileSync(cache, JSON.stringify(records));
}
const t0 = performance.now();
const c0 = process.cpuUsage();
const out = linkArchive(records);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(c0);
const sizes = out.stories.map((s) => s.articleIds.length).sort((a, b) => b - a);
// ground truth: the generator's story of each file
const truth = new Map(files.map((f) => [f.path, f.story]));
const storyOfRecord = new Map(records.map((r) => [r.id, truth.get(r.source.path)]));
let mixed = 0;
for (const s of out.stories) if (new Set(s.articleIds.map((id) => storyOfRecord.get(id))).size > 1) mixed++;
// pair precision and recall against the generator's stories (records, not files: exact duplicates are one record)
const pairs = (groups: Iterable<string[]>): number => {
  let p = 0;
  for (const g of groups) p += (g.length * (g.length - 1)) / 2;
  return p;
};
const trueGroups = new Map<number | undefined, string[]>();
for (const r of records) {
  const k = storyOfRecord.get(r.id);
  const g = trueGroups.get(k);
  if (g) g.push(r.id);
  else trueGroups.set(k, [r.id]);
}
let correct = 0;
for (const s of out.stories) {
  const byTruth = new Map<number | undefined, string[]>();
  for (const id of s.articleIds) {
    const k = storyOfRecord.get(id);
    const g = byTruth.get(k);
    if (g) g.push(id);
    else byTruth.set(k, [id]);
  }
  correct += pairs(byTruth.values());
}
const predicted = pairs(out.stories.map((s) => s.articleIds));
const truePairs = pairs(trueGroups.values());
const largest = out.stories.reduce((a, s) => (s.articleIds.length > a.articleIds.length ? s : a), out.stories[0]!);
const largestTruth = largest ? new Set(largest.articleIds.map((id) => storyOfRecord.get(id))).size : 0;
console.log(
  `${records.length} articles: link ${(ms / 1000).toFixed(2)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s) — ${out.stories.length} stories (largest ${sizes.slice(0, 5).join(', ')}; ` +
    `${mixed} mixing generator stories), ${out.passages.length} passages, ${out.quotes.length} quotes, ${out.entities.length} entities, ` +
    `heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`,
);
console.log(
  `pair precision ${(correct / (predicted || 1)).toFixed(3)}, recall ${(correct / (truePairs || 1)).toFixed(3)} ` +
    `(${correct} of ${predicted} predicted pairs, ${truePairs} true pairs); largest story ${largest?.articleIds.length ?? 0} articles from ${largestTruth} generator stories`,
);
if (outAt > 0) writeFileSync(process.argv[outAt + 1]!, JSON.stringify(out));

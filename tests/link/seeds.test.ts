// The relations the issue pins on the seeds, with the real ingest stage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { LinkedArchive } from '../../src/record.ts';
import { ingestFiles, readInputFolder } from '../../src/ingest/index.ts';
import { linkArchive, loadKnownEntities } from '../../src/link/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

let cached: LinkedArchive | null = null;
async function linked(): Promise<LinkedArchive> {
  if (cached) return cached;
  const { records } = ingestFiles(await readInputFolder(`${root}seeds`));
  cached = linkArchive(records, { knownEntities: loadKnownEntities(`${root}seeds/entities.json`) });
  return cached;
}
const byPrefix = (out: LinkedArchive, p: string): string => {
  const a = out.articles.find((x) => x.id.startsWith(p));
  assert.ok(a, `article ${p}`);
  return a.id;
};
const prefixes = (ids: string[]): string[] => ids.map((id) => id.slice(0, 3));

test('seeds: exactly two stories, the video call (002, 003) and the summit (000, 001, 004)', async () => {
  const out = await linked();
  assert.equal(out.stories.length, 2);
  const sets = out.stories.map((s) => prefixes(s.articleIds).sort().join(','));
  assert.deepEqual(sets.sort(), ['000,001,004', '002,003']);
  for (const s of out.stories) assert.ok(s.title.length > 0);
});

test('seeds: 003 dated December 2021 and 000 February 2022 from their stories', async () => {
  const out = await linked();
  const a003 = out.articles.find((a) => a.id === byPrefix(out, '003'))!;
  assert.equal(a003.date, '2021-12');
  assert.equal(a003.dateSource, 'inferred');
  assert.match(a003.dateText!, /^Datum erschlossen aus/);
  const a000 = out.articles.find((a) => a.id === byPrefix(out, '000'))!;
  assert.ok(a000.date === '2022-02' || a000.date === '2022-02-04', a000.date ?? 'null');
  assert.equal(a000.dateSource, 'inferred');
  assert.ok(out.links[a000.id]!.inferredDate);
});

test('seeds: 004 reprints most of 001; 000 and 001 share the British government paragraph', async () => {
  const out = await linked();
  const id001 = byPrefix(out, '001');
  assert.equal(out.links[byPrefix(out, '004')]!.wireCopyOf, id001);
  assert.ok(out.links[id001]!.reprints.includes(byPrefix(out, '004')));
  const british = out.passages.find((p) => p.text.includes('britische Regierung'));
  assert.ok(british);
  assert.deepEqual(prefixes(british.occurrences.map((o) => o.articleId)).sort(), ['000', '001']);
  assert.ok(out.passages.some((p) => p.occurrences.some((o) => o.articleId.startsWith('004'))));
});

test('seeds: quotes carried by 000, 001 and 004', async () => {
  const out = await linked();
  const find = (s: string) => out.quotes.find((q) => q.text.includes(s));
  for (const s of ['ideologischen Ansätze der Ära des Kalten Krieges', 'beispiellos', 'zutiefst besorgt', 'nie dagewesenen']) {
    const q = find(s);
    assert.ok(q, s);
    assert.deepEqual(prefixes(q.articleIds).sort(), ['000', '001', '004'], s);
  }
});

test('seeds: aliases merged, role nouns are no persons', async () => {
  const out = await linked();
  const persons = out.entities.filter((e) => e.kind === 'person');
  assert.equal(persons.filter((p) => /Peskow/.test(p.name)).length, 1);
  assert.equal(persons.filter((p) => /Uschakow/.test(p.name)).length, 1);
  assert.deepEqual(prefixes(persons.find((p) => /Uschakow/.test(p.name))!.articleIds).sort(), ['003', '004']);
  assert.equal(out.entities.filter((e) => /^nato$/i.test(e.name)).length, 1);
  assert.ok(!persons.some((p) => /chef/i.test(p.name)));
});

// Golden fixtures: tests/fixtures/ingest/golden/NAME.(txt|md) beside NAME.expected.json (hand-reviewed subset of the record).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { ArticleRecord } from '../../src/record.ts';
import { ingestFiles } from '../../src/ingest/index.ts';

const DIR = join(import.meta.dirname, '../fixtures/ingest/golden');

interface Expected {
  [field: string]: unknown;
  headings?: string[];
  embedded?: { title: string | null; credit: string | null; date: string | null }[];
  bodyIncludes?: string[];
  bodyExcludes?: string[];
  peopleInclude?: string[];
  peopleExclude?: string[];
  placesInclude?: string[];
  organisationsInclude?: string[];
  quotesInclude?: { text: string; speaker: string | null }[];
  warnings?: number;
}

const SPECIAL = new Set([
  'headings',
  'embedded',
  'bodyIncludes',
  'bodyExcludes',
  'peopleInclude',
  'peopleExclude',
  'placesInclude',
  'organisationsInclude',
  'quotesInclude',
  'warnings',
]);

export function headingsOf(body: string): string[] {
  return body
    .split('\n')
    .filter((l) => l.startsWith('## '))
    .map((l) => l.slice(3).replace(/\\(.)/g, '$1'));
}

const inputs = readdirSync(DIR)
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort();

test('golden folder has the seeds and at least 15 own articles', () => {
  assert.equal(inputs.filter((f) => f.startsWith('seed-')).length, 5);
  assert.ok(inputs.filter((f) => !f.startsWith('seed-')).length >= 15);
});

for (const file of inputs) {
  test(`golden: ${file}`, () => {
    const name = file.replace(/\.(txt|md)$/, '');
    const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
    const result = ingestFiles([{ path: file, bytes: new Uint8Array(readFileSync(join(DIR, file))) }]);
    assert.deepEqual(result.issues, []);
    const rec = result.records[0] as ArticleRecord;
    for (const [key, value] of Object.entries(expected)) {
      if (SPECIAL.has(key)) continue;
      assert.deepEqual((rec as unknown as Record<string, unknown>)[key], value, `${file}: ${key}`);
    }
    const plainBody = rec.body.replace(/\\(.)/g, '$1');
    if (expected.headings) assert.deepEqual(headingsOf(rec.body), expected.headings, `${file}: headings`);
    if (expected.embedded) {
      assert.deepEqual(
        rec.embedded.map((e) => ({ title: e.title, credit: e.credit, date: e.date })),
        expected.embedded,
        `${file}: embedded`,
      );
    }
    for (const s of expected.bodyIncludes ?? []) assert.ok(plainBody.includes(s), `${file}: body should include ${JSON.stringify(s)}`);
    for (const s of expected.bodyExcludes ?? []) assert.ok(!plainBody.includes(s), `${file}: body must not include ${JSON.stringify(s)}`);
    for (const p of expected.peopleInclude ?? []) assert.ok(rec.people.includes(p), `${file}: people should include ${p} (got ${rec.people.join(', ')})`);
    for (const p of expected.peopleExclude ?? []) assert.ok(!rec.people.includes(p), `${file}: people must not include ${p}`);
    for (const p of expected.placesInclude ?? []) assert.ok(rec.places.includes(p), `${file}: places should include ${p} (got ${rec.places.join(', ')})`);
    for (const p of expected.organisationsInclude ?? []) assert.ok(rec.organisations.includes(p), `${file}: organisations should include ${p}`);
    for (const q of expected.quotesInclude ?? []) {
      assert.ok(
        rec.quotes.some((x) => x.text === q.text && x.speaker === q.speaker),
        `${file}: quote ${JSON.stringify(q)} missing (got ${JSON.stringify(rec.quotes)})`,
      );
    }
    if (expected.warnings !== undefined) assert.equal(rec.warnings.length, expected.warnings, `${file}: warnings ${JSON.stringify(rec.warnings)}`);
    assert.ok(rec.title.length <= 160 && rec.title.length > 0);
    assert.match(rec.slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(rec.slug.length <= 60);
  });
}

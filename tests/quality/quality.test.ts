// The quality targets of docs/QUALITY.md, recomputed on the hand-labelled articles: people and quotes as a
// reader sees them, on the half no rule was tuned to (untuned), on the half rules were developed on (tuned)
// and on the seeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type Report, measure, precision, qualitySets, recall } from './measure.ts';

const sets = qualitySets();
const reports = new Map<string, Report>();
const report = (name: keyof typeof sets): Report => {
  let r = reports.get(name);
  if (!r) reports.set(name, (r = measure(sets[name])));
  return r;
};
const detail = (list: string[]): string => list.join('\n  ');

test('quality: the labelled set has at least 15 articles in each half, every one labelled', () => {
  assert.ok(sets.untuned.files.length >= 15, 'untuned half');
  assert.ok(sets.tuned.files.length >= 15, 'tuned half');
  for (const set of Object.values(sets)) for (const f of set.files) assert.ok(f.label.people.length > 0, `${f.name}: people labelled`);
});

test('quality: people on the untuned half: precision >= 0.95, recall >= 0.90', () => {
  const r = report('untuned');
  assert.ok(precision(r.people) >= 0.95, `precision ${precision(r.people).toFixed(3)}; false:\n  ${detail(r.errors.falsePeople)}`);
  assert.ok(recall(r.people) >= 0.9, `recall ${recall(r.people).toFixed(3)}; missed:\n  ${detail(r.errors.missedPeople)}`);
});

test('quality: quotes on the untuned half: precision >= 0.95', () => {
  const r = report('untuned');
  assert.ok(precision(r.quotes) >= 0.95, `precision ${precision(r.quotes).toFixed(3)}; false:\n  ${detail(r.errors.falseQuotes)}`);
});

test('quality: the seeds keep their people and quotes (floors measured in docs/QUALITY.md)', () => {
  const r = report('seeds');
  assert.ok(
    precision(r.people) >= 0.95 && recall(r.people) >= 0.95,
    `people ${JSON.stringify(r.people)}\n  ${detail([...r.errors.falsePeople, ...r.errors.missedPeople])}`,
  );
  assert.ok(
    precision(r.quotes) >= 0.95 && recall(r.quotes) >= 0.95,
    `quotes ${JSON.stringify(r.quotes)}\n  ${detail([...r.errors.falseQuotes, ...r.errors.missedQuotes])}`,
  );
});

for (const name of ['untuned', 'tuned', 'seeds'] as const) {
  test(`quality: ${name}: every listed name is written so in its articles, no genitive twins, no forbidden names`, () => {
    const e = report(name).errors;
    assert.deepEqual(e.notAsWritten, [], 'names not as written');
    assert.deepEqual(e.genitiveDuplicates, [], 'genitive duplicates');
    assert.deepEqual(e.forbidden, [], 'names the labels forbid (Christian Lindner for Michael Lindner, Bündnis 90/Die Grünen for the Austrian Greens)');
  });
}

// Story clustering: links must be supported by a group as a whole, and articles with a vague date (month, year,
// none) may join a story but never bridge two.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkArchive } from '../../src/link/index.ts';
import { ATTACH_THRESHOLD, type PairScore, STORY_WINDOW_DAYS, clusterStories } from '../../src/link/stories.ts';
import { BRIDGE, FIRE, ROUNDUP } from '../fixtures/link/bridge.ts';
import { makeRecord } from './helpers.ts';

const link = (a: number, b: number, score: number): PairScore => ({ a, b, score, text: score });
const sets = (groups: number[][]): string[] => groups.map((g) => [...g].sort((x, y) => x - y).join(',')).sort();

test('a roundup dated only to the month joins at most one of two events of that week', () => {
  for (const date of [ROUNDUP.date, '2023', null]) {
    const out = linkArchive([...FIRE, ...BRIDGE, { ...ROUNDUP, date }].map((a) => makeRecord(a)));
    const fire = out.stories.find((s) => s.articleIds.includes('brand-1'));
    const bridge = out.stories.find((s) => s.articleIds.includes('bruecke-1'));
    assert.ok(fire && bridge, `${date}: ${JSON.stringify(out.stories)}`);
    assert.notEqual(fire.id, bridge.id, `${date}: the roundup bridged the two events`);
    assert.deepEqual(fire.articleIds.filter((id) => id !== 'rueckblick').sort(), ['brand-1', 'brand-2']);
    assert.deepEqual(bridge.articleIds.filter((id) => id !== 'rueckblick').sort(), ['bruecke-1', 'bruecke-2']);
  }
});

test('one chance link between two groups does not join them', () => {
  const records = ['2023-03-01', '2023-03-02', '2023-03-02', '2023-03-03', '2023-03-03', '2023-03-04'].map((date, i) => makeRecord({ id: `a${i}`, date }));
  const scores = [link(0, 1, 0.6), link(1, 2, 0.6), link(0, 2, 0.5), link(3, 4, 0.6), link(4, 5, 0.6), link(3, 5, 0.5), link(2, 3, 0.5)];
  assert.deepEqual(sets(clusterStories(records, scores)), ['0,1,2', '3,4,5']);
  // links from most of the other group do
  const supported = [...scores, link(1, 3, 0.5), link(2, 4, 0.5), link(0, 3, 0.5), link(1, 4, 0.5), link(2, 5, 0.5)];
  assert.deepEqual(sets(clusterStories(records, supported)), ['0,1,2,3,4,5']);
});

test('an article dated to the month or undated joins the best-linked group and never bridges two', () => {
  for (const date of ['2023-03', '2023', undefined]) {
    // 0–1 and 2–3: two events of the same week; 4: a vaguely dated article linked to both, a little better to 2–3
    const records = [
      ...['2023-03-06', '2023-03-07', '2023-03-08', '2023-03-09'].map((d, i) => makeRecord({ id: `d${i}`, date: d })),
      makeRecord({ id: 'v', ...(date ? { date } : {}) }),
    ];
    const scores = [link(0, 1, 0.6), link(2, 3, 0.6), link(0, 4, 0.5), link(1, 4, 0.5), link(2, 4, 0.6), link(3, 4, 0.5)];
    assert.deepEqual(sets(clusterStories(records, scores)), ['0,1', '2,3,4'], String(date));
  }
});

test('a vaguely dated article needs more text evidence than the date agreement of day-dated articles gives', () => {
  const records = [makeRecord({ id: 'd', date: '2023-03-06' }), makeRecord({ id: 'm', date: '2023-03' }), makeRecord({ id: 'e', date: '2023-03-07' })];
  assert.deepEqual(clusterStories(records, [link(0, 1, ATTACH_THRESHOLD - 0.01)]), []);
  assert.deepEqual(sets(clusterStories(records, [link(0, 1, ATTACH_THRESHOLD + 0.01)])), ['0,1']);
  assert.deepEqual(sets(clusterStories(records, [link(0, 2, ATTACH_THRESHOLD - 0.01)])), ['0,2']);
});

test('vaguely dated articles left over form stories among themselves; dated articles stay within the window', () => {
  const undated = [makeRecord({ id: 'u1' }), makeRecord({ id: 'u2' })];
  assert.deepEqual(sets(clusterStories(undated, [link(0, 1, 0.5)])), ['0,1']);
  const far = [makeRecord({ id: 'x', date: '2023-03-01' }), makeRecord({ id: 'y', date: '2023-03-10' }), makeRecord({ id: 'z', date: '2023-05-01' })];
  assert.ok(STORY_WINDOW_DAYS < 61);
  assert.deepEqual(sets(clusterStories(far, [link(0, 1, 0.6), link(1, 2, 0.6), link(0, 2, 0.6)])), ['0,1']);
});

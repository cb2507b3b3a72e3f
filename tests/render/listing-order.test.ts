// Outlet, agency and entity pages list the dated articles newest first, then the undated ones in the order of their files.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSiteModel } from '../../src/render/site.ts';
import { archive, config, record } from './fixtures.ts';

describe('source and entity pages', () => {
  const undated = (path: string) =>
    record(path.replace(/\W/g, '-'), {
      date: null,
      datePrecision: null,
      dateSource: 'none',
      outlet: 'ORF',
      source: { path, sha256: 'a'.repeat(64), encoding: 'UTF-8', bytes: 10 },
    });
  const older = record('older', { date: '2021-03-01', outlet: 'ORF' });
  const newer = record('newer', { date: '2022-05-01', outlet: 'ORF' });
  const files = [undated('orf/10.txt'), undated('orf/2.txt'), undated('a.txt')];
  // as the link stage gives them: dated in time order, then the undated by id
  const ids = [older.id, newer.id, ...files.map((f) => f.id).sort()];
  const model = buildSiteModel(
    archive([older, newer, ...files], {
      sources: [{ slug: 'orf', name: 'ORF', kind: 'outlet', articleIds: ids }],
      entities: [{ slug: 'wien', name: 'Wien', kind: 'place', aliases: [], articleIds: ids, seenWith: [] }],
    }),
    config(),
  );

  it('list dated articles newest first, then undated ones in file order', () => {
    const page = model.listings.find((l) => l.kind === 'source')!;
    const order = page.groups.flatMap((g) => g.articles.map((a) => a.id));
    assert.deepEqual(order, ['newer', 'older', 'a-txt', 'orf-2-txt', 'orf-10-txt']);
  });

  it('and so do the pages of people, places and organisations', () => {
    const page = model.listings.find((l) => l.kind === 'entity')!;
    assert.deepEqual(
      page.groups.flatMap((g) => g.articles.map((a) => a.id)),
      ['newer', 'older', 'a-txt', 'orf-2-txt', 'orf-10-txt'],
    );
  });
});

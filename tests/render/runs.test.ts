// A large site renders in several Eleventy runs (src/render/runs.ts): every page's item in exactly one run, the
// runs of even size, the other fields whole in each, and only the first run rendering the unsplit templates.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderRuns } from '../../src/render/runs.ts';
import type { SiteModel } from '../../src/render/model.ts';

const model = (articles: number, listings: number) =>
  ({
    config: { pathPrefix: '/' },
    articles: Array.from({ length: articles }, (_, i) => ({ url: `/artikel/${i}/` })),
    listings: Array.from({ length: listings }, (_, i) => ({ url: `/liste/${i}/` })),
    entityIndexes: [{ url: '/personen/' }],
  }) as unknown as SiteModel;

describe('renderRuns', () => {
  it('is one run with the model as it is when the pages fit', () => {
    const site = model(3, 2);
    assert.deepEqual(renderRuns(site, ['articles', 'listings'], 5), [{ model: site, splitOnly: false }]);
  });

  it('puts every split item in exactly one run, in even runs, the other fields whole', () => {
    const site = model(23, 9);
    const runs = renderRuns(site, ['articles', 'listings'], 10);
    assert.equal(runs.length, 4);
    const sizes = runs.map((r) => r.model.articles.length + r.model.listings.length);
    assert.deepEqual(sizes, [8, 8, 8, 8]);
    assert.deepEqual(
      runs.flatMap((r) => r.model.articles.map((a) => a.url)),
      site.articles.map((a) => a.url),
    );
    assert.deepEqual(
      runs.flatMap((r) => r.model.listings.map((l) => l.url)),
      site.listings.map((l) => l.url),
    );
    for (const run of runs) assert.equal(run.model.entityIndexes, site.entityIndexes);
    assert.deepEqual(
      runs.map((r) => r.splitOnly),
      [false, true, true, true],
    );
  });
});

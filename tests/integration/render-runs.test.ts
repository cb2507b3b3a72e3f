// Rendering in several Eleventy runs (src/render/runs.ts) must give, file by file, the site one run gives:
// each page once, the pages of the unsplit templates (home, search, feeds …) from the first run only.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { build } from '../../src/build.ts';
import { siteDifferences } from '../../scripts/compare-sites.ts';
import { fileBytes, generateArchive } from '../../scripts/bench/synth.ts';
import { tempDir } from '../helpers/cli.ts';

const tmp = tempDir('pressearchiv-render-runs-');

describe('render in several Eleventy runs', () => {
  it('gives the site one run gives, with every page written once', async () => {
    const input = path.join(tmp, 'input');
    fs.mkdirSync(input);
    for (const f of generateArchive({ articles: 30, seed: 7, profile: 'wire-heavy' })) fs.writeFileSync(path.join(input, f.path), fileBytes(f));
    const baseUrl = 'https://example.org/'; // feeds and sitemap too
    // no search index: it is made from the pages after the render, however many runs wrote them (src/build.ts)
    // rendered in this process (renderSite makes the runs wherever it runs): a render child per build would load Eleventy and our modules under tsx again
    const options = { input, baseUrl, incremental: false, search: false, separateProcess: false };
    const one = await build({ ...options, output: path.join(tmp, 'one', 'site') });
    const many = await build({ ...options, output: path.join(tmp, 'many', 'site'), pagesPerRun: 40 });
    assert.ok(one.pagesWritten > 3 * 40, `${one.pagesWritten} pages: several runs of 40`);
    assert.equal(many.pagesWritten, one.pagesWritten, 'no page rendered twice or left out');
    const stamps = [one, many].flatMap((r) => fs.readFileSync(path.join(r.output, 'ueber', 'index.html'), 'utf8').match(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g) ?? []);
    assert.deepEqual(await siteDifferences(path.join(tmp, 'one', 'site'), path.join(tmp, 'many', 'site'), stamps), []);
  });
});

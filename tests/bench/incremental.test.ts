// Incremental rebuilds (src/incremental/): the cached ingest gives exactly what ingestFiles gives, and a
// rebuild with nothing changed keeps the site while any change (input, output, settings) builds anew.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { build, projectRoot, type BuildOptions } from '../../src/build.ts';
import { ingestFiles, readInputFolder, type InputFile } from '../../src/ingest/index.ts';
import { IngestCache, ingestCached } from '../../src/incremental/index.ts';
import { fileBytes, generateArchive } from '../../scripts/bench/synth.ts';
import { tempDir } from '../helpers/cli.ts';

const tmp = tempDir('pressearchiv-incremental-');

async function corpus(): Promise<InputFile[]> {
  const seeds = await readInputFolder(path.join(projectRoot, 'seeds'));
  const synth = generateArchive({ articles: 60, seed: 7 }).map((f) => ({ path: `synth/${f.path}`, bytes: new Uint8Array(fileBytes(f)) }));
  const enc = (s: string) => new TextEncoder().encode(s);
  const edge: InputFile[] = [
    { path: 'clash/a b.txt', bytes: enc('Erste Meldung\n\nBerlin (dpa) - Ein Absatz mit genug Text für einen Artikel.\n') },
    { path: 'clash/a-b.txt', bytes: enc('Zweite Meldung\n\nBerlin (dpa) - Ein anderer Absatz mit genug Text für einen Artikel.\n') },
    { path: 'dup/copy.txt', bytes: seeds[0]!.bytes },
    { path: 'bad/empty.txt', bytes: new Uint8Array(0) },
    { path: 'bad/binary.txt', bytes: new Uint8Array([0, 1, 2, 3, 255, 254, 0, 0, 7]) },
    { path: 'bad/empty-copy.txt', bytes: new Uint8Array(0) },
  ];
  return [...seeds, ...synth, ...edge];
}

describe('incremental ingest', () => {
  it('gives exactly what ingestFiles gives, cold and from the cache', async () => {
    const files = await corpus();
    const expected = ingestFiles(files);
    const cache = new IngestCache('test');
    assert.deepEqual(ingestCached(files, cache), expected);
    assert.equal(cache.stats.hits, 0);
    const warm = ingestCached(files, cache);
    assert.deepEqual(warm, expected);
    assert.ok(cache.stats.hits > 60, `hits: ${cache.stats.hits}`);
  });

  it('survives a save and load, drops files that are gone, and ignores another version', async () => {
    const files = await corpus();
    const file = path.join(tmp, 'ingest.cache');
    const first = new IngestCache('v1');
    ingestCached(files, first);
    first.save(file);
    const loaded = IngestCache.load(file, 'v1');
    const fewer = files.slice(3);
    assert.deepEqual(ingestCached(fewer, loaded), ingestFiles(fewer));
    assert.equal(loaded.stats.misses, 1, 'only dup/copy.txt, a duplicate before and now the first of its bytes');
    loaded.save(file);
    const again = IngestCache.load(file, 'v1');
    ingestCached(files, again);
    assert.ok(again.stats.misses >= 3, 'the dropped files are parsed again');
    const other = IngestCache.load(file, 'v2');
    ingestCached(fewer, other);
    assert.equal(other.stats.hits, 0);
  });

  it('hands out fresh records: changing one does not change the cache', async () => {
    const files = await corpus();
    const cache = new IngestCache('t');
    const a = ingestCached(files, cache);
    a.records[0]!.title = 'verändert';
    a.records[0]!.people.push('Niemand');
    assert.deepEqual(ingestCached(files, cache), ingestFiles(files));
  });
});

describe('incremental build', () => {
  const input = path.join(tmp, 'input');
  const templates = path.join(tmp, 'templates'); // a private copy, so edits elsewhere do not disturb the test
  const output = path.join(tmp, 'out', 'site');
  before(() => {
    fs.cpSync(path.join(projectRoot, 'seeds'), input, { recursive: true });
    fs.cpSync(path.join(projectRoot, 'templates'), templates, { recursive: true });
  });
  /**
   * A build in this process, with the options the command gives build() (src/cli.ts): what is under test is what
   * build() decides from the state the last build left on disk, which no module keeps in memory (the command's
   * own "nothing changed": faults.test.ts; its rebuilds: tests/integration/incremental-pages.test.ts). A process
   * per build cost ~2.5 CPU s of start-up each; here the first build loads the code and the others ~0.7.
   */
  const run = async (extra: Partial<BuildOptions> = {}) => {
    const progress: string[] = [];
    const report = await build({ input, output, templates, separateProcess: 'when-large', onProgress: (m) => progress.push(m), ...extra });
    return { report, progress };
  };
  const listing = () => (fs.readdirSync(output, { recursive: true }) as string[]).sort();

  it('keeps the site when nothing changed, and builds anew when anything did', async () => {
    // previews without the search index (--no-search; none of these checks needs it): the search page says so
    const first = await run({ search: false });
    assert.ok(first.report.timings.render > 0);
    assert.ok(!fs.existsSync(path.join(output, 'pagefind')));
    assert.match(fs.readFileSync(path.join(output, 'suche', 'index.html'), 'utf8'), /ohne Suchindex gebaut/);
    assert.ok(
      first.progress.some((m) => /incremental: neu bauen \(no previous build\)/.test(m)),
      first.progress.join('\n'),
    );
    const before = listing();
    const home = fs.statSync(path.join(output, 'index.html')).mtimeMs;

    const second = await run({ search: false });
    assert.ok(
      second.progress.some((m) => /nichts geändert/.test(m)),
      second.progress.join('\n'),
    );
    assert.deepEqual({ ...second.report.timings, ingest: 0, total: 0 }, { ingest: 0, link: 0, render: 0, index: 0, total: 0 });
    assert.equal(second.report.articles, first.report.articles);
    assert.equal(second.report.pagesWritten, first.report.pagesWritten);
    assert.deepEqual(listing(), before);
    assert.equal(fs.statSync(path.join(output, 'index.html')).mtimeMs, home, 'the site was not rewritten');

    // an option that changes the output
    const prefixed = await run({ pathPrefix: '/archiv/', search: false });
    assert.ok(
      prefixed.progress.some((m) => /settings changed/.test(m)),
      prefixed.progress.join('\n'),
    );
    assert.ok(prefixed.report.timings.render > 0);

    // the output folder was changed by hand: rebuilt, not trusted
    fs.rmSync(path.join(output, 'index.html'));
    const repaired = await run({ pathPrefix: '/archiv/', search: false });
    assert.ok(
      repaired.progress.some((m) => /output folder was changed/.test(m)),
      repaired.progress.join('\n'),
    );
    assert.ok(fs.existsSync(path.join(output, 'index.html')));

    // one more article: built anew, the others' records come from the cache
    fs.writeFileSync(path.join(input, 'zz-neu.txt'), ' date 2022-02 Neue Meldung aus Peking\n\nPeking (dpa) - Ein neuer Artikel mit einem Absatz, der lang genug ist.\n');
    const added = await run({ pathPrefix: '/archiv/', search: false });
    assert.ok(
      added.progress.some((m) => /input changed/.test(m)),
      added.progress.join('\n'),
    );
    assert.equal(added.report.articles, first.report.articles + 1);

    // the same build with the search index: the preview is not kept as if it had one
    const indexed = await run({ pathPrefix: '/archiv/' });
    assert.ok(
      indexed.progress.some((m) => /settings changed/.test(m)),
      indexed.progress.join('\n'),
    );
    assert.ok(fs.existsSync(path.join(output, 'pagefind', 'pagefind.js')));
    assert.equal(indexed.report.indexedPages, added.report.articles);
    // that --no-cache always builds, never asking the cache: tests/integration/faults.test.ts, on its build over a site with a cache
  });
});

// The index of recent additions (src/search/recent.ts): when the build keeps the main index, and how the search page
// puts the two indexes' answers together (templates/assets/search/search.js).
import assert from 'node:assert/strict';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { describe, it } from 'node:test';
import { planRecent, readMainState, RECENT_MIN, RECENT_SHARE, type MainIndexOptions, type MainIndexState } from '../../src/search/recent.ts';
import { offlineScriptPath, writeOfflineBundle } from '../../src/search/offline.ts';
import { indexSite } from '../../src/search/index.ts';

interface Result {
  id: string;
  score: number;
  data(): Promise<{ meta: { datetime?: string } }>;
}
interface Response {
  results: Result[];
  filters: Record<string, Record<string, number>>;
}
interface MergedList {
  length: number;
  upTo(n: number): Promise<Result[]>;
}
interface Shim {
  mergeResponses: (
    response: Response,
    gone: Record<string, boolean>,
    mine: Record<string, boolean>,
    sort: unknown,
    old: () => Promise<Record<string, Record<string, string[]>>>,
    counted?: boolean,
    sizes?: { main: number; recent: number; superseded: number },
    words?: { main: number; recent: number; gone: number }[],
  ) => Promise<{ results: Result[] | MergedList; filters: Response['filters'] }>;
  resultSlice: (results: Result[] | MergedList, from: number, to: number) => Promise<Result[]>;
  offlineScriptPath: (rel: string, packs: number) => string;
}

async function shim(): Promise<Shim> {
  await import(new URL('../../templates/assets/search/search.js', import.meta.url).href);
  return (globalThis as unknown as { PressearchivSearch: Shim }).PressearchivSearch;
}

const main = (pages: Record<string, string>): MainIndexState => ({
  format: 1,
  salt: 's',
  language: 'de',
  packs: { fragments: 0, packs: 0, headBytes: 0 },
  pages: Object.fromEntries(Object.entries(pages).map(([rel, hash]) => [rel, [hash, `de_${hash}`]])),
  files: {},
});

const result = (id: string, score: number): Result => ({ id, score, data: () => Promise.resolve({ meta: {} }) });

describe('index of recent additions: the plan', () => {
  const pages = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`artikel/a${i}/index.html`, `h${i}`]));

  it('indexes the new and changed pages alone, and names the main index pages they replace or that are gone', () => {
    const now = new Map(Object.entries(pages));
    now.set('artikel/neu/index.html', 'new');
    now.set('artikel/a1/index.html', 'changed');
    now.delete('artikel/a2/index.html');
    const plan = planRecent(main(pages), now);
    assert.ok(plan);
    assert.deepEqual(plan.recent.sort(), ['artikel/a1/index.html', 'artikel/neu/index.html']);
    assert.deepEqual(plan.superseded.sort(), ['artikel/a1/index.html', 'artikel/a2/index.html']);
  });

  it('indexes everything again once more pages differ than the share allows', () => {
    const limit = Math.max(RECENT_MIN, RECENT_SHARE * 1000);
    const changed = (n: number) => new Map(Object.entries(pages).map(([rel, h], i) => [rel, i < n ? `${h}x` : h]));
    assert.ok(planRecent(main(pages), changed(limit)), 'at the limit: kept');
    assert.equal(planRecent(main(pages), changed(limit + 1)), null, 'past it: everything again');
    const fewer = new Map(Object.entries(pages));
    fewer.delete('artikel/a3/index.html');
    assert.deepEqual(
      planRecent(main(pages), fewer),
      { main: main(pages), recent: [], superseded: ['artikel/a3/index.html'] },
      'pages only went: nothing to index, one to leave out',
    );
    assert.deepEqual(planRecent(main(pages), new Map(Object.entries(pages)))?.recent, [], 'nothing differs: the main index alone');
  });

  it('keeps a main index only when it was built with the same salt and language and its files are untouched', async () => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'recent-state-'));
    try {
      const site = path.join(dir, 'site');
      await fsp.mkdir(path.join(site, 'pagefind'), { recursive: true });
      const file = path.join(site, 'pagefind', 'pagefind-entry.json');
      await fsp.writeFile(file, '{}');
      const s = await fsp.stat(file);
      const options: MainIndexOptions = { previousSite: site, stateDir: dir, salt: 's', state: 'state.json', next: 'next.json' };
      await fsp.writeFile(path.join(dir, 'state.json'), JSON.stringify({ ...main({}), files: { 'pagefind-entry.json': [s.size, s.mtimeMs, s.ino] } }));
      assert.ok(await readMainState(options, 'de'));
      assert.equal(await readMainState(options, 'en'), null, 'another language');
      assert.equal(await readMainState({ ...options, salt: 't' }, 'de'), null, 'other code, templates or settings');
      await fsp.writeFile(file, '{"x":1}');
      assert.equal(await readMainState(options, 'de'), null, 'a file of the main index was changed');
    } finally {
      await fsp.rm(dir, { recursive: true, force: true });
    }
  });
});

describe('index of recent additions: the search page', () => {
  it('leaves out the main index copies of superseded pages, and a second copy of a page, and takes their filter values off the counts', async () => {
    const { mergeResponses } = await shim();
    let loads = 0;
    const old = () => {
      loads++;
      return Promise.resolve({ de_old: { person: ['Xi Jinping'], year: ['2022'] }, de_same: { year: ['2022'] } });
    };
    const response = {
      results: [result('de_a', 3), result('de_new', 2.5), result('de_same', 2.2), result('de_old', 2), result('de_same', 1)],
      filters: { person: { 'Xi Jinping': 3 }, year: { '2022': 5 } },
    };
    const merged = await mergeResponses(response, { de_old: true }, { de_new: true, de_same: true }, undefined, old, true);
    assert.deepEqual(
      (merged.results as Result[]).map((r) => r.id),
      ['de_a', 'de_new', 'de_same'],
      'by score, the stale copy and the second copy left out',
    );
    assert.deepEqual(merged.filters, { person: { 'Xi Jinping': 2 }, year: { '2022': 3 } });
    assert.equal(loads, 1);
    const none = await mergeResponses(
      { results: [result('de_a', 1), result('de_new', 0.5)], filters: { year: { '2022': 2 } } },
      { de_old: true },
      { de_new: true },
      undefined,
      old,
      true,
    );
    assert.deepEqual(none.filters, { year: { '2022': 2 } });
    assert.equal(loads, 1, 'the superseded pages are read only when one of them matched');
    const unseen = await mergeResponses(response, { de_old: true }, { de_new: true, de_same: true }, undefined, old, false);
    assert.deepEqual(
      (unseen.results as Result[]).map((r) => r.id),
      ['de_a', 'de_new', 'de_same'],
    );
    assert.equal(loads, 1, 'nor while the counts are not on screen (a first query loads no more than it needs)');
  });

  it('ranks a recent page as one index of all pages would: its score scaled to the idf of the whole archive', async () => {
    const { mergeResponses } = await shim();
    // Pagefind's scores for "Mietbericht" in 10,000 pages (42 hold it) and in 14 recent ones (one, the new article); a full
    // index of all of them scored the new article 12.5, first, ahead of 11.6
    const main = Array.from({ length: 42 }, (_, i) => result(`de_m${i}`, 11.7 - i * 0.1));
    const response = { results: [...main, result('de_new', 4.98)], filters: {} };
    const sizes = { main: 10000, recent: 14, superseded: 0 };
    const merged = await mergeResponses(response, {}, { de_new: true }, undefined, () => Promise.resolve({}), false, sizes);
    const ids = (merged.results as Result[]).map((r) => r.id);
    assert.equal(ids[0], 'de_new');
    assert.deepEqual(
      ids.slice(1),
      main.map((r) => r.id),
      'the main index’s order kept',
    );
    const byWord = await mergeResponses(response, {}, { de_new: true }, undefined, () => Promise.resolve({}), false, sizes, [{ main: 42, recent: 1, gone: 0 }]);
    assert.equal((byWord.results as Result[])[0]!.id, 'de_new', 'the same from the word’s own counts');
    // two words, the second in 3,000 of the main pages and 6 of the 14 recent ones: scaled by the results alone (2 of
    // 10,000 against 1 of 14 hold both) the recent page would go first, by the words' own idfs it stays last
    const two = { results: [result('de_m0', 11.7), result('de_m1', 11.6), result('de_new', 3.5)], filters: {} };
    const words = [
      { main: 2, recent: 1, gone: 0 },
      { main: 3000, recent: 6, gone: 0 },
    ];
    const order = async (w?: typeof words) =>
      ((await mergeResponses(two, {}, { de_new: true }, undefined, () => Promise.resolve({}), false, sizes, w)).results as Result[]).map((r) => r.id);
    assert.deepEqual(await order(words), ['de_m0', 'de_m1', 'de_new']);
    assert.deepEqual(await order(), ['de_new', 'de_m0', 'de_m1']);
    const unscaled = await mergeResponses(response, {}, { de_new: true }, undefined, () => Promise.resolve({}), false);
    assert.equal((unscaled.results as Result[]).at(-1)!.id, 'de_new', 'by the raw scores it came last');
  });

  it('merges the two indexes’ date-sorted results by date, reading only what is shown and one more', async () => {
    const { mergeResponses, resultSlice } = await shim();
    let reads = 0;
    const dated = (id: string, score: number, datetime: string): Result => ({
      id,
      score,
      data: () => {
        reads++;
        return Promise.resolve({ meta: { datetime } });
      },
    });
    // Pagefind scores a sorted result by its rank in its own index, and mergeIndex sorts the two by that score
    const results = [
      dated('m1', 9000, '2022-02-05'),
      dated('m2', 8000, '2022-02'),
      dated('m3', 7000, '2021-12-01'),
      dated('r1', 3, '2022-02-04T10:00'),
      dated('r2', 1, '2021-12-31'),
    ];
    const recent = { r1: true, r2: true };
    const merged = await mergeResponses({ results, filters: {} }, {}, recent, { date: 'desc' }, () => Promise.resolve({}));
    assert.equal((merged.results as MergedList).length, 5);
    const first = await resultSlice(merged.results, 0, 2);
    assert.deepEqual(
      first.map((r) => r.id),
      ['m1', 'r1'],
    );
    assert.ok(reads <= 4, `read ${reads} results for 2 shown`);
    assert.deepEqual(
      (await resultSlice(merged.results, 2, 5)).map((r) => r.id),
      ['m2', 'r2', 'm3'],
    );
    const ascending = [
      dated('m3', -7000, '2021-12-01'),
      dated('r2', -1, '2021-12-31'),
      dated('m2', -8000, '2022-02'),
      dated('r1', -3, '2022-02-04T10:00'),
      dated('m1', -9000, '2022-02-05'),
    ];
    const asc = await mergeResponses({ results: ascending, filters: {} }, {}, recent, { date: 'asc' }, () => Promise.resolve({}));
    assert.deepEqual(
      (await resultSlice(asc.results, 0, 5)).map((r) => r.id),
      ['m3', 'r2', 'm2', 'r1', 'm1'],
    );
  });

  it('finds the recent additions offline where the build wrote them: unpacked, in their own folder', async () => {
    const page = await shim();
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'recent-offline-'));
    try {
      await fsp.mkdir(path.join(dir, 'fragment'), { recursive: true });
      for (let i = 0; i < 40; i++) await fsp.writeFile(path.join(dir, 'fragment', `de_${i}.pf_fragment`), String(i));
      await fsp.writeFile(path.join(dir, 'superseded.json'), '{}');
      await writeOfflineBundle(dir, undefined, true);
      for (const rel of ['recent/fragment/de_7.pf_fragment', 'recent/superseded.json']) {
        const script = offlineScriptPath(rel, 4);
        assert.equal(page.offlineScriptPath(rel, 4), script);
        const box: Record<string, unknown> = {};
        box.self = box;
        vm.runInNewContext(await fsp.readFile(path.join(dir, decodeURIComponent(script.slice('recent/'.length))), 'utf8'), box);
        assert.ok((box.__pressearchivPagefindFiles as Record<string, string>)[rel], `${rel} registered under its name in the bundle`);
      }
      await assert.rejects(fsp.access(path.join(dir, 'offline', 'pagefind.classic.js')), 'no classic Pagefind of its own');
    } finally {
      await fsp.rm(dir, { recursive: true, force: true });
    }
  });
});

describe('index of recent additions: the build', () => {
  const page = (title: string, text: string) =>
    `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head><body><article data-pagefind-body><h1>${title}</h1><p>${text}</p></article></body></html>`;
  const PAGES = 25;

  it('indexes only the pages whose fragment changed, leaves out what went, and keeps the main index as it was', async () => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'recent-build-'));
    try {
      const input = path.join(dir, 'input');
      const write = async (i: number, html: string) => {
        await fsp.mkdir(path.join(input, `artikel/a${i}`), { recursive: true });
        await fsp.writeFile(path.join(input, `artikel/a${i}/index.html`), html);
      };
      for (let i = 0; i < PAGES; i++) await write(i, page(`Artikel ${i}`, `Text über Peking, Nummer ${i}.`));
      const options = (previousSite: string): MainIndexOptions => ({ previousSite, stateDir: dir, salt: 's', state: 'state.json', next: 'next.json' });
      const build = async (site: string, previousSite: string, pages: number) => {
        const report = await indexSite(site, 'de', { dir: input, pages, compoundWords: 0 }, { main: options(previousSite) });
        // as the session's commit does with a full index's state; a build that kept the main index keeps its state (src/build.ts)
        if (!report.recent) await fsp.rename(path.join(dir, 'next.json'), path.join(dir, 'state.json'));
        return { report, script: await fsp.readFile(path.join(site, 'pagefind', 'pagefind.js'), 'utf8') };
      };
      const first = await build(path.join(dir, 'site1'), path.join(dir, 'none'), PAGES);
      assert.equal(first.report.recent, null, 'no main index yet: everything indexed');

      await write(1, page('Artikel 1', 'Text über Peking, Nummer 1.') + '<!-- the input changed, not what Pagefind reads -->');
      await write(2, page('Artikel 2', 'Ganz neuer Text über Moskau.'));
      const second = await build(path.join(dir, 'site2'), path.join(dir, 'site1'), PAGES);
      assert.deepEqual(second.report.recent, { pages: 1, superseded: 1 }, 'the page whose fragment came out the same is left to the main index');
      const line = JSON.parse(/__pressearchivRecent=(\{.*\});/.exec(second.script)![1]!) as { pages: string; superseded: string };
      assert.equal(line.pages.split(' ').length, 1);
      assert.equal(line.superseded.split(' ').length, 1);
      const mainFile = path.join('pagefind', 'pagefind-entry.json');
      assert.equal((await fsp.stat(path.join(dir, 'site2', mainFile))).ino, (await fsp.stat(path.join(dir, 'site1', mainFile))).ino, 'the main index hard-linked');

      await fsp.rm(path.join(input, 'artikel/a3'), { recursive: true });
      await write(2, page('Artikel 2', 'Text über Peking, Nummer 2.')); // back as the main index has it
      const third = await build(path.join(dir, 'site3'), path.join(dir, 'site2'), PAGES - 1);
      assert.deepEqual(third.report.recent, { pages: 0, superseded: 1 }, 'a page went: nothing to index, its main copy left out');
      assert.ok(third.script.startsWith(first.script.slice(0, first.script.indexOf('\nself.'))), 'Pagefind’s script as before');
      assert.match(third.script, /"pages":"","superseded":"de_[0-9a-f]+"/);
      await assert.rejects(fsp.access(path.join(dir, 'site3', 'pagefind', 'recent', 'fragment')), 'no index of nothing');
    } finally {
      await fsp.rm(dir, { recursive: true, force: true });
    }
  });
});

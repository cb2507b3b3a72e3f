// A rebuild that keeps the main search index and indexes only the pages that differ from it (src/search/recent.ts):
// the search page must answer as over a full index of the same pages, served and from disk: the same results in the
// same date order, no stale copy of a changed article, the same filter counts. The seeds, built, then one article
// added and one changed (each rebuild a process of its own, as a user runs it), against a fresh build of that input.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveSite } from '../helpers/browser.ts';
import { root, runCli, tempDir } from '../helpers/cli.ts';
import { siteDifferences } from '../../scripts/compare-sites.ts';

const tmp = tempDir('pressearchiv-recent-');
const input = path.join(tmp, 'input');
const rebuilt = path.join(tmp, 'rebuilt', 'site');
const fresh = path.join(tmp, 'fresh', 'site');
const NEW_ARTICLE = ` date 2022-02-05 Scholz telefoniert mit Macron

Berlin (dpa) - Bundeskanzler Olaf Scholz hat am Samstag mit dem französischen Präsidenten Emmanuel Macron über die Gespräche in Peking telefoniert. Beide wollen geschlossen auftreten.
`;

let browser: Browser;
let page: Page;
const servers: Server[] = [];
const sites = { rebuilt: { url: '', file: '' }, fresh: { url: '', file: '' } };
const progress: string[] = [];

function build(out: string, options: string[] = []): string {
  const r = runCli(['build', '--input', input, '--output', out, ...options]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  return r.stdout + r.stderr;
}

before(async () => {
  fs.cpSync(path.join(root, 'seeds'), input, { recursive: true });
  build(rebuilt);
  fs.writeFileSync(path.join(input, 'zz-neu.txt'), NEW_ARTICLE);
  progress.push(build(rebuilt));
  const changed = fs.readdirSync(input).find((f) => fs.readFileSync(path.join(input, f), 'utf8').includes('vom Kreml veröffentlichten'))!;
  fs.writeFileSync(
    path.join(input, changed),
    fs.readFileSync(path.join(input, changed), 'utf8').replace('vom Kreml veröffentlichten', 'vom Zebrastreifenamt veröffentlichten'),
  );
  progress.push(build(rebuilt));
  build(fresh, ['--no-cache']);
  for (const [name, out] of [
    ['rebuilt', rebuilt],
    ['fresh', fresh],
  ] as const) {
    const { server, url } = await serveSite(out);
    servers.push(server);
    sites[name] = { url: `${url}suche/`, file: pathToFileURL(path.join(out, 'suche', 'index.html')).href };
  }
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
});

after(async () => {
  await browser?.close();
  for (const s of servers) s.close();
});

/** The results the search page shows for `query` (a query string), with the status line and the filter counts. */
async function answer(base: string, query: string): Promise<{ status: string; titles: string[]; counts: string }> {
  await page.goto(`${base}?${query}`);
  await page.waitForFunction(() => ['done', 'error'].includes(document.getElementById('search-status')?.getAttribute('data-state') ?? ''));
  const status = (await page.textContent('#search-status')) ?? '';
  const titles = await page.$$eval('#search-results > li', (items) => items.map((li) => li.querySelector('a')?.textContent?.trim() ?? ''));
  const counts = await page.$$eval('.search-filter__count', (spans) => spans.map((s) => `${s.getAttribute('data-value')} ${s.textContent}`).join('; '));
  return { status, titles, counts };
}

/** The filter counts once the reader opens the filters after a search (`query`): counted then, not with the first query. */
async function countsOpened(base: string, query: string): Promise<string> {
  await answer(base, query);
  await page.click('#search-refine > summary');
  await page.waitForSelector('.search-filter__count');
  let last = '';
  for (let same = 0; same < 3;) {
    await page.waitForTimeout(150);
    const now = await page.$$eval('.search-filter__count', (spans) => spans.map((s) => `${s.getAttribute('data-value')} ${s.textContent}`).join('; '));
    same = now === last && !now.includes('()') ? same + 1 : 0;
    last = now;
  }
  return last;
}

describe('search over the main index and the recent additions', () => {
  it('the rebuilds kept the main index and indexed the new and the changed article alone', () => {
    assert.match(progress[0]!, /index: 1 Seiten neu indexiert, der Hauptindex bleibt \(0 ersetzt\)/);
    assert.match(progress[1]!, /index: 2 Seiten neu indexiert, der Hauptindex bleibt \(1 ersetzt\)/);
    assert.ok(fs.existsSync(path.join(rebuilt, 'pagefind', 'recent', 'superseded.json')));
    assert.ok(!fs.existsSync(path.join(fresh, 'pagefind', 'recent')));
  });

  it('serves each page as a full index does (compared fragment by fragment)', async () => {
    assert.deepEqual(await siteDifferences(fresh, rebuilt), []);
  });

  /** The rebuilt site's answers to `queries` against the fresh site's: results, their order under a sort, filter counts. */
  async function sameAnswers(mode: 'url' | 'file', queries: string[]): Promise<void> {
    for (const query of queries) {
      const got = await answer(sites.rebuilt[mode], query);
      const want = await answer(sites.fresh[mode], query);
      assert.match(got.status, /Treffer/, `${query}: ${got.status}`);
      assert.equal(got.status, want.status, query);
      assert.deepEqual([...got.titles].sort(), [...want.titles].sort(), query);
      if (query.includes('sort=')) assert.deepEqual(got.titles, want.titles, `${query}: the same order`);
      assert.equal(got.counts, want.counts, `${query}: filter counts`);
    }
  }

  it('answers as the full index, served: results, date order, filter counts', async () => {
    await sameAnswers('url', ['q=Zebrastreifenamt', 'q=Kreml', 'q=Peking', 'q=Macron&sort=newest', 'sort=oldest&f.year=2022', 'q=Putin&f.person=Xi+Jinping&sort=newest']);
    const stale = await answer(sites.rebuilt.url, 'q=Zebrastreifenamt');
    assert.equal(stale.titles.length, 1, 'the changed article once, in its new version');
    assert.equal(
      await countsOpened(sites.rebuilt.url, 'q=Kreml'),
      await countsOpened(sites.fresh.url, 'q=Kreml'),
      'counts of a search whose filters were opened after it',
    );
  });

  // the same merge from the offline scripts: the recent additions' files found where the build wrote them
  it('answers as the full index from disk', async () => {
    await sameAnswers('file', ['q=Zebrastreifenamt', 'q=Macron&sort=newest', 'sort=oldest&f.year=2022']);
  });
});

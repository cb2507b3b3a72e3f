// The search page in Debian's Chromium: served over HTTP and opened straight from disk (file://), with
// the same results; under a path prefix (/archiv/), with the bytes a first query loads; and Unicode and compounds
// on our own fixture (a source in decomposed Unicode found by a precomposed query). Three shared builds, each
// served, one browser and one page for the whole file (a browser file costs ~4 CPU s before its first test).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page, Response as PageResponse, Route } from 'playwright-core';
import { axeViolations, launchBrowser, searchAfter, sendQuery, serveSite } from '../helpers/browser.ts';
import { root } from '../helpers/cli.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { measureFirstQueryBytes } from '../../src/search/index.ts';
import { unpackFragments } from '../../src/search/fragment-packs.ts';

let browser: Browser;
let server: Server;
let served = '';
let onDisk = '';
const prefixed = { out: '', url: '' }; // the seeds built and served under /archiv/
let unicode = ''; // the Unicode fixture's site, served
let servers: Server[] = []; // those two
let page: Page; // one page for the whole file: a test opens the search from its URL or sends its query from the page open
const errors: string[] = []; // what the page reported since the test opened it

before(async () => {
  const { out } = sharedSite();
  ({ server, url: served } = await serveSite(out));
  onDisk = pathToFileURL(path.join(out, 'suche', 'index.html')).href;
  prefixed.out = sharedSite(['--path-prefix', '/archiv/', '--base-url', 'https://example.org/archiv/']).out; // as tests/site builds it: one seeds build for both
  const withPrefix = await serveSite(prefixed.out, '/archiv/');
  prefixed.url = withPrefix.url;
  const fixture = await serveSite(sharedSite([], path.join(root, 'tests/fixtures/search/unicode')).out);
  unicode = fixture.url;
  servers = [withPrefix.server, fixture.server];
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // Chromium asks every server for /favicon.ico; the site has none. Anything else is an error.
    if (m.type() === 'error' && !/favicon\.ico$/.test(m.location().url)) errors.push(`${m.text()} (${m.location().url})`);
  });
});

after(async () => {
  await browser?.close();
  for (const s of [server, ...servers]) s?.close();
});

interface Opened {
  page: Page;
  errors: string[];
}

/** Opens the search page with a query string and waits until the search from the URL has run. */
async function openSearch(mode: 'served' | 'disk', query: string): Promise<Opened> {
  errors.length = 0;
  const base = mode === 'served' ? `${served}suche/` : onDisk;
  await page.goto(base + query);
  await page.waitForSelector('#search-status[data-state="done"], #search-status[data-state="error"]', { timeout: 20000 });
  assert.equal(await page.getAttribute('#search-status', 'data-state'), 'done', (await page.textContent('#search-status')) ?? '');
  return { page, errors };
}

async function results(page: Page): Promise<{ title: string; href: string; datetime: string | null; meta: string; excerpt: string }[]> {
  return page.$$eval('#search-results > li', (items) =>
    items.map((li) => ({
      title: li.querySelector('h2 a')!.textContent.trim(),
      href: li.querySelector('h2 a')!.getAttribute('href')!,
      datetime: li.querySelector('time')?.getAttribute('datetime') ?? null,
      meta: li.querySelector('.search-result__meta')?.textContent ?? '',
      excerpt: li.querySelector('.search-result__excerpt')?.innerHTML ?? '',
    })),
  );
}

function close({ errors }: Opened): void {
  assert.deepEqual(errors, [], 'no console errors');
}

const byMode: Record<string, Record<string, string[]>> = { served: {}, disk: {} };

/** Sends another query from the search page already open, as a reader does (no reload: Pagefind stays loaded). */
async function searchAgain(query: string): Promise<Opened> {
  errors.length = 0;
  await sendQuery(page, query);
  return { page, errors };
}

/** The search's tests in one mode: each opens the search from its URL where the test is about that (the page's first query, filters, a range and a sort from a
 * shared link), otherwise sends its query from the page already open, in order (a search page with its query costs ~0.7 CPU s). */
function searchTests(mode: 'served' | 'disk'): void {
  describe(`search (${mode === 'served' ? 'served' : 'from disk, file://'})`, () => {
    it('"Stoltenberg" finds exactly the article that mentions him, and the article highlights him', async () => {
      const opened = await openSearch(mode, '?q=Stoltenberg');
      const found = await results(opened.page);
      assert.equal(found.length, 1);
      assert.match(found[0]!.excerpt, /<mark>Stoltenberg<\/mark>/);
      assert.ok(found[0]!.datetime, 'result shows its date');
      byMode[mode]!.Stoltenberg = found.map((r) => r.title);
      await opened.page.click('#search-results h2 a');
      await opened.page.waitForURL(/\/artikel\//);
      const hit = opened.page.locator('[data-pagefind-body] mark.search-hit').first();
      await hit.waitFor({ timeout: 5000 });
      assert.equal((await hit.textContent())!.trim(), 'Stoltenberg');
      close(opened);
    });

    it('"Gaslieferung" finds the article with "Gaslieferungen" by stemming', async () => {
      const opened = await openSearch(mode, '?q=Gaslieferung');
      const found = await results(opened.page);
      assert.equal(found.length, 1);
      assert.match(found[0]!.excerpt, /<mark>Gaslieferungen<\/mark>/);
      byMode[mode]!.Gaslieferung = found.map((r) => r.title);
      close(opened);
    });

    it('a query typed into the page runs and lands in the URL', async () => {
      errors.length = 0;
      const opened = { page, errors }; // the search page the test before left open, with one result
      await page.fill('#search-q', 'Uschakow');
      await page.press('#search-q', 'Enter');
      await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length === 2);
      await page.waitForSelector('#search-status[data-state="done"]'); // Enter's search, begun before press() returned, has finished
      if (mode === 'served') assert.match(page.url(), /\?q=Uschakow$/);
      close(opened);
    });

    it('"Lieferung" finds it by compound splitting, the excerpt marking the compound', async () => {
      const opened = await searchAgain('Lieferung');
      const found = await results(opened.page);
      assert.ok(found.length >= 1);
      assert.ok(found.some((r) => r.title === byMode[mode]!.Gaslieferung![0]));
      for (const r of found) {
        assert.doesNotMatch(r.excerpt, /[⟦⟧]/, 'no index-only parts in excerpts');
        assert.match(r.excerpt, /<mark>\p{L}*lieferung/iu);
      }
      byMode[mode]!.Lieferung = found.map((r) => r.title);
      close(opened);
    });

    it('"Versorgung" finds the article on "Energieversorgung"', async () => {
      const opened = await searchAgain('Versorgung');
      const found = await results(opened.page);
      assert.ok(found.some((r) => /<mark>Energieversorgung<\/mark>/.test(r.excerpt)));
      close(opened);
    });

    it('"Uschakow" finds both articles quoting him', async () => {
      const opened = await searchAgain('Uschakow');
      const found = await results(opened.page);
      assert.equal(found.length, 2);
      byMode[mode]!.Uschakow = found.map((r) => r.title);
      close(opened);
    });

    it('the outlet filter narrows the results, checked with the keyboard', async () => {
      const opened = await searchAgain('Putin');
      const { page } = opened;
      const all = await results(page);
      assert.ok(all.length >= 3);
      await page.focus('#search-refine > summary');
      await page.keyboard.press('Enter'); // opens the filters, which load on demand
      // Each filter is a fieldset inside the one disclosure (no disclosure inside a disclosure).
      const box = page
        .locator('#search-filters fieldset', { has: page.locator('legend', { hasText: /Medium|Agentur/ }) })
        .first()
        .locator('input[type=checkbox]')
        .first();
      await box.waitFor();
      const value = (await box.getAttribute('value'))!;
      const filter = (await box.getAttribute('data-filter'))!;
      await box.focus();
      await page.keyboard.press('Space');
      await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length < n, all.length);
      await page.waitForSelector('#search-status[data-state="done"]');
      const narrowed = await results(page);
      assert.ok(narrowed.length >= 1 && narrowed.length < all.length);
      for (const r of narrowed) assert.ok(r.meta.includes(value), `${r.title}: ${r.meta} has ${value}`);
      assert.ok(page.url().includes(`f.${filter}=${encodeURIComponent(value).replace(/%20/g, '+')}`) || mode === 'disk', page.url());
      close(opened);
    });

    it('passes axe-core with results shown', async () => {
      errors.length = 0;
      const opened = { page, errors }; // the test before left the results narrowed by a filter, the filters open
      await opened.page.locator('#search-filters fieldset').first().waitFor();
      assert.ok((await results(page)).length >= 1, 'results are shown');
      const violations = await axeViolations(opened.page);
      assert.deepEqual(violations, []);
      close(opened);
    });

    it('several values of one filter are ORed; a date range narrows by month', async () => {
      const both = await openSearch(mode, '?q=Putin&f.agency=AFP&f.agency=dpa');
      const afpOrDpa = await results(both.page);
      close(both);
      errors.length = 0;
      // dpa unchecked on the page that shows both: the search for AFP alone
      assert.equal(await searchAfter(page, () => page.uncheck('#search-filters input[data-filter="agency"][value="dpa"]')), 'done');
      assert.ok(page.url().endsWith('?q=Putin&f.agency=AFP') || mode === 'disk', page.url());
      const afp = await results(page);
      close({ page, errors });
      assert.ok(afp.length >= 1 && afpOrDpa.length > afp.length);
      const ranged = await openSearch(mode, '?q=Putin&from=2022-01&to=2022-12');
      const in2022 = await results(ranged.page);
      assert.ok(in2022.length >= 1);
      for (const r of in2022) assert.match(r.datetime ?? '', /^2022/);
      close(ranged);
    });

    it('newest and oldest sort by date', async () => {
      for (const [sort, cmp] of [
        ['newest', (a: string, b: string) => a >= b],
        ['oldest', (a: string, b: string) => a <= b],
      ] as const) {
        // newest from the URL (the page shows the URL's sort), then oldest chosen on that page
        if (sort === 'newest') await openSearch(mode, `?q=Putin&sort=${sort}`);
        else {
          errors.length = 0;
          assert.equal(await searchAfter(page, () => page.selectOption('#search-sort', sort)), 'done');
        }
        const dates = (await results(page)).map((r) => r.datetime ?? '');
        assert.ok(dates.length >= 3);
        for (let i = 1; i < dates.length; i++) assert.ok(cmp(dates[i - 1]!, dates[i]!), `${sort}: ${dates.join(', ')}`);
        assert.equal(await page.inputValue('#search-sort'), sort);
        close({ page, errors });
      }
    });
  });
}

/** Opens a search URL, waits for its results; their links as the browser resolves them. */
async function searchAt(url: string): Promise<{ page: Page; errors: string[]; hrefs: string[] }> {
  errors.length = 0;
  await page.goto(url);
  await page.waitForSelector('#search-status[data-state="done"]', { timeout: 20000 });
  const hrefs = await page.$$eval('#search-results h2 a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
  return { page, errors, hrefs };
}

/** The titles the Unicode fixture's search lists for `query`, in NFC: the first opened from the URL, the others sent from the page. */
async function titles(query: string, from: 'url' | 'page' = 'page'): Promise<string[]> {
  if (from === 'url') {
    await page.goto(`${unicode}suche/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('#search-status[data-state="done"]', { timeout: 20000 });
  } else await sendQuery(page, query);
  return page.$$eval('#search-results h2 a', (as) => as.map((a) => a.textContent.trim().normalize('NFC')));
}

// Everything served first, then everything from disk: Chromium starts a new renderer each time a page changes between them (~0.3 CPU s).
searchTests('served');

describe('search under --path-prefix /archiv/, served', () => {
  it('works under --path-prefix when served there', async () => {
    const { page, errors, hrefs } = await searchAt(`${prefixed.url}suche/?q=Stoltenberg`);
    assert.equal(hrefs.length, 1);
    assert.match(hrefs[0]!, /^http:\/\/127\.0\.0\.1:\d+\/archiv\/artikel\//);
    await page.click('#search-results h2 a');
    await page.waitForURL(/\/archiv\/artikel\//);
    await page.locator('mark.search-hit').first().waitFor({ timeout: 5000 });
    assert.deepEqual(errors, []);
  });

  it('measures the bytes a first query loads', async () => {
    const m = await measureFirstQueryBytes(prefixed.url, 'Putin', { browser }); // a context of its own: nothing cached from the tests before
    assert.equal(m.results, 5);
    assert.ok(m.pagefindBytes > 10_000 && m.pagefindBytes < 300_000, String(m.pagefindBytes));
    assert.ok(m.totalBytes >= m.pagefindBytes);
    assert.ok(!m.requests.some((r) => /\.pf_fragment$/.test(r.url)), 'the fragments come from their packs');
  });

  it('reads a fragment pack by byte ranges: its table, then only the fragment a result needs', async () => {
    const m = await measureFirstQueryBytes(prefixed.url, 'Stoltenberg', { browser });
    assert.equal(m.results, 1);
    const packs = m.requests.filter((r) => /\/archiv\/pagefind\/fragment\/pack-\d+\.pf_pack$/.test(r.url));
    assert.equal(packs.length, 2, packs.map((r) => `${r.url} ${r.bytes}`).join('\n'));
    const pack = fs.readFileSync(path.join(prefixed.out, new URL(packs[0]!.url).pathname.slice('/archiv/'.length)));
    const head = Number(/head:(\d+)/.exec(fs.readFileSync(path.join(prefixed.out, 'pagefind', 'pagefind.js'), 'utf8'))![1]);
    const sizes = [...unpackFragments(pack).values()].map((b) => b.length);
    assert.ok(sizes.length > 1 && head < 200, `${sizes.length} fragments, table ${head} bytes`);
    assert.deepEqual(
      packs.map((r) => r.bytes).sort((a, b) => a - b),
      [head, packs.find((r) => r.bytes !== head)!.bytes].sort((a, b) => a - b),
    );
    assert.ok(sizes.includes(packs.find((r) => r.bytes !== head)!.bytes), 'one fragment, exactly');
  });

  it('from a server that ignores byte ranges, finds the same, slicing the whole pack', async () => {
    const statuses: number[] = [];
    const unranged = async (route: Route) => {
      const headers = route.request().headers();
      delete headers.range;
      await route.continue({ headers });
    };
    const onResponse = (r: PageResponse) => void (r.url().endsWith('.pf_pack') && statuses.push(r.status()));
    await page.route('**/*.pf_pack', unranged);
    page.on('response', onResponse);
    try {
      const { errors, hrefs } = await searchAt(`${prefixed.url}suche/?q=Uschakow`);
      assert.equal(hrefs.length, 2);
      assert.deepEqual(errors, []);
      assert.ok(statuses.length >= 1 && statuses.every((s) => s === 200), statuses.join(','));
    } finally {
      await page.unroute('**/*.pf_pack', unranged);
      page.off('response', onResponse);
    }
  });
});

describe('search on a source in decomposed Unicode, and compounds', () => {
  it('"Präsident" (NFC) finds the article written in NFD, and the article marks it', async () => {
    assert.deepEqual(await titles('Pr\u00e4sident', 'url'), ['Der Pr\u00e4sident und die Stromversorgung']);
    assert.deepEqual(await titles('Pra\u0308sident'), ['Der Pr\u00e4sident und die Stromversorgung']);
    assert.deepEqual(await titles('Pr\u00e4sident'), ['Der Pr\u00e4sident und die Stromversorgung']); // the article's link carries the NFC query
    await page.click('#search-results h2 a');
    await page.waitForURL(/\/artikel\//);
    const marks = await page.locator('[data-pagefind-body] mark.search-hit').allTextContents();
    assert.ok(marks.length >= 2 && marks.every((m) => m.normalize('NFC') === 'Pr\u00e4sident'), marks.join(','));
  });

  it('compound parts: "Versorgung" finds both, "Lieferung" the Gaslieferungen, "Minister" the Energieminister', async () => {
    assert.equal((await titles('Versorgung', 'url')).length, 2);
    assert.deepEqual(await titles('Lieferung'), ['Neue Gaslieferungen aus Norwegen']);
    assert.deepEqual(await titles('Minister'), ['Neue Gaslieferungen aus Norwegen']);
    assert.deepEqual(await titles('Wärmepumpe'), ['Der Pr\u00e4sident und die Stromversorgung']);
  });
});

searchTests('disk');

describe('search under --path-prefix /archiv/, from disk', () => {
  it('works from disk whatever the prefix', async () => {
    const { errors, hrefs } = await searchAt(`${pathToFileURL(path.join(prefixed.out, 'suche', 'index.html')).href}?q=Uschakow`);
    assert.equal(hrefs.length, 2);
    for (const h of hrefs) assert.ok(h.startsWith(pathToFileURL(prefixed.out).href + '/artikel/') && h.includes('/index.html?'), h);
    assert.deepEqual(errors, []);
  });
});

describe('served and from disk agree', () => {
  it('gives the same results for the same queries', () => {
    assert.deepEqual(byMode.disk, byMode.served);
    assert.ok(Object.keys(byMode.served!).length >= 4);
  });
});

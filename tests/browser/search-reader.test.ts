// What a reader gets from the search (issue 15): aliases, phrases, marks without lone stop words, snippets
// without title or byline, near matches apart, help when nothing is found; the plain way in: home page → article,
// the header's search box; and the pages issue 15 added: a story's "what ties them", the comparison of seed 004
// with 001, and citing an article (meta tags, reference, downloads), phone and desktop.
// Seeds, served, one browser and page for the file (a browser file costs ~4 CPU s before its first test).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { downloadedBytes, sendQuery, useServedSite } from '../helpers/browser.ts';
import { parseCsl } from '../helpers/structured-data.ts';

const site = useServedSite();

interface Shown {
  page: Page;
  status: string;
  exact: { title: string; excerpt: string }[];
  near: { title: string; excerpt: string }[];
}

/** The search for `query`: opened from its URL (`?q=…`), or sent from the search page already open (a plain query; no reload, Pagefind stays loaded). */
async function search(query: string, from: 'url' | 'page' = 'page'): Promise<Shown> {
  const { page } = site;
  if (from === 'url') {
    await page.goto(`${site.url}suche/${query}`);
    await page.waitForSelector('#search-status[data-state="done"], #search-status[data-state="error"]', { timeout: 20000 });
  } else await sendQuery(page, query);
  const read = (list: string) =>
    page.$$eval(`${list} > li`, (items) =>
      items.map((li) => ({ title: li.querySelector('h2 a')!.textContent.trim(), excerpt: li.querySelector('.search-result__excerpt')?.innerHTML ?? '' })),
    );
  return { page, status: (await page.textContent('#search-status')) ?? '', exact: await read('#search-results'), near: await read('#search-near-results') };
}

const STOP = /<mark>(der|die|das|dem|den|und|in|von)<\/mark>/i;

// In order: the first test opens the search from its URL, the next send their queries from that page; the two that follow a link away come last.
describe('search as a reader uses it', () => {
  it('finds a name by an alias the article does not write ("Selenskyj" for "Selenski")', async () => {
    const r = await search('?q=Selenskyj', 'url');
    assert.equal(r.exact.length, 1, r.status);
    assert.match(r.exact[0]!.excerpt, /<mark>Selenski<\/mark>/);
  });

  it('takes quoted words as a phrase: only articles with the phrase, the phrase marked', async () => {
    const loose = await search('dem Westen');
    const phrase = await search('"dem Westen"');
    assert.ok(phrase.exact.length >= 1 && phrase.exact.length < loose.exact.length, `${phrase.exact.length} of ${loose.exact.length}`);
    for (const r of phrase.exact) assert.match(r.excerpt, /<mark>dem Westen<\/mark>/);
  });

  it('shows snippets without title, byline or stray punctuation, "…" where cut', async () => {
    const r = await search('Putin');
    for (const { title, excerpt } of r.exact) {
      const text = excerpt.replace(/<[^>]+>/g, '');
      assert.ok(!text.startsWith(title), `snippet repeats the title: ${text}`);
      assert.doesNotMatch(text, /^Von |Agenturen:|^[.,;:]/, text);
      assert.doesNotMatch(text, /[⟦⟧]/);
    }
    assert.ok(
      r.exact.some(({ excerpt }) => /…$/.test(excerpt)),
      'a cut snippet ends with …',
    );
    const byline = await search('Bigalke');
    assert.equal(byline.exact.length, 1, 'the author is still searchable');
    assert.doesNotMatch(byline.exact[0]!.excerpt, /Silke|Bigalke/);
  });

  it('says plainly that a word does not occur and shows near matches apart', async () => {
    const r = await search('Westfalen');
    assert.match(r.status, /„Westfalen“ kommt im Archiv nicht vor/);
    assert.equal(r.exact.length, 0);
    assert.ok(r.near.length >= 1);
    assert.ok(await r.page.isVisible('#search-near h2'));
  });

  it('shows the query in the header box, a verb on the buttons, the inferred date on results', async () => {
    const r = await search('Kamera');
    assert.equal(await r.page.inputValue('#site-search-q'), 'Kamera');
    assert.deepEqual(await r.page.$$eval('button[type=submit]', (bs) => bs.map((b) => b.textContent.trim())), ['Suchen', 'Suchen']);
    assert.equal(await r.page.textContent('#search-results .badge'), 'Datum erschlossen');
  });

  it('never marks a stop word alone, in snippets or on the article', async () => {
    const r = await search('Russland und der Westen');
    assert.ok(r.exact.length >= 2);
    for (const { excerpt } of r.exact) {
      for (const m of excerpt.match(/<mark>[^<]*<\/mark>/g) ?? []) assert.doesNotMatch(m, STOP, excerpt);
    }
    await r.page.click('#search-results h2 a');
    await r.page.waitForURL(/\/artikel\//);
    await r.page.locator('mark.search-hit').first().waitFor();
    const marked = await r.page.$$eval('mark.search-hit', (ms) => ms.map((m) => m.textContent.trim().toLowerCase()));
    assert.ok(marked.length > 0 && !marked.includes('der') && !marked.includes('und'), marked.join(', '));
  });

  it('offers close names and the search without filters when nothing is found', async () => {
    const r = await search('?q=Stoltenbarg&f.agency=AFP', 'url');
    assert.equal(r.exact.length, 0);
    const help = await r.page.$$eval('#search-help a', (as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    assert.ok(
      help.some(([t, h]) => t === 'Jens Stoltenberg' && /personen\/jens-stoltenberg\/$/.test(h!)),
      JSON.stringify(help),
    );
    assert.ok(
      help.some(([t, h]) => t === 'Ohne Filter suchen' && /\?q=Stoltenbarg$/.test(h!)),
      JSON.stringify(help),
    );
    await r.page.click('#search-help a[href$="jens-stoltenberg/"]');
    await r.page.waitForURL(/jens-stoltenberg/);
  });
});

describe('a reader finds an article', () => {
  it('home page → article', async () => {
    const { page } = site;
    await page.goto(site.url);
    const first = page.locator('.article-list a').first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await page.waitForURL(/\/artikel\//);
    assert.equal((await page.locator('h1').first().textContent())!.trim(), title);
  });

  it('searching "Stoltenberg" finds the article that mentions him', async () => {
    const { page } = site;
    await page.goto(site.url);
    await page.fill('#site-search-q', 'Stoltenberg');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/suche\/\?q=Stoltenberg/);
    const results = page.locator('#search-results > li.search-result');
    await results.first().waitFor({ timeout: 15000 });
    assert.equal(await results.count(), 1);
    const link = results.first().locator('a').first();
    await link.click();
    await page.waitForURL(/\/artikel\//);
    assert.match(await page.content(), /Stoltenberg/);
  });
});

const failed: string[] = []; // responses ≥ 400 and page errors since the test opened its page
let watched = false;

/** Opens a page of the site at a width, once the network is quiet (the favicon's request included). */
async function open(path: string, width = 1280) {
  const { page } = site;
  if (!watched) {
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    page.on('pageerror', (e) => failed.push(e.message));
    watched = true;
  }
  failed.length = 0;
  await page.setViewportSize({ width, height: 900 });
  await page.goto(site.url + path, { waitUntil: 'networkidle' });
  return { page, failed };
}

describe('pages for readers', () => {
  it('a story page says what ties its articles: first carrier first, who took the text over, quotes, timeline', async () => {
    const { page, failed } = await open('geschichten/putin-in-peking/');
    const ties = page.locator('.story-ties');
    assert.equal(await ties.locator('h2').textContent(), 'Was diese Artikel verbindet');
    const carrier = (await ties.locator('.ties-carriers li').first().textContent())!.replace(/\s+/g, ' ');
    assert.match(carrier, /^Zuerst bei dpa \(Februar 2022\), übernommen von .*RT DE \(4\. Februar 2022, 11:02 Uhr, \d+ Passagen, \d+ Wörter\)/);
    assert.match(carrier, /übernommen von „Nach Angaben des Kremls[^“]*“ \(/, 'an article without outlet is named by its quoted title');
    const shared = Number(/(\d+) gemeinsame Zitate/.exec((await ties.locator('.ties-summary').textContent())!)![1]);
    const quotes = ties.locator('ul.ties-quotes').first();
    const listed = await quotes.locator(':scope > li > a').count();
    assert.ok(listed >= 1 && listed <= 6);
    if (shared > listed) {
      const more = quotes.locator(':scope > li.ties-more > details');
      assert.equal((await more.locator('summary').textContent())!.trim(), `und ${shared - listed} weitere`);
      assert.equal(await more.evaluate((d) => (d as HTMLDetailsElement).open), false, 'folded until the reader opens it');
      assert.equal(await more.locator('li > a').count(), shared - listed, 'every shared quote is on the page');
    }
    const timeline = await ties.locator('.ties-timeline li').allTextContents();
    assert.equal(timeline.length, 3);
    assert.match(timeline[0]!, /Februar 2022\s+dpa: Putin in Peking/);
    assert.match(timeline[2]!, /übernimmt Text von dpa/);
    await ties.locator('a.compare-link').click();
    await page.waitForURL(/\/vergleich\//);
    assert.deepEqual(failed, []);
  });

  it('a story whose articles have no headline is named by a whole sentence, and says so', async () => {
    const { page, failed } = await open('geschichten/');
    const titles = await page.locator('.index-title a').allTextContents();
    assert.equal(new Set(titles).size, titles.length, 'no two stories share a title');
    assert.ok(
      titles.every((t) => !t.endsWith('…')),
      `no cut half-sentence: ${titles.join(' | ')}`,
    );
    const derived = page.locator('.index-title a', { hasText: 'Wladimir Putin lächelte in die Kamera' });
    await derived.click();
    await page.waitForURL(/\/geschichten\/wladimir-putin/);
    assert.match((await page.locator('.page-header .title-note').textContent())!, /Titel aus einem Artikeltext abgeleitet/);
    assert.deepEqual(failed, []);
  });

  for (const [device, width] of [
    ['desktop', 1280],
    ['phone', 375],
  ] as const) {
    it(`compares seed 004 with 001 word by word, side by side or stacked (${device})`, async () => {
      const { page, failed } = await open('vergleich/2022/02/putin-in-peking/', width);
      const section = page.locator('section.compare').first();
      assert.match((await section.locator('.compare-meta').textContent())!, /RT DE, 4\. Februar 2022, 11:02 Uhr · ROUNDUP: .*\(dpa-AFX\)/);
      const first = section.locator('tr.compare-row.is-changed').first();
      assert.match((await first.locator('.compare-original del').first().textContent())!, /^gestrichen: Peking \(dpa\)$/);
      assert.match((await first.locator('.compare-version ins').first().textContent())!, /^hinzugefügt: PEKING \(dpa-AFX\)$/);
      // Cut words are struck through, added ones underlined: not told by colour alone.
      assert.match(
        await first
          .locator('del')
          .first()
          .evaluate((e) => getComputedStyle(e).textDecorationLine),
        /line-through/,
      );
      assert.match(
        await first
          .locator('ins')
          .first()
          .evaluate((e) => getComputedStyle(e).textDecorationLine),
        /underline/,
      );
      const [left, right] = await Promise.all([first.locator('.compare-original').boundingBox(), first.locator('.compare-version').boundingBox()]);
      if (width > 800) assert.ok(right!.x > left!.x + left!.width - 1 && Math.abs(right!.y - left!.y) < 2, 'side by side');
      else assert.ok(right!.y >= left!.y + left!.height - 1, 'stacked');
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling');
      assert.deepEqual(failed, []);
    });
  }

  it('an article can be cited: citation_* tags, a reference, BibTeX and CSL-JSON downloads', async () => {
    const { page, failed } = await open('artikel/wladimir-putin-laechelte-in-die-kamera/');
    const meta = await page.$$eval('meta[name^="citation_"]', (ms) => ms.map((m) => [m.getAttribute('name'), m.getAttribute('content')]));
    assert.deepEqual(
      meta.find(([n]) => n === 'citation_author'),
      ['citation_author', 'Bigalke, Silke'],
    );
    assert.ok(meta.some(([n, c]) => n === 'citation_title' && c === 'Wladimir Putin lächelte in die Kamera'));
    assert.match((await page.textContent('.cite-reference'))!, /^Bigalke, Silke: „Wladimir Putin lächelte in die Kamera“\./);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.cite-downloads a:text("BibTeX")')]);
    const bib = (await downloadedBytes(download)).toString('utf8');
    assert.match(bib, /^@article\{bigalke\w*,\n {2}author = \{Bigalke, Silke\}/);
    const [cslDownload] = await Promise.all([page.waitForEvent('download'), page.click('.cite-downloads a:text("CSL-JSON")')]);
    const csl = parseCsl((await downloadedBytes(cslDownload)).toString('utf8'));
    assert.equal(csl[0]?.type, 'article-newspaper');
    assert.ok(!(await page.content()).includes('localhost:8080'), 'no made-up URL without --base-url');
    assert.deepEqual(failed, [], 'no failed request (favicon included)');
  });
});

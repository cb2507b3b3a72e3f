// What a reader gets from the search (issue 15): aliases, phrases, marks without lone stop words, snippets
// without title or byline, near matches apart, help when nothing is found; and the plain way in: home page → article,
// the header's search box. Seeds, served, one browser and page for the file (a browser file costs ~4 CPU s before its first test).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useServedSite } from '../helpers/browser.ts';

const site = useServedSite();

interface Shown {
  page: Page;
  status: string;
  exact: { title: string; excerpt: string }[];
  near: { title: string; excerpt: string }[];
}

async function search(query: string): Promise<Shown> {
  const { page } = site;
  await page.goto(`${site.url}suche/${query}`);
  await page.waitForSelector('#search-status[data-state="done"], #search-status[data-state="error"]', { timeout: 20000 });
  const read = (list: string) =>
    page.$$eval(`${list} > li`, (items) =>
      items.map((li) => ({ title: li.querySelector('h2 a')!.textContent.trim(), excerpt: li.querySelector('.search-result__excerpt')?.innerHTML ?? '' })),
    );
  return { page, status: (await page.textContent('#search-status')) ?? '', exact: await read('#search-results'), near: await read('#search-near-results') };
}

const STOP = /<mark>(der|die|das|dem|den|und|in|von)<\/mark>/i;

describe('search as a reader uses it', () => {
  it('finds a name by an alias the article does not write ("Selenskyj" for "Selenski")', async () => {
    const r = await search('?q=Selenskyj');
    assert.equal(r.exact.length, 1, r.status);
    assert.match(r.exact[0]!.excerpt, /<mark>Selenski<\/mark>/);
  });

  it('takes quoted words as a phrase: only articles with the phrase, the phrase marked', async () => {
    const loose = await search('?q=dem+Westen');
    const phrase = await search('?q=%22dem+Westen%22');
    assert.ok(phrase.exact.length >= 1 && phrase.exact.length < loose.exact.length, `${phrase.exact.length} of ${loose.exact.length}`);
    for (const r of phrase.exact) assert.match(r.excerpt, /<mark>dem Westen<\/mark>/);
  });

  it('never marks a stop word alone, in snippets or on the article', async () => {
    const r = await search('?q=Russland+und+der+Westen');
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

  it('shows snippets without title, byline or stray punctuation, "…" where cut', async () => {
    const r = await search('?q=Putin');
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
    const byline = await search('?q=Bigalke');
    assert.equal(byline.exact.length, 1, 'the author is still searchable');
    assert.doesNotMatch(byline.exact[0]!.excerpt, /Silke|Bigalke/);
  });

  it('says plainly that a word does not occur and shows near matches apart', async () => {
    const r = await search('?q=Westfalen');
    assert.match(r.status, /„Westfalen“ kommt im Archiv nicht vor/);
    assert.equal(r.exact.length, 0);
    assert.ok(r.near.length >= 1);
    assert.ok(await r.page.isVisible('#search-near h2'));
  });

  it('offers close names and the search without filters when nothing is found', async () => {
    const r = await search('?q=Stoltenbarg&f.agency=AFP');
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

  it('shows the query in the header box, a verb on the buttons, the inferred date on results', async () => {
    const r = await search('?q=Kamera');
    assert.equal(await r.page.inputValue('#site-search-q'), 'Kamera');
    assert.deepEqual(await r.page.$$eval('button[type=submit]', (bs) => bs.map((b) => b.textContent.trim())), ['Suchen', 'Suchen']);
    assert.equal(await r.page.textContent('#search-results .badge'), 'Datum erschlossen');
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

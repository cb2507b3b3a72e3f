// Unicode and compounds on our own fixture: a source written in decomposed Unicode (NFD) is found by a
// query typed precomposed, and its article highlights the hit; compounds split at index time.
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import path from 'node:path';
import { after, before, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveSite } from '../helpers/browser.ts';
import { root } from '../helpers/cli.ts';
import { sharedSite } from '../helpers/shared-site.ts';

let browser: Browser;
let server: Server;
let served = '';
let page: Page; // one page for the file: each query opens the search anew

before(async () => {
  const { out } = sharedSite([], path.join(root, 'tests/fixtures/search/unicode'));
  ({ server, url: served } = await serveSite(out));
  browser = await launchBrowser();
  page = await browser.newPage();
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function titles(query: string): Promise<string[]> {
  await page.goto(`${served}suche/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('#search-status[data-state="done"]', { timeout: 20000 });
  return page.$$eval('#search-results h2 a', (as) => as.map((a) => a.textContent.trim().normalize('NFC')));
}

it('"Präsident" (NFC) finds the article written in NFD, and the article marks it', async () => {
  assert.deepEqual(await titles('Pr\u00e4sident'), ['Der Pr\u00e4sident und die Stromversorgung']);
  assert.deepEqual(await titles('Pra\u0308sident'), ['Der Pr\u00e4sident und die Stromversorgung']);
  await page.goto(`${served}suche/?q=Pr%C3%A4sident`);
  await page.waitForSelector('#search-status[data-state="done"]');
  await page.click('#search-results h2 a');
  await page.waitForURL(/\/artikel\//);
  const marks = await page.locator('[data-pagefind-body] mark.search-hit').allTextContents();
  assert.ok(marks.length >= 2 && marks.every((m) => m.normalize('NFC') === 'Pr\u00e4sident'), marks.join(','));
});

it('compound parts: "Versorgung" finds both, "Lieferung" the Gaslieferungen, "Minister" the Energieminister', async () => {
  assert.equal((await titles('Versorgung')).length, 2);
  assert.deepEqual(await titles('Lieferung'), ['Neue Gaslieferungen aus Norwegen']);
  assert.deepEqual(await titles('Minister'), ['Neue Gaslieferungen aus Norwegen']);
  assert.deepEqual(await titles('Wärmepumpe'), ['Der Pr\u00e4sident und die Stromversorgung']);
});

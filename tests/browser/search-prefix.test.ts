// The search under a path prefix (/archiv/), served and from disk, and the first-query byte count.
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveSite } from '../helpers/browser.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { measureFirstQueryBytes } from '../../src/search/index.ts';

let browser: Browser;
let server: Server;
let out = '';
let served = '';
let page: Page;
const errors: string[] = []; // what the page reported since the test opened it

before(async () => {
  ({ out } = sharedSite(['--path-prefix', '/archiv/']));
  ({ server, url: served } = await serveSite(out, '/archiv/'));
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon\.ico$/.test(m.location().url)) errors.push(`${m.text()} (${m.location().url})`);
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function search(url: string): Promise<{ page: Page; errors: string[]; hrefs: string[] }> {
  errors.length = 0;
  await page.goto(url);
  await page.waitForSelector('#search-status[data-state="done"]', { timeout: 20000 });
  const hrefs = await page.$$eval('#search-results h2 a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
  return { page, errors, hrefs };
}

it('works under --path-prefix when served there', async () => {
  const { page, errors, hrefs } = await search(`${served}suche/?q=Stoltenberg`);
  assert.equal(hrefs.length, 1);
  assert.match(hrefs[0]!, /^http:\/\/127\.0\.0\.1:\d+\/archiv\/artikel\//);
  await page.click('#search-results h2 a');
  await page.waitForURL(/\/archiv\/artikel\//);
  await page.locator('mark.search-hit').first().waitFor({ timeout: 5000 });
  assert.deepEqual(errors, []);
});

it('works from disk whatever the prefix', async () => {
  const { errors, hrefs } = await search(`${pathToFileURL(path.join(out, 'suche', 'index.html')).href}?q=Uschakow`);
  assert.equal(hrefs.length, 2);
  for (const h of hrefs) assert.ok(h.startsWith(pathToFileURL(out).href + '/artikel/') && h.includes('/index.html?'), h);
  assert.deepEqual(errors, []);
});

it('measures the bytes a first query loads', async () => {
  const m = await measureFirstQueryBytes(served, 'Putin', { browser }); // a context of its own: nothing cached from the tests before
  assert.equal(m.results, 5);
  assert.ok(m.pagefindBytes > 10_000 && m.pagefindBytes < 300_000, String(m.pagefindBytes));
  assert.ok(m.totalBytes >= m.pagefindBytes);
});

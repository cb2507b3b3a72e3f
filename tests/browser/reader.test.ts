// A reader opens the served archive, follows a link to an article, and searches.
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { after, before, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveSite } from '../helpers/browser.ts';
import { buildSite } from '../helpers/cli.ts';

let browser: Browser;
let server: Server;
let url = '';

before(async () => {
  const { out } = buildSite();
  ({ server, url } = await serveSite(out));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.close();
});

it('home page → article', async () => {
  const page = await browser.newPage();
  await page.goto(url);
  const first = page.locator('.article-list a').first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await page.waitForURL(/\/artikel\//);
  assert.equal((await page.locator('h1').first().textContent())!.trim(), title);
  await page.close();
});

it('searching "Stoltenberg" finds the article that mentions him', async () => {
  const page = await browser.newPage();
  await page.goto(url);
  await page.fill('#site-search-q', 'Stoltenberg');
  await page.press('#site-search-q', 'Enter');
  await page.waitForURL(/\/suche\/\?q=Stoltenberg/);
  const results = page.locator('.pagefind-ui__result');
  await results.first().waitFor({ timeout: 15000 });
  assert.equal(await results.count(), 1);
  const link = results.first().locator('a').first();
  await link.click();
  await page.waitForURL(/\/artikel\//);
  assert.match((await page.content()), /Stoltenberg/);
  await page.close();
});

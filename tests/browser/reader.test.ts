// A reader opens the served archive, follows a link to an article, and searches.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { useServedSite } from '../helpers/browser.ts';

const site = useServedSite();

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

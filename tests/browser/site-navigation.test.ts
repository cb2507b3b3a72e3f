// A reader with only a keyboard: home → story → article → person → month archive → back.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Page } from 'playwright-core';
import { useServedSite } from '../helpers/browser.ts';

const site = useServedSite({ pathPrefix: '/archiv/' });

/** Presses Tab until the focused element is a link whose href and text match, then follows it with Enter. */
async function tabAndFollow(page: Page, href: RegExp, text?: RegExp): Promise<void> {
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement | null;
      return el && el.tagName === 'A' ? { href: el.href, text: el.textContent ?? '' } : null;
    });
    if (focused && href.test(focused.href) && (!text || text.test(focused.text))) {
      await Promise.all([page.waitForURL((u) => href.test(u.href)), page.keyboard.press('Enter')]);
      return;
    }
  }
  throw new Error(`no focusable link matching ${href} on ${page.url()}`);
}

const h1 = (page: Page) => page.locator('h1').first().innerText();

it('home → story → article → person → month archive → back, by keyboard only', async () => {
  const { page } = site;
  await page.goto(site.url);

  // The first Tab reaches the skip link, which moves focus to the main content.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Zum Inhalt springen');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'inhalt');

  await tabAndFollow(page, /\/archiv\/geschichten\/putin-in-peking\/$/);
  assert.equal(await h1(page), 'Putin in Peking');

  await tabAndFollow(page, /\/archiv\/artikel\/2022\/02\/russland-und-china-fordern-gemeinsam-ende-der-nato\/$/);
  assert.match(await h1(page), /^Russland und China fordern gemeinsam/);
  assert.match(await page.locator('.dateline').innerText(), /4\. Februar 2022, 11:02 Uhr/);

  await tabAndFollow(page, /\/archiv\/personen\/wladimir-putin\/$/);
  assert.equal(await h1(page), 'Wladimir Putin');

  await tabAndFollow(page, /\/archiv\/2022\/02\/$/);
  assert.equal(await h1(page), 'Februar 2022');
  assert.ok((await page.locator('.card').count()) >= 3, 'the month lists its articles');

  await page.goBack();
  assert.equal(await h1(page), 'Wladimir Putin');
  await page.goBack();
  assert.match(await h1(page), /^Russland und China fordern gemeinsam/);
});

it('shows where keyboard focus is', async () => {
  const { page } = site;
  await page.goto(site.url);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  assert.notEqual(outline, 'none');
});

it('reads an article with JavaScript switched off', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.url + 'artikel/2022/02/putin-in-peking/');
  assert.equal(await h1(page), 'Putin in Peking');
  assert.ok((await page.locator('.body p').count()) > 3);
  await page.locator('.prev-next a').first().click();
  assert.ok((await h1(page)).length > 3);
  await context.close();
});

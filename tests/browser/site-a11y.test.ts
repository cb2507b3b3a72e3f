// Zero axe-core violations (WCAG 2.1 AA) on every page type, light and dark; no feeds without --base-url;
// no horizontal scrolling at 320 px; print hides navigation and prints the source line. A reader with only a keyboard:
// home → story → article → person → month archive → back. One browser and page for the file (a browser file costs ~4 CPU s before its first test).
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, serveSite, useServedSite, WCAG_21_AA, withoutJavaScript } from '../helpers/browser.ts';
import { sharedSite } from '../helpers/shared-site.ts';

// The seeds under /archiv/ built as tests/site/site.test.ts builds them, with --base-url: one seeds build for both files (~2–3 CPU s).
const site = useServedSite({ pathPrefix: '/archiv/', args: ['--base-url', 'https://example.org/archiv/'] });

const PAGES = {
  home: '',
  article: 'artikel/2022/02/russland-und-china-fordern-gemeinsam-ende-der-nato/',
  undatedArticle: 'artikel/wladimir-putin-laechelte-in-die-kamera/',
  year: '2022/',
  month: '2022/02/',
  day: '2022/02/04/',
  undated: 'ohne-datum/',
  chronicle: 'chronik/',
  stories: 'geschichten/',
  story: 'geschichten/putin-in-peking/',
  compare: 'vergleich/2022/02/putin-in-peking/',
  searchNear: 'suche/?q=Westfalen',
  sources: 'quellen/',
  source: 'quellen/dpa/',
  people: 'personen/',
  person: 'personen/wladimir-putin/',
  places: 'orte/',
  quotes: 'zitate/',
  about: 'ueber/',
  notFound: 'gibt-es-nicht/',
};

// Pages that share a template with another (day/month, places/people, source/person) are axe-checked once.
const LIGHT = Object.keys(PAGES).filter((name) => !['day', 'places', 'source', 'undatedArticle'].includes(name));
// Dark mode changes only colours (custom properties in one media query): a page of each layout is enough there.
const DARK = ['home', 'article', 'month', 'person', 'quotes', 'about', 'story', 'compare'];

describe('accessibility and layout in Chromium', () => {
  const found = { light: [] as string[], dark: [] as string[], wide: [] as string[] };
  const background = new Set<string>(); // the body's colour in each scheme: the switch took effect
  const widths = new Set<number>(); // the viewport's width where sideways scrolling was measured
  let visited = 0;

  // One visit per page for all three checks: the colour scheme and the width are switched on the loaded page, whose
  // style sheets follow them live (no transitions; no script reads the width or the scheme).
  before(async () => {
    const { page } = site; // Playwright's defaults: light, 1280 × 720
    for (const [name, path] of Object.entries(PAGES)) {
      await page.goto(site.url + path);
      if (LIGHT.includes(name)) for (const v of await axeViolations(page, { tags: WCAG_21_AA })) found.light.push(`${name}: ${v}`);
      if (DARK.includes(name)) {
        background.add(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
        await page.emulateMedia({ colorScheme: 'dark' });
        background.add(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
        for (const v of await axeViolations(page, { tags: WCAG_21_AA })) found.dark.push(`${name}: ${v}`);
        await page.emulateMedia({ colorScheme: 'light' });
      }
      await page.setViewportSize({ width: 320, height: 640 });
      const [overflow, width] = await page.evaluate(() => [document.documentElement.scrollWidth - document.documentElement.clientWidth, window.innerWidth]);
      if (overflow > 0) found.wide.push(`${name}: ${overflow}px`);
      widths.add(width);
      await page.setViewportSize({ width: 1280, height: 720 });
      visited++;
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations (WCAG 2.1 AA) on any page type, ${scheme}`, () => {
      assert.equal(visited, Object.keys(PAGES).length, 'every page was checked');
      assert.equal(background.size, 2, 'the page changed colours with the scheme');
      assert.deepEqual(found[scheme], []);
    });
  }

  it('never scrolls sideways at 320 px', () => {
    assert.equal(visited, Object.keys(PAGES).length, 'every page was checked');
    assert.deepEqual([...widths], [320]);
    assert.deepEqual(found.wide, []);
  });

  it('prints an article without navigation but with its source line', async () => {
    const { page } = site;
    await page.goto(site.url + PAGES.article);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-nav').isVisible(), false);
    assert.equal(await page.locator('.article-rail').isVisible(), false);
    assert.equal(await page.locator('.source-line').isVisible(), true);
    assert.match((await page.locator('.source-line').textContent())!, /RT DE/);
    await page.emulateMedia({ media: null });
  });

  describe('without --base-url', () => {
    // the plain seeds (the build other files read), served: the pages above are built with --base-url
    let plain: { server: Server; url: string } | undefined;
    before(async () => (plain = await serveSite(sharedSite().out)));
    after(() => plain?.server.close());

    it('serves no feeds or sitemap without --base-url (they need absolute URLs; tests/site builds them with one)', async () => {
      const { page } = site;
      const { url } = plain!;
      await page.goto(url);
      const statuses = await page.evaluate(async (base) => Promise.all(['feed.xml', 'feed.json', 'sitemap.xml'].map(async (f) => (await fetch(base + f)).status)), url);
      assert.deepEqual(statuses, [404, 404, 404]);
      const robots = await page.evaluate(async (base) => (await fetch(base + 'robots.txt')).text(), url);
      assert.equal(robots, 'User-agent: *\nAllow: /\n');
      assert.equal(await page.locator('link[rel="alternate"], a[href$="feed.xml"]').count(), 0, 'nothing links them');
    });
  });
});

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

describe('a reader with only a keyboard', () => {
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
    const { page } = site;
    await withoutJavaScript(page, async () => {
      await page.goto(site.url + 'artikel/2022/02/putin-in-peking/');
      assert.equal(await h1(page), 'Putin in Peking');
      assert.equal(await page.getByRole('button', { name: 'Original anzeigen' }).count(), 0, 'no script ran: the original has no button');
      assert.ok((await page.locator('.body p').count()) > 3);
      await page.locator('.prev-next a').first().click();
      assert.ok((await h1(page)).length > 3);
    });
  });
});

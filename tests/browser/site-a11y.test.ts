// Zero axe-core violations (WCAG 2.1 AA) on every page type, light and dark; no feeds without --base-url;
// no horizontal scrolling at 320 px; print hides navigation and prints the source line.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { useServedSite } from '../helpers/browser.ts';

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

describe('accessibility and layout in Chromium', () => {
  const site = useServedSite({ pathPrefix: '/archiv/' });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations (WCAG 2.1 AA) on any page type, ${scheme}`, async () => {
      const context = await site.browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      const problems: string[] = [];
      // Dark mode changes only colours: a page of each layout is enough there, and keeps the file under a minute.
      // Pages that share a template with another (day/month, places/people, source/person) are checked once.
      const pages = Object.entries(PAGES).filter(([name]) =>
        scheme === 'light'
          ? !['day', 'places', 'source', 'undatedArticle'].includes(name)
          : ['home', 'article', 'month', 'person', 'quotes', 'about', 'story', 'compare'].includes(name),
      );
      for (const [name, path] of pages) {
        await page.goto(site.url + path);
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        for (const v of result.violations) problems.push(`${name}: ${v.id} (${v.nodes.length}×) ${v.nodes[0]?.target.join(' ')}`);
      }
      await context.close();
      assert.deepEqual(problems, []);
    });
  }

  it('never scrolls sideways at 320 px', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const [name, path] of Object.entries(PAGES)) {
      await page.goto(site.url + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${name}: ${overflow}px`);
    }
    await context.close();
    assert.deepEqual(wide, []);
  });

  it('prints an article without navigation but with its source line', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + PAGES.article);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-nav').isVisible(), false);
    assert.equal(await page.locator('.article-rail').isVisible(), false);
    assert.equal(await page.locator('.source-line').isVisible(), true);
    assert.match((await page.locator('.source-line').textContent())!, /RT DE/);
    await page.close();
  });

  it('serves no feeds or sitemap without --base-url (they need absolute URLs; tests/site builds them with one)', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url);
    const statuses = await page.evaluate(
      async (base) => Promise.all(['feed.xml', 'feed.json', 'sitemap.xml'].map(async (f) => (await fetch(base + f)).status)),
      site.url,
    );
    assert.deepEqual(statuses, [404, 404, 404]);
    const robots = await page.evaluate(async (base) => (await fetch(base + 'robots.txt')).text(), site.url);
    assert.equal(robots, 'User-agent: *\nAllow: /\n');
    assert.equal(await page.locator('link[rel="alternate"], a[href$="feed.xml"]').count(), 0, 'nothing links them');
    await page.close();
  });
});

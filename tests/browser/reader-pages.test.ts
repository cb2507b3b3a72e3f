// The pages issue 15 added, in Chromium: a story's "what ties them", the comparison of seed 004 with 001,
// and citing an article (meta tags, reference, downloads). Seeds, served, phone and desktop.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { useServedSite } from '../helpers/browser.ts';
import { parseCsl } from '../helpers/structured-data.ts';

const site = useServedSite();

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
    const listed = await ties.locator('.ties-quotes li a').count();
    assert.ok(listed >= 1 && listed <= 6);
    if (shared > listed) assert.equal((await ties.locator('.ties-quotes li.muted').textContent())!.trim(), `und ${shared - listed} weitere`);
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
    const bib = fs.readFileSync(await download.path(), 'utf8');
    assert.match(bib, /^@article\{bigalke\w*,\n {2}author = \{Bigalke, Silke\}/);
    const [cslDownload] = await Promise.all([page.waitForEvent('download'), page.click('.cite-downloads a:text("CSL-JSON")')]);
    const csl = parseCsl(fs.readFileSync(await cslDownload.path(), 'utf8'));
    assert.equal(csl[0]?.type, 'article-newspaper');
    assert.ok(!(await page.content()).includes('localhost:8080'), 'no made-up URL without --base-url');
    assert.deepEqual(failed, [], 'no failed request (favicon included)');
  });
});

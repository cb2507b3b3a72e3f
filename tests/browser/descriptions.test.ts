// Article text that looks like markup, in the first paragraph and in a lead: the meta description and the teasers
// show it as the literal text (no Markdown backslashes, HTML-escaped once), and no script of it runs.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, it } from 'node:test';
import { useServedSite } from '../helpers/browser.ts';
import { tempDir } from '../helpers/cli.ts';

const FIRST = 'Berlin (dpa) - Ein Leser schrieb <script>alert(1)</script> in das Formular, dazu __proto__ und *Sternchen*.';
const LEAD = 'Der Vorspann nennt <img src=x onerror=alert(2)> und __proto__ ausdrücklich als Beispiel.';

const input = tempDir('pa-descriptions-');
after(() => fs.rmSync(input, { recursive: true, force: true }));
fs.writeFileSync(
  path.join(input, 'erster-absatz.txt'),
  ` date 2022-02-04 Warnung vor Skripten im Text\n\n${FIRST}\n\nDer zweite Absatz erklärt, warum das nichts ausführt.\n`,
);
fs.writeFileSync(
  path.join(input, 'vorspann.txt'),
  ` date 2022-02-05 Kritik an Formularen\n\n${LEAD}\n\nVon Erika Muster\n\nBerlin (dpa) - Der erste Absatz des Artikels beschreibt die Lage ausführlich und ruhig.\n\nEin zweiter Absatz folgt mit weiteren Einzelheiten.\n`,
);

const site = useServedSite({ input });

function articlePage(slugPart: string): string {
  const dir = path.join(site.out, 'artikel');
  const file = (fs.readdirSync(dir, { recursive: true }) as string[]).find((f) => f.includes(slugPart) && f.endsWith('index.html'));
  assert.ok(file, `no page for ${slugPart}`);
  return fs.readFileSync(path.join(dir, file), 'utf8');
}

const attr = (html: string, re: RegExp) =>
  re
    .exec(html)?.[1]
    ?.replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

it('the meta description carries the literal text, escaped once, and the JSON-LD does not repeat it', () => {
  for (const [page, text] of [
    [articlePage('warnung-vor-skripten'), FIRST],
    [articlePage('kritik-an-formularen'), LEAD],
  ] as const) {
    assert.equal(attr(page, /<meta name="description" content="([^"]*)"/), text);
    assert.ok(page.includes(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')), 'escaped once, not twice');
    assert.match(page, /<meta name="description" content="[^"]*" property="og:description">/, 'one element for search engines and link previews');
    const ld = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page)![1]!) as { description?: string; headline: string };
    assert.equal(ld.description, undefined, 'the meta description is its only copy in the head');
    assert.doesNotMatch(page, /\\_|\\</, 'no Markdown escape anywhere on the page');
  }
});

it('the teasers show the literal text, escaped once, and no script of it runs', async () => {
  const home = fs.readFileSync(path.join(site.out, 'index.html'), 'utf8');
  assert.doesNotMatch(home, /\\_|\\</);
  const { page } = site;
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(site.url);
  await page.goto(`${site.url}2022/02/`); // the month's list shows every article with its teaser
  const teasers = await page.locator('.card-teaser').allTextContents();
  assert.ok(teasers.includes(FIRST), teasers.join(' | '));
  assert.ok(teasers.includes(LEAD), teasers.join(' | '));
  for (const slug of ['warnung-vor-skripten', 'kritik-an-formularen']) {
    const href = await page.locator(`a[href*="${slug}"]`).first().getAttribute('href');
    await page.goto(new URL(href!, site.url).href);
    assert.equal(await page.locator('script:not([src]):not([type="application/ld+json"])').filter({ hasText: 'alert' }).count(), 0);
  }
  await page.waitForTimeout(300);
  assert.deepEqual(dialogs, []);
});

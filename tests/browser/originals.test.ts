// An article's original in Debian's Chromium, served and from disk (file://): the button loads its pack, shows the
// text in a dialog (keyboard: Enter opens, Escape closes, focus returns; axe finds nothing) and downloads it under its published name,
// as published (UTF-8, also for a Latin-1 input); without JavaScript a note stands in for the button.
// And article text that looks like markup, in the first paragraph and in a lead: the meta description and the teasers
// show it as the literal text (no Markdown backslashes, HTML-escaped once), and no script of it runs. One shared build of the
// seeds with both (a build saved ~2 CPU s), served, one browser and page for the file (a browser file costs ~4 CPU s before its first test).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { decodeBytes } from '../../src/ingest/decode.ts';
import { axeViolations, downloadedBytes, launchBrowser, serveSite, WCAG_21_AA, withoutJavaScript } from '../helpers/browser.ts';
import { listFiles, root, tempDir } from '../helpers/cli.ts';
import { sharedSite } from '../helpers/shared-site.ts';

const LATIN1 = 'Ordner A/Grüße aus Köln';
const LATIN1_TEXT = [
  'Stadtrat beschließt Radweg am Rheinufer',
  '',
  'Köln (dpa) - Der Kölner Stadtrat hat am Donnerstag den Bau eines neuen Radwegs entlang der Rheinuferstraße beschlossen. Die Grünen begrüßten die Entscheidung.',
  '',
  '"Das ist ein großer Schritt für die Stadt", sagte die Oberbürgermeisterin. Die Arbeiten sollen im Frühjahr beginnen und rund zwei Millionen Euro kosten.',
  '',
].join('\n');

// The two articles whose text looks like markup: their first paragraph and their lead.
const FIRST = 'Berlin (dpa) - Ein Leser schrieb <script>alert(1)</script> in das Formular, dazu __proto__ und *Sternchen*.';
const LEAD = 'Der Vorspann nennt <img src=x onerror=alert(2)> und __proto__ ausdrücklich als Beispiel.';

let browser: Browser;
let server: Server;
let served = '';
let out = '';
let input = '';
let articleFile = ''; // the Latin-1 file's article page, relative to the site
let page: Page; // one page for the tests with JavaScript
const problems: string[] = []; // console errors, page errors and CSP violations since the test began

before(async () => {
  input = tempDir('pressearchiv-originals-');
  fs.cpSync(path.join(root, 'seeds'), input, { recursive: true });
  fs.mkdirSync(path.join(input, 'Ordner A'));
  fs.writeFileSync(path.join(input, LATIN1), Buffer.from(LATIN1_TEXT, 'latin1')); // no extension: published as "….txt"
  writeDescribed(input);
  ({ out } = sharedSite(['--quiet'], input));
  articleFile = listFiles(out).find((f) => f.startsWith('artikel/') && fs.readFileSync(path.join(out, f), 'utf8').includes(`data-key="${LATIN1}.txt"`))!;
  assert.ok(articleFile, 'the Latin-1 file became an article that offers its original');
  ({ server, url: served } = await serveSite(out));
  browser = await launchBrowser();
  page = await browser.newPage();
  await watch(page);
});

after(async () => {
  await browser?.close();
  server?.close();
  fs.rmSync(input, { recursive: true, force: true });
});

type Mode = 'served' | 'disk';
const urlOf = (mode: Mode, file: string) => (mode === 'disk' ? pathToFileURL(path.join(out, file)).href : served + file.replace(/index\.html$/, ''));

/** Collects the page's console errors, page errors and CSP violations into `problems`. */
async function watch(page: Page): Promise<void> {
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon\.ico$/.test(m.location().url)) problems.push(m.text());
  });
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
}

/** The original's tests in one mode: served ones run first, those from disk last (a page changing between them starts a renderer, ~0.3 CPU s). */
function originalTests(mode: Mode): void {
  describe(`the original (${mode === 'served' ? 'served' : 'from disk, file://'})`, () => {
    it('shows in a dialog and downloads under its name, as published', async () => {
      problems.length = 0;
      await page.goto(urlOf(mode, articleFile));
      const expected = decodeBytes(fs.readFileSync(path.join(input, LATIN1)));
      assert.ok(expected.ok && expected.text.includes('Oberbürgermeisterin'), 'the Latin-1 input decodes');
      await page.getByRole('button', { name: 'Original anzeigen' }).click();
      const dialog = page.locator('dialog#original-dialog[open]');
      await dialog.waitFor({ timeout: 10000 });
      assert.equal(await dialog.locator('pre').textContent(), expected.text, 'the text as published');
      const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('link', { name: 'Herunterladen' }).click()]);
      assert.equal(download.suggestedFilename(), 'Grüße aus Köln.txt');
      const saved = await downloadedBytes(download);
      assert.deepEqual(saved, Buffer.from(expected.text, 'utf8'), 'the download is the text as UTF-8');
      await dialog.getByRole('button', { name: 'Schließen' }).click();
      assert.equal(await page.locator('dialog#original-dialog[open]').count(), 0);
      assert.deepEqual(problems, []);
    });

    it('is keyboard usable: Enter opens, Escape closes, focus goes back to the button', async () => {
      problems.length = 0;
      await page.goto(urlOf(mode, articleFile));
      const button = page.getByRole('button', { name: 'Original anzeigen' });
      await button.focus();
      await page.keyboard.press('Enter');
      await page.locator('dialog#original-dialog[open]').waitFor({ timeout: 10000 });
      assert.ok(await page.evaluate(() => !!document.activeElement?.closest('dialog')), 'focus moves into the dialog');
      assert.deepEqual(await axeViolations(page, { include: '#original-dialog', tags: WCAG_21_AA }), [], 'the open dialog passes axe');
      await page.keyboard.press('Escape');
      assert.equal(await page.locator('dialog#original-dialog[open]').count(), 0, 'Escape closes it');
      assert.equal(await page.evaluate(() => document.activeElement?.parentElement?.id), 'original', 'focus is back on the button');
      assert.deepEqual(problems, []);
    });
  });
}

originalTests('served');

it('the about page links a file to its article, where the original opens', async () => {
  await page.goto(served + 'ueber/');
  await Promise.all([page.waitForURL(/#original$/), page.locator('.sources-table a', { hasText: LATIN1 }).first().click()]);
  await page.locator('dialog#original-dialog[open] pre', { hasText: 'Oberbürgermeisterin' }).waitFor({ timeout: 10000 });
});

it('without JavaScript, a note stands where the button would be', async () => {
  await withoutJavaScript(page, async () => {
    await page.goto(urlOf('served', articleFile));
    assert.equal(await page.getByRole('button', { name: 'Original anzeigen' }).count(), 0, 'no dead button');
    const note = page.locator('#original noscript'); // Playwright's text search skips <noscript>
    assert.ok(await note.isVisible(), 'the note shows');
    assert.equal(await note.textContent(), 'Original anzeigen und herunterladen: nur mit JavaScript.');
  });
});

/** The two articles whose text looks like markup, written into the input folder `dir`. */
function writeDescribed(dir: string): void {
  fs.writeFileSync(
    path.join(dir, 'erster-absatz.txt'),
    ` date 2022-02-04 Warnung vor Skripten im Text\n\n${FIRST}\n\nDer zweite Absatz erklärt, warum das nichts ausführt.\n`,
  );
  fs.writeFileSync(
    path.join(dir, 'vorspann.txt'),
    ` date 2022-02-05 Kritik an Formularen\n\n${LEAD}\n\nVon Erika Muster\n\nBerlin (dpa) - Der erste Absatz des Artikels beschreibt die Lage ausführlich und ruhig.\n\nEin zweiter Absatz folgt mit weiteren Einzelheiten.\n`,
  );
}

function articlePage(slugPart: string): string {
  const dir = path.join(out, 'artikel');
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
  const home = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
  assert.doesNotMatch(home, /\\_|\\</);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(served);
  await page.goto(`${served}2022/02/`); // the month's list shows every article with its teaser
  const teasers = await page.locator('.card-teaser').allTextContents();
  assert.ok(teasers.includes(FIRST), teasers.join(' | '));
  assert.ok(teasers.includes(LEAD), teasers.join(' | '));
  for (const slug of ['warnung-vor-skripten', 'kritik-an-formularen']) {
    const href = await page.locator(`a[href*="${slug}"]`).first().getAttribute('href');
    await page.goto(new URL(href!, served).href);
    assert.equal(await page.locator('script:not([src]):not([type="application/ld+json"])').filter({ hasText: 'alert' }).count(), 0);
  }
  await page.waitForTimeout(300);
  assert.deepEqual(dialogs, []);
});

originalTests('disk');

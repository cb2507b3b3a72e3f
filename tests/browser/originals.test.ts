// An article's original in Debian's Chromium, served and from disk (file://): the button loads its pack, shows the
// text in a dialog (keyboard: Enter opens, Escape closes, focus returns; axe finds nothing) and downloads it under its published name,
// as published (UTF-8, also for a Latin-1 input); without JavaScript a note stands in for the button.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { decodeBytes } from '../../src/ingest/decode.ts';
import { axeViolations, launchBrowser, serveSite, WCAG_21_AA } from '../helpers/browser.ts';
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

for (const mode of ['served', 'disk'] as const) {
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
      const saved = fs.readFileSync(await download.path());
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
      if (mode === 'served') {
        // axe reads the style sheets by XMLHttpRequest, which file:// refuses
        assert.deepEqual(await axeViolations(page, { include: '#original-dialog', tags: WCAG_21_AA }), [], 'the open dialog passes axe');
      }
      await page.keyboard.press('Escape');
      assert.equal(await page.locator('dialog#original-dialog[open]').count(), 0, 'Escape closes it');
      assert.equal(await page.evaluate(() => document.activeElement?.parentElement?.id), 'original', 'focus is back on the button');
      assert.deepEqual(problems, []);
    });
  });
}

it('the about page links a file to its article, where the original opens', async () => {
  await page.goto(served + 'ueber/');
  await Promise.all([page.waitForURL(/#original$/), page.locator('.sources-table a', { hasText: LATIN1 }).first().click()]);
  await page.locator('dialog#original-dialog[open] pre', { hasText: 'Oberbürgermeisterin' }).waitFor({ timeout: 10000 });
});

it('without JavaScript, a note stands where the button would be', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto(urlOf('served', articleFile));
  assert.equal(await noScript.getByRole('button', { name: 'Original anzeigen' }).count(), 0, 'no dead button');
  const note = noScript.locator('#original noscript'); // Playwright's text search skips <noscript>
  assert.ok(await note.isVisible(), 'the note shows');
  assert.equal(await note.textContent(), 'Original anzeigen und herunterladen: nur mit JavaScript.');
  await context.close();
});

// Static quality gates over one built seed archive, plain and under --path-prefix: valid HTML,
// no broken internal link or asset, parseable feeds and JSON-LD, light pages, nothing dropped.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { check, LinkState } from 'linkinator';
import { serveSite } from '../helpers/browser.ts';
import { buildSite, listFiles, root, runCli, tempDir } from '../helpers/cli.ts';
import { copiedSite, sharedSite } from '../helpers/shared-site.ts';
import { parseJsonFeed, parseNewsArticle } from '../helpers/structured-data.ts';

const BASE = 'https://example.org/archiv/';

function htmlPages(out: string): string[] {
  return listFiles(out).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
}

async function brokenLinks(startUrl: string): Promise<string[]> {
  const result = await check({ path: startUrl, recurse: true, linksToSkip: (link) => Promise.resolve(!link.startsWith(startUrl)), concurrency: 8 });
  return result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.url} (${l.status}) on ${l.parent}`);
}

describe('built site (seeds)', () => {
  let out = '';
  let prefixed = '';
  const servers: Server[] = [];
  before(() => {
    out = sharedSite(['--base-url', BASE]).out;
    prefixed = sharedSite(['--path-prefix', '/archiv/', '--base-url', BASE]).out;
  });
  after(() => servers.forEach((s) => s.close()));

  it('has every page type', () => {
    const files = new Set(htmlPages(out));
    for (const f of [
      'index.html',
      '404.html',
      'chronik/index.html',
      '2022/index.html',
      '2022/02/index.html',
      '2022/02/04/index.html',
      'ohne-datum/index.html',
      'geschichten/index.html',
      'geschichten/putin-in-peking/index.html',
      'quellen/index.html',
      'quellen/dpa/index.html',
      'personen/index.html',
      'personen/wladimir-putin/index.html',
      'orte/index.html',
      'organisationen/index.html',
      'zitate/index.html',
      'ueber/index.html',
      'suche/index.html',
    ])
      assert.ok(files.has(f), f);
    for (const f of ['feed.xml', 'feed.json', 'sitemap.xml', 'robots.txt', 'permalinks.json']) assert.ok(fs.existsSync(path.join(out, f)), f);
  });

  it('every page passes html-validate (recommended rules)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const problems: string[] = [];
    // a page's bytes → its messages: under /archiv/ all but a few pages are the root site’s bytes (relative links), and the same bytes give the same report
    const found = new Map<string, string[]>();
    for (const dir of [out, prefixed]) {
      for (const page of htmlPages(dir)) {
        const html = fs.readFileSync(path.join(dir, page), 'utf8');
        if (!found.has(html)) {
          const report = await validator.validateString(html, path.join(dir, page));
          found.set(
            html,
            report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)),
          );
        }
        for (const m of found.get(html)!) problems.push(`${page}:${m}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('has no broken internal link or asset, served at the root', async () => {
    const { server, url } = await serveSite(out);
    servers.push(server);
    assert.deepEqual(await brokenLinks(url), []);
  });

  it('has no broken internal link or asset under --path-prefix /archiv/, also on the 404 page', async () => {
    const { server, url } = await serveSite(prefixed, '/archiv/');
    servers.push(server);
    assert.deepEqual(await brokenLinks(url), []);
    assert.deepEqual(await brokenLinks(`${url}404.html`), []);
  });

  it('links every article from the archives or from "Ohne Datum"', () => {
    const listed = new Set<string>();
    for (const page of htmlPages(out).filter((p) => /^(\d{4}|ohne-datum)\//.test(p))) {
      const html = fs.readFileSync(path.join(out, page), 'utf8');
      const dir = path.posix.dirname('/' + page) + '/';
      for (const m of html.matchAll(/href="([^"]*artikel\/[^"]*)"/g)) listed.add(path.posix.join(dir, m[1]!) + '/');
    }
    const articles = htmlPages(out)
      .filter((p) => p.startsWith('artikel/'))
      .map((p) => '/' + p.replace(/index\.html$/, ''));
    assert.equal(articles.length, 5);
    for (const a of articles)
      assert.ok(
        [...listed].some((l) => l.replace(/\/+$/, '/') === a),
        `${a} is listed in an archive`,
      );
  });

  it('writes feeds that parse, with absolute URLs and full text', () => {
    const json = parseJsonFeed(fs.readFileSync(path.join(out, 'feed.json'), 'utf8'));
    assert.equal(json.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(json.home_page_url, BASE);
    assert.ok(json.items.length >= 3);
    for (const item of json.items) {
      assert.ok(item.id.startsWith(BASE) && item.url === item.id, item.id);
      assert.ok(item.title && item.content_html.length > 200 && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(item.date_published), item.id);
    }
    const atom = fs.readFileSync(path.join(out, 'feed.xml'), 'utf8');
    assert.match(atom, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    for (const tag of ['id', 'title', 'updated']) assert.match(atom, new RegExp(`<feed[^>]*>\\s*[\\s\\S]*?<${tag}>`), tag);
    assert.equal((atom.match(/<entry>/g) ?? []).length, json.items.length);
    assert.equal((atom.match(/<entry>[\s\S]*?<id>https:\/\/example\.org\/archiv\/artikel\//g) ?? []).length, json.items.length);
    const sitemap = fs.readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
    assert.ok((sitemap.match(/<loc>https:\/\/example\.org\/archiv\//g) ?? []).length > 20);
  });

  it('gives every article JSON-LD NewsArticle, Open Graph tags and a canonical link', () => {
    for (const page of htmlPages(out).filter((p) => p.startsWith('artikel/'))) {
      const html = fs.readFileSync(path.join(out, page), 'utf8');
      const ld = parseNewsArticle(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]!);
      assert.equal(ld['@type'], 'NewsArticle', page);
      assert.ok(ld.headline && ld.url === BASE + page.replace(/index\.html$/, '') && ld.publisher?.name, page);
      assert.match(html, new RegExp(`<link rel="canonical" href="${ld.url}">`));
      assert.match(html, /<meta property="og:type" content="article">/);
      assert.match(html, /<meta property="og:title" content="[^"]+">/);
    }
  });

  it('keeps every article page under 50 KB with its stylesheet', () => {
    const css = fs.statSync(path.join(out, 'assets/style.css')).size;
    for (const page of htmlPages(out).filter((p) => p.startsWith('artikel/'))) {
      const size = fs.statSync(path.join(out, page)).size + css;
      assert.ok(size < 50 * 1024, `${page}: ${size} bytes`);
    }
  });

  /** The article page whose headline starts with `title`, found in the built site. */
  function articleTitled(dir: string, title: string): { page: string; url: string; html: string } {
    for (const page of htmlPages(dir).filter((p) => p.startsWith('artikel/'))) {
      const html = fs.readFileSync(path.join(dir, page), 'utf8');
      const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? '';
      if (h1.startsWith(title)) return { page, url: '/' + page.replace(/index\.html$/, ''), html };
    }
    throw new Error(`no article titled "${title}"`);
  }
  /** Every link of a piece of HTML, resolved against the page it is on, without fragment. */
  const linksIn = (html: string, page: string) =>
    [...html.matchAll(/href="([^"#]*)(?:#[^"]*)?"/g)].map((m) => path.posix.join(path.posix.dirname('/' + page), m[1]!) + '/').map((u) => u.replace(/\/+$/, '/'));

  it('marks shared passages in the body, linking the other articles carrying them', () => {
    const putin = articleTitled(out, 'Putin in Peking');
    const russia = articleTitled(out, 'Russland und China fordern gemeinsam');
    const runs = putin.html.match(/<div class="shared-passage"[\s\S]*?<\/p>\n<\/div>/g) ?? [];
    assert.ok(runs.length >= 1, 'Putin in Peking has a marked shared passage');
    const linked = runs.find((r) => linksIn(/<div class="passage-note"[^>]*>[\s\S]*?<\/div>/.exec(r)![0], putin.page).includes(russia.url));
    assert.ok(linked, `a marked passage links ${russia.url}`);
    assert.match(linked, /<div class="passage-note" data-pagefind-ignore><span class="passage-label">Auch bei:<\/span>/);
    assert.match(linked, /<p>.*Vor dem Hintergrund ihrer Spannungen/, 'the marked text is the wire copy');
    // the reprint marks the same passage inside its embedded copy, linking back
    const embedded = /<aside class="embedded"[\s\S]*?<\/aside>/.exec(russia.html)?.[0] ?? '';
    assert.ok(/class="shared-passage"/.test(embedded) && linksIn(embedded, russia.page).includes(putin.url), 'the embedded copy is marked too');
  });

  it('says at the top of an article that it mostly reprints another, and on the source who reprinted it', () => {
    const putin = articleTitled(out, 'Putin in Peking');
    const russia = articleTitled(out, 'Russland und China fordern gemeinsam');
    const header = /<header class="article-header">[\s\S]*?<\/header>/.exec(russia.html)![0];
    // 004 reprints 001's dpa text as reproduced dpa-AFX copy: the notice says so.
    const notice = /<p class="reprint-notice"[^>]*>(Der größte Teil dieses Artikels ist ein wiedergegebener Agenturtext \(dpa-AFX\)[\s\S]*?)<\/p>/.exec(header);
    assert.ok(notice, 'the notice is in the header');
    assert.deepEqual(
      linksIn(notice[1]!, russia.page).filter((u) => !u.includes('vergleich/')),
      [putin.url],
    );
    const back = /<p class="reprint-notice"[^>]*>(Nachgedruckt von: [\s\S]*?)<\/p>/.exec(putin.html);
    assert.ok(back && linksIn(back[1]!, putin.page).includes(russia.url));
  });

  // The seeds and a second "Putin in Peking" (see "keeps every URL" below), built afresh with the English interface
  // (URLs do not depend on it) and without the search index (permalinks are made before it): one build for both tests.
  let english: { input: string; out: string } | undefined;
  function englishWithSecondPutin(): { input: string; out: string } {
    if (english) return english;
    const input = path.join(tempDir(), 'input');
    fs.cpSync(path.join(root, 'seeds'), input, { recursive: true });
    const seed = fs.readdirSync(input).find((f) => f.startsWith('001_'))!;
    const text = fs.readFileSync(path.join(input, seed), 'utf8');
    fs.writeFileSync(path.join(input, '001_0.txt'), `${text.trimEnd()}\n\nEin weiterer Absatz der zweiten Fassung.\n`);
    return (english = { input, out: buildSite(['--base-url', BASE, '--locale', 'en', '--no-search'], input).out });
  }

  it('marks the German article text lang="de" on an English site', () => {
    const en = englishWithSecondPutin().out; // its pages' markup, not its search
    const putin = articleTitled(en, 'Putin in Peking');
    assert.match(putin.html, /<html lang="en">/);
    assert.match(putin.html, /<h1 data-pagefind-meta="title" lang="de">/);
    assert.match(putin.html, /<div class="body" lang="de">/);
    assert.match(putin.html, /<div class="passage-note" data-pagefind-ignore lang="en"><span class="passage-label">Also in:/);
    // the UI's quotation marks around quoted German text: English ones on an English site
    const quotes = fs.readFileSync(path.join(en, 'zitate', 'index.html'), 'utf8');
    assert.match(quotes, /<blockquote><p>“beispiellos”<\/p><\/blockquote>/);
    assert.doesNotMatch(quotes, /<blockquote><p>„/);
  });

  it('keeps every URL on a rebuild into the same folder', () => {
    // A second "Putin in Peking" of February 2022 arrives whose id sorts before 001's: in a fresh folder the
    // smaller id wins the plain URL and 001 moves to a suffixed one, but a rebuild into the folder that has
    // the earlier build's permalinks.json keeps 001's published URL and gives the newcomer the suffix.
    const { input, out: fresh } = englishWithSecondPutin(); // the seeds and 001_0.txt, that second article
    const site = copiedSite(['--base-url', BASE]).out; // the seeds built with these options, in a folder of its own
    const permalinks = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'permalinks.json'), 'utf8')) as Record<string, string>;
    const before = permalinks(site);
    const seed = fs.readdirSync(input).find((f) => f.startsWith('001_') && f !== '001_0.txt')!;
    const plain = before[seed.replace('_', '-').replace(/\.txt$/, '')]!; // 001's URL, e.g. /artikel/2022/02/putin-in-peking/
    // without the search index: permalinks are made before it (--no-search)
    assert.equal(runCli(['build', '--input', input, '--output', site, '--base-url', BASE, '--no-search']).status, 0);
    const rebuilt = permalinks(site);
    assert.deepEqual(Object.fromEntries(Object.keys(before).map((id) => [id, rebuilt[id]])), before);
    assert.equal(rebuilt['001-0'], plain.replace(/\/$/, '-001-0/'));
    assert.equal(permalinks(fresh)['001-0'], plain, 'in a fresh folder the smaller id takes the plain URL');
  });
});

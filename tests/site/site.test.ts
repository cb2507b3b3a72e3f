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
import { buildSite, listFiles } from '../helpers/cli.ts';

const BASE = 'https://example.org/archiv/';

function htmlPages(out: string): string[] {
  return listFiles(out).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
}

async function brokenLinks(startUrl: string): Promise<string[]> {
  const result = await check({ path: startUrl, recurse: true, linksToSkip: async (link) => !link.startsWith(startUrl), concurrency: 8 });
  return result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.url} (${l.status}) on ${l.parent}`);
}

describe('built site (seeds)', () => {
  let out = '';
  let prefixed = '';
  const servers: Server[] = [];
  before(() => {
    out = buildSite(['--base-url', BASE]).out;
    prefixed = buildSite(['--path-prefix', '/archiv/', '--base-url', BASE]).out;
  });
  after(() => servers.forEach((s) => s.close()));

  it('has every page type', () => {
    const files = new Set(htmlPages(out));
    for (const f of [
      'index.html', '404.html', 'chronik/index.html', '2022/index.html', '2022/02/index.html', '2022/02/04/index.html',
      'ohne-datum/index.html', 'geschichten/index.html', 'geschichten/putin-in-peking/index.html', 'quellen/index.html',
      'quellen/dpa/index.html', 'personen/index.html', 'personen/wladimir-putin/index.html', 'orte/index.html',
      'organisationen/index.html', 'zitate/index.html', 'ueber/index.html', 'suche/index.html',
    ]) assert.ok(files.has(f), f);
    for (const f of ['feed.xml', 'feed.json', 'sitemap.xml', 'robots.txt', 'permalinks.json']) assert.ok(fs.existsSync(path.join(out, f)), f);
  });

  it('every page passes html-validate (recommended rules)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const problems: string[] = [];
    for (const dir of [out, prefixed]) {
      for (const page of htmlPages(dir)) {
        const report = await validator.validateFile(path.join(dir, page));
        for (const r of report.results) for (const m of r.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
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
    const articles = htmlPages(out).filter((p) => p.startsWith('artikel/')).map((p) => '/' + p.replace(/index\.html$/, ''));
    assert.equal(articles.length, 5);
    for (const a of articles) assert.ok([...listed].some((l) => l.replace(/\/+$/, '/') === a), `${a} is listed in an archive`);
  });

  it('writes feeds that parse, with absolute URLs and full text', () => {
    const json = JSON.parse(fs.readFileSync(path.join(out, 'feed.json'), 'utf8'));
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
      const ld = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]!);
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

  it('keeps every URL on a rebuild into the same folder', () => {
    const before = fs.readFileSync(path.join(out, 'permalinks.json'), 'utf8');
    const again = buildSite(['--base-url', BASE]).out;
    assert.equal(fs.readFileSync(path.join(again, 'permalinks.json'), 'utf8'), before);
  });
});

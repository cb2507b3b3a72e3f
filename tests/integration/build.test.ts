// Builds the seed archive through the CLI into a temp folder and checks what a reader and Pagefind get.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, it } from 'node:test';
import { FORKED_MODULE } from '../../src/child-process.ts';
import { bin, listFiles, root, runCli, runMain, tempDir } from '../helpers/cli.ts';
import { copiedSite, sharedSite } from '../helpers/shared-site.ts';

describe('pressearchiv build (seeds)', () => {
  let out = '';
  let stdout = '';
  before(() => {
    ({ out, stdout } = sharedSite());
  });

  it('prints a summary with files, articles, pages and time per stage', () => {
    assert.match(stdout, /Dateien gelesen: 5/);
    assert.match(stdout, /Artikel: 5/);
    assert.match(stdout, /Seiten geschrieben: \d+/);
    assert.match(stdout, /ingest \d+ ms, link \d+ ms, render \d+ ms, index \d+ ms/);
  });

  it('writes a home page, one page per article and a Pagefind index', () => {
    const files = listFiles(out);
    assert.ok(files.includes('index.html'));
    const articles = files.filter((f) => f.startsWith('artikel/') && f.endsWith('/index.html'));
    assert.equal(articles.length, 5, articles.join('\n'));
    assert.ok(files.includes('pagefind/pagefind.js'));
    const script = fs.readFileSync(path.join(out, 'pagefind/pagefind.js'), 'utf8');
    assert.match(script, /export\s*\{[^}]*\bas createInstance\b/, 'pagefind.js is still the ES module the search page imports');
    assert.doesNotMatch(script, /\bclass PagefindInstance\b/, 'pagefind.js is minified (a first query loads it)');
    assert.ok(files.some((f) => f.startsWith('pagefind/index/') && f.endsWith('.pf_index')));
    assert.ok(files.some((f) => f.startsWith('pagefind/fragment/')));
    assert.deepEqual(
      fs.readdirSync(path.dirname(out)).filter((n) => n !== '_site' && n !== '.pressearchiv'),
      [],
      'neither the staging folder nor the index input is left beside the site',
    );
  });

  it('lists the articles on the home page newest first, each linking to its page', () => {
    const home = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    const dates = [...home.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(dates.length >= 3, 'dated articles are listed');
    assert.deepEqual(dates, [...dates].sort().reverse());
    const links = [...home.matchAll(/href="((?:\.\/)?artikel\/[^"#]+)"/g)].map((m) => m[1]!);
    assert.ok(links.length >= 5, `the home page links its articles: ${links.length}`);
    for (const href of links) assert.ok(fs.existsSync(path.join(out, href, 'index.html')), `${href} exists`);
  });

  it('gives every article page its title and date', () => {
    const pages = listFiles(out).filter((f) => f.startsWith('artikel/'));
    for (const page of pages) {
      const html = fs.readFileSync(path.join(out, page), 'utf8');
      assert.match(html, /<h1[^>]*>[^<]{3,}<\/h1>/, page);
      assert.match(html, /<html lang="de">/);
    }
    const putin = pages.map((p) => fs.readFileSync(path.join(out, p), 'utf8')).find((h) => h.includes('>Putin in Peking</h1>'));
    assert.ok(putin, 'the article with the header title "Putin in Peking" has its page');
    assert.match(putin, /Februar 2022/);
  });

  it('without --base-url makes up no host: no localhost anywhere, no feeds or sitemap, and says how to get them', () => {
    const files = listFiles(out);
    for (const f of files.filter((x) => /\.(html|xml|json|txt|js)$/.test(x) && !x.startsWith('pagefind/'))) {
      assert.doesNotMatch(fs.readFileSync(path.join(out, f), 'utf8'), /localhost|127\.0\.0\.1/, f);
    }
    for (const f of ['feed.xml', 'feed.json', 'sitemap.xml']) assert.ok(!files.includes(f), `${f} needs absolute URLs`);
    assert.equal(fs.readFileSync(path.join(out, 'robots.txt'), 'utf8'), 'User-agent: *\nAllow: /\n');
    const home = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    assert.doesNotMatch(home, /feed\.(xml|json)|rel="canonical"|og:url/, 'no link to a feed that is not there, no canonical');
    assert.match(stdout, /Ohne --base-url: keine Feeds .* mit --base-url https:\/\//);
  });
});

describe('pressearchiv build: failures', () => {
  // the usage errors through the command's main() in this process (helpers/cli.ts runMain): no process each (~0.6 CPU s)
  it('exits 2 with one line for a missing input folder', async () => {
    const r = await runMain(['build', '--input', '/nonexistent']);
    assert.equal(r.status, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /input folder not found: \/nonexistent/);
  });

  it('exits 2 for an unknown option', async () => {
    const r = await runMain(['build', '--frobnicate']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /frobnicate/);
  });

  it('exits 1 on a broken template and leaves the previous site byte for byte', () => {
    const { out } = copiedSite();
    const snapshot = new Map(listFiles(out).map((f) => [f, fs.readFileSync(path.join(out, f))]));
    const templates = path.join(tempDir(), 'templates');
    fs.cpSync(path.join(root, 'templates'), templates, { recursive: true });
    fs.appendFileSync(path.join(templates, 'artikel.njk'), '\n{% if %}broken{% endif %}\n');
    const r = runCli(['build', '--output', out, '--templates', templates]);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stderr, /build failed/);
    const after = listFiles(out);
    assert.deepEqual(after, [...snapshot.keys()]);
    for (const f of after) assert.ok(fs.readFileSync(path.join(out, f)).equals(snapshot.get(f)!), `${f} unchanged`);
    assert.deepEqual(
      fs.readdirSync(path.dirname(out)).filter((n) => n !== '_site' && n !== '.pressearchiv'),
      [],
      'no staging folder is left behind',
    );
  });
});

describe('replacing a site', () => {
  it('swaps the new site in and deletes the replaced one, and one a stopped build left, in the background', async () => {
    const { out } = copiedSite();
    const parent = path.dirname(out);
    const abandoned = path.join(parent, '_site.old-999999999-1'); // above any pid: its build is gone
    fs.mkdirSync(path.join(abandoned, 'artikel'), { recursive: true });
    fs.writeFileSync(path.join(abandoned, 'artikel', 'index.html'), 'old');
    const before = fs.statSync(out).ino;
    const r = runCli(['build', '--input', path.join(root, 'seeds'), '--output', out, '--no-cache', '--no-search']); // the swap is the same without the index
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.notEqual(fs.statSync(out).ino, before, 'a new folder took the place of the old one');
    assert.ok(fs.existsSync(path.join(out, 'index.html')) && !fs.existsSync(path.join(out, 'pagefind')), 'the new site, not the old one');
    const others = () => fs.readdirSync(parent).filter((n) => n !== '_site' && n !== '.pressearchiv');
    for (let waited = 0; others().length && waited < 30000; waited += 100) await new Promise((done) => setTimeout(done, 100));
    assert.deepEqual(others(), [], 'the replaced site and the abandoned one are deleted');
  });
});

describe('build() in one process', () => {
  it('writes the same pages as a build with its render child process', async () => {
    const { rendersInProcess, IN_PROCESS_MAX_BYTES } = await import('../../src/build.ts');
    const { out: inProcess } = sharedSite(); // the command renders a small archive in its own process
    const viaChild = path.join(tempDir(), '_site');
    // build() told to render in a child (scripts/bench/run-build.ts --render-child), run from the tests' bundle as
    // `npm run bench -- --bundle` runs it: no tsx in the build or its child (in this process both cost ~5 CPU s more)
    const runner = { ...process.env, [FORKED_MODULE]: pathToFileURL(path.join(root, 'scripts/bench/run-build.ts')).href };
    const r = runCli(['--input', path.join(root, 'seeds'), '--output', viaChild, '--render-child'], root, bin(), runner);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal((JSON.parse(r.stdout) as { articles: number }).articles, 5);
    assert.ok(
      rendersInProcess('when-large', IN_PROCESS_MAX_BYTES) && !rendersInProcess('when-large', IN_PROCESS_MAX_BYTES + 1),
      'the command: a large archive in a child',
    );
    assert.ok(!rendersInProcess(undefined, 1) && !rendersInProcess(true, 1) && rendersInProcess(false, 1e12), 'build(): a child unless told otherwise');
    const pages = listFiles(viaChild).filter((f) => f.endsWith('.html'));
    assert.deepEqual(
      listFiles(inProcess).filter((f) => f.endsWith('.html')),
      pages,
    );
    // the build date is the only thing that differs between two builds
    const stable = (f: string, dir: string) => fs.readFileSync(path.join(dir, f), 'utf8').replace(/\d{4}-\d\d-\d\dT[\d:.]+Z|\d+\. \w+ \d{4}, \d\d:\d\d Uhr/g, '');
    for (const f of pages) assert.equal(stable(f, inProcess), stable(f, viaChild), f);
  });
});

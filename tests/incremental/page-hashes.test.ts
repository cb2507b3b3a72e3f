// Which pages an incremental rebuild may take from the last site (src/incremental/templates.ts, pages.ts): the
// templates that qualify and what their pages read, and the page hashes that decide it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { projectRoot } from '../../src/build.ts';
import { outputFile, pageHashes } from '../../src/incremental/pages.ts';
import { paginatedTemplates } from '../../src/incremental/templates.ts';
import { buildSiteModel, type SiteModel } from '../../src/render/site.ts';
import { archive, config, links, record } from '../render/fixtures.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pressearchiv-page-hashes-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A templates folder with a layout and the given top-level templates. */
function templatesWith(files: Record<string, string>, layout = '<html>{{ site.config.lang }}{{ content | safe }}</html>'): string {
  const dir = fs.mkdtempSync(path.join(tmp, 't-'));
  fs.mkdirSync(path.join(dir, '_includes', 'layouts'), { recursive: true });
  fs.writeFileSync(path.join(dir, '_includes', 'layouts', 'base.njk'), layout);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}
const paginated = (field: string, alias: string, body: string) =>
  `---\nlayout: layouts/base.njk\npagination:\n  data: site.${field}\n  size: 1\n  alias: ${alias}\npermalink: "{{ ${alias}.url }}"\n---\n${body}\n`;

describe('templates whose pages can be rendered one by one', () => {
  it("finds the project's paginated templates and the site fields they read", () => {
    const found = paginatedTemplates(path.join(projectRoot, 'templates'));
    const fields = found.map((t) => t.field);
    for (const f of ['articles', 'listings', 'storyPages', 'aboutPages']) assert.ok(fields.includes(f), `${f} in ${fields.join(', ')}`);
    const article = found.find((t) => t.field === 'articles')!;
    const reads = article.reads.map((r) => r.join('.'));
    assert.ok(reads.includes('config.strings') && reads.includes('nav'), reads.join(', '));
    assert.ok(!reads.some((r) => r.startsWith('home') || r.startsWith('articles') || r === 'config.buildDate'), reads.join(', '));
    assert.ok(found.find((t) => t.field === 'aboutPages')!.reads.some((r) => r.join('.') === 'config.buildDate'));
  });

  it('leaves out a template that reads its position, collections, its own field or the whole site', () => {
    const dir = templatesWith({
      'a.njk': paginated('listings', 'l', '{{ l.title }} {{ site.config.strings.x }} {% include "partials/pagination.njk" %}'),
      'b.njk': paginated('storyPages', 'c', '{{ pagination.pageNumber }}'),
      'c.njk': paginated('quotePages', 'c', '{% for p in collections.all %}{% endfor %}'),
      'd.njk': paginated('aboutPages', 'c', '{{ site.aboutPages | length }}'),
      'e.njk': paginated('articles', 'a', '{{ a.title }}'),
      'f.njk': '---\npermalink: /x/\n---\n{{ site.articles | length }}',
    });
    assert.deepEqual(
      paginatedTemplates(dir).map((t) => [t.template, t.reads.map((r) => r.join('.'))]),
      [['a.njk', ['config.lang', 'config.strings']]],
    );
    fs.writeFileSync(path.join(dir, 'g.njk'), '---\npermalink: /g/\n---\n{% set all = site %}{{ all.home }}');
    assert.deepEqual(paginatedTemplates(dir), [], 'a page that may read anything');
    const counting = templatesWith({ 'a.njk': paginated('listings', 'l', '{{ l.title }}') }, '{{ site.counts.articles }}{{ content | safe }}');
    assert.deepEqual(
      paginatedTemplates(counting).map((t) => t.reads),
      [[['counts', 'articles']]],
      'what a layout reads counts for every page',
    );
  });

  it('maps page URLs to the files Eleventy writes, and nothing outside the site', () => {
    assert.equal(outputFile('/artikel/2022/02/x/'), 'artikel/2022/02/x/index.html');
    assert.equal(outputFile('/feed.json'), 'feed.json');
    for (const bad of ['artikel/x/', '/../x/', '/a//b/', null, '/a/./b/']) assert.equal(outputFile(bad), null, String(bad));
  });
});

describe('page hashes', () => {
  const templates = paginatedTemplates(path.join(projectRoot, 'templates'));
  const model = (buildDate: string, title = 'Putin in Peking', extra: string[] = []): SiteModel => {
    const a = record('a', { date: '2022-02-04T11:02', slug: 'putin-in-peking', title, authors: ['Silke Bigalke'] });
    const b = record('b', { date: '2021-12', slug: 'dezember', agencies: ['dpa'] });
    const more = extra.map((id, i) => record(id, { date: `2020-0${i + 1}`, slug: id }));
    const all = [a, b, ...more];
    return buildSiteModel(archive(all, { links: Object.fromEntries(all.map((r) => [r.id, links()])) }), config({ buildDate, baseUrl: 'https://example.org/' }));
  };
  const byUrl = (m: SiteModel, salt = 's') => new Map(pageHashes(m, templates, salt).map((p) => [p.rel, p.hash]));

  it('do not change with the build time, and change with the page, what its template reads and the salt', () => {
    const first = byUrl(model('2026-12-05T22:00:00.000Z'));
    const article = 'artikel/2022/02/putin-in-peking/index.html';
    assert.ok(first.has(article), [...first.keys()].join(', '));
    const later = byUrl(model('2027-01-09T08:30:00.000Z'));
    assert.notEqual(later.get('ueber/index.html'), first.get('ueber/index.html'), 'the about page shows the build time');
    later.delete('ueber/index.html');
    first.delete('ueber/index.html');
    assert.deepEqual(later, first, 'another build time (in the citation of an article page)');

    const three = byUrl(model('2026-12-05T22:00:00.000Z', 'Putin in Peking', ['c', 'd', 'e']));
    const retitled = byUrl(model('2026-12-05T22:00:00.000Z', 'Putin in Moskau', ['c', 'd', 'e']));
    assert.notEqual(retitled.get(article), three.get(article));
    assert.notEqual(retitled.get('artikel/2021/12/dezember/index.html'), three.get('artikel/2021/12/dezember/index.html'), 'its neighbour');
    assert.equal(retitled.get('artikel/2020/01/c/index.html'), three.get('artikel/2020/01/c/index.html'), 'an article far from it');

    const other = model('2026-12-05T22:00:00.000Z');
    other.config.strings = { ...other.config.strings, siteTitle: 'Ein anderes Archiv' };
    assert.ok(
      [...byUrl(other)].every(([url, hash]) => first.get(url) !== hash),
      'a string every page shows',
    );
    assert.ok(
      [...byUrl(model('2026-12-05T22:00:00.000Z'), 't')].every(([url, hash]) => first.get(url) !== hash),
      'the salt',
    );
  });
});

// The site model from small hand-made linked archives: archives, neighbours, feeds, JSON-LD, locale.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getLocale } from '../../src/render/locale.ts';
import { buildSiteModel } from '../../src/render/site.ts';
import { parseJsonFeed, parseNewsArticle } from '../helpers/structured-data.ts';
import { archive, config, links, record } from './fixtures.ts';

const sample = () => {
  const a = record('a', { date: '2021-12', slug: 'dezember', agencies: ['dpa'] });
  const b = record('b', { date: '2022-02-04T11:02', slug: 'russland-china', outlet: 'RT DE', authors: ['Silke Bigalke'] });
  const c = record('c', { date: '2022-02', slug: 'putin-in-peking' });
  const d = record('d', { date: null, slug: 'ohne-datum' });
  const e = record('e', { date: '2022-02-04', dateSource: 'inferred', dateText: 'aus der Geschichte', slug: 'erschlossen' });
  return archive([a, b, c, d, e], {
    links: {
      a: links(),
      b: links({ story: 's1', wireCopyOf: 'c', entities: ['wladimir-putin'], quotes: ['q1'] }),
      c: links({ story: 's1', reprints: ['b'], quotes: ['q1'] }),
      d: links(),
      e: links({ story: 's1' }),
    },
    stories: [{ id: 's1', slug: 'putin-in-peking', title: 'Putin in Peking', start: '2022-02', end: '2022-02-04T11:02', articleIds: ['c', 'e', 'b'] }],
    entities: [{ slug: 'wladimir-putin', name: 'Wladimir Putin', kind: 'person', aliases: ['Putin'], articleIds: ['c', 'b'], seenWith: [] }],
    sources: [
      { slug: 'rt-de', name: 'RT DE', kind: 'outlet', articleIds: ['b'] },
      { slug: 'dpa', name: 'dpa', kind: 'agency', articleIds: ['a'] },
    ],
    quotes: [{ id: 'q1', text: 'beispiellos', speaker: 'Wladimir Putin', articleIds: ['c', 'b'] }],
  });
};

describe('buildSiteModel', () => {
  const model = buildSiteModel(sample(), config());
  const byUrl = new Map(model.listings.map((l) => [l.url, l]));
  const article = (id: string) => model.articles.find((x) => x.id === id)!;

  it('lists articles newest first, undated last', () => {
    assert.deepEqual(
      model.articles.map((x) => x.id),
      ['b', 'e', 'c', 'a', 'd'],
    );
  });

  it('has a page for every year, month and day with articles, and keeps undated ones', () => {
    for (const url of ['/2021/', '/2021/12/', '/2022/', '/2022/02/', '/2022/02/04/', '/ohne-datum/']) assert.ok(byUrl.has(url), url);
    const ids = (url: string) => byUrl.get(url)!.groups.flatMap((g) => g.articles.map((x) => x.id));
    assert.deepEqual(ids('/2022/02/'), ['c', 'e', 'b'], 'the month-only article first, then by day');
    assert.deepEqual(ids('/2022/02/04/'), ['e', 'b']);
    assert.deepEqual(ids('/ohne-datum/'), ['d']);
    assert.equal(byUrl.get('/2022/02/')!.groups[0]!.heading, 'Ohne genauen Tag');
    assert.equal(byUrl.get('/2022/02/')!.groups[1]!.heading, 'Freitag, 4. Februar 2022');
  });

  it('links neighbouring periods and the period above', () => {
    const feb = byUrl.get('/2022/02/')!;
    assert.deepEqual(feb.nav!.previous, { url: '/2021/12/', label: 'Dezember 2021' });
    assert.equal(feb.nav!.next, null);
    assert.deepEqual(feb.nav!.up, { url: '/2022/', label: '2022' });
    const year = byUrl.get('/2022/')!;
    assert.equal(year.children.length, 12);
    assert.equal(year.children.find((m) => m.count)!.url, '/2022/02/');
  });

  it('paginates long listings', () => {
    const many = Array.from({ length: 120 }, (_, i) => record(`m${String(i).padStart(3, '0')}`, { date: '2022-03-01' }));
    const big = buildSiteModel(archive(many), config());
    const pages = big.listings.filter((l) => l.url.startsWith('/2022/03/01/'));
    assert.deepEqual(
      pages.map((p) => p.url),
      ['/2022/03/01/', '/2022/03/01/seite/2/', '/2022/03/01/seite/3/'],
    );
    assert.equal(pages[1]!.pagination!.previous, '/2022/03/01/');
    assert.equal(
      pages.reduce((n, p) => n + p.groups[0]!.articles.length, 0),
      120,
    );
  });

  it('shows dates as precise as known and marks inferred ones', () => {
    assert.equal(article('b').dateLabel, '4. Februar 2022, 11:02 Uhr');
    assert.equal(article('c').dateLabel, 'Februar 2022');
    assert.equal(article('e').dateInferred, true);
    assert.equal(article('e').dateReason, 'aus der Geschichte');
    assert.equal(article('e').url, '/artikel/erschlossen/', 'an inferred date stays out of the URL');
  });

  it('says in English why a date was inferred, naming the story as the English site does', () => {
    const told = sample();
    told.stories[0] = { ...told.stories[0]!, title: 'Putin in Peking (4. Februar 2022)', titleDate: '2022-02-04' };
    const evidence = { basis: 'year', story: 'Putin in Peking (4. Februar 2022)', dated: 1 } as const;
    told.links.e = { ...told.links.e!, inferredDate: { date: '2022', precision: 'year', reason: 'aus der Geschichte', evidence } };
    const en = buildSiteModel(told, config({ locale: getLocale('en') }));
    const e = en.articles.find((x) => x.id === 'e')!;
    assert.equal(e.dateReason, 'Date inferred from the story “Putin in Peking (4 February 2022)”: one dated article from 2022');
  });

  it('gives each article its story, neighbours in time, wire-copy relations, quotes and entity links', () => {
    const b = article('b');
    assert.equal(b.story!.url, '/geschichten/putin-in-peking/');
    assert.equal(b.previous!.id, 'e');
    assert.equal(b.next, null);
    assert.equal(b.wireCopyOf!.id, 'c');
    assert.deepEqual(
      article('c').reprints.map((x) => x.id),
      ['b'],
    );
    assert.equal(b.quotes[0]!.url, '/zitate/#zitat-q1');
    assert.match(b.bodyHtml, /<a class="entity" href="\/personen\/wladimir-putin\/">Wladimir Putin<\/a>/);
    assert.deepEqual(b.entities, [{ kind: 'person', label: 'Personen', links: [{ url: '/personen/wladimir-putin/', label: 'Wladimir Putin' }] }]);
    assert.equal(b.outletUrl, '/quellen/rt-de/');
  });

  it('writes JSON-LD NewsArticle with the required fields', () => {
    const ld = parseNewsArticle(article('b').jsonLd);
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld.headline, 'Titel b');
    assert.equal(ld.datePublished, '2022-02-04T11:02');
    assert.deepEqual(ld.author, [{ '@type': 'Person', name: 'Silke Bigalke' }]);
    assert.deepEqual(ld.publisher, { '@type': 'Organization', name: 'RT DE' });
    assert.equal(ld.isBasedOn, 'https://example.org/archiv/artikel/2022/02/putin-in-peking/');
    assert.equal(ld.url, 'https://example.org/archiv/artikel/2022/02/russland-china/');
    assert.equal(parseNewsArticle(article('e').jsonLd).datePublished, undefined, 'an inferred date is not published as fact');
  });

  it('writes feeds of articles with their own date, absolute URLs and full text', () => {
    const json = parseJsonFeed(model.feeds.json);
    assert.equal(json.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(json.feed_url, 'https://example.org/archiv/feed.json');
    assert.deepEqual(
      json.items.map((i) => i.id.replace('https://example.org/archiv/artikel/', '')),
      ['2022/02/russland-china/', '2022/02/putin-in-peking/', '2021/12/dezember/'],
    );
    assert.equal(json.items[0]!.date_published, '2022-02-04T11:02:00Z');
    assert.match(json.items[0]!.content_html, /<h2>Zwischentitel<\/h2>/);
    assert.match(model.feeds.atom, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    assert.match(model.feeds.atom, /<updated>2022-02-04T11:02:00Z<\/updated>/, 'the feed date comes from the newest article, not the build');
    assert.match(model.sitemap, /<loc>https:\/\/example.org\/archiv\/artikel\/ohne-datum\/<\/loc>/);
    assert.match(model.robots, /Sitemap: https:\/\/example.org\/archiv\/sitemap.xml/);
  });

  it('speaks English with --locale en', () => {
    const en = buildSiteModel(sample(), config({ locale: getLocale('en') }));
    assert.equal(en.config.lang, 'en');
    assert.equal(en.articles.find((x) => x.id === 'c')!.dateLabel, 'February 2022');
    assert.equal(en.listings.find((l) => l.url === '/ohne-datum/')!.title, 'Undated');
  });
});

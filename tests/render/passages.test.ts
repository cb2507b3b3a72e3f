// Shared passages marked in the body and in embedded copy, on a small fixture: two articles share a
// passage, one of them in embedded copy; plus the reprint notices, "auch bei" on quotes and story slugs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { paragraphsOf } from '../../src/link/text.ts';
import type { SharedPassage } from '../../src/record.ts';
import { getLocale } from '../../src/render/locale.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';
import { paragraphOfLines, passageMarks, renderMarked } from '../../src/render/passages.ts';
import { buildSiteModel } from '../../src/render/site.ts';
import { capSlug, storySlugs } from '../../src/render/urls.ts';
import { parseNewsArticle } from '../helpers/structured-data.ts';
import { archive, config, links, record } from './fixtures.ts';

const WIRE = 'Peking (dpa) - Russland und China rücken enger zusammen.';
const SECOND = 'Beide Länder forderten ein Ende der Nato-Osterweiterung.';

/** "a" (dpa, earliest) has the passage in its body; "b" (RT DE) reprints it inside embedded copy; "c" quotes it too. */
const sample = () => {
  const a = record('a', {
    date: '2022-02-04T10:00',
    agencies: ['dpa'],
    title: 'Putin in Peking',
    body: `Eigener Einstieg.\n\n${WIRE}\n\n## Zwischentitel\n\n${SECOND}\n\nEigener Schluss.`,
  });
  const b = record('b', {
    date: '2022-02-04T11:02',
    outlet: 'RT DE',
    title: 'Russland und China fordern gemeinsam Ende der NATO-Erweiterung',
    body: 'Eigener Text von RT DE.',
    embedded: [
      { title: 'Andere Meldung', credit: 'AFP', date: null, text: 'Nichts Geteiltes.' },
      { title: 'ROUNDUP', credit: 'dpa-AFX', date: '2022-02-04T14:24', text: `Vorspann.\n\n${WIRE} ${SECOND}` },
    ],
  });
  const c = record('c', { date: '2022-02-05', title: 'Nachlese', body: `Schon gestern hieß es: ${WIRE}` });
  const passages: SharedPassage[] = [
    {
      id: 'p1',
      text: `${WIRE}\n\n${SECOND}`,
      occurrences: [
        { articleId: 'a', paragraph: 1, paragraphs: [1, 2], embedded: null },
        { articleId: 'b', paragraph: 1, paragraphs: [1], embedded: 1 },
      ],
    },
    {
      id: 'p2',
      text: WIRE,
      occurrences: [
        { articleId: 'a', paragraph: 1, paragraphs: [1], embedded: null },
        { articleId: 'c', paragraph: 0, paragraphs: [0], embedded: null },
      ],
    },
  ];
  return archive([a, b, c], {
    links: {
      a: links({ story: 's1', reprints: ['b'], passages: ['p1', 'p2'], quotes: ['q1'] }),
      b: links({ story: 's1', wireCopyOf: 'a', wireCopy: { of: 'a', share: 0.7, sourceShare: 0.8 }, passages: ['p1'], quotes: ['q1'] }),
      c: links({ story: 's1', passages: ['p2'], quotes: ['q1'] }),
    },
    passages,
    quotes: [{ id: 'q1', text: 'enger zusammen', speaker: null, articleIds: ['a', 'b', 'c'] }],
    stories: [
      {
        id: 's1',
        slug: 'angesichts-zahlreicher-militaerischer-spannungen-zwischen-den-grossmaechten-vom-westpazifik',
        title: 'Angesichts zahlreicher militärischer Spannungen zwischen den Großmächten vom Westpazifik…',
        start: '2022-02-04T10:00',
        end: '2022-02-05',
        articleIds: ['a', 'b', 'c'],
      },
    ],
  });
};

describe('paragraphOfLines', () => {
  it('numbers paragraphs exactly as the link stage counts them', () => {
    const texts = ['Eins.\n\n## Titel\n\nZwei\nnoch zwei.\n \t\nDrei.', '\n\n# Kopf\nmit Text\n\nEins.\r\n\r\nZwei.\n\n\n\nDrei.\n', '#Kein Titel\n\n   \n\nEins.'];
    for (const text of texts) {
      const lines = text.replace(/\r\n?/g, '\n').split('\n');
      const byIndex = new Map<number, string[]>();
      paragraphOfLines(text).forEach((n, i) => {
        if (n !== null) byIndex.set(n, [...(byIndex.get(n) ?? []), lines[i]!]);
      });
      assert.deepEqual(
        [...byIndex.values()].map((l) => l.join('\n').trim()),
        paragraphsOf(text),
        JSON.stringify(text),
      );
    }
  });
});

describe('renderMarked', () => {
  const options = { note: (ids: string[]) => `<div class="passage-note">${ids.join(',')}</div>`, anchor: (id: string) => `geteilt-${id}` };

  it('prints what renderMarkdown prints when nothing is shared', () => {
    const body = 'Eins.\n\n## Titel\n\nZwei *kursiv*.';
    assert.equal(renderMarked(body, new Map(), options), renderMarkdown(body));
  });

  it('wraps each run of marked paragraphs in one block with one note, a subheading inside included', () => {
    const body = 'Eins.\n\nZwei.\n\n## Titel\n\nDrei.\n\nVier.\n\nFünf.';
    const html = renderMarked(
      body,
      new Map([
        [1, ['p2']],
        [2, ['p2']],
        [3, ['p1']],
      ]),
      options,
    );
    assert.equal(
      html,
      '<p>Eins.</p>\n' +
        '<div class="shared-passage" id="geteilt-p2"><span id="geteilt-p1"></span>\n<div class="passage-note">p2,p1</div>\n<p>Zwei.</p>\n<h2>Titel</h2>\n<p>Drei.</p>\n<p>Vier.</p>\n</div>\n' +
        '<p>Fünf.</p>\n',
    );
  });
});

describe('shared passages on article pages', () => {
  const model = buildSiteModel(sample(), config());
  const article = (id: string) => model.articles.find((x) => x.id === id)!;

  it('finds the marked paragraphs of the body and of embedded copy', () => {
    const marks = passageMarks('b', sample().passages);
    assert.equal(marks.body.size, 0);
    assert.deepEqual([...marks.embedded.get(1)!], [[1, ['p1']]]);
    assert.deepEqual(
      [...passageMarks('a', sample().passages).body],
      [
        [1, ['p1', 'p2']],
        [2, ['p1']],
      ],
    );
  });

  it('marks the passage in the body with links to the other articles carrying it, earliest first', () => {
    const html = article('a').bodyHtml;
    const runs = [...html.matchAll(/<div class="shared-passage"[^>]*>([\s\S]*?)<\/p>\n<\/div>/g)].map((m) => m[0]);
    assert.equal(runs.length, 2, html);
    assert.match(runs[0]!, /^<div class="shared-passage" id="geteilt-p1"><span id="geteilt-p2"><\/span>/);
    assert.match(runs[0]!, /<div class="passage-note" data-pagefind-ignore><span class="passage-label">Auch bei:<\/span> /);
    const order = [...runs[0]!.matchAll(/<a href="([^"]+)">/g)].map((m) => m[1]);
    assert.deepEqual(order, ['/artikel/2022/02/b/#geteilt-p1', '/artikel/2022/02/c/#geteilt-p2']);
    assert.match(runs[0]!, /Russland und China fordern gemeinsam Ende der NATO-Erweiterung<\/a> \(RT DE, 4\. Februar 2022, 11:02 Uhr\)(,|<\/)/);
    assert.match(runs[0]!, new RegExp(`<p>${WIRE.replace(/[()]/g, '\\$&')}</p>`), 'the wire paragraph is inside');
    assert.match(html, /<\/div>\n<h2>Zwischentitel<\/h2>\n<div class="shared-passage">/, 'a subheading between runs of other passages stays outside');
    assert.doesNotMatch(runs[1]!, /nachlese|\/c\//, 'the second run is only carried by b');
    assert.match(html, /^<p>Eigener Einstieg\.<\/p>/);
    assert.match(html, /<p>Eigener Schluss\.<\/p>\n$/);
  });

  it('marks the passage inside embedded copy, counting the paragraphs of that copy', () => {
    const b = article('b');
    assert.doesNotMatch(b.bodyHtml, /shared-passage/);
    assert.doesNotMatch(b.embedded[0]!.html, /shared-passage/);
    assert.match(
      b.embedded[1]!.html,
      /^<p>Vorspann\.<\/p>\n<div class="shared-passage" id="geteilt-p1">\n<div class="passage-note"[^>]*>.*<a href="\/artikel\/2022\/02\/a\/#geteilt-p1">Putin in Peking<\/a> \(dpa, 4\. Februar 2022, 10:00 Uhr\)<\/div>\n<p>Peking/,
    );
  });

  it('gives valid HTML, with the note out of the search index', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    for (const x of model.articles) {
      const html = `<!DOCTYPE html><html lang="de"><head><title>x</title></head><body><main>${x.bodyHtml}${x.embedded.map((e) => e.html).join('')}</main></body></html>`;
      const report = await validator.validateString(html);
      assert.ok(report.valid, JSON.stringify(report.results.flatMap((r) => r.messages.map((m) => m.message))));
      for (const note of x.bodyHtml.match(/<div class="passage-note"[^>]*>/g) ?? []) assert.match(note, /data-pagefind-ignore/);
    }
  });

  it('says at the top which article one mostly reprints, and on the source who reprinted it', () => {
    assert.deepEqual(article('b').wireCopyRef, { url: '/artikel/2022/02/a/', title: 'Putin in Peking', meta: 'dpa, 4. Februar 2022, 10:00 Uhr', short: 'dpa' });
    assert.deepEqual(
      article('a').reprintRefs.map((r) => r.url),
      ['/artikel/2022/02/b/'],
    );
    assert.equal(article('c').wireCopyRef, null);
  });

  it('gives each shared quote "auch bei" links to the other articles carrying it, earliest first', () => {
    assert.deepEqual(
      article('b').quotes[0]!.others.map((r) => [r.url, r.short]),
      [
        ['/artikel/2022/02/a/', 'dpa'],
        ['/artikel/2022/02/c/', 'Nachlese'],
      ],
    );
    assert.deepEqual(
      article('a').quotes[0]!.others.map((r) => r.short),
      ['RT DE', 'Nachlese'],
    );
  });

  it('marks the German text lang="de" when the site speaks English', () => {
    assert.equal(article('a').lang, null);
    const en = buildSiteModel(sample(), config({ locale: getLocale('en') }));
    const a = en.articles.find((x) => x.id === 'a')!;
    assert.equal(a.lang, 'de');
    assert.match(a.bodyHtml, /<div class="passage-note" data-pagefind-ignore lang="en"><span class="passage-label">Also in:<\/span> <a href="[^"]+" lang="de">/);
    assert.equal(parseNewsArticle(a.jsonLd).inLanguage, 'de');
  });
});

describe('story slugs', () => {
  it('caps long story slugs at 60 characters on a word, keeping them unique', () => {
    assert.equal(capSlug('putin-in-peking'), 'putin-in-peking');
    assert.equal(
      capSlug('angesichts-zahlreicher-militaerischer-spannungen-zwischen-den-grossmaechten-vom-westpazifik'),
      'angesichts-zahlreicher-militaerischer-spannungen-zwischen',
    );
    assert.equal(capSlug('a'.repeat(80)), 'a'.repeat(60));
    const long = 'ein-sehr-langer-titel-einer-geschichte-ueber-die-spannungen-zwischen-den-grossmaechten';
    const stories = [long, `${long}-2`, 'kurz'].map((slug, i) => ({ id: `s${i}`, slug, title: slug, start: null, end: null, articleIds: [] }));
    const slugs = [...storySlugs(stories).values()];
    assert.deepEqual(slugs, ['ein-sehr-langer-titel-einer-geschichte-ueber-die-spannungen', 'ein-sehr-langer-titel-einer-geschichte-ueber-die-spannungen-2', 'kurz']);
    const model = buildSiteModel(sample(), config());
    assert.equal(model.articles[0]!.story!.url, '/geschichten/angesichts-zahlreicher-militaerischer-spannungen-zwischen/');
    assert.ok(model.listings.some((l) => l.url === '/geschichten/angesichts-zahlreicher-militaerischer-spannungen-zwischen/'));
  });
});

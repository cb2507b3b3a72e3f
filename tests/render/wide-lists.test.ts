// Long lists on pages: a quote carried by a thousand articles lists its first few with "und N weitere" and has
// pages of its own; a boilerplate passage is marked with its count, not its thousand carriers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSiteModel } from '../../src/render/site.ts';
import { archive, config, links, record } from './fixtures.ts';
import { carriersAtLeast } from '../../src/render/pages/notes.ts';

const N = 1000;
const FOOTER = 'Hinweis der Redaktion: Dieser Beitrag wurde von einer Agentur übernommen.';

function wide() {
  const ids = Array.from({ length: N }, (_, i) => `a${String(i).padStart(4, '0')}`);
  const records = ids.map((id, i) =>
    record(id, { date: `2022-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, body: `Eigener Text von ${id}.\n\n${FOOTER}` }),
  );
  return archive(records, {
    links: Object.fromEntries(ids.map((id) => [id, links({ quotes: ['q-wide'], passages: ['p-footer'] })])),
    quotes: [{ id: 'q-wide', text: 'Wir werden das nicht hinnehmen', speaker: null, articleIds: ids }],
    passages: [
      {
        id: 'p-footer',
        text: FOOTER,
        occurrences: ids.map((articleId) => ({ articleId, paragraph: 1, paragraphs: [1], embedded: null })),
        boilerplate: true,
      },
    ],
  });
}

describe('long lists', () => {
  const model = buildSiteModel(wide(), config());

  it('the quotes page lists a quote\'s first 10 carriers and "und 990 weitere", linking its own pages', () => {
    const q = model.quotePages[0]!.items[0]!;
    assert.equal(q.carriedBy.length, 10);
    assert.deepEqual(q.more, { url: `/zitate/${q.anchor}/`, label: 'und 990 weitere' });
    const own = model.quoteCarrierPages;
    assert.equal(own.length, 5, 'every carrier, 200 a page');
    assert.equal(own[0]!.url, `/zitate/${q.anchor}/`);
    assert.equal(
      own.reduce((n, p) => n + p.items.length, 0),
      N,
    );
    assert.equal(new Set(own.flatMap((p) => p.items.map((c) => c.article.id))).size, N);
    assert.equal(own[1]!.pagination!.previous, own[0]!.url);
    assert.ok(model.sitemap.includes(`/zitate/${q.anchor}/seite/5/`), 'in the sitemap');
  });

  it('an article\'s quote lists five other carriers and links "und N weitere" where all are listed', () => {
    const q = model.articles.find((a) => a.id === 'a0500')!.quotes[0]!;
    assert.equal(q.others.length, 5);
    assert.deepEqual(q.more, { url: model.quoteCarrierPages[0]!.url, label: 'und 994 weitere' });
    const few = buildSiteModel(
      archive(
        ['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8'].map((id) => record(id)),
        {
          links: Object.fromEntries(['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8'].map((id) => [id, links({ quotes: ['q-few'] })])),
          quotes: [{ id: 'q-few', text: 'Das ist nicht hinnehmbar', speaker: null, articleIds: ['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8'] }],
        },
      ),
      config(),
    );
    const fewQuote = few.articles[0]!.quotes[0]!;
    assert.deepEqual(fewQuote.more, { url: fewQuote.url, label: 'und 2 weitere' }, 'the quote pages list all eight');
    assert.equal(few.quoteCarrierPages.length, 0);
  });

  it('a boilerplate passage is marked with its count, rounded down, and no article page lists its carriers', () => {
    const page = model.articles.find((a) => a.id === 'a0500')!;
    assert.match(page.bodyHtml, /Standardtext, in mindestens 1\.000 Artikeln/);
    assert.ok(page.bodyHtml.length < 5000, `body ${page.bodyHtml.length} characters`);
  });
});

describe('a passage carried by many articles', () => {
  const n = 100;
  const ids = Array.from({ length: n }, (_, i) => `w${String(i).padStart(3, '0')}`);
  const WIRE = 'Die Regierung hat am Montag ein neues Gesetz zur Energieversorgung beschlossen.';
  const model = buildSiteModel(
    archive(
      ids.map((id, i) =>
        record(id, {
          date: `2022-01-01T${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z`,
          body: `Eigener Text von ${id}.\n\n${WIRE}`,
        }),
      ),
      {
        links: Object.fromEntries(ids.map((id) => [id, links({ passages: ['p-wire'] })])),
        passages: [{ id: 'p-wire', text: WIRE, occurrences: ids.map((articleId) => ({ articleId, paragraph: 1, paragraphs: [1], embedded: null })) }],
      },
    ),
    config(),
  );
  const urlOf = new Map(model.articles.map((a) => [a.url, a.id]));
  const listed = (id: string) => {
    const html = model.articles.find((a) => a.id === id)!.bodyHtml;
    return [...html.matchAll(/<li><a href="([^"#]+)#/g)].map((m) => urlOf.get(m[1]!)!);
  };

  it('each note lists the 10 carriers nearest in time and counts the rest', () => {
    assert.deepEqual(listed('w050'), ['w045', 'w046', 'w047', 'w048', 'w049', 'w051', 'w052', 'w053', 'w054', 'w055']);
    assert.deepEqual(listed('w000'), ids.slice(1, 11));
    assert.match(model.articles.find((a) => a.id === 'w050')!.bodyHtml, /<li><a href="\/geteilt\/p-wire\/">und 89 weitere<\/a><\/li>/);
  });

  it('"und 89 weitere" links the passage\'s own page, which lists every carrier once, in time order', () => {
    const own = model.passageCarrierPages;
    assert.deepEqual(
      own.map((p) => p.url),
      ['/geteilt/p-wire/'],
    );
    assert.deepEqual(
      own[0]!.items.map((a) => a.id),
      ids,
    );
    assert.equal(own[0]!.passage.text, WIRE);
    assert.ok(model.sitemap.includes('/geteilt/p-wire/'), 'in the sitemap');
  });

  it('a passage whose note lists every carrier has no page of its own', () => {
    const few = ids.slice(0, 11); // the note on each lists the other 10
    const small = buildSiteModel(
      archive(
        few.map((id, i) => record(id, { date: `2022-01-${String(1 + i).padStart(2, '0')}`, body: `Eigener Text von ${id}.\n\n${WIRE}` })),
        {
          links: Object.fromEntries(few.map((id) => [id, links({ passages: ['p-few'] })])),
          passages: [{ id: 'p-few', text: WIRE, occurrences: few.map((articleId) => ({ articleId, paragraph: 1, paragraphs: [1], embedded: null })) }],
        },
      ),
      config(),
    );
    assert.deepEqual(small.passageCarrierPages, []);
    assert.doesNotMatch(small.articles[0]!.bodyHtml, /\/geteilt\/|<li>(<a [^>]*>)?und \d+ weitere/, 'the note lists all ten others');
  });

  it('two passages in one paragraph, neither wide enough for its own page: the note names every carrier of both', () => {
    const one = ids.slice(1, 10); // 9 others carry the first sentence, 9 the second: 18 in the note, 10 carriers each
    const two = ids.slice(10, 19);
    const occurrences = (list: string[]) => ['w000', ...list].map((articleId) => ({ articleId, paragraph: 1, paragraphs: [1], embedded: null }));
    const both = buildSiteModel(
      archive(
        ['w000', ...one, ...two].map((id, i) => record(id, { date: `2022-02-${String(1 + i).padStart(2, '0')}`, body: `Eigener Text von ${id}.\n\n${WIRE} ${WIRE}` })),
        {
          links: Object.fromEntries(['w000', ...one, ...two].map((id) => [id, links({ passages: ['p-one', 'p-two'] })])),
          passages: [
            { id: 'p-one', text: WIRE, occurrences: occurrences(one) },
            { id: 'p-two', text: WIRE, occurrences: occurrences(two) },
          ],
        },
      ),
      config(),
    );
    assert.deepEqual(both.passageCarrierPages, []);
    const html = both.articles.find((a) => a.id === 'w000')!.bodyHtml;
    assert.equal([...html.matchAll(/<li><a href="\/artikel\//g)].length, 18, 'every carrier named');
    assert.doesNotMatch(html, /<li>(<a [^>]*>)?und \d+ weitere/);
  });

  it('the summary names two different outlets, not the same one twice', () => {
    const wire = ids.slice(0, 8);
    const outlets = ['dpa', 'dpa', 'dpa', 'Reuters', 'AFP', 'AFP', 'dpa', 'dpa'];
    const same = buildSiteModel(
      archive(
        wire.map((id, i) => record(id, { date: `2022-02-${String(1 + i).padStart(2, '0')}`, outlet: outlets[i]!, body: `Eigener Text.\n\n${WIRE}` })),
        {
          links: Object.fromEntries(wire.map((id) => [id, links({ passages: ['p-w'] })])),
          passages: [{ id: 'p-w', text: WIRE, occurrences: wire.map((articleId) => ({ articleId, paragraph: 1, paragraphs: [1], embedded: null })) }],
        },
      ),
      config(),
    );
    const summary = /<summary>([\s\S]*?)<\/summary>/.exec(same.articles.find((a) => a.id === 'w007')!.bodyHtml)![1]!;
    assert.match(summary, /<\/span> dpa, Reuters und 5 weitere$/);
    const agencies = buildSiteModel(
      archive(
        wire.map((id, i) =>
          record(id, {
            date: `2022-02-${String(1 + i).padStart(2, '0')}`,
            outlet: i === 0 ? null : 'dpa',
            agencies: i === 0 ? ['dpa-AFX', 'Reuters'] : [],
            body: `Eigener Text.\n\n${WIRE}`,
          }),
        ),
        {
          links: Object.fromEntries(wire.map((id) => [id, links({ passages: ['p-w'] })])),
          passages: [{ id: 'p-w', text: WIRE, occurrences: wire.map((articleId) => ({ articleId, paragraph: 1, paragraphs: [1], embedded: null })) }],
        },
      ),
      config(),
    );
    const joint = /<summary>([\s\S]*?)<\/summary>/.exec(agencies.articles.find((a) => a.id === 'w007')!.bodyHtml)![1]!;
    assert.match(joint, /<\/span> dpa-AFX\/Reuters, dpa und 5 weitere$/, 'an article credited to two agencies is one name');
  });

  it('every carrier stays reachable from every other through the notes', () => {
    const seen = new Set(['w000']);
    for (let queue = ['w000']; queue.length;) {
      for (const next of listed(queue.pop()!)) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    assert.equal(seen.size, n);
  });
});

describe('a person, an outlet named by hundreds of articles', () => {
  const n = 450;
  const ids = Array.from({ length: n }, (_, i) => `p${String(i).padStart(3, '0')}`);
  const records = ids.map((id, i) => record(id, { date: `2022-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, outlet: 'ORF' }));
  const entity = { slug: 'wladimir-putin', name: 'Wladimir Putin', kind: 'person' as const, aliases: [], articleIds: ids, seenWith: [] };
  const model = buildSiteModel(archive(records, { entities: [entity], sources: [{ slug: 'orf', name: 'ORF', kind: 'outlet', articleIds: ids }], stories: [] }), config());
  const pagesOf = (kind: string) => model.listings.filter((l) => l.kind === kind);

  it('lists every article once, in compact cards, 200 a page, with page links', () => {
    for (const kind of ['entity', 'source']) {
      const pages = pagesOf(kind);
      assert.deepEqual(
        pages.map((p) => p.groups.flatMap((g) => g.articles).length),
        [200, 200, 50],
        kind,
      );
      assert.ok(pages.every((p) => p.compact));
      assert.equal(new Set(pages.flatMap((p) => p.groups.flatMap((g) => g.articles.map((a) => a.id)))).size, n);
      assert.equal(pages[1]!.pagination!.previous, pages[0]!.url);
      assert.equal(pages[1]!.pagination!.next, pages[2]!.url);
      assert.deepEqual(
        pages[2]!.pagination!.links.map((l) => l && l.n),
        [1, 2, 3],
      );
      assert.equal(pages[0]!.intro, '450 Artikel');
    }
  });

  it('date listings keep their full cards, 50 a page', () => {
    const day = pagesOf('day')[0]!;
    assert.equal(day.compact, false);
    assert.ok(pagesOf('month').every((p) => !p.compact && p.groups.flatMap((g) => g.articles).length <= 50));
  });

  it('a page of long titles holds fewer cards, so no page grows past its budget', () => {
    const long = ids.map((id, i) => record(id, { title: `${'Überlange Schlagzeile '.repeat(60)}${i}`, date: `2022-01-${String(1 + (i % 28)).padStart(2, '0')}` }));
    const wide = buildSiteModel(archive(long, { entities: [entity] }), config());
    const pages = wide.listings.filter((l) => l.kind === 'entity');
    const sizes = pages.map((p) => p.groups.flatMap((g) => g.articles).length);
    assert.ok(pages.length > 3, `${pages.length} pages of ${sizes.join(', ')}`);
    assert.equal(
      sizes.reduce((a, b) => a + b, 0),
      n,
    );
  });
});

describe('the count a boilerplate note shows', () => {
  it('is rounded down to 1, 2 or 5 times a power of ten, so one more carrier seldom changes every carrier’s page', () => {
    const shown = [0, 1, 4, 5, 19, 20, 999, 1000, 1001, 1999, 2600, 12000].map(carriersAtLeast);
    assert.deepEqual(shown, [0, 1, 2, 5, 10, 20, 500, 1000, 1000, 1000, 2000, 10000]);
  });
});

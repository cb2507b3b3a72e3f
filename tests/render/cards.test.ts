// Cards and kickers that do not say the same sentence twice, and undated articles in file order with what is known.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getLocale } from '../../src/render/locale.ts';
import { buildSiteModel } from '../../src/render/site.ts';
import { archive, config, links, record } from './fixtures.ts';

const lead =
  'Angesichts zahlreicher Spannungen zwischen den Großmächten vom Westpazifik bis Osteuropa konferierten die Staatschefs am Mittwoch per Video. Moskau fordert Sicherheitsgarantien.';

describe('cards and kickers', () => {
  const cut = record('cut', { title: 'Angesichts zahlreicher Spannungen zwischen den Großmächten vom Westpazifik…', titleSource: 'derived', lead });
  const other = record('other', { title: 'Putin lächelte in die Kamera', date: '2021-12-15' });
  const model = buildSiteModel(
    archive([cut, other], {
      links: { cut: links({ story: 's1' }), other: links({ story: 's1' }) },
      stories: [
        {
          id: 's1',
          slug: 's',
          title: 'ANGESICHTS ZAHLREICHER SPANNUNGEN zwischen den Großmächten vom Westpazifik…',
          start: '2022-02-04',
          end: '2022-02-04',
          articleIds: ['cut', 'other'],
        },
      ],
    }),
    config(),
  );
  const page = (id: string) => model.articles.find((a) => a.id === id)!;

  it('drops a kicker that repeats the title or lead, in any case, and keeps one that says more', () => {
    assert.equal(page('cut').story!.kicker, false);
    assert.equal(page('other').story!.kicker, true);
  });

  it('starts a teaser after the sentence the title was cut from', () => {
    assert.equal(page('cut').teaser, 'Moskau fordert Sicherheitsgarantien.');
    assert.equal(page('other').teaser, 'Erster Absatz von other über Wladimir Putin.');
  });
});

describe('undated articles', () => {
  const undated = (path: string, over = {}) =>
    record(path.replace(/\W/g, '-'), {
      date: null,
      datePrecision: null,
      dateSource: 'none',
      source: { path, sha256: 'a'.repeat(64), encoding: 'UTF-8', bytes: 10 },
      title: `"${path}"`,
      ...over,
    });
  const files = [
    undated('b/10.txt'),
    undated('b/2.txt', { outlet: 'DER STANDARD' }),
    undated('a/x.txt'),
    undated('b/1.txt'),
    undated('c.txt', { titleSource: 'opening' }),
  ];
  const model = buildSiteModel(archive([...files, record('dated')]), config());

  it('keep the natural order of their files, on the undated page, for previous/next and on the home page after the dated ones', () => {
    const order = ['a/x.txt', 'b/1.txt', 'b/2.txt', 'b/10.txt', 'c.txt'];
    const listing = model.listings.find((l) => l.kind === 'undated')!;
    assert.deepEqual(
      listing.groups[0]!.articles.map((c) => files.find((f) => f.id === c.id)!.source.path),
      order,
    );
    assert.deepEqual(
      model.home.undatedCards.map((c) => files.find((f) => f.id === c.id)!.source.path),
      order,
    );
    assert.equal(model.home.timeline.length, 1);
    const b2 = model.articles.find((a) => a.id === 'b-2-txt')!;
    assert.equal(b2.previous!.id, 'b-1-txt');
    assert.equal(b2.next!.id, 'b-10-txt');
  });

  it('say what is known on their cards instead of "Ohne Datum", and mark an opening-words title', () => {
    const card = (id: string) => model.home.undatedCards.find((c) => c.id === id)!;
    assert.equal(card('b-2-txt').facts, 'DER STANDARD · b · 300 Wörter');
    assert.equal(card('a-x-txt').facts, 'Medium unbekannt · a · 300 Wörter');
    assert.equal(card('c-txt').facts, 'Medium unbekannt · 300 Wörter');
    assert.equal(card('c-txt').titleNote, 'Anfang des Textes');
    const en = buildSiteModel(archive(files), config({ locale: getLocale('en') }));
    assert.equal(en.home.undatedCards.find((c) => c.id === 'a-x-txt')!.facts, 'Outlet unknown · a · 300 words');
  });
});

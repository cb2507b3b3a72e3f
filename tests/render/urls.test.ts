// Permalinks: readable, unique, and stable when the archive grows.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { absoluteUrl, assignUrls, originalNames, pageUrl, periodUrl } from '../../src/render/urls.ts';
import { record } from './fixtures.ts';

describe('assignUrls', () => {
  it('puts the year and month of the own date into the URL', () => {
    const urls = assignUrls([
      record('a', { slug: 'putin-in-peking', date: '2022-02-04T11:02' }),
      record('b', { slug: 'jahr', date: '2021' }),
      record('c', { slug: 'ohne', date: null }),
    ]);
    assert.equal(urls.get('a'), '/artikel/2022/02/putin-in-peking/');
    assert.equal(urls.get('b'), '/artikel/2021/jahr/');
    assert.equal(urls.get('c'), '/artikel/ohne/');
  });

  it('never uses an inferred date, which may change when other articles arrive', () => {
    const urls = assignUrls([record('a', { slug: 'x', date: '2022-02-04', dateSource: 'inferred' })]);
    assert.equal(urls.get('a'), '/artikel/x/');
  });

  it('gives a clashing slug a suffix from the id, whatever the input order', () => {
    const a = record('001-a', { slug: 'gleich' });
    const b = record('002-b', { slug: 'gleich' });
    for (const order of [
      [a, b],
      [b, a],
    ]) {
      const urls = assignUrls(order);
      assert.equal(urls.get('001-a'), '/artikel/2022/02/gleich/');
      assert.equal(urls.get('002-b'), '/artikel/2022/02/gleich-002-b/');
    }
  });

  it('keeps the URLs the published site uses, even when a new article with a smaller id takes the same slug', () => {
    const old = record('500-old', { slug: 'gleich' });
    const first = assignUrls([old]);
    const newcomer = record('100-new', { slug: 'gleich' });
    const second = assignUrls([old, newcomer], first);
    assert.equal(second.get('500-old'), first.get('500-old'));
    assert.equal(second.get('100-new'), '/artikel/2022/02/gleich-100-new/');
  });

  it('property: adding articles never moves an existing URL, and all URLs are unique', () => {
    const arb = fc.array(fc.record({ slug: fc.constantFrom('a', 'b', 'c'), date: fc.constantFrom('2022-02', '2022-02-04', '2021', null) }), { maxLength: 12 });
    fc.assert(
      fc.property(arb, arb, (before, added) => {
        const olds = before.map((x, i) => record(`id-${String(i).padStart(3, '0')}`, x));
        const news = added.map((x, i) => record(`id-${i % 2 ? 'z' : '0'}${i}`, x));
        const first = assignUrls(olds);
        const second = assignUrls([...news, ...olds], first);
        for (const o of olds) assert.equal(second.get(o.id), first.get(o.id));
        assert.equal(new Set(second.values()).size, second.size);
      }),
    );
  });
});

describe('other URLs', () => {
  it('builds period, page and absolute URLs, and the names of the originals', () => {
    assert.equal(periodUrl('2022'), '/2022/');
    assert.equal(periodUrl('2022-02-04'), '/2022/02/04/');
    assert.equal(pageUrl('/personen/putin/', 1), '/personen/putin/');
    assert.equal(pageUrl('/personen/putin/', 3), '/personen/putin/seite/3/');
    // every original is published as .txt, and two inputs never share a name there
    assert.deepEqual(
      [...originalNames(['a.txt', 'a', 'x.html', 'x.html.txt', 'y.svg'])],
      [
        ['a.txt', 'a.txt'],
        ['a', 'a.2.txt'],
        ['x.html', 'x.html.2.txt'],
        ['x.html.txt', 'x.html.txt'],
        ['y.svg', 'y.svg.txt'],
      ],
    );
    assert.equal(absoluteUrl('https://example.org/archiv/', '/artikel/x/'), 'https://example.org/archiv/artikel/x/');
    assert.equal(absoluteUrl('https://example.org/archiv', '/'), 'https://example.org/archiv/');
  });
});

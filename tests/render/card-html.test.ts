// Article cards as HTML (src/render/card-html.ts): the markup partials/cards.njk printed field by field, escaped
// with src/escape.ts, and made once per card and variant however many listings show the card.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cardHtml, cardListHtml } from '../../src/render/card-html.ts';
import { getLocale } from '../../src/render/locale.ts';
import type { ArticleCard } from '../../src/render/model.ts';

const s = getLocale('de').strings;

function card(over: Partial<ArticleCard> = {}): ArticleCard {
  return {
    id: 'a1',
    url: '/artikel/2022/02/putin-in-peking/',
    title: 'Putin in Peking',
    date: '2022-02-04T11:02',
    dateLabel: '4. Februar 2022, 11:02 Uhr',
    dateInferred: false,
    credit: 'DER STANDARD',
    teaser: 'Der Kreml sagt „Partnerschaft“.',
    titleNote: null,
    facts: null,
    ...over,
  };
}

describe('article cards as HTML', () => {
  it('prints date, credit, title at the heading level and teaser, as the template did', () => {
    assert.equal(
      cardHtml(card(), 2, false, s),
      '\n  <li class="card">\n    <p class="card-meta"><time datetime="2022-02-04T11:02">4. Februar 2022, 11:02 Uhr</time>' +
        '<span class="sep" aria-hidden="true"> · </span><span class="credit">DER STANDARD</span></p>\n' +
        '    <h2 class="card-title"><a href="/artikel/2022/02/putin-in-peking/">Putin in Peking</a></h2>\n' +
        '    <p class="card-teaser">Der Kreml sagt „Partnerschaft“.</p>\n  </li>',
    );
  });

  it('a compact card has no teaser', () => {
    const html = cardHtml(card(), 3, true, s);
    assert.doesNotMatch(html, /card-teaser/);
    assert.match(html, /<h3 class="card-title"><a href="[^"]+">Putin in Peking<\/a><\/h3>\n {2}<\/li>$/);
  });

  it("says an inferred date, an undated article's facts instead of a credit, and a title that is the text's opening", () => {
    assert.match(
      cardHtml(card({ dateInferred: true }), 3, false, s),
      /<\/time> <span class="badge" title="Datum erschlossen">Datum erschlossen<\/span><span class="sep"/,
    );
    const undated = cardHtml(card({ date: null, dateLabel: null, facts: 'ORF · 412 Wörter' }), 3, false, s);
    assert.match(undated, /<p class="card-meta"><span class="facts">ORF · 412 Wörter<\/span><\/p>/);
    assert.match(cardHtml(card({ date: null, dateLabel: null, credit: null }), 3, false, s), /<p class="card-meta"><span>Ohne Datum<\/span><\/p>/);
    assert.match(cardHtml(card({ titleNote: 'Anfang des Textes' }), 3, false, s), /<\/a> <span class="title-note">\(Anfang des Textes\)<\/span><\/h3>/);
  });

  it('escapes every field, in text and in attributes', () => {
    const hostile = '<script>alert("x")</script> & \'y\'';
    const html = cardHtml(card({ title: hostile, teaser: hostile, credit: hostile, url: '/a/"><b>/', date: '"x', dateLabel: hostile }), 2, false, s);
    assert.doesNotMatch(html, /<script|<b>|"x/);
    assert.equal(html.split('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;').length - 1, 4);
    assert.match(html, /href="\/a\/&quot;&gt;&lt;b&gt;\/"/);
  });

  it('makes each card once per variant and reuses it on every list', () => {
    const a = card();
    const b = card({ id: 'b', title: 'Zweiter Titel' });
    const first = cardListHtml([a, b], 2, false, s);
    assert.equal(first, `<ol class="cards article-list">${cardHtml(a, 2, false, s)}${cardHtml(b, 2, false, s)}\n</ol>`);
    a.title = 'Geändert'; // not made again: every list shows the card the first one made
    assert.match(cardListHtml([b, a], 2, false, s), /Putin in Peking/);
    assert.doesNotMatch(cardListHtml([a], 2, false, s), /Geändert/);
    assert.match(cardListHtml([a], 2, true, s), /Geändert/, 'another variant is made from the card as it is');
    assert.equal(cardListHtml([], 3, false, s), '<ol class="cards article-list">\n</ol>');
  });
});

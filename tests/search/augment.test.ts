// The copy of a page that Pagefind reads: compound parts after their words, facets inside the body.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { augmentForIndex, facetMarkup, PART_CLOSE, PART_OPEN } from '../../src/search/augment.ts';
import { pageUrl } from '../../src/search/index.ts';

const tokens = (w: string) => (w === 'Gaslieferungen' ? ['Lieferungen'] : []);

describe('augmentForIndex', () => {
  it('adds low-weighted parts after compounds in the text', () => {
    const { html, compounds } = augmentForIndex('<article data-pagefind-body><p>Mehr Gaslieferungen.</p></article>', { tokens });
    assert.equal(compounds, 1);
    assert.match(html, new RegExp(`Gaslieferungen<span data-pagefind-weight="0.5"> ${PART_OPEN}Lieferungen${PART_CLOSE}</span>\\.`));
  });

  it('leaves titles, filters, ignored parts, scripts, attributes and entities alone', () => {
    const page =
      '<article data-pagefind-body><h1 data-pagefind-meta="title">Gaslieferungen <em>Gaslieferungen</em></h1>' +
      '<p data-pagefind-ignore><span>Gaslieferungen</span></p><script>var Gaslieferungen = 1;</script>' +
      '<a title="Gaslieferungen" href="/x/">x</a> &Gaslieferungen; <p>Gaslieferungen</p></article>';
    const { html, compounds } = augmentForIndex(page, { tokens });
    assert.equal(compounds, 1);
    assert.ok(html.endsWith(`<p>Gaslieferungen<span data-pagefind-weight="0.5"> ${PART_OPEN}Lieferungen${PART_CLOSE}</span></p></article>`));
  });

  it('puts the facets right inside the indexed element', () => {
    const facets = { filters: { person: ['Jens Stoltenberg'], month: ['2022-02'] }, meta: { x: 'a"b' } };
    const { html } = augmentForIndex('<body><nav>n</nav><article class="a" data-pagefind-body><p>t</p></article></body>', { facets });
    assert.equal(
      html,
      '<body><nav>n</nav><article class="a" data-pagefind-body>' +
        '<span data-pagefind-filter="person:Jens Stoltenberg"></span><span data-pagefind-filter="month:2022-02"></span>' +
        '<span data-pagefind-meta="x:a&quot;b"></span><p>t</p></article></body>',
    );
    assert.equal(facetMarkup({ filters: { a: ['', ' '] }, meta: {} }), '');
  });

  it('hands Pagefind only the body element (bodyOnly), with the page language', () => {
    const page =
      '<!DOCTYPE html><html lang="de"><head><title>T</title><script>var a = "<article data-pagefind-body>";</script></head>' +
      '<body><nav><a href="/">Gaslieferungen</a></nav><main><article class="a" data-pagefind-body><div><p>Mehr Gaslieferungen.</p></div>' +
      '<article>inner</article><p data-pagefind-ignore>x <time data-pagefind-meta="date">Mai</time></p></article></main>' +
      '<aside><p>Gaslieferungen</p></aside></body></html>';
    const facets = { filters: { year: ['2022'] }, meta: {} };
    const { html, compounds } = augmentForIndex(page, { tokens, facets, bodyOnly: true });
    assert.equal(compounds, 1);
    assert.equal(
      html,
      '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head><body><article class="a" data-pagefind-body>' +
        '<span data-pagefind-filter="year:2022"></span><div><p>Mehr Gaslieferungen<span data-pagefind-weight="0.5"> ' +
        `${PART_OPEN}Lieferungen${PART_CLOSE}</span>.</p></div><article>inner</article>` +
        '<p data-pagefind-ignore>x <time data-pagefind-meta="date">Mai</time></p></article></body></html>',
    );
    // a page without a body element stays whole
    assert.equal(augmentForIndex('<p>Gaslieferungen</p>', { bodyOnly: true }).html, '<p>Gaslieferungen</p>');
  });

  it('leaves out the ids inside the body element: Pagefind would make each an anchor of the fragment', () => {
    const page =
      '<html lang="de"><body><main id="inhalt"><article id="a" data-pagefind-body><div id="geteilt-p-1" class="x" data-id="7"><p id=\'b\'>Text</p><span id=c>x</span></div></article></main></body></html>';
    const { html } = augmentForIndex(page, { bodyOnly: true });
    assert.match(html, /<article data-pagefind-body><div class="x" data-id="7"><p>Text<\/p><span>x<\/span><\/div><\/article>/);
  });

  it('leaves out what Pagefind ignores, unless it holds a value Pagefind reads', () => {
    const page =
      '<html lang="de"><body><article data-pagefind-body><p>Text</p>' +
      '<div data-pagefind-ignore><div>Auch bei: <a href="x">dpa</a> und 72 weitere</div><div/></div>' +
      '<details data-pagefind-ignore="all"><summary>Quelle</summary></details>' +
      '<p data-pagefind-ignore>Datum <time data-pagefind-meta="date">Mai</time></p><p>Ende</p></article></body></html>';
    const { html } = augmentForIndex(page, { bodyOnly: true });
    assert.match(html, /<article data-pagefind-body><p>Text<\/p><p data-pagefind-ignore>Datum <time data-pagefind-meta="date">Mai<\/time><\/p><p>Ende<\/p><\/article>/);
  });

  it('adds the parts after the first occurrence only (firstOnly)', () => {
    const { html, compounds } = augmentForIndex('<article data-pagefind-body><p>Gaslieferungen, Gaslieferungen.</p><p>Gaslieferungen</p></article>', {
      tokens,
      firstOnly: true,
    });
    assert.equal(compounds, 1);
    assert.equal(html.split(PART_OPEN).length, 2);
    assert.ok(html.startsWith(`<article data-pagefind-body><p>Gaslieferungen<span data-pagefind-weight="0.5"> ${PART_OPEN}`));
  });

  it('maps files to the URLs the site links', () => {
    assert.equal(pageUrl('artikel/2022/02/x/index.html'), '/artikel/2022/02/x/');
    assert.equal(pageUrl('index.html'), '/');
    assert.equal(pageUrl('404.html'), '/404.html');
  });
});

describe('aliases of names', () => {
  it('indexes the other names of an entity once, after its first name word in the page', () => {
    const words = ['Wolodymyr', 'Selenskyj', 'Selenski', 'Zelensky'];
    const facets = { filters: {}, meta: {}, aliases: { Selenski: words, Wolodymyr: words } };
    const { html } = augmentForIndex('<article data-pagefind-body><p>Präsident Selenski sagte, Selenski und Wolodymyr</p></article>', { facets });
    assert.match(
      html,
      new RegExp(`Selenski<span data-pagefind-weight="0.5"> ${PART_OPEN}Wolodymyr Selenskyj Zelensky${PART_CLOSE}</span> sagte, Selenski und Wolodymyr</p>`),
    );
  });
});

describe('the end of the article header', () => {
  it('is marked in the body-only copy, once', () => {
    const page = '<html lang="de"><body><header>site</header><article data-pagefind-body><header><h1>T</h1></header><p>x</p><header>y</header></article></body></html>';
    const { html } = augmentForIndex(page, { bodyOnly: true });
    assert.equal(html.split('⟦⟧').length, 2);
    assert.match(html, /<\/header><span> ⟦⟧ <\/span><p>x<\/p>/);
  });
});

describe('aliases after the whole name', () => {
  it('go after the last word of a name written in full', () => {
    const words = ['Wolodymyr', 'Selenskyj', 'Selenski'];
    const facets = { filters: {}, meta: {}, aliases: { Selenski: words, Wolodymyr: words } };
    const { html } = augmentForIndex('<article data-pagefind-body><p>Wolodymyr Selenski sagte</p></article>', { facets });
    assert.match(html, /Wolodymyr Selenski<span data-pagefind-weight="0.5"> ⟦Wolodymyr Selenskyj⟧<\/span> sagte/);
  });
});

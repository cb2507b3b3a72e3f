// Root-relative links become relative, so the site works under a sub-path and from disk.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relativeUrl, relativizeLinks } from '../../src/render/links.ts';

describe('relativizeLinks', () => {
  it('computes relative URLs from a page folder', () => {
    assert.equal(relativeUrl('/artikel/2022/02/x/', '/assets/style.css'), '../../../../assets/style.css');
    assert.equal(relativeUrl('/', '/chronik/'), 'chronik/');
    assert.equal(relativeUrl('/chronik/', '/chronik/'), './');
    assert.equal(relativeUrl('/chronik/', '/'), '../');
    assert.equal(relativeUrl('/zitate/', '/zitate/seite/2/#zitat-q1'), 'seite/2/#zitat-q1');
    assert.equal(relativeUrl('/suche/', '/suche/?q=x'), './?q=x');
    assert.equal(relativeUrl('/feed.xml', '/artikel/x/'), 'artikel/x/');
  });

  it('rewrites only links under the prefix, in href, src and action', () => {
    const html = '<a href="/archiv/chronik/">c</a><img src="/archiv/a.png" alt=""><form action="/archiv/suche/"></form>'
      + '<a href="https://example.org/archiv/x/">abs</a><a href="#inhalt">skip</a><a href="//cdn/x">cdn</a><a href="/anderswo/">o</a>';
    const out = relativizeLinks(html, '/artikel/x/', '/archiv/');
    assert.equal(
      out,
      '<a href="../../chronik/">c</a><img src="../../a.png" alt=""><form action="../../suche/"></form>'
        + '<a href="https://example.org/archiv/x/">abs</a><a href="#inhalt">skip</a><a href="//cdn/x">cdn</a><a href="/anderswo/">o</a>',
    );
  });

  it('works without a prefix', () => {
    assert.equal(relativizeLinks('<a href="/">home</a>', '/2022/02/', '/'), '<a href="../../">home</a>');
  });
});

// Root-relative links (without prefix) become relative, so the site works under a sub-path and from disk; 404.html gets them prefixed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { posix } from 'node:path';
import fc from 'fast-check';
import { normalisePrefix, prefixLinks, relativeUrl, relativizeLinks } from '../../src/render/links.ts';

/** What the first implementation computed: path.posix.relative from the page's folder, trailing slash, query and fragment kept. */
function reference(page: string, target: string): string {
  const cut = target.search(/[?#]/);
  const pathPart = cut < 0 ? target : target.slice(0, cut);
  const fromDir = page.endsWith('/') ? page : posix.dirname(page) + '/';
  let expected = posix.relative(fromDir, pathPart);
  if (pathPart.endsWith('/') && expected !== '') expected += '/';
  return (expected === '' ? './' : expected) + (cut < 0 ? '' : target.slice(cut));
}

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

  it('agrees with path.posix.relative, also with dot segments, empty segments and files', () => {
    const pages = ['/', '/chronik/', '/artikel/2022/02/x/', '/feed.xml', '/a/b.html', '/a/./b/', '/a/../c/', '/a//b/'];
    const targets = ['/', '/chronik/', '/artikel/2022/02/x/', '/artikel/2022/02/y/#f', '/artikel/2022/', '/a/b.html', '/a/b', '/x/../y/', '/?q=1', '/a//b/'];
    for (const page of pages) for (const target of targets) assert.equal(relativeUrl(page, target), reference(page, target), `${page} → ${target}`);
    const segment = fc.constantFrom('', '.', '..', 'a', 'ab', 'b', 'a.html');
    const url = fc.array(segment, { maxLength: 5 }).map((xs) => '/' + xs.join('/'));
    const suffix = fc.constantFrom('', '/', '?q=/a/', '#x', '/#x');
    fc.assert(
      fc.property(url, suffix, url, suffix, (page, ps, target, ts) => {
        const from = (page + ps).replace(/[?#].*$/, '');
        assert.equal(relativeUrl(from, target + ts), reference(from, target + ts));
      }),
      { numRuns: 5000, seed: 20220204 },
    );
  });

  it('rewrites root-relative links in href, src and action, nothing else', () => {
    const html =
      '<a href="/chronik/">c</a><img src="/a.png" alt=""><form action="/suche/"></form>\n<link\nhref="/feed.xml">' +
      '<a href="https://example.org/archiv/x/">abs</a><a href="#inhalt">skip</a><a href="//cdn/x">cdn</a><a data-href="/x/">d</a><a title="/x/">t</a>';
    const out = relativizeLinks(html, '/artikel/x/');
    assert.equal(
      out,
      '<a href="../../chronik/">c</a><img src="../../a.png" alt=""><form action="../../suche/"></form>\n<link\nhref="../../feed.xml">' +
        '<a href="https://example.org/archiv/x/">abs</a><a href="#inhalt">skip</a><a href="//cdn/x">cdn</a><a data-href="/x/">d</a><a title="/x/">t</a>',
    );
    assert.equal(relativizeLinks('<p>no links</p>', '/x/'), '<p>no links</p>');
  });

  it('works from the root', () => {
    assert.equal(relativizeLinks('<a href="/">home</a>', '/2022/02/'), '<a href="../../">home</a>');
    assert.equal(relativizeLinks('<a href="/">home</a><a href="/2022/">y</a>', '/'), '<a href="./">home</a><a href="2022/">y</a>');
  });
});

describe('prefixLinks (404.html, served at any depth)', () => {
  it('puts the path prefix before root-relative links', () => {
    const html = '<a href="/">h</a><form action="/suche/"></form><a href="//cdn/x">c</a><a href="https://e.org/">e</a>';
    assert.equal(prefixLinks(html, '/archiv/'), '<a href="/archiv/">h</a><form action="/archiv/suche/"></form><a href="//cdn/x">c</a><a href="https://e.org/">e</a>');
    assert.equal(prefixLinks(html, '/'), html);
  });

  it('normalises the prefix', () => {
    assert.equal(normalisePrefix(undefined), '/');
    assert.equal(normalisePrefix('/'), '/');
    assert.equal(normalisePrefix('archiv'), '/archiv/');
    assert.equal(normalisePrefix('/archiv'), '/archiv/');
    assert.equal(normalisePrefix('//a/b//'), '/a/b/');
  });

  it('lets no markup in through the prefix: what is not a URL-path character is percent-encoded', () => {
    const prefix = '/a"><script>alert(1)</script><x y=\'/';
    assert.equal(normalisePrefix(prefix), '/a%22%3E%3Cscript%3Ealert(1)%3C/script%3E%3Cx%20y=%27/');
    const html = prefixLinks('<a href="/">h</a><form action="/suche/"></form>', prefix);
    assert.doesNotMatch(html, /<script/);
    assert.equal(html.match(/"/g)?.length, 4); // each attribute's own quotes, nothing more
    assert.equal(
      html,
      '<a href="/a%22%3E%3Cscript%3Ealert(1)%3C/script%3E%3Cx%20y=%27/">h</a><form action="/a%22%3E%3Cscript%3Ealert(1)%3C/script%3E%3Cx%20y=%27/suche/"></form>',
    );
    assert.equal(normalisePrefix('/ä&b/50%/%41/'), '/%C3%A4%26b/50%25/%41/');
    assert.equal(normalisePrefix(normalisePrefix(prefix)), normalisePrefix(prefix));
  });
});

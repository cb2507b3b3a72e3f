// The article body: entity links on first mention, teasers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkEntities, teaser } from '../../src/render/body.ts';

describe('linkEntities', () => {
  const putin = { names: ['Wladimir Putin', 'Putin'], url: '/personen/wladimir-putin/' };
  it('links the first mention only, preferring the longest name', () => {
    const out = linkEntities('<p>Wladimir Putin traf Xi. Putin lächelte.</p>', [putin]);
    assert.equal(out, '<p><a class="entity" href="/personen/wladimir-putin/">Wladimir Putin</a> traf Xi. Putin lächelte.</p>');
  });
  it('skips headings, existing links and parts of longer words', () => {
    const html = '<h2>Putin</h2><p><a href="/x">Putin</a> und Putinversteher, dann Putin.</p>';
    assert.equal(
      linkEntities(html, [putin]),
      '<h2>Putin</h2><p><a href="/x">Putin</a> und Putinversteher, dann <a class="entity" href="/personen/wladimir-putin/">Putin</a>.</p>',
    );
  });
  it('matches names with umlauts and escaped characters', () => {
    const out = linkEntities('<p>In Köln sagte AT&amp;T etwas.</p>', [
      { names: ['Köln'], url: '/orte/koeln/' },
      { names: ['AT&T'], url: '/organisationen/att/' },
    ]);
    assert.match(out, /<a class="entity" href="\/orte\/koeln\/">Köln<\/a>/);
    assert.match(out, /<a class="entity" href="\/organisationen\/att\/">AT&amp;T<\/a>/);
  });
});

describe('teaser', () => {
  it('uses the lead, else the first paragraph that is not a heading, cut at a word', () => {
    assert.equal(teaser('Kurz.', 'Body'), 'Kurz.');
    assert.equal(teaser(null, '## Titel\n\nErster Absatz.\n\nZweiter.'), 'Erster Absatz.');
    const long = teaser(null, 'Wort '.repeat(100), 50)!;
    assert.ok(long.length <= 52 && long.endsWith('…'), long);
  });
});

// The article body: entity links on first mention, teasers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { linkEntities, linkEntitiesWith, teaser, type EntityLink } from '../../src/render/body.ts';
import { escapeHtml } from '../../src/escape.ts';
import { markdownText } from '../../src/render/markdown.ts';
import { ingestFile } from '../../src/ingest/index.ts';
import { paragraphMd } from '../../src/ingest/markdown.ts';

/** The first implementation's matcher, one whole-word expression per entity: the oracle for the faster one. */
function linkEntitiesByRegExp(html: string, entities: EntityLink[]): string {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return linkEntitiesWith(html, entities, (names) => {
    const alternatives = [...new Set(names.filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length).map((n) => esc(escapeHtml(n)));
    if (!alternatives.length) return null;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
    return (text) => {
      const m = re.exec(text);
      return m ? { index: m.index, length: m[0].length } : null;
    };
  });
}

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
  it('finds the same mentions as one whole-word expression per entity would', () => {
    // Small alphabets, so names overlap, nest, touch and stand next to letters, digits, astral letters and markup.
    const piece = fc.constantFrom('Ab', 'Ab C', 'Cd', 'b', ' ', ' ', ' ', 'ä', '𝐀', '1', '&', '.');
    const tag = fc.constantFrom('<p>', '</p>', '<a href="/y">', '</a>', '<h2>', '</h2>');
    const name = fc.array(piece, { minLength: 1, maxLength: 2 }).map((xs) => xs.join(''));
    const text = fc.array(fc.oneof({ arbitrary: piece, weight: 12 }, { arbitrary: tag, weight: 1 }), { minLength: 5, maxLength: 40 }).map((xs) => xs.join(''));
    const entity = fc.record({ names: fc.array(name, { minLength: 1, maxLength: 3 }), url: fc.constantFrom('/e/1/', '/e/2/', '/e/3/') });
    fc.assert(
      fc.property(text, fc.array(entity, { minLength: 1, maxLength: 4 }), (t, ents) => {
        const html = `<p>${escapeHtml(t).replace(/&lt;(\/?(?:p|a|h2)(?: href=&quot;\/y&quot;)?)&gt;/g, '<$1>')}</p>`;
        assert.equal(linkEntities(html, ents), linkEntitiesByRegExp(html, ents));
      }),
      { numRuns: 3000, seed: 20220204 },
    );
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

describe('teaser from the body', () => {
  it('is the text the first paragraph shows: no Markdown escapes, no markup, no HTML made of text', () => {
    const body = ingestedBody('Berlin (dpa) - Ein Leser schrieb <script>alert(1)</script> in das Formular, dazu __proto__, *Sternchen*, [Klammern](x) und C:\\Pfad.');
    assert.match(body, /\\<script\\>/, 'the body is Markdown with escapes');
    assert.equal(
      teaser(null, body),
      'Berlin (dpa) - Ein Leser schrieb <script>alert(1)</script> in das Formular, dazu __proto__, *Sternchen*, [Klammern](x) und C:\\Pfad.',
    );
  });

  it('undoes exactly what ingest escapes, for any one-line text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (raw) => {
        const text = raw
          .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
          .replace(/\s+/g, ' ')
          .trim();
        if (!text) return;
        assert.equal(markdownText(paragraphMd(text)), text);
      }),
      { numRuns: 2000 },
    );
  });
});

function ingestedBody(paragraph: string): string {
  const r = ingestFile({ path: 'x.txt', bytes: new TextEncoder().encode(`Ein Titel über Formulare\n\n${paragraph}\n`) });
  assert.ok('record' in r);
  return r.record.body;
}

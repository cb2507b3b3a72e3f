// The version comparison: a word diff in aligned rows, accessible without colour.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareStrings, compareTexts, plainText } from '../../src/render/compare.ts';

const de = compareStrings('de');

describe('compareTexts', () => {
  it('marks cut words in the original and added words in the version, with hidden labels', () => {
    const diff = compareTexts(
      'Russland und China rücken enger zusammen. Beide Länder fordern ein Ende.',
      'Russland und China rücken zusammen. Beide Staaten fordern ein Ende.',
      de,
    )!;
    assert.equal(diff.cut, 2);
    assert.equal(diff.added, 1);
    assert.equal(diff.rows.length, 2, 'a row per sentence both texts end together');
    assert.match(diff.rows[0]!.original, /<del><span class="visually-hidden">gestrichen: <\/span>enger<\/del>/);
    assert.equal(diff.rows[0]!.version, 'Russland und China rücken zusammen. ');
    assert.match(diff.rows[1]!.version, /<ins><span class="visually-hidden">hinzugefügt: <\/span>Staaten<\/ins>/);
    assert.ok(diff.rows.every((r) => r.changed));
  });

  it('settles shared sentences whole and diffs only the differing ones word by word', () => {
    const original = 'Der Rat tagte am Montag. Er beschloss das Gesetz. Die Opposition war dagegen.';
    const version = 'Der Rat tagte am Montag.\n\nEin ganz neuer Absatz kam hinzu. Er beschloss das neue Gesetz. Die Opposition war dagegen.';
    const diff = compareTexts(original, version, de)!;
    assert.equal(diff.cut, 0);
    assert.equal(diff.added, 7, 'the new paragraph (6 words) and "neue"');
    assert.equal(diff.same, 13);
    assert.equal(diff.rows.length, 2, 'a new row where both texts end a sentence in shared words');
    assert.equal(diff.rows[1]!.changed, false);
    assert.match(
      diff.rows[0]!.version,
      /<ins><span class="visually-hidden">hinzugefügt: <\/span>Ein ganz neuer Absatz kam hinzu\.<\/ins> Er beschloss das <ins><span class="visually-hidden">hinzugefügt: <\/span>neue<\/ins> Gesetz\. /,
    );
  });

  it('escapes the texts', () => {
    const diff = compareTexts('a <b> c', 'a <b> d', de)!;
    assert.match(diff.rows[0]!.original, /a &lt;b&gt; /);
  });
});

describe('plainText', () => {
  it('drops Markdown markers and keeps paragraphs', () => {
    assert.equal(plainText('## Zwischentitel\n\nEin **fetter** Satz\nmit Umbruch.'), 'Zwischentitel\n\nEin fetter Satz mit Umbruch.');
  });
});

describe('house style', () => {
  it('does not count another style of quotation marks as a change', () => {
    const diff = compareTexts('Er nannte sie «beispiellos».', 'Er nannte sie "beispiellos".', de)!;
    assert.equal(diff.cut + diff.added, 0);
  });
});

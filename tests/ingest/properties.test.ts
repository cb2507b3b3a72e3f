// Property tests: ingest never throws and always accounts for a file; records round-trip through front matter.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { ArticleRecord, IngestIssue } from '../../src/record.ts';
import { fromFrontMatter, ingestFile, ingestFiles, toFrontMatter } from '../../src/ingest/index.ts';

function checkResult(r: ReturnType<typeof ingestFile>, path: string): void {
  if ('record' in r) {
    ArticleRecord.parse(r.record);
    assert.equal(r.record.source.path, path);
    assert.match(r.record.slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.deepEqual(fromFrontMatter(toFrontMatter(r.record), path), r.record);
  } else {
    IngestIssue.parse(r.issue);
    assert.equal(r.issue.path, path);
    assert.ok(r.issue.message.length > 0);
    assert.doesNotMatch(r.issue.message, /internal error/);
  }
}

// Pieces of German news text and of its hazards, so random documents hit the interesting rules.
const PIECES = [
  'date 2022-02',
  'date 2022-13',
  'date soon',
  ' date 2021-12-24T10:00',
  'Putin in Peking',
  'Von Anna Muster und Jan Beispiel',
  'Berlin (dpa) -',
  '(APA/DPA/AFP)',
  'Stand: 04.02.2022 14:30 Uhr',
  'Fr 04.02.2022 | 11:02',
  '4 Feb. 2022 11:02 Uhr',
  '2022-02-30',
  '„Wir bleiben“, sagte Kanzler Olaf Scholz.',
  '«beispiellos»',
  '"unclosed',
  '»Buch«',
  '‚einfach‘',
  'Quelle: www.x.de © Pool',
  '— RT DE',
  '- n-tv.de',
  'Mehr zum Thema - Link',
  '21 Ansichten0 Kommentare',
  '• Teaser...',
  '# Raute',
  '> Zitat',
  '1. Punkt',
  '- Liste',
  '* Stern',
  '<script>alert(1)</script>',
  '&amp;',
  '---',
  '...',
  '\\',
  '`code`',
  '[x](y)',
  'Präsident',
  'Straße',
  '€',
  'ROUNDUP: Titel 04.02.22, 14:24 dpa-AFX BERLIN (dpa-AFX) - Text mit mehr als vierzig Zeichen, damit es zählt.',
  'Ukrainische Soldaten im Raum Lemberg. REUTERS',
  'Frage: Warum?',
  'Antwort: Darum.',
  '\u00a0',
  '\u200b',
  '\r\n',
  '\r',
  '\t',
  '',
];

const doc = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 30 }), fc.constantFrom('\n', '\n\n', ' ')), { maxLength: 40 }).map((xs) => xs.join(''));

test('any byte sequence gives a record or a located error, never a throw', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      checkResult(ingestFile({ path: 'zufall.txt', bytes }), 'zufall.txt');
    }),
    { numRuns: 300 },
  );
});

test('any text in any encoding gives a valid record or issue', () => {
  fc.assert(
    fc.property(
      doc,
      fc.constantFrom('utf8', 'utf8-bom', 'utf16le-bom', 'windows-1252', 'nfd'),
      fc.constantFrom('a.txt', 'ordner/b c.md', 'Ü ß.txt'),
      (text, enc, path) => {
        let bytes: Uint8Array;
        if (enc === 'utf8') bytes = Buffer.from(text, 'utf8');
        else if (enc === 'utf8-bom') bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
        else if (enc === 'utf16le-bom') bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
        else if (enc === 'nfd') bytes = Buffer.from(text.normalize('NFD'), 'utf8');
        else bytes = iconv.encode(text, 'windows-1252');
        checkResult(ingestFile({ path, bytes: new Uint8Array(bytes) }), path);
      },
    ),
    { numRuns: 400 },
  );
});

test('body Markdown never starts a line with block markup taken from the text', () => {
  fc.assert(
    fc.property(doc, (text) => {
      const r = ingestFile({ path: 'm.txt', bytes: new Uint8Array(Buffer.from(text, 'utf8')) });
      if (!('record' in r)) return;
      for (const line of r.record.body.split('\n')) {
        if (line.startsWith('## ')) continue;
        // a list item is ingest's own markup (bullet lines of the text); what follows its marker is text again
        const text = line.startsWith('- ') ? line.slice(2) : line;
        assert.doesNotMatch(text, /^\s*(#|>|[-*+](\s|$)|\d+[.)]|```|~~~|<|=+\s*$|-{3,}\s*$)/, line);
      }
    }),
    { numRuns: 300 },
  );
});

test('ingestFiles accounts for every file, duplicates name the kept id, ids unique and sorted', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom('a.txt', 'a b.txt', 'a-b.txt', 'A.md', 'x/y.txt', 'ü.txt', 'ue.txt'), doc), { maxLength: 8 }), (entries) => {
      const byPath = new Map(entries.map(([p, t]) => [p, t] as const));
      const files = [...byPath].map(([path, t]) => ({ path, bytes: new Uint8Array(Buffer.from(t, 'utf8')) }));
      const r = ingestFiles(files);
      assert.equal(r.filesRead, files.length);
      assert.equal(r.records.length + r.issues.length, files.length);
      const ids = r.records.map((x) => x.id);
      assert.equal(new Set(ids).size, ids.length);
      assert.deepEqual(ids, [...ids].sort());
      for (const i of r.issues.filter((x) => x.kind === 'duplicate')) assert.ok(ids.includes(i.duplicateOf!));
    }),
    { numRuns: 200 },
  );
});

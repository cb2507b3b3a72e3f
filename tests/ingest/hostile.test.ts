// Hostile inputs: every file becomes a page, a duplicate of a named page, or a located error; nothing crashes.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ArticleRecord } from '../../src/record.ts';
import { fromFrontMatter, ingestFile, ingestFiles, MAX_FILE_BYTES, readInputFolder, toFrontMatter } from '../../src/ingest/index.ts';
import { hostileFiles } from '../fixtures/ingest/make-hostile.ts';

const DIR = join(import.meta.dirname, '../fixtures/ingest/hostile');

test('hostile folder: every file accounted for, dot-files skipped', async () => {
  const files = await readInputFolder(DIR);
  const paths = files.map((f) => f.path);
  assert.ok(!paths.some((p) => p.split('/').some((part) => part.startsWith('.'))), 'dot-files and dot-folders are skipped');
  assert.ok(paths.includes('unterordner/verschachtelt.txt'), 'subfolders are read');
  assert.deepEqual(paths, [...paths].sort(), 'sorted by path');
  // the committed folder must match its generator
  const expected = Object.keys(hostileFiles())
    .filter((p) => !p.split('/').some((x) => x.startsWith('.')))
    .sort();
  assert.deepEqual(paths, expected);

  const r = ingestFiles(files);
  assert.equal(r.filesRead, files.length);
  const accounted = new Set([...r.records.map((x) => x.source.path), ...r.issues.map((x) => x.path)]);
  assert.equal(accounted.size, files.length);
  assert.equal(r.records.length + r.issues.length, files.length);
  for (const rec of r.records) ArticleRecord.parse(rec);
  assert.deepEqual(
    r.records.map((x) => x.id),
    [...r.records.map((x) => x.id)].sort(),
  );
  assert.equal(new Set(r.records.map((x) => x.id)).size, r.records.length, 'ids are unique');

  const issue = (p: string) => r.issues.find((x) => x.path === p);
  const rec = (p: string) => r.records.find((x) => x.source.path === p)!;
  assert.equal(issue('empty.txt')?.kind, 'error');
  assert.equal(issue('empty.txt')?.line, 1);
  assert.equal(issue('whitespace-only.txt')?.kind, 'error');
  assert.match(issue('bild.txt')!.message, /binary.*PNG/);
  assert.equal(issue('duplicate-b.txt')?.kind, 'duplicate');
  assert.equal(issue('duplicate-b.txt')?.duplicateOf, rec('duplicate-a.txt').id);

  // every encoding decodes to the same words
  for (const p of [
    'utf8.txt',
    'utf8-bom.txt',
    'utf16le-bom.txt',
    'utf16be-bom.txt',
    'windows-1252.txt',
    'crlf.txt',
    'cr-only.txt',
    'nfd-umlauts.txt',
    'nbsp-zero-width.txt',
  ]) {
    const x = rec(p);
    assert.equal(x.title, 'Präsident äußert sich zu Gaspreisen', p);
    assert.ok(x.body.includes('Der Präsident hat am Montag höhere Preise für Öl und Gas kritisiert.'), `${p}: ${x.body}`);
    assert.ok(!/[\u200b\u00a0\r\ufeff]/.test(x.body + x.title), `${p}: no odd spaces or CR left`);
    assert.equal(x.body, x.body.normalize('NFC'));
    assert.equal(x.dateline, 'Berlin');
    assert.deepEqual(x.agencies, ['dpa']);
  }
  assert.ok(rec('windows-1252.txt').body.includes('„Das ist für viele Familien eine große Last“'));
  assert.ok(rec('windows-1252.txt').body.includes('95 €'));
  assert.equal(rec('windows-1252.txt').source.encoding, 'windows-1252');
  assert.equal(rec('latin1.txt').title, 'Präsident äußert sich zu Gaspreisen');
  assert.match(rec('utf16le-bom.txt').source.encoding, /UTF-16LE/);

  assert.equal(rec('Datei mit Leerzeichen und Ümlaut.txt').id, 'datei-mit-leerzeichen-und-uemlaut');

  for (const p of ['date-month-13.txt', 'date-feb-30.txt', 'date-soon.txt']) {
    const x = rec(p);
    assert.equal(x.title, 'Putin reist nach Peking', p);
    assert.equal(x.titleSource, 'header');
    assert.equal(x.date, null);
    assert.equal(x.dateSource, 'none');
    assert.equal(x.warnings.length, 1);
    assert.equal(x.warnings[0]!.line, 1);
    assert.match(x.warnings[0]!.message, /expected YYYY/);
  }

  const fm = rec('front-matter.md');
  assert.equal(fm.title, 'Titel aus dem Vorspann');
  assert.equal(fm.titleSource, 'frontmatter');
  assert.equal(fm.date, '2022-02-04');
  assert.equal(fm.dateSource, 'frontmatter');
  assert.deepEqual(fm.authors, ['Erika Muster']);
  const broken = rec('front-matter-broken.md');
  assert.equal(broken.warnings.length, 1);
  assert.ok(broken.warnings[0]!.line !== null);
  assert.equal(broken.title, 'Präsident äußert sich zu Gaspreisen');

  const html = rec('html-script.txt');
  assert.ok(html.body.includes('\\<script\\>alert("xss")\\</script\\>'), 'script stays text, escaped for Markdown');
  assert.ok(
    html.body.split('\n').every((l) => !/^(#(?!# )|>|[-*+] |\d+[.)] )/.test(l)),
    'no accidental block markup',
  );

  for (const x of r.records) assert.deepEqual(fromFrontMatter(toFrontMatter(x), x.id), x);
});

// How fast is `npm run bench`'s business; that ingest stays linear in the file size is tests/ingest/faults.test.ts.
test('a 10 MB article (under the 20 MB limit) is ingested whole', () => {
  const para = 'Berlin (dpa) - Der Präsident sagte am Montag, die Lage sei „sehr ernst“. Bundeskanzler Olaf Scholz reist nach Moskau und Kiew. ';
  const parts: string[] = ['Ein sehr langer Text über die Lage', ''];
  let size = 0;
  let subheadings = 0;
  for (let i = 0; size < 10 * 1024 * 1024; i++) {
    const p = i % 20 === 19 ? `Zwischenüberschrift Nummer ${i}` : para.repeat(8);
    if (i % 20 === 19) subheadings++;
    parts.push(p, '');
    size += Buffer.byteLength(p) + 2;
  }
  parts.push('Zum Schluss: Die Lage in Kiew.');
  const bytes = new Uint8Array(Buffer.from(parts.join('\n'), 'utf8'));
  assert.ok(bytes.length >= 10 * 1024 * 1024 && bytes.length < MAX_FILE_BYTES);
  const r = ingestFile({ path: 'riesig.txt', bytes });
  assert.ok('record' in r, JSON.stringify('issue' in r ? r.issue : null));
  assert.equal(r.record.title, 'Ein sehr langer Text über die Lage');
  assert.equal(r.record.source.bytes, bytes.length);
  assert.ok(r.record.wordCount > 1_000_000);
  const headings = r.record.body.match(/^## Zwischenüberschrift Nummer \d+$/gm) ?? [];
  assert.equal(headings.length, subheadings, 'every subheading is kept, none is lost in the middle');
  assert.ok(r.record.body.endsWith('Zum Schluss: Die Lage in Kiew.'), 'the text is read to its end');
});

test('readInputFolder reads file names with spaces and umlauts from disk', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pa-ingest-'));
  try {
    writeFileSync(join(dir, 'Bericht über Öl.txt'), 'Überschrift\n\nText über Öl und Gas.');
    writeFileSync(join(dir, '.DS_Store'), 'x');
    const files = await readInputFolder(dir);
    assert.deepEqual(
      files.map((f) => f.path),
      ['Bericht über Öl.txt'],
    );
    const r = ingestFiles(files);
    assert.equal(r.records[0]!.id, 'bericht-ueber-oel');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

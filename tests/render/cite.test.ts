// Citing an article: meta tags for reference managers, a reference, BibTeX and CSL-JSON.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { citation, splitName } from '../../src/render/cite.ts';
import { makeRecord as record } from '../helpers/record.ts';
import { parseCsl } from '../helpers/structured-data.ts';

it('gives Zotero its citation_* tags, a reference and BibTeX / CSL-JSON downloads', () => {
  const r = record({
    id: 'a',
    slug: 'putin',
    title: 'Putin in Peking',
    authors: ['Silke Bigalke'],
    outlet: 'Süddeutsche Zeitung',
    date: '2021-12-15',
    datePrecision: 'day',
    dateSource: 'header',
  });
  const c = citation({
    record: r,
    dateLabel: '15. Dezember 2021',
    publicUrl: 'https://example.org/a/',
    archiveName: 'Pressearchiv',
    accessed: '2026-12-05T10:00:00Z',
    code: 'de',
  });
  const meta = Object.fromEntries(c.meta.map((m) => [m.name, m.content]));
  assert.equal(meta.citation_title, 'Putin in Peking');
  assert.equal(meta.citation_author, 'Bigalke, Silke');
  assert.equal(meta.citation_publication_date, '2021/12/15');
  assert.equal(meta.citation_journal_title, 'Süddeutsche Zeitung');
  assert.equal(meta.citation_public_url, 'https://example.org/a/');
  assert.equal(c.reference, 'Bigalke, Silke: „Putin in Peking“. In: Süddeutsche Zeitung, 15. Dezember 2021. Archiviert in: Pressearchiv, https://example.org/a/.');
  assert.match(c.bibtex, /^@article\{bigalke2021putin,\n {2}author = \{Bigalke, Silke\},\n {2}title = \{\{Putin in Peking\}\}/);
  const csl = parseCsl(c.csl)[0]!;
  assert.deepEqual(csl.author, [{ family: 'Bigalke', given: 'Silke' }]);
  assert.deepEqual(csl.issued, { 'date-parts': [[2021, 12, 15]] });
  assert.equal(Buffer.from(c.downloads[0]!.href.split(',')[1]!, 'base64').toString('utf8'), c.bibtex);
});

it('cites no inferred date and no URL without a public base URL', () => {
  const r = record({ id: 'b', title: 'Ohne', date: '2021-12', datePrecision: 'month', dateSource: 'inferred', agencies: ['dpa'] });
  const c = citation({ record: r, dateLabel: null, publicUrl: null, archiveName: 'Pressearchiv', accessed: '2026-12-05', code: 'de' });
  const names = c.meta.map((m) => m.name);
  assert.ok(!names.includes('citation_publication_date') && !names.includes('citation_public_url'));
  assert.equal(c.meta.find((m) => m.name === 'citation_publisher')!.content, 'dpa');
  assert.doesNotMatch(c.bibtex, /url|date/);
  assert.deepEqual(splitName('Ursula von der Leyen'), { family: 'von der Leyen', given: 'Ursula' });
});

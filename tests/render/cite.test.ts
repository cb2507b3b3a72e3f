// Citing an article: meta tags for reference managers, a reference, BibTeX and CSL-JSON (made by the page's script
// templates/assets/cite.js from the meta tags and the download data).
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { type Citation, citation, splitName } from '../../src/render/cite.ts';
import { makeRecord as record } from '../helpers/record.ts';
import { parseCsl } from '../helpers/structured-data.ts';

interface CiteApi {
  itemFrom(meta: [string, string][], data: object): unknown;
  formats(item: unknown): { bibtex: string; csl: string };
}
let api: CiteApi;
before(async () => {
  // a browser script without type declarations: imported by URL for its global
  await import(new URL('../../templates/assets/cite.js', import.meta.url).href);
  api = (globalThis as unknown as { PressearchivCite: CiteApi }).PressearchivCite;
});
/** The downloads as the page's script makes them: from the meta tags and the data-* attributes (absent when null). */
const downloads = (c: Citation) =>
  api.formats(
    api.itemFrom(
      c.meta.map((m) => [m.name, m.content] as [string, string]),
      Object.fromEntries(Object.entries(c.download).filter(([, v]) => v !== null)),
    ),
  );

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
  const { bibtex, csl: cslText } = downloads(c);
  assert.equal(
    bibtex,
    '@article{bigalke2021putin,\n  author = {Bigalke, Silke},\n  title = {{Putin in Peking}},\n  journal = {Süddeutsche Zeitung},\n  date = {2021-12-15},\n  year = {2021},\n' +
      '  url = {https://example.org/a/},\n  urldate = {2026-12-05},\n  langid = {german},\n  note = {Archiviert in: Pressearchiv, https://example.org/a/}\n}\n',
  );
  const csl = parseCsl(cslText)[0]!;
  assert.deepEqual(csl, {
    id: 'a',
    type: 'article-newspaper',
    title: 'Putin in Peking',
    author: [{ family: 'Bigalke', given: 'Silke' }],
    'container-title': 'Süddeutsche Zeitung',
    issued: { 'date-parts': [[2021, 12, 15]] },
    URL: 'https://example.org/a/',
    accessed: { 'date-parts': [[2026, 12, 5]] },
    language: 'de',
    archive: 'Pressearchiv',
  });
  assert.equal(c.download.file, 'putin');
});

it('cites no inferred date and no URL without a public base URL', () => {
  const r = record({ id: 'b', title: 'Ohne', date: '2021-12', datePrecision: 'month', dateSource: 'inferred', agencies: ['dpa'] });
  const c = citation({ record: r, dateLabel: null, publicUrl: null, archiveName: 'Pressearchiv', accessed: '2026-12-05', code: 'de' });
  const names = c.meta.map((m) => m.name);
  assert.ok(!names.includes('citation_publication_date') && !names.includes('citation_public_url'));
  assert.equal(c.meta.find((m) => m.name === 'citation_publisher')!.content, 'dpa');
  const { bibtex, csl } = downloads(c);
  assert.doesNotMatch(bibtex, /url|date/);
  assert.doesNotMatch(csl, /URL|issued|accessed/);
  assert.deepEqual(splitName('Ursula von der Leyen'), { family: 'von der Leyen', given: 'Ursula' });
  assert.equal(c.reference, '„Ohne“. In: dpa, o. D. Archiviert in: Pressearchiv.', 'one full stop after "o. D."');
  const english = citation({ record: r, dateLabel: null, publicUrl: null, archiveName: 'Press archive', accessed: '2026-12-05', code: 'en' });
  assert.equal(english.reference, '“Ohne”. In: dpa, n.d. Archived in: Press archive.', 'the English marks, one full stop after "n.d."');
});

it('escapes the special characters of BibTeX and keeps names that are one word literal', () => {
  const r = record({
    id: 'c',
    title: 'Preise {100 %} & $_#^~\\',
    date: '2022-02',
    datePrecision: 'month',
    dateSource: 'header',
    authors: ['Ursula von der Leyen', 'dpa'],
  });
  const c = citation({ record: r, dateLabel: 'Februar 2022', publicUrl: null, archiveName: 'Pressearchiv', accessed: '2026-12-05', code: 'en' });
  const { bibtex, csl } = downloads(c);
  assert.ok(bibtex.startsWith('@article{vonderleyen2022preise,\n  author = {von der Leyen, Ursula and {dpa}},\n'), bibtex);
  assert.ok(bibtex.includes(String.raw`  title = {{Preise \{100 \%\} \& \$\_\#\^\~\\}},` + '\n  date = {2022-02},\n'), bibtex);
  assert.match(bibtex, /note = \{Archived in: Pressearchiv\}\n\}\n$/);
  const item = (JSON.parse(csl) as { author: unknown; issued: unknown }[])[0]!; // a literal name has no family: not parseCsl's schema
  assert.deepEqual(item.author, [{ family: 'von der Leyen', given: 'Ursula' }, { literal: 'dpa' }]);
  assert.deepEqual(item.issued, { 'date-parts': [[2022, 2]] });
});

// A surname alone means only someone the same article names in full; names as written; the Austrian Greens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestFiles } from '../../src/ingest/index.ts';
import { linkArchive } from '../../src/link/index.ts';

function personsByArticle(texts: string[]): { people: string[][]; orgs: string[][] } {
  const { records } = ingestFiles(texts.map((t, i) => ({ path: `a${i}.txt`, bytes: new TextEncoder().encode(t) })));
  const out = linkArchive(records, { textWorker: false });
  const kind = (k: string) =>
    out.articles.map((a) =>
      out.links[a.id]!.entities.map((s) => out.entities.find((e) => e.slug === s)!)
        .filter((e) => e.kind === k)
        .map((e) => e.name)
        .sort(),
    );
  return { people: kind('person'), orgs: kind('organisation') };
}

test('link people: a bare surname resolves to the full name in the same article, never to a known person elsewhere', () => {
  const { people } = personsByArticle([
    'Linz fordert mehr\n\nDer SPÖ-Vorsitzende Michael Lindner fordert mehr Geld. „Das ist nötig“, sagte Lindner.',
    'Budget in Berlin\n\nDer Finanzminister sprach. Lindner will sparen.',
  ]);
  assert.deepEqual(people[0], ['Michael Lindner']);
  assert.deepEqual(people[1], []); // "Lindner" alone: not Christian Lindner from data/entities.json, not Michael Lindner
});

test('link people: names as written, particles and genitives folded into the person', () => {
  const { people } = personsByArticle([
    'Angelobung\n\nBundespräsident Alexander Van der Bellen wurde angelobt. Van der Bellens Rede war kurz. Johanna Mikl-Leitner gratulierte.',
  ]);
  assert.deepEqual(people[0], ['Alexander Van der Bellen', 'Johanna Mikl-Leitner']);
});

test('link people: companies named after people are organisations; "die Grünen" are not the German party', () => {
  const { people, orgs } = personsByArticle(['Verlage\n\nRingier und Axel Springer bauen um. Die Grünen in Wien kritisieren das, sagte Werner Kogler.']);
  assert.deepEqual(people[0], ['Werner Kogler']);
  assert.ok(orgs[0]!.includes('Axel Springer'));
  assert.ok(!orgs[0]!.includes('Bündnis 90/Die Grünen'));
});

test('link people: two listed given names a letter apart are two people; transliterations are one', () => {
  const { people } = personsByArticle([
    'Gemeinderat\n\nDie Stadträtin Karin Berghofer sagte, das Budget reiche nicht.',
    'Landtag\n\nDie Abgeordnete Katrin Berghofer sagte, das Budget reiche nicht.',
    'Moskau\n\nDer Unternehmer Sergej Karpinski sagte, das sei falsch.',
    'Moskau\n\nDer Unternehmer Sergei Karpinski sagte, das sei richtig.',
  ]);
  assert.deepEqual(people.slice(0, 2), [['Karin Berghofer'], ['Katrin Berghofer']]);
  assert.equal(new Set(people.slice(2).flat()).size, 1, JSON.stringify(people));
});

test('link people: an author signing off, dated or not, is no person of the article', () => {
  const { people } = personsByArticle([
    'Gebühren steigen\n\nDie Stadt erhöht die Gebühren, sagte Bürgermeister Klaus Luger.\n\n(Florian Vetter, 23.5.2024)',
    'Gebühren sinken\n\nDie Stadt senkt die Gebühren, sagte Bürgermeister Klaus Luger.\n\n(Verena Kogelnik)',
  ]);
  assert.deepEqual(people, [['Klaus Luger'], ['Klaus Luger']]);
});

test('link people: a name the archive writes as a company is an organisation in its other articles, unless one uses it as a person', () => {
  const { people, orgs } = personsByArticle([
    'Bilanz\n\nDie Gerda Hollweger GmbH aus Wels meldet einen Rekordumsatz.',
    'Standorte\n\nAuch Gerda Hollweger will in Steyr investieren. Der Messgerätehersteller Bruno Taxacher wächst ebenfalls.',
    'Messe\n\nBruno Taxacher zeigt neue Sensoren. Sie arbeitet seit 2019 bei Klaus Werndl in Linz.',
    'Interview\n\n„Wir bleiben in Wels“, sagte Gerda Hollweger am Montag. Klaus Werndl lieferte die Anlage.',
  ]);
  assert.deepEqual(people[1], []);
  assert.ok(orgs[1]!.includes('Gerda Hollweger') && orgs[1]!.includes('Bruno Taxacher'));
  assert.deepEqual(people[2], []);
  assert.ok(orgs[2]!.includes('Klaus Werndl'));
  assert.deepEqual(people[3], ['Gerda Hollweger']); // the speaker here is the person the firm is named after
  assert.ok(orgs[3]!.includes('Klaus Werndl'));
});

test('link people: a name seen only acting as a company ("baut den Standort in … aus") is one, but not where any article uses it as a person', () => {
  const { people, orgs } = personsByArticle([
    'Ausbau\n\nAuch Manfred Brennsteiner kündigte an, den Standort in Gmunden auszubauen.',
    'Ausbau\n\nAuch Edeltraud Lasslberger kündigte an, den Standort in Gmunden auszubauen.',
    'Gemeinderat\n\nDie Bürgermeisterin Edeltraud Lasslberger begrüßte das.',
  ]);
  assert.deepEqual(people[0], []);
  assert.ok(orgs[0]!.includes('Manfred Brennsteiner'));
  assert.deepEqual(people[1], ['Edeltraud Lasslberger']);
  assert.deepEqual(people[2], ['Edeltraud Lasslberger']);
});

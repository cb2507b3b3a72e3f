// URL slugs keep a name's letters together: "AfD" is /organisationen/afd/, not /af-d/ (slugify decamelizes by default).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkArchive } from '../../src/link/index.ts';
import { makeSlug } from '../../src/slug.ts';
import { makeRecord } from './helpers.ts';

test('a slug transliterates and lower-cases without splitting mixed-case words', () => {
  assert.equal(makeSlug('AfD'), 'afd');
  assert.equal(makeSlug('ÖVP'), 'oevp');
  assert.equal(makeSlug('SPÖ-Chef Babler'), 'spoe-chef-babler');
  assert.equal(makeSlug('dpa-AFX'), 'dpa-afx');
  assert.equal(makeSlug('Straße über Brücke'), 'strasse-ueber-bruecke');
});

test('entities, outlets and stories get undivided slugs', () => {
  const body = (n: number) => `Die AfD und die ÖVP stritten in Wien über das iPhone-Verbot. Runde ${n}: Die AfD blieb dabei, sagte die ÖVP.`;
  const records = [1, 2].map((n) => makeRecord({ id: `r${n}`, date: `2023-01-1${n}`, title: 'AfD streitet über iPhone-Verbot', outlet: 'ZDFheute', body: body(n) }));
  const out = linkArchive(records);
  const slugs = out.entities.map((e) => e.slug);
  assert.ok(slugs.includes('afd') && slugs.includes('oevp'), slugs.join(' '));
  assert.deepEqual(
    out.sources.map((s) => s.slug),
    ['zdfheute'],
  );
  assert.deepEqual(
    out.stories.map((s) => s.slug),
    ['afd-streitet-ueber-iphone-verbot'],
  );
});

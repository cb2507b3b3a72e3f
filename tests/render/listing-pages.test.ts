// The listing template (templates/liste.njk) rendered by Eleventy with the project's configuration: a person and an
// outlet named by hundreds of articles get compact pages (date, title, outlet) of at most 200 KB, even when every
// title is long; date listings keep their teasers; every card is there, escaped.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { EleventyConstructor } from '../../src/eleventy/types.ts';
import { eleventyConfigPath } from '../../src/build.ts';
import { buildSiteModel } from '../../src/render/site.ts';
import { archive, config, record } from './fixtures.ts';

const root = path.resolve(import.meta.dirname, '../..');
const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'pressearchiv-liste-'));
after(() => fs.rm(tmp, { recursive: true, force: true }));

const N = 450;
const ids = Array.from({ length: N }, (_, i) => `p${String(i).padStart(3, '0')}`);
const records = ids.map((id, i) =>
  record(id, {
    title: `${i % 7 ? '' : '<b>"Fett"</b> & '}${'Eine sehr lange Schlagzeile über das Treffen der Außenminister in Brüssel '.repeat(8)}${i}`,
    date: `2022-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    outlet: 'ORF',
  }),
);
const model = buildSiteModel(
  archive(records, {
    entities: [{ slug: 'wladimir-putin', name: 'Wladimir Putin', kind: 'person', aliases: [], articleIds: ids, seenWith: [] }],
    sources: [{ slug: 'orf', name: 'ORF', kind: 'outlet', articleIds: ids }],
  }),
  config(),
);
const out = path.join(tmp, 'out');

async function pages(folder: string): Promise<string[]> {
  const files = (await fs.readdir(path.join(out, folder), { recursive: true })).filter((f) => f.endsWith('index.html')).sort();
  return Promise.all(files.map((f) => fs.readFile(path.join(out, folder, f), 'utf8')));
}

describe('listing pages as rendered', () => {
  before(async () => {
    const templates = path.join(tmp, 'templates');
    await fs.cp(path.join(root, 'templates'), templates, { recursive: true });
    for (const f of await fs.readdir(templates)) if (f.endsWith('.njk') && f !== 'liste.njk') await fs.rm(path.join(templates, f));
    // @ts-expect-error Eleventy 3 ships no type declarations; src/eleventy/types.ts is our typed view of it.
    const { default: Eleventy } = (await import('@11ty/eleventy')) as { default: EleventyConstructor };
    const eleventy = new Eleventy(templates, out, {
      configPath: eleventyConfigPath(), // .eleventy.ts, or its JavaScript when `npm test` runs this file from the bundle
      quietMode: true,
      pathPrefix: model.config.pathPrefix,
      config: (c) => c.addGlobalData('site', model),
    });
    eleventy.disableLogger();
    await eleventy.write();
  });

  it("a person's and an outlet's pages list every article once, compact, none over 200 KB", async () => {
    for (const folder of ['personen/wladimir-putin', 'quellen/orf']) {
      const html = await pages(folder);
      assert.ok(html.length >= 3, `${folder}: ${html.length} pages`);
      const titles = html.flatMap((h) => [...h.matchAll(/<h2 class="card-title"><a href="[^"]+">([^<]*)<\/a>/g)].map((m) => m[1]!));
      assert.equal(titles.length, N);
      assert.equal(new Set(titles.map((t) => t.split(' ').at(-1))).size, N, 'each article once');
      for (const h of html) {
        assert.ok(Buffer.byteLength(h) < 200_000, `${folder}: a page of ${Buffer.byteLength(h)} bytes`);
        assert.doesNotMatch(h, /card-teaser|<b>/);
        assert.match(h, /class="pagination"/);
      }
      assert.ok(
        titles.some((t) => t.startsWith('&lt;b&gt;„Fett“&lt;/b&gt; &amp; ')),
        'titles escaped',
      );
    }
  });

  it("a day's page keeps its cards' teasers", async () => {
    const [day] = await pages('2022/01/01');
    assert.match(day!, /<p class="card-teaser">Erster Absatz von p\d+ über Wladimir Putin\.<\/p>/);
  });
});

// The Nunjucks compile cache (src/eleventy/nunjucks.ts) patches private parts of Eleventy and Nunjucks: the
// "eleventy.engine.njk" event, `new nunjucks.Template(...)` per page, `_compile`, `tmplStr`. A real Eleventy
// build of one template paginated over six pages must compile that template's strings once and reuse them:
// when an Eleventy or Nunjucks update breaks the patch, no cache hit is seen and this test fails.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, it } from 'node:test';
import { nunjucksCompileCachePlugin, type NunjucksLibrary } from '../../src/eleventy/nunjucks.ts';
import type { EleventyConfig, EleventyConstructor } from '../../src/eleventy/types.ts';

const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'pressearchiv-njk-'));
after(() => fs.rm(tmp, { recursive: true, force: true }));

const ITEMS = ['eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs'];
const PAGE = `---
pagination:
  data: items
  size: 1
items: ${JSON.stringify(ITEMS)}
permalink: "seite/{{ pagination.pageNumber }}/index.html"
---
<p>{{ pagination.items[0] | upper }} von {{ items | length }}</p>
`;

type Compiling = { _compile: (this: Compiling) => void }; // a property, so it can be taken off the prototype and called on a template

/** Counts every `_compile` of the patched Template (requests) and of Nunjucks' own (real compilations). */
function countCompiles(nunjucks: NunjucksLibrary, counts: { requests: number; compiled: number; patched: boolean }): void {
  const Cached = nunjucks.Template as unknown as { prototype: Compiling } & Record<symbol, unknown>;
  counts.patched = Cached[Symbol.for('pressearchiv.nunjucksCompileCache')] === true;
  const base = Object.getPrototypeOf(Cached.prototype) as Compiling;
  const own = Cached.prototype._compile;
  const real = base._compile;
  Cached.prototype._compile = function (this: Compiling) {
    counts.requests++;
    own.call(this);
  };
  base._compile = function (this: Compiling) {
    counts.compiled++;
    real.call(this);
  };
}

it('compiles a paginated template once and reuses it on every page (Eleventy and Nunjucks still fit the patch)', async () => {
  const input = path.join(tmp, 'in');
  const output = path.join(tmp, 'out');
  await fs.mkdir(input, { recursive: true });
  await fs.writeFile(path.join(input, 'seite.njk'), PAGE);
  const configPath = path.join(tmp, 'eleventy.config.mjs');
  await fs.writeFile(configPath, 'export default function () {}\nexport const config = { templateFormats: ["njk"] };\n');

  const counts = { requests: 0, compiled: 0, patched: false };
  let seen: NunjucksLibrary | undefined;
  // @ts-expect-error Eleventy 3 ships no type declarations; src/eleventy/types.ts is our typed view of it.
  const { default: Eleventy } = (await import('@11ty/eleventy')) as { default: EleventyConstructor };
  const eleventy = new Eleventy(input, output, {
    configPath,
    quietMode: true,
    config: (config: EleventyConfig) => {
      config.addPlugin(nunjucksCompileCachePlugin);
      // after the cache's own listener, so the library seen here is the patched one
      config.addPlugin((c) =>
        c.on('eleventy.engine.njk', (event) => {
          seen = (event as { nunjucks: NunjucksLibrary }).nunjucks;
          countCompiles(seen, counts);
        }),
      );
    },
  });
  eleventy.disableLogger();
  await eleventy.write();

  assert.ok(seen, 'Eleventy no longer emits "eleventy.engine.njk" with the Nunjucks library');
  assert.ok(counts.patched, 'the Template that Eleventy sees is not the cached subclass');
  for (const [i, item] of ITEMS.entries()) {
    const html = await fs.readFile(path.join(output, 'seite', String(i), 'index.html'), 'utf8');
    assert.equal(html.trim(), `<p>${item.toUpperCase()} von ${ITEMS.length}</p>`); // each page rendered with its own data
  }
  assert.ok(
    counts.requests >= ITEMS.length,
    `Eleventy compiled ${counts.requests} Templates for ${ITEMS.length} pages: it no longer makes one per page (new nunjucks.Template), so the cache is not used`,
  );
  // content and permalink compiled once each, then reused: at least one hit per further page
  assert.ok(
    counts.requests - counts.compiled >= ITEMS.length - 1,
    `cache hits ${counts.requests - counts.compiled} of ${counts.requests}: the compile cache no longer takes effect`,
  );
});

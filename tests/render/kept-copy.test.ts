// What every build derives the same way is kept in the temp folder (src/kept-copy.ts); what is code only in a folder
// no one else can write. A second Eleventy build (a fresh Nunjucks environment, as in the next build's process) runs
// the kept compiled templates instead of compiling them (src/eleventy/nunjucks.ts) and writes the same pages.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { nunjucksCompileCachePlugin, type NunjucksLibrary } from '../../src/eleventy/nunjucks.ts';
import type { EleventyConfig, EleventyConstructor } from '../../src/eleventy/types.ts';
import { privateFolderIn, privateTempDir, readCopy, writeCopy } from '../../src/kept-copy.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pressearchiv-kept-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
const uid = process.getuid?.();

describe('copies kept in the temp folder', () => {
  it('keeps code only in a folder of this user that no one else can write', { skip: uid === undefined && 'no user ids here' }, () => {
    const fresh = path.join(tmp, 'fresh');
    fs.mkdirSync(fresh);
    const dir = privateFolderIn(fresh);
    assert.equal(dir, path.join(fresh, `pressearchiv-${uid}`));
    assert.equal(fs.statSync(dir).mode & 0o777, 0o700);
    assert.equal(privateFolderIn(fresh), dir, 'taken again as it is');

    const open = path.join(tmp, 'open');
    fs.mkdirSync(path.join(open, `pressearchiv-${uid}`), { recursive: true });
    fs.chmodSync(path.join(open, `pressearchiv-${uid}`), 0o777);
    assert.equal(privateFolderIn(open), null, 'a folder others can write');

    const linked = path.join(tmp, 'linked');
    fs.mkdirSync(linked);
    fs.symlinkSync(dir, path.join(linked, `pressearchiv-${uid}`));
    assert.equal(privateFolderIn(linked), null, 'a link, even to our own folder');
  });

  it('reads back what was written, and nothing without a folder', () => {
    const file = path.join(tmp, 'copy.txt');
    assert.equal(readCopy(file), null);
    writeCopy(file, 'ä\nb');
    assert.equal(readCopy(file), 'ä\nb');
    assert.deepEqual(
      fs.readdirSync(tmp).filter((f) => f.startsWith('copy.txt.')),
      [],
      'no partial file left',
    );
    writeCopy(null, 'x');
    assert.equal(readCopy(null), null);
  });

  it('a second Eleventy build runs the kept compiled templates and writes the same pages', async () => {
    assert.ok(privateTempDir(), 'no private folder in the temp folder: templates are compiled in every build');
    const input = path.join(tmp, 'in');
    fs.mkdirSync(input);
    fs.writeFileSync(
      path.join(input, 'seite.njk'),
      '---\npagination:\n  data: items\n  size: 1\nitems: [eins, zwei]\npermalink: "seite/{{ pagination.pageNumber }}/index.html"\n---\n<p>{{ pagination.items[0] | upper }}</p>\n',
    );
    const configPath = path.join(tmp, 'eleventy.config.mjs');
    fs.writeFileSync(configPath, 'export default function () {}\nexport const config = { templateFormats: ["njk"] };\n');
    // @ts-expect-error Eleventy 3 ships no type declarations; src/eleventy/types.ts is our typed view of it.
    const { default: Eleventy } = (await import('@11ty/eleventy')) as { default: EleventyConstructor };
    const build = async (output: string) => {
      let compiled = 0;
      const eleventy = new Eleventy(input, output, {
        configPath,
        quietMode: true,
        config: (config: EleventyConfig) => {
          config.addPlugin(nunjucksCompileCachePlugin);
          config.on('eleventy.engine.njk', (event) => {
            const { compiler } = (event as { nunjucks: NunjucksLibrary }).nunjucks;
            const compile = compiler.compile.bind(compiler);
            compiler.compile = (...args) => (compiled++, compile(...args));
          });
        },
      });
      eleventy.disableLogger();
      await eleventy.write();
      return { compiled, pages: ['0', '1'].map((n) => fs.readFileSync(path.join(output, 'seite', n, 'index.html'), 'utf8')) };
    };
    const first = await build(path.join(tmp, 'out1'));
    const second = await build(path.join(tmp, 'out2'));
    assert.deepEqual(first.pages, ['<p>EINS</p>\n', '<p>ZWEI</p>\n']);
    assert.deepEqual(second.pages, first.pages);
    assert.equal(second.compiled, 0, 'the second build compiled templates again');
  });
});

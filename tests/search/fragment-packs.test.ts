// Pagefind's fragments packed ~32 to a file (src/search/fragment-packs.ts), and the search page's reading of them
// (templates/assets/search/search.js: packOf, packTable); a served search over packs is in tests/browser/search.test.ts.
import assert from 'node:assert/strict';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { packCount, packFragments, packOf, SERVED_PACKS_GLOBAL, unpackFragments, writeFragmentPacks } from '../../src/search/fragment-packs.ts';

interface PageApi {
  packOf(rel: string, packs: number): number;
  packTable(bytes: Uint8Array): Record<string, [number, number]>;
}

async function pageApi(): Promise<PageApi> {
  await import(new URL('../../templates/assets/search/search.js', import.meta.url).href);
  return (globalThis as unknown as { PressearchivSearch: PageApi }).PressearchivSearch;
}

describe('fragment packs', () => {
  it('a pack gives back every fragment, and the page finds each one where the build put it', async () => {
    const page = await pageApi();
    const fragments: [string, Buffer][] = [
      ['de_1a3ed76', Buffer.from([0x1f, 0x8b, 1, 2, 3])],
      ['de_empty', Buffer.alloc(0)],
      ['de_ü:ber', Buffer.from('Grüße, „mit“ Komma: und Doppelpunkt', 'utf8')], // a name as odd as the format allows
      ['de_72fe25e', Buffer.alloc(5000, 7)],
    ];
    const pack = packFragments(fragments);
    assert.deepEqual([...unpackFragments(pack)], fragments);
    const table = page.packTable(new Uint8Array(pack));
    assert.deepEqual(Object.keys(table), fragments.map(([name]) => name));
    for (const [name, bytes] of fragments) {
      const [start, end] = table[name]!;
      assert.deepEqual(pack.subarray(start, end), bytes, name);
    }
    assert.throws(() => unpackFragments(pack.subarray(0, pack.length - 1)), /accounts for/);
  });

  it('the page chooses the same pack as the build, for any name and pack count', async () => {
    const page = await pageApi();
    for (const packs of [1, 3, 32, 313]) {
      for (let i = 0; i < 200; i++) {
        const rel = `fragment/de_${(i * 104729).toString(16)}${i % 7 === 0 ? 'ä' : ''}.pf_fragment`;
        const n = packOf(rel, packs);
        assert.ok(n >= 0 && n < packs);
        assert.equal(page.packOf(rel, packs), n, rel);
      }
    }
  });

  it('replaces the fragment files by packs, ~32 each, and tells the page how much to read first', async () => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'fragment-packs-'));
    try {
      await fsp.mkdir(path.join(dir, 'fragment'));
      const data = new Map<string, Buffer>();
      for (let i = 0; i < 100; i++) data.set(`de_${(i * 7919).toString(16)}`, Buffer.alloc(10 + i, i));
      for (const [name, bytes] of data) await fsp.writeFile(path.join(dir, 'fragment', `${name}.pf_fragment`), bytes);
      await fsp.writeFile(path.join(dir, 'pagefind.js'), 'export{};');
      const report = await writeFragmentPacks(dir);
      assert.deepEqual({ fragments: report.fragments, packs: report.packs }, { fragments: 100, packs: packCount(100) });
      const files = (await fsp.readdir(path.join(dir, 'fragment'))).sort();
      assert.deepEqual(files, Array.from({ length: report.packs }, (_, i) => `pack-${i}.pf_pack`).sort(), 'no fragment file is left');
      const found = new Map<string, Buffer>();
      let longestTable = 0;
      for (const file of files) {
        const pack = await fsp.readFile(path.join(dir, 'fragment', file));
        longestTable = Math.max(longestTable, 4 + pack.readUInt32BE(0));
        for (const [name, bytes] of unpackFragments(pack)) {
          assert.equal(file, `pack-${packOf(`fragment/${name}.pf_fragment`, report.packs)}.pf_pack`, `${name} is in its pack`);
          found.set(name, bytes);
        }
      }
      assert.deepEqual(new Map([...found].sort()), new Map([...data].sort()));
      assert.equal(report.headBytes, longestTable);
      const script = await fsp.readFile(path.join(dir, 'pagefind.js'), 'utf8');
      assert.ok(script.endsWith(`self.${SERVED_PACKS_GLOBAL}={count:${report.packs},head:${longestTable}};\n`), script);
    } finally {
      await fsp.rm(dir, { recursive: true, force: true });
    }
  });
});

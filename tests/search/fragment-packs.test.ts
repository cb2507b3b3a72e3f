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
      ['de_abcd', Buffer.alloc(20000, 3)], // an even count of hex digits; a length of three bytes in the table
    ];
    const pack = packFragments(fragments);
    assert.deepEqual([...unpackFragments(pack)], fragments);
    const table = page.packTable(new Uint8Array(pack));
    assert.deepEqual(
      Object.keys(table),
      fragments.map(([name]) => name),
    );
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

describe("the search page's fetch of packed fragments", () => {
  type Fetch = (input: string, init?: { headers?: Record<string, string> }) => Promise<Response>;
  const bundle = 'https://example.org/archiv/pagefind/';

  /** A static host over `files`: byte ranges answered with 206 when `ranges`, else the whole file with 200; every answer logged. */
  function host(files: Map<string, Buffer>, ranges: boolean) {
    const log: { url: string; status: number; bytes: number }[] = [];
    const fetch: Fetch = (url, init) => {
      const file = files.get(url);
      const range = /^bytes=(\d+)-(\d+)$/.exec(init?.headers?.Range ?? '');
      const [status, body] = !file ? [404, Buffer.alloc(0)] : ranges && range ? [206, file.subarray(Number(range[1]), Number(range[2]) + 1)] : [200, file];
      log.push({ url, status, bytes: body.length });
      return Promise.resolve(new Response(new Uint8Array(body), { status }));
    };
    return { fetch, log };
  }

  async function setUp(ranges: boolean) {
    const page = (await pageApi()) as PageApi & { packedFetch(bundle: string, fetch: Fetch, info: () => unknown): Fetch };
    const fragments = new Map<string, Buffer>();
    for (let i = 0; i < 60; i++) fragments.set(`de_${(i * 7919 + 4096).toString(16)}`, Buffer.alloc(100 + i, i));
    const packs = 2;
    const files = new Map<string, Buffer>();
    const members = [0, 1].map((n) => [...fragments].filter(([name]) => packOf(`fragment/${name}.pf_fragment`, packs) === n));
    members.forEach((list, n) => files.set(`${bundle}fragment/pack-${n}.pf_pack`, packFragments(list)));
    files.set(`${bundle}pagefind-entry.json`, Buffer.from('{}'));
    const server = host(files, ranges);
    const head = 40; // shorter than either table: each table takes a second request
    const fetch = page.packedFetch(bundle, server.fetch, () => ({ count: packs, head }));
    return { fetch, server, fragments, files, head };
  }

  it('reads each fragment by byte ranges: a table once, in two requests when it is longer than the first read, then the fragment', async () => {
    const { fetch, server, fragments, head } = await setUp(true);
    for (const [name, bytes] of fragments) {
      const answer = await fetch(`${bundle}fragment/${name}.pf_fragment`);
      assert.equal(answer.status, 200);
      assert.deepEqual(Buffer.from(await answer.arrayBuffer()), bytes, name);
    }
    const tableReads = server.log.filter((r) => r.bytes === head);
    assert.equal(tableReads.length, 2, 'the first bytes of each pack, read once');
    assert.equal(server.log.length, 2 + 2 + fragments.size, 'and the rest of each table once, then one request per fragment');
    assert.ok(server.log.every((r) => r.status === 206));
    assert.equal((await fetch(`${bundle}pagefind-entry.json`)).status, 200, 'other files pass through');
  });

  it('from a host without byte ranges, reads each pack once and slices it', async () => {
    const { fetch, server, fragments, files } = await setUp(false);
    for (const [name, bytes] of fragments) assert.deepEqual(Buffer.from(await (await fetch(`${bundle}fragment/${name}.pf_fragment`)).arrayBuffer()), bytes, name);
    assert.deepEqual(
      server.log.map((r) => [r.url, r.bytes]),
      [...files]
        .filter(([url]) => url.endsWith('.pf_pack'))
        .map(([url, b]) => [url, b.length])
        .sort(),
    );
  });

  it('a fragment missing from its pack fails the fetch, and a failed pack read is tried again', async () => {
    const { fetch, files } = await setUp(true);
    await assert.rejects(fetch(`${bundle}fragment/de_nothere.pf_fragment`), /no fragment de_nothere/);
    const [url, pack] = [...files].find(([u]) => u.endsWith('pack-0.pf_pack'))!;
    files.delete(url);
    const name = [...unpackFragments(pack).keys()][0]!;
    await assert.rejects(fetch(`${bundle}fragment/${name}.pf_fragment`), /404/);
    files.set(url, pack);
    assert.equal((await fetch(`${bundle}fragment/${name}.pf_fragment`)).status, 200);
  });
});

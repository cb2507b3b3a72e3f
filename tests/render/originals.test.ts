// The originals' packs: bounded, each article's original in exactly one pack under its published name with the text
// as published (decoded to UTF-8), and a file added in the middle changes only its own pack.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { writeOriginalPacks } from '../../src/build.ts';
import { decodeBytes } from '../../src/ingest/decode.ts';
import { MAX_PACK_BYTES, MAX_PER_PACK, originalPacks, packOriginals } from '../../src/render/originals.ts';
import { originalNames } from '../../src/render/urls.ts';
import { packedOriginals, tempDir } from '../helpers/cli.ts';

const files = (n: number, bytes = 5000) => Array.from({ length: n }, (_, i) => ({ path: `ordner-${i % 7}/artikel ${i}.txt`, bytes }));

/** Pack file name → its members' input paths, in pack order. */
function membersByPack(published: ReturnType<typeof packOriginals>): Map<string, string[]> {
  const packs = new Map<string, string[]>();
  for (const [p, { pack }] of published) packs.set(pack, [...(packs.get(pack) ?? []), p]);
  return packs;
}

describe('packs of originals', () => {
  it('bounds each pack by count and bytes, and puts every original in exactly one pack', () => {
    for (const [n, bytes] of [
      [3000, 5000],
      [500, 40_000],
      [40, 300_000],
    ] as const) {
      const input = files(n, bytes);
      const published = packOriginals(input);
      assert.equal(published.size, n, 'every file is published');
      const packs = membersByPack(published);
      assert.equal([...packs.values()].flat().length, n, 'no file is in two packs');
      for (const [pack, members] of packs) {
        assert.ok(members.length <= MAX_PER_PACK, `${pack}: ${members.length} originals`);
        // a pack closes as soon as it reaches the bound: without its last original it is below it
        assert.ok((members.length - 1) * bytes < MAX_PACK_BYTES, `${pack}: ${members.length} × ${bytes} bytes`);
      }
      if (bytes === 5000) assert.ok(packs.size >= n / MAX_PER_PACK && packs.size <= n / 10, `${packs.size} packs for ${n} originals: ~15 each`);
    }
  });

  it('publishes each original under its name (originalNames)', () => {
    const paths = ['a.txt', 'a', 'x.html', 'x.html.txt', 'sub/y.svg'];
    const published = packOriginals(paths.map((p) => ({ path: p, bytes: 10 })));
    const names = originalNames(paths);
    for (const p of paths) assert.equal(published.get(p)!.name, names.get(p));
    assert.match(published.get('a')!.pack, /^[0-9a-f]{12}(-\d+)?\.js$/);
  });

  it('keeps the other packs when a file is added in the middle', () => {
    const before = files(2000);
    const old = membersByPack(packOriginals(before));
    let total = 0;
    for (let at = 37; at < before.length; at += 97) {
      const name = `ordner-${at % 7}/artikel ${at}a.txt`; // sorts among the others
      const now = membersByPack(packOriginals([...before.slice(0, at), { path: name, bytes: 5000 }, ...before.slice(at)]));
      const changed = [...now].filter(([pack, members]) => old.get(pack)?.join('\n') !== members.join('\n'));
      assert.ok(changed.length >= 1 && changed.length <= 3, `${changed.length} of ${now.size} packs changed`);
      assert.ok(
        changed.some(([, members]) => members.includes(name)),
        'a pack that changed holds the new file',
      );
      total += changed.length;
    }
    assert.ok(total <= 2 * 21, `${total} packs changed over 21 additions`);
  });
});

describe('writing the packs', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('writes scripts that register each original with the text as published, decoded to UTF-8', async () => {
    const input = tempDir('pa-originals-in-');
    const out = tempDir('pa-originals-out-');
    dirs.push(input, out);
    const inputs = new Map<string, Buffer>([
      ['utf8.txt', Buffer.from('Grüße aus Köln\n„Zitat“ – Ende\n')],
      ['latin1.txt', Buffer.from('Grüße aus Köln, Straße\n', 'latin1')],
      ['bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---\ntitle: T\n---\nText\n')])],
      ['seite.html', Buffer.from('<p>Seite</p><script>alert(1)</script>\u2028</p>\n')],
      ['ordner mit leerzeichen/b.txt', Buffer.from('"Anführung" und \\ Backslash und </script>\n')],
    ]);
    for (let i = 0; i < 60; i++) inputs.set(`viele/${i}.txt`, Buffer.from(`Artikel ${i}\n`.repeat(200)));
    for (const [p, bytes] of inputs) {
      fs.mkdirSync(path.dirname(path.join(input, p)), { recursive: true });
      fs.writeFileSync(path.join(input, p), bytes);
    }
    const published = packOriginals([...inputs].map(([p, bytes]) => ({ path: p, bytes: bytes.length })));
    const packs = originalPacks(published, input);
    assert.ok(packs.length >= 3, `${packs.length} packs`);
    await writeOriginalPacks(packs, out);

    const seen = packedOriginals(out); // throws when a name is in two packs
    for (const [p, o] of published) assert.equal(seen.get(o.name)?.pack, o.pack, `${p} is in the pack its page names`);
    assert.equal(seen.size, inputs.size, 'every original is in a pack');
    for (const [p, bytes] of inputs) {
      const decoded = decodeBytes(bytes);
      assert.ok(decoded.ok);
      assert.equal(seen.get(published.get(p)!.name)?.text, decoded.text, `${p}: the text as published`);
    }
    assert.equal(seen.get('latin1.txt')?.text, 'Grüße aus Köln, Straße\n');
    assert.deepEqual(fs.readdirSync(out), ['originale'], 'nothing else is written');
  });
});

// A rebuild's offline (file://) search scripts: those whose Pagefind files are unchanged are hard-linked from the
// current site, the others written, and the bundle is byte for byte the one a fresh build writes.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { OFFLINE_STATES, planFileReuse, type PageReuseOptions } from '../../src/incremental/index.ts';
import { offlineScriptPath, writeOfflineBundle, type OfflineReuse } from '../../src/search/offline.ts';
import { packCount } from '../../src/search/fragment-packs.ts';

const PAGEFIND_JS = 'var u=import.meta.url;var createInstance=()=>u;export{createInstance};';

/** A Pagefind bundle of `data` in `<site>/pagefind/`. */
async function pagefindSite(site: string, data: Map<string, Buffer>): Promise<string> {
  const dir = path.join(site, 'pagefind');
  for (const [rel, bytes] of data) {
    await fsp.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await fsp.writeFile(path.join(dir, rel), bytes);
  }
  await fsp.writeFile(path.join(dir, 'pagefind.js'), PAGEFIND_JS);
  return dir;
}

/** Every file below `dir`, relative, with its bytes and inode. */
function filesOf(dir: string): Map<string, { bytes: Buffer; ino: number }> {
  const files = new Map<string, { bytes: Buffer; ino: number }>();
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath, e.name);
    files.set(path.relative(dir, file), { bytes: fs.readFileSync(file), ino: fs.statSync(file).ino });
  }
  return files;
}

describe('offline scripts on a rebuild', () => {
  let root: string;
  const data = new Map<string, Buffer>();
  for (let i = 0; i < 100; i++) data.set(`fragment/de_${(i * 7919).toString(16)}.pf_fragment`, Buffer.from([i, 255 - i]));
  data.set('index/de_1.pf_index', Buffer.from([1, 2, 3]));
  data.set('index/de_2.pf_index', Buffer.from([4, 5, 6]));
  data.set('pagefind-entry.json', Buffer.from('{}'));
  const packs = packCount(100);

  // The next build: a fragment's and an index chunk's bytes changed under the same names (Pagefind's names are content
  // hashes, but the keys do not count on that), the rest as before.
  const changedFragment = 'fragment/de_1eef.pf_fragment'; // i = 1
  const next = new Map(data);
  next.set(changedFragment, Buffer.from([9, 9])); // as long as before: the key reads the bytes, not only the size
  next.set('index/de_2.pf_index', Buffer.from([7, 7, 7]));

  const reuseFrom = (previousSite: string, stateDir: string): OfflineReuse => {
    const options: PageReuseOptions = { previousSite, salt: 'salt', stateDir };
    return (keys) => planFileReuse(keys, options, OFFLINE_STATES);
  };
  const commit = (stateDir: string) => fs.renameSync(path.join(stateDir, OFFLINE_STATES.next), path.join(stateDir, OFFLINE_STATES.state));

  before(async () => {
    root = await fsp.mkdtemp(path.join(os.tmpdir(), 'offline-reuse-'));
  });
  after(async () => {
    await fsp.rm(root, { recursive: true, force: true });
  });

  it('links the scripts whose data files are unchanged and writes the same bundle as a fresh build', async () => {
    assert.ok(data.has(changedFragment));
    const state = path.join(root, 'state');
    const first = path.join(root, 'first');
    await writeOfflineBundle(await pagefindSite(first, data), reuseFrom(path.join(root, 'none'), state));
    commit(state);

    const second = path.join(root, 'second');
    await writeOfflineBundle(await pagefindSite(second, next), reuseFrom(first, state));
    const fresh = path.join(root, 'fresh');
    await writeOfflineBundle(await pagefindSite(fresh, next));

    const got = filesOf(path.join(second, 'pagefind', 'offline'));
    const want = filesOf(path.join(fresh, 'pagefind', 'offline'));
    assert.deepEqual([...got.keys()].sort(), [...want.keys()].sort());
    for (const [rel, file] of want) assert.deepEqual(got.get(rel)!.bytes, file.bytes, rel);

    const before = filesOf(path.join(first, 'pagefind', 'offline'));
    const changed = new Set([offlineScriptPath(changedFragment, packs), offlineScriptPath('index/de_2.pf_index', packs)].map((s) => path.relative('offline', s)));
    let linked = 0;
    for (const [rel, file] of got) {
      if (rel === 'pagefind.classic.js') continue;
      const same = file.ino === before.get(rel)?.ino;
      assert.equal(same, !changed.has(rel), `${rel}: ${changed.has(rel) ? 'its data changed, so it is written' : 'unchanged, so it is linked'}`);
      if (same) linked++;
    }
    assert.equal(linked, got.size - 1 - changed.size);
    commit(state);
  });

  it('writes again a script changed in the site since the last build, and one of a build whose code changed', async () => {
    const state = path.join(root, 'state');
    const second = path.join(root, 'second');
    const edited = path.join(second, 'pagefind', 'offline', 'pagefind-entry.json.js');
    fs.appendFileSync(edited, '// edited by hand\n');

    const third = path.join(root, 'third');
    await writeOfflineBundle(await pagefindSite(third, next), reuseFrom(second, state));
    const script = path.join(third, 'pagefind', 'offline', 'pagefind-entry.json.js');
    assert.notEqual(fs.statSync(script).ino, fs.statSync(edited).ino);
    assert.deepEqual(fs.readFileSync(script), fs.readFileSync(path.join(root, 'fresh', 'pagefind', 'offline', 'pagefind-entry.json.js')));
    commit(state);

    // other code: the keys are salted with it (planFileReuse), so none matches: here other keys stand for it
    const salted: OfflineReuse = (keys) => reuseFrom(third, state)(new Map([...keys].map(([rel, key]) => [rel, `other code ${key}`])));
    const fourth = path.join(root, 'fourth');
    await writeOfflineBundle(await pagefindSite(fourth, next), salted);
    const thirds = filesOf(path.join(third, 'pagefind', 'offline'));
    for (const [rel, file] of filesOf(path.join(fourth, 'pagefind', 'offline'))) assert.notEqual(file.ino, thirds.get(rel)?.ino, rel);
  });
});

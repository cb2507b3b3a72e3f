// The file:// bundle: Pagefind's module as a classic script, data files as registering scripts.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { describe, it } from 'node:test';
import { chunkScript, isDataFile, minifySearchScripts, offlineScriptPath, toClassicScript, writeOfflineBundle } from '../../src/search/offline.ts';
import { packCount } from '../../src/search/fragment-packs.ts';

describe('offline bundle', () => {
  it('turns an ES module with import.meta.url into a classic script with a global', () => {
    const mod = 'var base=()=>typeof import.meta.url!=="undefined"?import.meta.url:"none";var search=async()=>base();export{search,base as b};';
    const script = toClassicScript(mod);
    const sandbox: Record<string, unknown> = {};
    sandbox.self = sandbox;
    vm.runInNewContext(script, sandbox);
    const api = sandbox.__pressearchivPagefind as { b: () => string; search: () => Promise<string> };
    assert.equal(api.b(), 'none');
    assert.equal(typeof api.search, 'function');
  });

  it('refuses a module of another shape', () => {
    assert.throws(() => toClassicScript('import x from "y"; export{x};'));
    assert.throws(() => toClassicScript('var a=1;'));
  });

  it('writes data files as scripts that register their bytes', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    const sandbox: Record<string, unknown> = {};
    sandbox.self = sandbox;
    vm.runInNewContext(chunkScript('index/de_1.pf_index', bytes), sandbox);
    const files = sandbox.__pressearchivPagefindFiles as Record<string, string>;
    assert.deepEqual([...Buffer.from(files['index/de_1.pf_index']!, 'base64')], [...bytes]);
  });

  it('knows which files Pagefind fetches', () => {
    for (const f of ['pagefind-entry.json', 'pagefind.de_abc.pf_meta', 'wasm.de.pagefind', 'index/de_1.pf_index', 'filter/de_2.pf_filter', 'fragment/de_3.pf_fragment']) {
      assert.ok(isDataFile(f), f);
    }
    for (const f of ['pagefind.js', 'pagefind-worker.js', 'offline/x.js', 'pagefind-ui.css']) assert.ok(!isDataFile(f), f);
  });

  it('minifies the site’s copies of the search scripts, which keep working: a first query loads less', async () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-minify-'));
    const dir = path.join(site, 'assets', 'search');
    fs.mkdirSync(dir, { recursive: true });
    const templates = new URL('../../templates/assets/search/', import.meta.url);
    const original = fs.readFileSync(new URL('search.js', templates), 'utf8');
    fs.writeFileSync(path.join(dir, 'search.js'), original);
    await minifySearchScripts(site);
    await minifySearchScripts(path.join(site, 'none')); // a site without search scripts: nothing to do
    const minified = fs.readFileSync(path.join(dir, 'search.js'), 'utf8');
    assert.ok(minified.length < original.length * 0.6, `${original.length} → ${minified.length}`);
    const api = (code: string) => {
      const sandbox: Record<string, unknown> = { URL, URLSearchParams };
      sandbox.globalThis = sandbox;
      vm.runInNewContext(code, sandbox);
      return sandbox.PressearchivSearch as Record<string, (...a: unknown[]) => unknown>;
    };
    const [a, b] = [api(original), api(minified)];
    assert.deepEqual(Object.keys(b), Object.keys(a));
    const url = '?q=%22Van+der+Bellen%22&f.outlet=dpa&from=2021-12&sort=newest';
    assert.deepEqual(JSON.stringify(b.parseState!(url)), JSON.stringify(a.parseState!(url)));
    fs.rmSync(site, { recursive: true });
  });

  it('packs the fragments ~32 to a script, where the search page looks for them', async () => {
    await import(new URL('../../templates/assets/search/search.js', import.meta.url).href);
    const shim = (globalThis as unknown as { PressearchivSearch: { offlineScriptPath(rel: string, packs: number): string } }).PressearchivSearch;
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'offline-packs-'));
    try {
      await fsp.mkdir(path.join(dir, 'fragment'));
      await fsp.mkdir(path.join(dir, 'index'));
      const data = new Map<string, Buffer>();
      for (let i = 0; i < 100; i++) data.set(`fragment/de_${(i * 7919).toString(16)}.pf_fragment`, Buffer.from([i, 255 - i]));
      data.set('index/de_1.pf_index', Buffer.from([1, 2, 3]));
      data.set('pagefind-entry.json', Buffer.from('{}'));
      for (const [rel, bytes] of data) await fsp.writeFile(path.join(dir, rel), bytes);
      await fsp.writeFile(path.join(dir, 'pagefind.js'), 'var u=import.meta.url;var createInstance=()=>u;export{createInstance};');
      const report = await writeOfflineBundle(dir);
      assert.equal(report.files, data.size);
      const packs = packCount(100);
      assert.equal(packs, 4);
      const fragmentScripts = await fsp.readdir(path.join(dir, 'offline', 'fragment'));
      assert.equal(fragmentScripts.length, packs, 'one script per pack, not per fragment');
      const sandbox: Record<string, unknown> = {};
      sandbox.self = sandbox;
      vm.runInNewContext(await fsp.readFile(path.join(dir, 'offline', 'pagefind.classic.js'), 'utf8'), sandbox);
      assert.equal(sandbox.__pressearchivOfflinePacks, packs);
      for (const [rel, bytes] of data) {
        const script = offlineScriptPath(rel, packs);
        assert.equal(shim.offlineScriptPath(rel, packs), script, 'the shim looks where the build wrote');
        const box: Record<string, unknown> = {};
        box.self = box;
        vm.runInNewContext(await fsp.readFile(path.join(dir, decodeURIComponent(script)), 'utf8'), box);
        const files = box.__pressearchivPagefindFiles as Record<string, string>;
        assert.deepEqual(Buffer.from(files[rel]!, 'base64'), bytes, rel);
      }
    } finally {
      await fsp.rm(dir, { recursive: true, force: true });
    }
  });
});

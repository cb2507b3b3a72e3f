// The file:// bundle: Pagefind's module as a classic script, data files as registering scripts.
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { describe, it } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chunkScript, isDataFile, minifySearchScripts, toClassicScript } from '../../src/search/offline.ts';

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
});

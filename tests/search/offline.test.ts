// The file:// bundle: Pagefind's module as a classic script, data files as registering scripts.
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { describe, it } from 'node:test';
import { chunkScript, isDataFile, toClassicScript } from '../../src/search/offline.ts';

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
});

// The static server: MIME types for Pagefind's files, directory indexes, prefixes, and no escape from the root.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Server } from 'node:http';
import { mimeType, resolveRequest, serve } from '../../src/cli/serve.ts';
import { tempDir } from '../helpers/cli.ts';

describe('mimeType', () => {
  it('serves wasm as application/wasm and Pagefind chunks as binary', () => {
    assert.equal(mimeType('pagefind/wasm.de.pagefind'), 'application/octet-stream');
    assert.equal(mimeType('x.wasm'), 'application/wasm');
    assert.equal(mimeType('pagefind/index/de_abc.pf_index'), 'application/octet-stream');
    assert.equal(mimeType('pagefind/fragment/de_1.pf_fragment'), 'application/octet-stream');
    assert.equal(mimeType('a/index.html'), 'text/html; charset=utf-8');
    assert.equal(mimeType('pagefind/pagefind.js'), 'text/javascript; charset=utf-8');
  });
});

describe('serve', () => {
  let root = '';
  let server: Server;
  let base = '';
  before(async () => {
    root = tempDir();
    fs.mkdirSync(path.join(root, 'artikel', 'a'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<p>home</p>');
    fs.writeFileSync(path.join(root, '404.html'), '<p>nicht gefunden</p>');
    fs.writeFileSync(path.join(root, 'artikel', 'a', 'index.html'), '<p>a</p>');
    fs.writeFileSync(path.join(root, 'x.pf_meta'), Buffer.from([1, 2, 3]));
    server = await serve({ root, port: 0, pathPrefix: '/archiv/' });
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  after(() => server.close());

  it('serves index.html for folders under the prefix', async () => {
    const res = await fetch(`${base}/archiv/artikel/a/`);
    assert.equal(res.status, 200);
    assert.equal(await res.text(), '<p>a</p>');
  });

  it('redirects a folder without trailing slash', async () => {
    const res = await fetch(`${base}/archiv/artikel/a`, { redirect: 'manual' });
    assert.equal(res.status, 301);
    assert.equal(res.headers.get('location'), '/archiv/artikel/a/');
  });

  it('answers 404 with the site page outside the prefix and for missing files', async () => {
    for (const p of ['/index.html', '/archiv/nope/']) {
      const res = await fetch(base + p);
      assert.equal(res.status, 404);
      assert.match(await res.text(), /nicht gefunden/);
    }
  });

  it('gives Pagefind files a binary type', async () => {
    const res = await fetch(`${base}/archiv/x.pf_meta`);
    assert.equal(res.headers.get('content-type'), 'application/octet-stream');
  });

  it('never resolves a path outside the root', () => {
    assert.equal(resolveRequest(root, '/archiv/../../etc/passwd', '/archiv/'), null);
    assert.equal(resolveRequest(root, '/archiv/%2e%2e/%2e%2e/etc/passwd', '/archiv/'), null);
    assert.equal(resolveRequest(root, '/archiv/%E0%A4%A', '/archiv/'), null);
  });
});

// The static server: MIME types for Pagefind's files, directory indexes, prefixes, no escape from the root
// (`..`, symlinks, "//host" redirects), GET and HEAD only, packs of originals as scripts, and files it cannot read
// answered without the server going down, and single byte ranges (206/416). Requests go over raw sockets, so "//host" reaches it as sent.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it, mock } from 'node:test';
import type { Server } from 'node:http';
import { isPathPrefix, mimeType, parseRange, serve, sitePath } from '../../src/cli/serve.ts';
import { runMain, tempDir } from '../helpers/cli.ts';

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  complete: boolean; // the body ended as announced (chunked: the last chunk came)
}

/** Sends one request exactly as written and reads the answer until the server closes the connection. */
function request(port: number, method: string, target: string, body = '', headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      if (split < 0) return reject(new Error(`no answer to ${method} ${target}: ${JSON.stringify(text)}`));
      const [statusLine, ...lines] = text.slice(0, split).split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) headers[line.slice(0, line.indexOf(':')).toLowerCase()] = line.slice(line.indexOf(':') + 1).trim();
      let rest = text.slice(split + 4);
      let complete = true;
      if (headers['transfer-encoding'] === 'chunked') {
        complete = rest.endsWith('0\r\n\r\n');
        let decoded = '';
        for (let at = 0; at < rest.length;) {
          const eol = rest.indexOf('\r\n', at);
          const size = parseInt(rest.slice(at, eol), 16);
          if (eol < 0 || !(size > 0)) break;
          decoded += rest.slice(eol + 2, eol + 2 + size);
          at = eol + 2 + size + 2;
        }
        rest = decoded;
      }
      resolve({ status: Number(statusLine!.split(' ')[1]), headers, body: rest, complete });
    });
    const length = body ? `Content-Length: ${Buffer.byteLength(body)}\r\n` : '';
    const extra = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
    socket.write(`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${length}${extra.join('')}\r\n${body}`);
  });
}

const portOf = (server: Server) => {
  const address = server.address();
  assert.ok(address && typeof address === 'object');
  return address.port;
};

/** Bytes 0 to 255, each once: a range's answer shows which bytes it holds. */
const PACKED = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

/** A site with folders, a 404 page, a Pagefind chunk, a file of packed fragments and a pack of originals. */
function makeSite(): string {
  const root = tempDir();
  const write = (file: string, content: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  };
  write('index.html', '<p>home</p>');
  write('404.html', '<p>nicht gefunden</p>');
  write('artikel/a/index.html', '<p>a</p>');
  write('x.pf_meta', Buffer.from([1, 2, 3]));
  write('packed.pf_fragment', PACKED);
  write('originale/0123456789ab.js', '(self.__pressearchivOriginals=self.__pressearchivOriginals||{})["a.txt"]="Grüße\\n";\n');
  write('evil.example/x/index.html', '<p>a folder named like a host</p>');
  write('\\evil.example/x/index.html', '<p>a folder whose name starts with a backslash</p>');
  fs.mkdirSync(path.join(root, 'folder.html')); // a folder where a file is expected, without an index
  return root;
}

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

describe('sitePath', () => {
  it('never gives a path above the root, in any encoding', () => {
    for (const target of ['/archiv/../../etc/passwd', '/archiv/%2e%2e/%2e%2e/etc/passwd', '/archiv/%2E%2E%2F%2E%2E%2Fetc/passwd', '/archiv/..%2f..%2fetc/passwd']) {
      const found = sitePath(target, '/archiv/');
      assert.ok(found === null || !found.path.includes('..'), target);
    }
    assert.equal(sitePath('/archiv/../../etc/passwd', '/archiv/'), null); // resolves to /etc/passwd: not under the prefix
    assert.equal(sitePath('/archiv/%E0%A4%A', '/archiv/'), null); // not percent-encoding
    assert.equal(sitePath('/archiv/a%00.html', '/archiv/'), null);
    assert.deepEqual(sitePath('/%2e%2e/%2e%2e/etc/passwd'), { path: '/etc/passwd', query: '' }); // inside the site
  });

  it('collapses "//" and keeps the query', () => {
    assert.deepEqual(sitePath('//evil.example/x?q=1'), { path: '/evil.example/x', query: '?q=1' });
    assert.deepEqual(sitePath('/archiv', '/archiv/'), { path: '', query: '' });
    assert.equal(sitePath('http://evil.example/x'), null);
    assert.equal(sitePath('*'), null);
  });
});

describe('parseRange', () => {
  it('gives the one range asked for, the last byte clamped to the file', () => {
    assert.deepEqual(parseRange('bytes=0-9', 100), { start: 0, end: 9 });
    assert.deepEqual(parseRange('bytes=5-5', 100), { start: 5, end: 5 });
    assert.deepEqual(parseRange('bytes=90-', 100), { start: 90, end: 99 });
    assert.deepEqual(parseRange('bytes=-10', 100), { start: 90, end: 99 });
    assert.deepEqual(parseRange('bytes=-500', 100), { start: 0, end: 99 }); // a suffix longer than the file: all of it
    assert.deepEqual(parseRange('bytes=95-200', 100), { start: 95, end: 99 });
    assert.deepEqual(parseRange('bytes=99-99999999999999999999', 100), { start: 99, end: 99 });
    assert.deepEqual(parseRange('Bytes=1-2', 100), { start: 1, end: 2 }); // the unit is case-insensitive (RFC 9110 §14.1)
  });

  it('is unsatisfiable from past the end, for an empty suffix and backwards', () => {
    for (const header of ['bytes=100-', 'bytes=100-200', 'bytes=-0', 'bytes=5-4', 'bytes=0-0']) {
      assert.equal(parseRange(header, header === 'bytes=0-0' ? 0 : 100), 'unsatisfiable', header);
    }
  });

  it('is null (the whole file) without a header, for a malformed one, another unit or several ranges', () => {
    for (const header of [
      undefined,
      '',
      'bytes=',
      'bytes=-',
      'bytes=a-b',
      'bytes=1-2-3',
      'bytes=0-1,5-6',
      'bytes=0-1, 5-6',
      'items=0-1',
      'bytes 0-1',
      'bytes=-1.5',
      'bytes=+1-2',
    ]) {
      assert.equal(parseRange(header, 100), null, String(header));
    }
    assert.equal(parseRange('bytes=-10', 0), null); // an empty file has no byte a suffix could name
  });
});

describe('isPathPrefix', () => {
  it('takes "/" and slash-bounded segments of URL-path characters only', () => {
    for (const ok of ['/', '/archiv/', '/a/b-c_d.e~f/', '/v1.2/']) assert.equal(isPathPrefix(ok), true, ok);
    for (const bad of [
      '',
      'archiv',
      '/archiv',
      'archiv/',
      '//',
      '//evil.example/',
      '/a//b/',
      '/../',
      '/a/./',
      '/a"><script>/',
      '/a b/',
      "/a'/",
      '/a&b/',
      '/a\\b/',
      '/ä/',
      '/%41/',
    ]) {
      assert.equal(isPathPrefix(bad), false, bad);
    }
  });

  it('is checked by the command line: usage error, exit 2, before any work', async () => {
    const root = tempDir();
    for (const args of [
      ['serve', '--output', root, '--path-prefix', '/a"><script>alert(1)</script>/'],
      ['serve', '--output', root, '--path-prefix', 'archiv'],
      ['build', '--output', path.join(root, 'site'), '--path-prefix', '//evil.example/'],
    ]) {
      const result = await runMain(args); // the command's main() in this process: a process each cost ~0.6 CPU s
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /--path-prefix must start and end with "\/"/);
    }
    assert.equal(fs.existsSync(path.join(root, 'site')), false);
  });
});

describe('serve', () => {
  let root = '';
  let server: Server; // under /archiv/
  let plain: Server; // under /
  let port = 0;
  let plainPort = 0;
  before(async () => {
    root = makeSite();
    server = await serve({ root, port: 0, pathPrefix: '/archiv/' });
    plain = await serve({ root, port: 0 });
    port = portOf(server);
    plainPort = portOf(plain);
  });
  after(() => {
    server.close();
    plain.close();
  });

  /** The server still serves a page after a fault. */
  const stillUp = async (p = plainPort) => {
    const res = await request(p, 'GET', p === plainPort ? '/artikel/a/' : '/archiv/artikel/a/');
    assert.equal(res.status, 200);
    assert.equal(res.body, '<p>a</p>');
  };

  type Open = typeof fs.promises.open;
  /** Runs `check` while the server opens files through `opening` (given the real open), then checks it still serves. */
  const whileOpening = async (opening: (open: Open, file: fs.PathLike, ...rest: [never]) => ReturnType<Open>, check: () => Promise<void>) => {
    const open = fs.promises.open;
    mock.method(fs.promises, 'open', (file: fs.PathLike, ...rest: [never]) => opening(open, file, ...rest));
    try {
      await check();
    } finally {
      mock.restoreAll();
    }
    await stillUp();
  };

  it('listens on 127.0.0.1 only', () => {
    const address = server.address();
    assert.ok(address && typeof address === 'object');
    assert.equal(address.address, '127.0.0.1');
  });

  it('serves index.html for folders under the prefix', async () => {
    const res = await request(port, 'GET', '/archiv/artikel/a/');
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(res.body, '<p>a</p>');
  });

  it('redirects a folder without trailing slash, the prefix folder too', async () => {
    const res = await request(port, 'GET', '/archiv/artikel/a?q=1');
    assert.equal(res.status, 301);
    assert.equal(res.headers.location, '/archiv/artikel/a/?q=1');
    assert.equal((await request(port, 'GET', '/archiv')).headers.location, '/archiv/');
  });

  it('answers 404 with the site page outside the prefix and for missing files', async () => {
    for (const p of ['/index.html', '/archiv/nope/', '/archiv/folder.html', '/archiv/%E0%A4%A']) {
      const res = await request(port, 'GET', p);
      assert.equal(res.status, 404, p);
      assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
      assert.match(res.body, /nicht gefunden/);
    }
  });

  it('gives Pagefind files a binary type', async () => {
    const res = await request(port, 'GET', '/archiv/x.pf_meta');
    assert.equal(res.headers['content-type'], 'application/octet-stream');
  });

  it('refuses "../" in every encoding', async () => {
    const secret = path.join(path.dirname(root), `${path.basename(root)}-secret.txt`);
    fs.writeFileSync(secret, 'secret');
    const name = path.basename(secret);
    for (const dots of ['..', '%2e%2e', '%2E%2E', '.%2e', '%2e.']) {
      for (const slash of ['/', '%2f', '%2F', '\\', '%5c']) {
        const res = await request(plainPort, 'GET', `/${dots}${slash}${name}`);
        assert.equal(res.status, 404, `${dots}${slash}`);
        assert.doesNotMatch(res.body, /secret/);
      }
    }
  });

  it('redirects only to a path of this site, never to "//host" or "/\\host"', async () => {
    for (const [target, location] of [
      ['//evil.example/x', '/evil.example/x/'],
      ['///evil.example/x', '/evil.example/x/'],
      ['/%2F%2Fevil.example/x', '/evil.example/x/'],
      ['/%2fevil.example/x', '/evil.example/x/'],
      ['/\\evil.example/x', '/%5Cevil.example/x/'],
      ['/%5Cevil.example/x', '/%5Cevil.example/x/'],
    ]) {
      const res = await request(plainPort, 'GET', target!);
      assert.equal(res.status, 301, target);
      assert.equal(res.headers.location, location, target);
      assert.doesNotMatch(res.headers.location!, /^\/[/\\]/);
    }
    const res = await request(port, 'GET', '/archiv//evil.example/x');
    assert.equal(res.headers.location, '/archiv/evil.example/x/');
  });

  it('answers 405 with Allow to every method but GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const res = await request(port, method, '/archiv/artikel/a/', 'x=1');
      assert.equal(res.status, 405, method);
      assert.equal(res.headers.allow, 'GET, HEAD');
      assert.doesNotMatch(res.body, /<p>a<\/p>/);
    }
    assert.equal(fs.readFileSync(path.join(root, 'artikel/a/index.html'), 'utf8'), '<p>a</p>');
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await request(port, 'HEAD', '/archiv/artikel/a/');
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(res.body, '');
    const pack = await request(plainPort, 'HEAD', '/originale/0123456789ab.js');
    assert.equal(pack.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(pack.body, '');
  });

  it('serves a pack of originals as a UTF-8 script, which nosniff lets run', async () => {
    const res = await request(port, 'GET', '/archiv/originale/0123456789ab.js');
    assert.equal(res.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.match(res.body, /^\(self\.__pressearchivOriginals=/);
  });

  it('says nosniff on every answer', async () => {
    for (const [method, target] of [
      ['GET', '/archiv/artikel/a/'],
      ['GET', '/archiv/artikel/a'],
      ['GET', '/archiv/nope'],
      ['GET', '/archiv/originale/0123456789ab.js'],
      ['POST', '/archiv/'],
      ['HEAD', '/archiv/'],
    ]) {
      const res = await request(port, method!, target!);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', `${method} ${target} (${res.status})`);
    }
  });

  it('follows no symlink out of the site, and serves one inside it', async () => {
    const outside = tempDir();
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'secret');
    fs.writeFileSync(path.join(outside, 'index.html'), 'secret');
    fs.symlinkSync(outside, path.join(root, 'linked-folder'));
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'linked.txt'));
    fs.mkdirSync(path.join(root, 'b'));
    fs.symlinkSync(path.join(outside, 'index.html'), path.join(root, 'b', 'index.html'));
    fs.symlinkSync(path.join(root, 'artikel'), path.join(root, 'alias'));
    for (const target of ['/linked-folder/secret.txt', '/linked-folder/', '/linked-folder', '/linked.txt', '/b/', '/b']) {
      const res = await request(plainPort, 'GET', target);
      assert.equal(res.status, 404, target);
      assert.doesNotMatch(res.body, /secret/);
    }
    const inside = await request(plainPort, 'GET', '/alias/a/');
    assert.equal(inside.status, 200);
    assert.equal(inside.body, '<p>a</p>');
  });

  it('serves a site whose own folder is reached through a symlink', async () => {
    const link = path.join(tempDir(), 'site-link');
    fs.symlinkSync(root, link);
    const linked = await serve({ root: link, port: 0 });
    try {
      assert.equal((await request(portOf(linked), 'GET', '/artikel/a/')).status, 200);
    } finally {
      linked.close();
    }
  });

  /** A GET (or `method`) of the packed fragments with a Range header and any other headers. */
  const ranged = (range: string, headers: Record<string, string> = {}, method = 'GET') =>
    request(plainPort, method, '/packed.pf_fragment', '', { Range: range, ...headers });
  const bytesOf = (res: RawResponse) => Buffer.from(res.body, 'latin1');

  it('says Accept-Ranges on a file answer, not on the 404 page', async () => {
    const res = await request(port, 'GET', '/archiv/artikel/a/');
    assert.equal(res.status, 200);
    assert.equal(res.headers['accept-ranges'], 'bytes');
    assert.equal((await request(port, 'GET', '/archiv/nope')).headers['accept-ranges'], undefined);
  });

  it('answers a range with 206 and exactly its bytes: a-b, a-, -n, b past the end', async () => {
    for (const [range, start, end] of [
      ['bytes=10-19', 10, 19],
      ['bytes=0-0', 0, 0],
      ['bytes=250-', 250, 255],
      ['bytes=-4', 252, 255],
      ['bytes=-1000', 0, 255],
      ['bytes=200-999', 200, 255],
    ] as const) {
      const res = await ranged(range);
      assert.equal(res.status, 206, range);
      assert.equal(res.headers['content-range'], `bytes ${start}-${end}/256`, range);
      assert.equal(res.headers['content-length'], String(end - start + 1), range);
      assert.equal(res.headers['content-type'], 'application/octet-stream', range);
      assert.equal(res.headers['accept-ranges'], 'bytes', range);
      assert.deepEqual(bytesOf(res), PACKED.subarray(start, end + 1), range);
    }
    const prefixed = await request(port, 'GET', '/archiv/packed.pf_fragment', '', { Range: 'bytes=32-63' });
    assert.equal(prefixed.status, 206);
    assert.deepEqual(bytesOf(prefixed), PACKED.subarray(32, 64));
  });

  it('reads only the bytes of the range from the file', async () => {
    const big = Buffer.alloc(1024 * 1024, 'abcdefghijklmnopqrstuvwxyz');
    fs.writeFileSync(path.join(root, 'big-pack.pf_fragment'), big);
    const streams: fs.ReadStream[] = [];
    await whileOpening(
      async (open, file, ...rest) => {
        const handle = await open(file, ...rest);
        const create = handle.createReadStream.bind(handle);
        handle.createReadStream = (options) => {
          const stream = create(options);
          streams.push(stream);
          return stream;
        };
        return handle;
      },
      async () => {
        const res = await request(plainPort, 'GET', '/big-pack.pf_fragment', '', { Range: 'bytes=700000-700009' });
        assert.equal(res.status, 206);
        assert.deepEqual(bytesOf(res), big.subarray(700000, 700010));
        assert.equal(streams.length, 1);
        assert.equal(streams[0]!.bytesRead, 10); // a whole-file read and a slice would read 64 KB or more
      },
    );
  });

  it('answers 416 with the size for a range it cannot satisfy', async () => {
    for (const range of ['bytes=256-', 'bytes=256-300', 'bytes=1000-2000', 'bytes=-0', 'bytes=20-10']) {
      const res = await ranged(range);
      assert.equal(res.status, 416, range);
      assert.equal(res.headers['content-range'], 'bytes */256', range);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', range);
      assert.match(res.body, /^416 Range Not Satisfiable/, range);
    }
  });

  it('sends the whole file with 200 for several ranges, a malformed header, another unit, or If-Range', async () => {
    for (const [range, headers] of [
      ['bytes=0-1,5-6', {}],
      ['bytes=5-x', {}],
      ['bytes=-', {}],
      ['items=0-1', {}],
      ['bytes=0-9', { 'If-Range': '"some-etag"' }],
      ['bytes=0-9', { 'If-Range': 'Sun, 06 Dec 2026 11:00:00 GMT' }],
    ] as const) {
      const res = await ranged(range, headers);
      assert.equal(res.status, 200, range);
      assert.equal(res.headers['content-range'], undefined, range);
      assert.deepEqual(bytesOf(res), PACKED, range);
    }
  });

  it('answers HEAD with a range with the range headers and no body', async () => {
    const res = await ranged('bytes=16-47', {}, 'HEAD');
    assert.equal(res.status, 206);
    assert.equal(res.headers['content-range'], 'bytes 16-47/256');
    assert.equal(res.headers['content-length'], '32');
    assert.equal(res.body, '');
    const unsatisfiable = await ranged('bytes=300-', {}, 'HEAD');
    assert.equal(unsatisfiable.status, 416);
    assert.equal(unsatisfiable.headers['content-range'], 'bytes */256');
    assert.equal(unsatisfiable.body, '');
  });

  it('answers a range of a missing file with the whole 404 page and 404', async () => {
    for (const range of ['bytes=0-3', 'bytes=5000-']) {
      const res = await request(plainPort, 'GET', '/nope.pf_fragment', '', { Range: range });
      assert.equal(res.status, 404, range);
      assert.equal(res.headers['content-range'], undefined, range);
      assert.equal(res.body, '<p>nicht gefunden</p>', range);
    }
  });

  it('answers 404 for a FIFO without waiting for a writer', async (t) => {
    try {
      execFileSync('mkfifo', [path.join(root, 'pipe.html')]);
    } catch {
      return t.skip('no mkfifo here');
    }
    const res = await request(plainPort, 'GET', '/pipe.html');
    assert.equal(res.status, 404);
    await stillUp();
  });

  it('answers 403 for a file it may not read (EACCES at open) and goes on', async () => {
    const refused: string[] = [];
    await whileOpening(
      async (open, file, ...rest) => {
        if (String(file).endsWith(path.join('artikel', 'a', 'index.html'))) {
          refused.push(String(file));
          throw Object.assign(new Error(`EACCES: permission denied, open '${String(file)}'`), { code: 'EACCES' });
        }
        return open(file, ...rest);
      },
      async () => {
        const res = await request(plainPort, 'GET', '/artikel/a/');
        assert.equal(refused.length, 1); // the open really failed
        assert.equal(res.status, 403);
        assert.equal(res.headers['x-content-type-options'], 'nosniff');
        assert.doesNotMatch(res.body, /<p>a<\/p>/);
      },
    );
  });

  it('answers 404 for a file deleted between its look-up and its open, and goes on', async () => {
    const file = path.join(root, 'going.html');
    fs.writeFileSync(file, '<p>going</p>');
    const real = fs.realpathSync(file);
    await whileOpening(
      async (open, name, ...rest) => {
        if (String(name) === real && fs.existsSync(real)) fs.unlinkSync(real); // the real open below meets ENOENT
        return open(name, ...rest);
      },
      async () => {
        const res = await request(plainPort, 'GET', '/going.html');
        assert.equal(fs.existsSync(file), false);
        assert.equal(res.status, 404);
        assert.match(res.body, /nicht gefunden/);
      },
    );
  });

  it('answers a plain 404 when the 404 page cannot be read', async () => {
    await whileOpening(
      async (open, file, ...rest) => {
        if (String(file).endsWith('404.html')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
        return open(file, ...rest);
      },
      async () => {
        const res = await request(plainPort, 'GET', '/nope/');
        assert.equal(res.status, 404);
        assert.match(res.body, /^404 Not Found/);
      },
    );
  });

  it('cuts a response off when reading fails after the first bytes, and goes on', async () => {
    await whileOpening(
      async (open, file, ...rest) => {
        const handle = await open(file, ...rest);
        if (String(file).endsWith(path.join('artikel', 'a', 'index.html'))) {
          handle.createReadStream = () => {
            void handle.close();
            let sent = false;
            return new Readable({
              read() {
                if (sent) this.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
                else this.push('<p>first bytes');
                sent = true;
              },
            }) as never;
          };
        }
        return handle;
      },
      async () => {
        const res = await request(plainPort, 'GET', '/artikel/a/');
        assert.equal(res.status, 200); // the headers went out with the first bytes
        assert.equal(res.body, '<p>first bytes');
        assert.equal(res.complete, false); // no last chunk: the client knows it is cut off
      },
    );
  });

  it('closes the file when the client goes away in the middle of it', { timeout: 30_000 }, async () => {
    fs.writeFileSync(path.join(root, 'big.bin'), Buffer.alloc(16 * 1024 * 1024)); // more than the socket buffers hold
    let closed: Promise<unknown> | undefined;
    await whileOpening(
      async (open, file, ...rest) => {
        const handle = await open(file, ...rest);
        if (String(file).endsWith('big.bin')) closed = new Promise((resolve) => (handle as unknown as EventEmitter).once('close', resolve));
        return handle;
      },
      async () => {
        await new Promise<void>((resolve, reject) => {
          const socket = net.connect(plainPort, '127.0.0.1');
          socket.once('data', () => {
            socket.destroy();
            resolve();
          });
          socket.on('error', reject);
          socket.write('GET /big.bin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
        });
        assert.ok(closed, 'the file was opened');
        await closed; // never comes when the paused stream is left holding the file
      },
    );
  });

  it('answers 500 for a file whose first read fails (EIO from /proc), and goes on', async (t) => {
    const proc = `/proc/${process.pid}`;
    if (!fs.existsSync(`${proc}/mem`)) return t.skip('no /proc here');
    assert.throws(() => fs.readFileSync(`${proc}/mem`), { code: 'EIO' }); // address 0 is never mapped
    const procServer = await serve({ root: proc, port: 0 });
    try {
      const res = await request(portOf(procServer), 'GET', '/mem');
      assert.equal(res.status, 500);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.equal((await request(portOf(procServer), 'GET', '/comm')).status, 200);
    } finally {
      procServer.close();
    }
    await stillUp();
  });
});

// A small static file server for the built site: loopback only, GET and HEAD only, nothing outside the site's
// folder (no `..`, no symlink out), redirects only to paths of the site, and a file it cannot read answered, not fatal.
// One byte range per request (206/416), as static hosts answer the search page's reads of packed Pagefind fragments.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { finished } from 'node:stream';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export function mimeType(file: string): string {
  const ext = path.extname(file).toLowerCase();
  if (ext.startsWith('.pf_')) return 'application/octet-stream'; // Pagefind's compressed index chunks
  return MIME[ext] ?? 'application/octet-stream';
}

/** Whether `prefix` is a path prefix the site can be served and linked under: "/" or "/a/b/", plain URL-path characters. */
export function isPathPrefix(prefix: string): boolean {
  if (prefix === '/') return true;
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) return false;
  return prefix
    .slice(1, -1)
    .split('/')
    .every((segment) => segment !== '.' && segment !== '..' && /^[A-Za-z0-9\-._~!$()*+,;=:@]+$/.test(segment));
}

export interface ServeOptions {
  root: string;
  port: number;
  host?: string;
  pathPrefix?: string; // serve the site under this sub-path, as a static host would
}

/**
 * The site path a request target asks for ("/artikel/a/", percent-decoded, "//" and ".." resolved, the prefix
 * taken off) and its query, or null when the target is not a path under the prefix (never above the root).
 */
export function sitePath(target: string, prefix = '/'): { path: string; query: string } | null {
  if (!target.startsWith('/')) return null; // "*" or an absolute URL: not a path of this site
  const end = target.search(/[?#]/);
  const raw = end < 0 ? target : target.slice(0, end);
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const normal = path.posix.normalize(decoded); // an absolute path: ".." stops at "/", "//" becomes "/"
  const query = end >= 0 && target[end] === '?' ? target.slice(end).split('#')[0]! : '';
  if (normal + '/' === prefix) return { path: '', query }; // "/archiv": the prefix folder without its slash
  if (!normal.startsWith(prefix)) return null;
  return { path: normal.slice(prefix.length - 1), query };
}

/** Each segment percent-encoded: a Location built from it is a path of this site, never "//host" or "/\host". */
const encodePath = (sitePathname: string) => sitePathname.split('/').map(encodeURIComponent).join('/');

interface Site {
  root: string;
  realRoot: string; // symlinks resolved: what every served file's real path must be inside
  prefix: string;
}

type Found = { file: string } | { redirect: true } | { status: 403 | 404 };

const within = (realRoot: string, real: string) => real === realRoot || real.startsWith(realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep);

/** Why a file system call failed, as an HTTP status: 403 when the file is there but may not be read. */
const statusOf = (e: unknown): 403 | 404 | 500 => {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 403;
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP' || code === 'ENAMETOOLONG' || code === 'ENOTFILE') return 404;
  return 500;
};

/** The regular file inside the site for a site path (a folder's index.html), a redirect to add the slash, or why not. */
async function locate(site: Site, sitePathname: string): Promise<Found> {
  let real: string;
  let stat: fs.Stats;
  try {
    real = await fs.promises.realpath(path.join(site.root, sitePathname || '/'));
    if (!within(site.realRoot, real)) return { status: 404 }; // a symlink out of the site: as if it were not there
    stat = await fs.promises.stat(real);
  } catch (e) {
    const status = statusOf(e);
    return { status: status === 403 ? 403 : 404 };
  }
  if (stat.isDirectory()) {
    const index = await locate(site, path.posix.join(sitePathname || '/', 'index.html'));
    // A folder without its trailing slash redirects, so relative links resolve as on any static host.
    return 'file' in index && !sitePathname.endsWith('/') ? { redirect: true } : index;
  }
  return stat.isFile() ? { file: real } : { status: 404 };
}

/** A short plain-text answer (no body for HEAD: Node leaves it out). */
function answer(res: http.ServerResponse, status: number, headers: http.OutgoingHttpHeaders = {}): void {
  if (res.headersSent) {
    // Too late for a status: end the connection after what was sent, without the last chunk, so the client sees it cut off.
    if (res.socket) res.socket.end();
    else res.destroy();
    return;
  }
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...headers });
  res.end(`${status} ${http.STATUS_CODES[status] ?? ''}\n`);
}

// O_NONBLOCK: opening a FIFO put in the site must not wait for a writer; O_NOFOLLOW: no symlink swapped in since realpath.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);

/** A regular file opened for reading, and its size; throws when it cannot be opened or is not a regular file. */
async function openRegular(file: string): Promise<{ handle: fs.promises.FileHandle; size: number }> {
  const handle = await fs.promises.open(file, OPEN_FLAGS);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw Object.assign(new Error(`not a file: ${file}`), { code: 'ENOTFILE' });
    return { handle, size: stat.size };
  } catch (e) {
    await handle.close();
    throw e;
  }
}

export interface ByteRange {
  start: number;
  end: number; // inclusive, as in Content-Range
}

/**
 * The one byte range a `Range` header asks of a file of `size` bytes (RFC 9110 §14.1.2), 'unsatisfiable' (416), or null
 * to send the whole file: no header, a malformed one, another unit or several ranges (§14.2 lets a server ignore Range).
 */
export function parseRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  const match = header === undefined ? null : /^bytes=(\d*)-(\d*)$/i.exec(header);
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const [first, last] = [match[1]!, match[2]!];
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0) return 'unsatisfiable';
    return size === 0 ? null : { start: Math.max(0, size - suffix), end: size - 1 }; // an empty file has no byte to name: sent whole
  }
  const start = Number(first);
  if (start >= size || (last !== '' && Number(last) < start)) return 'unsatisfiable';
  return { start, end: last === '' ? size - 1 : Math.min(Number(last), size - 1) };
}

/**
 * Sends a file with `status` (206 with the one range asked for, when `status` is 200); throws only when it cannot be
 * opened (nothing is sent then). A read error before the first byte answers 500, a later one cuts the response off:
 * the server goes on either way.
 */
async function sendFile(req: http.IncomingMessage, res: http.ServerResponse, file: string, status: number): Promise<void> {
  const { handle, size } = await openRegular(file);
  // Only a file answer has ranges (not the 404 page); with If-Range the whole file is the safe answer (RFC 9110 §13.1.5).
  const range = status === 200 && req.headers['if-range'] === undefined ? parseRange(req.headers.range, size) : null;
  if (range === 'unsatisfiable') {
    await handle.close();
    return answer(res, 416, { 'Content-Range': `bytes */${size}` });
  }
  res.statusCode = range ? 206 : status;
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Content-Type', mimeType(file)); // no input file is published as it came: originals are strings in pack scripts
  if (status === 200) res.setHeader('Accept-Ranges', 'bytes');
  if (range) {
    res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${size}`);
    res.setHeader('Content-Length', range.end - range.start + 1);
  }
  if (req.method === 'HEAD') {
    await handle.close();
    res.end();
    return;
  }
  const stream = handle.createReadStream(range ?? {}); // closes the handle when it ends, fails or is destroyed; reads only the range
  stream.on('error', () => answer(res, 500));
  finished(res, () => stream.destroy()); // a client that goes (or went) away does not keep the file open
  stream.pipe(res);
}

/** The site's 404.html (when it is a readable file inside the site), else a plain 404. */
async function sendNotFound(req: http.IncomingMessage, res: http.ServerResponse, site: Site): Promise<void> {
  const found = await locate(site, '/404.html');
  if ('file' in found) {
    try {
      await sendFile(req, res, found.file, 404);
      return;
    } catch {
      // unreadable: the plain answer below
    }
  }
  answer(res, 404);
}

async function respond(req: http.IncomingMessage, res: http.ServerResponse, site: Site): Promise<void> {
  res.setHeader('X-Content-Type-Options', 'nosniff'); // every answer: a type is never guessed from the bytes
  if (req.method !== 'GET' && req.method !== 'HEAD') return answer(res, 405, { Allow: 'GET, HEAD' });
  const target = sitePath(req.url ?? '/', site.prefix);
  if (!target) return sendNotFound(req, res, site);
  const found = await locate(site, target.path);
  if ('redirect' in found) {
    const query = target.query.replace(/[^\x21-\x7e]/g, encodeURIComponent);
    return answer(res, 301, { Location: site.prefix.slice(0, -1) + encodePath(target.path) + '/' + query });
  }
  if ('status' in found) return found.status === 404 ? sendNotFound(req, res, site) : answer(res, found.status);
  try {
    await sendFile(req, res, found.file, 200);
  } catch (e) {
    // Gone or made unreadable between the look-up and the open.
    const status = statusOf(e);
    return status === 404 ? sendNotFound(req, res, site) : answer(res, status);
  }
}

export function serve(options: ServeOptions): Promise<http.Server> {
  const prefix = options.pathPrefix ?? '/';
  if (!isPathPrefix(prefix)) throw new Error(`not a path prefix: "${prefix}" (like /archiv/)`);
  const root = path.resolve(options.root);
  const site: Site = { root, realRoot: fs.realpathSync(root), prefix };
  const server = http.createServer((req, res) => {
    respond(req, res, site).catch(() => answer(res, 500));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve(server));
  });
}

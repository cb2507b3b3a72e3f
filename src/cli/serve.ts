// A small static file server for the built site: loopback only, correct MIME types for Pagefind's files.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

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

export interface ServeOptions {
  root: string;
  port: number;
  host?: string;
  pathPrefix?: string; // serve the site under this sub-path, as a static host would
}

/** Resolves a request path to a file inside root, or null (never escapes root). */
export function resolveRequest(root: string, urlPath: string, prefix = '/'): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(urlPath, 'http://x').pathname);
  } catch {
    return null;
  }
  if (!pathname.startsWith(prefix)) return null;
  const relative = pathname.slice(prefix.length);
  const file = path.resolve(root, '.' + path.posix.normalize('/' + relative));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) {
      const index = path.join(file, 'index.html');
      return fs.existsSync(index) ? index : null;
    }
    return stat.isFile() ? file : null;
  } catch {
    return null;
  }
}

export function serve(options: ServeOptions): Promise<http.Server> {
  const root = path.resolve(options.root);
  const prefix = options.pathPrefix ?? '/';
  const server = http.createServer((req, res) => {
    const urlPath = req.url ?? '/';
    // A directory without its trailing slash redirects, so relative links resolve as on any static host.
    const pathname = urlPath.split('?')[0]!;
    if (!pathname.endsWith('/') && !path.extname(pathname)) {
      const dir = resolveRequest(root, pathname + '/', prefix);
      if (dir) {
        res.writeHead(301, { Location: pathname + '/' + (urlPath.slice(pathname.length) || '') }).end();
        return;
      }
    }
    const file = resolveRequest(root, urlPath, prefix);
    if (!file) {
      const notFound = path.join(root, '404.html');
      res.writeHead(404, { 'Content-Type': MIME['.html']! });
      if (fs.existsSync(notFound)) fs.createReadStream(notFound).pipe(res);
      else res.end('404 Not Found');
      return;
    }
    res.writeHead(200, { 'Content-Type': mimeType(file), 'Cache-Control': 'no-cache' });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve(server));
  });
}

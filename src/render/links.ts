// Links in the HTML are written root-relative and without the path prefix ("/chronik/"), as the model holds
// them; after rendering each page they become relative ("../chronik/"), so the site works under any sub-path
// and opened from disk (file://). Only 404.html, which a server shows at any depth, gets them prefixed instead.
import { posix } from 'node:path';

/** Attributes whose root-relative values are rewritten. */
const ATTRIBUTES = ['href', 'src', 'action'];

/**
 * Calls `rewrite` for each href/src/action value that starts with one "/" (protocol-relative "//" values are
 * left alone) and puts its result in place of the value. One forward scan, no regular expression.
 */
function rewriteRootLinks(html: string, rewrite: (value: string) => string): string {
  let out = '';
  let done = 0;
  for (let at = html.indexOf('="/'); at >= 0; at = html.indexOf('="/', at + 3)) {
    const start = at + 2;
    if (html.charCodeAt(start + 1) === 47 /* "//" */ || !isLinkAttribute(html, at)) continue;
    const end = html.indexOf('"', start);
    if (end < 0) break;
    out += html.slice(done, start) + rewrite(html.slice(start, end));
    done = end;
    at = end - 2;
  }
  return done === 0 ? html : out + html.slice(done);
}

/** Whether the attribute name ending at `at` is one of ATTRIBUTES, preceded by whitespace. */
function isLinkAttribute(html: string, at: number): boolean {
  for (const name of ATTRIBUTES) {
    const from = at - name.length;
    if (from > 0 && html.startsWith(name, from) && /\s/.test(html[from - 1]!)) return true;
  }
  return false;
}

/** Empty, "." or ".." segments: left to `path.posix.relative`, which resolves them. */
const unusual = (url: string) => url.includes('//') || url.includes('/./') || url.includes('/../') || url.endsWith('/.') || url.endsWith('/..');

/** `path.posix.relative` between the page's folder and a target path, without the trailing-slash rule. */
function relativeSlow(pageUrl: string, pathPart: string): string {
  const fromDir = pageUrl.endsWith('/') ? pageUrl : posix.dirname(pageUrl) + '/';
  return posix.relative(fromDir, pathPart);
}

/**
 * A function giving the relative form of root-relative targets (without prefix) as seen from the page at
 * `pageUrl`, as `path.posix.relative` would, plus the target's trailing slash, query and fragment ("./" for
 * the page's own folder). Plain string work: the longest common run of whole segments, then one "../" for
 * each folder segment left.
 */
export function relativeTo(pageUrl: string): (target: string) => string {
  const folder = pageUrl.slice(0, pageUrl.lastIndexOf('/') + 1); // "/artikel/x/", "/" for "/feed.xml"
  // ups[i]: the "/" in folder at or after i, i.e. the segments left to climb out of from there
  const ups = new Array<number>(folder.length + 1).fill(0);
  for (let i = folder.length - 1; i >= 0; i--) ups[i] = ups[i + 1]! + (folder.charCodeAt(i) === 47 ? 1 : 0);
  const slow = !folder.startsWith('/') || unusual(folder);
  return (target) => {
    let end = target.length;
    const query = target.indexOf('?');
    const hash = target.indexOf('#');
    if (query >= 0) end = query;
    if (hash >= 0 && hash < end) end = hash;
    const trailingSlash = end > 0 && target.charCodeAt(end - 1) === 47;
    let relative: string;
    if (slow || target.charCodeAt(0) !== 47 || unusual(target.slice(0, end))) relative = relativeSlow(pageUrl, target.slice(0, end));
    else {
      const n = Math.min(end, folder.length);
      let base = 1; // just after the last "/" both share; both start with "/"
      let i = 0;
      while (i < n && target.charCodeAt(i) === folder.charCodeAt(i)) {
        if (target.charCodeAt(i) === 47) base = i + 1;
        i++;
      }
      // "/a/b" seen from "/a/b/…" is the folder "/a/b/" itself
      if (i === end && folder.charCodeAt(end) === 47) base = end + 1;
      let tail = base < end ? target.slice(base, end) : '';
      if (tail.endsWith('/')) tail = tail.slice(0, -1);
      const climb = ups[base] ?? 0;
      relative = tail ? '../'.repeat(climb) + tail : climb ? '../'.repeat(climb).slice(0, -1) : '';
    }
    if (trailingSlash && relative !== '') relative += '/';
    return (relative === '' ? './' : relative) + target.slice(end);
  };
}

/** The relative form of a root-relative `target` as seen from the page at `pageUrl` (both without prefix). */
export function relativeUrl(pageUrl: string, target: string): string {
  return relativeTo(pageUrl)(target);
}

/**
 * Rewrites root-relative href/src/action values (site URLs without the path prefix) into relative URLs from
 * `pageUrl` ("/artikel/2022/02/x/"); protocol-relative and absolute URLs are left alone.
 */
export function relativizeLinks(html: string, pageUrl: string): string {
  return rewriteRootLinks(html, relativeTo(pageUrl));
}

/** Puts the path prefix ("/" or "/archiv/") before root-relative href/src/action values: for 404.html. */
export function prefixLinks(html: string, prefix: string): string {
  const safe = normalisePrefix(prefix); // as built it is already; markup never comes in through it either way
  if (safe === '/') return html;
  return rewriteRootLinks(html, (value) => safe + value.slice(1));
}

/** Each byte of `c` as %XX. */
const percentEncode = (c: string) => Array.from(new TextEncoder().encode(c), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');

/**
 * "/archiv", "archiv/", "" → "/archiv/", "/". Whatever is not a plain URL-path character is percent-encoded
 * (a `%` too unless it starts an escape): the prefix is written into attributes of 404.html and the feeds.
 */
export function normalisePrefix(prefix: string | undefined): string {
  const inner = (prefix ?? '').replace(/^\/+|\/+$/g, '').replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$()*+,;=:@%/]/gu, percentEncode);
  return inner ? `/${inner}/` : '/';
}

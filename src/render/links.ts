// Root-relative links become relative ones, so the site works under any sub-path and from disk (file://).
import { posix } from 'node:path';

const ATTRIBUTE = /(\s(?:href|src|action)=")(\/[^"]*)"/g;

/** The relative form of a root-relative `target` as seen from the page at `pageUrl` (both without prefix). */
export function relativeUrl(pageUrl: string, target: string): string {
  const cut = target.search(/[?#]/);
  const pathPart = cut < 0 ? target : target.slice(0, cut);
  const rest = cut < 0 ? '' : target.slice(cut);
  const fromDir = pageUrl.endsWith('/') ? pageUrl : posix.dirname(pageUrl) + '/';
  let relative = posix.relative(fromDir, pathPart);
  if (pathPart.endsWith('/') && relative !== '') relative += '/';
  return (relative === '' ? './' : relative) + rest;
}

/**
 * Rewrites href/src/action values that start with the path prefix into relative URLs from `pageUrl`.
 * `pageUrl` is the page's URL without prefix ("/artikel/2022/02/x/"); protocol-relative URLs are left alone.
 */
export function relativizeLinks(html: string, pageUrl: string, prefix: string): string {
  return html.replace(ATTRIBUTE, (whole, start: string, value: string) => {
    if (value.startsWith('//') || !value.startsWith(prefix)) return whole;
    const target = '/' + value.slice(prefix.length);
    return `${start}${relativeUrl(pageUrl, target)}"`;
  });
}

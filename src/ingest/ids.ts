// Stable ids and URL slugs; both must survive umlauts, spaces and empty names.
import { makeSlug } from '../slug.ts';
import { createHash } from 'node:crypto';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const contentHashes = new WeakMap<Uint8Array, string>();

/** sha256 of an input file's bytes, computed once per bytes object: the fingerprint, the duplicate check and the record all need it. */
export function contentSha256(bytes: Uint8Array): string {
  let hash = contentHashes.get(bytes);
  if (hash === undefined) contentHashes.set(bytes, (hash = sha256(bytes)));
  return hash;
}

/** id from the relative path without extension: lowercased, non-alphanumerics to "-", umlauts transliterated. */
export function idFromPath(path: string): string {
  const noExt = path.replace(/\.[^./]{1,10}$/, '');
  const id = makeSlug(noExt.replace(/[\\/]/g, ' '));
  return id || `file-${sha256(new TextEncoder().encode(path)).slice(0, 12)}`;
}

/** Slug from the title: German transliteration, at most `max` characters cut at a word boundary. */
export function slugFromTitle(title: string, fallback: string, max = 60): string {
  let s = makeSlug(title);
  if (s.length > max) {
    const cut = s.slice(0, max + 1);
    const i = cut.lastIndexOf('-');
    s = i > 0 ? cut.slice(0, i) : s.slice(0, max);
  }
  s = s.replace(/^-+|-+$/g, '');
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s)) return s;
  const f = makeSlug(fallback).slice(0, max).replace(/-+$/, '');
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(f) ? f : 'artikel';
}

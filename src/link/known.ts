// The I/O edge of the link stage: the shipped data file of known entities and a user's extension of it.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { EntityKind } from '../record.ts';

/** A name the link stage knows: canonical name, kind, and other spellings (aliases). */
export interface KnownEntity {
  name: string;
  kind: EntityKind;
  aliases?: string[];
}

export const SHIPPED_ENTITIES_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/entities.json');

/** Checks the JSON of an entities file: an array of entities or `{ "entities": [...] }`. */
export function parseKnownEntities(data: unknown, where: string): KnownEntity[] {
  const list = Array.isArray(data) ? data : (data as { entities?: unknown } | null)?.entities;
  if (!Array.isArray(list)) throw new Error(`${where}: expected an array of entities or { "entities": [...] }`);
  return list.map((e, i) => {
    const o = e as Record<string, unknown> | null;
    const kind = EntityKind.safeParse(o?.kind);
    if (!o || typeof o.name !== 'string' || o.name.trim() === '' || !kind.success) {
      throw new Error(`${where}: entity ${i + 1}: needs "name" and "kind" (person, place or organisation)`);
    }
    const aliases = o.aliases === undefined ? [] : o.aliases;
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string')) {
      throw new Error(`${where}: entity ${i + 1} (${o.name}): "aliases" must be a list of strings`);
    }
    return { name: o.name.trim(), kind: kind.data, aliases: (aliases as string[]).map((a) => a.trim()).filter(Boolean) };
  });
}

function readEntitiesFile(path: string): KnownEntity[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${path}: cannot read entities file: ${(err as Error).message}`, { cause: err });
  }
  return parseKnownEntities(data, path);
}

/**
 * Merges entity lists: a later entry with the same name and kind adds its aliases (and replaces nothing else);
 * a later entry with the same name and another kind replaces the earlier one.
 */
export function mergeKnownEntities(...lists: KnownEntity[][]): KnownEntity[] {
  const out = new Map<string, KnownEntity>();
  for (const list of lists) {
    for (const e of list) {
      const key = e.name.toLowerCase();
      const had = out.get(key);
      if (had && had.kind === e.kind) {
        const aliases = [...(had.aliases ?? [])];
        for (const a of e.aliases ?? []) if (!aliases.includes(a)) aliases.push(a);
        out.set(key, { ...had, aliases });
      } else {
        out.set(key, { name: e.name, kind: e.kind, aliases: [...(e.aliases ?? [])] });
      }
    }
  }
  return [...out.values()];
}

/**
 * Reads the shipped data file `data/entities.json` and, when given and present, a user's file
 * (e.g. `<input>/entities.json`) whose entries extend or override it.
 */
export function loadKnownEntities(extraFile?: string): KnownEntity[] {
  const shipped = readEntitiesFile(SHIPPED_ENTITIES_FILE);
  if (extraFile && existsSync(extraFile)) return mergeKnownEntities(shipped, readEntitiesFile(extraFile));
  return shipped;
}

/** The user's entities file in an input folder, if any. */
export function userEntitiesFile(inputDir: string): string {
  return join(inputDir, 'entities.json');
}

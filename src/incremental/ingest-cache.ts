// Parsed records cached by content: a file whose path and bytes are unchanged since the last build is not
// parsed again. Keyed by path + sha256 of the bytes, valid for one version of ingest's code (ingestVersion).
//
// ingestCached() is ingestFiles() (src/ingest/index.ts) with the per-file step looked up in the cache: the same
// order, duplicate handling and id suffixes; tests/bench/incremental.test.ts checks that both agree.
// ingestCachedInParallel() parses the files the cache lacks on two processes first (src/ingest/parallel.ts).
import fs from 'node:fs';
import path from 'node:path';
import { ingestFile, ingestFiles, type IngestResult, type InputFile, type ParseFile } from '../ingest/index.ts';
import { parseAhead, type ParallelOptions } from '../ingest/parallel.ts';
import type { ArticleRecord, IngestIssue } from '../record.ts';

type FileResult = { record: ArticleRecord } | { issue: IngestIssue };

const FORMAT = 'pressearchiv-ingest-cache-1';

export interface IngestCacheStats {
  hits: number;
  misses: number;
}

export class IngestCache {
  /** key → the result as JSON text (kept as text so later stages cannot change what is stored). */
  private entries = new Map<string, string>();
  private used = new Set<string>();
  readonly stats: IngestCacheStats = { hits: 0, misses: 0 };

  constructor(readonly version: string) {}

  static key(file: InputFile, hash: string): string {
    return `${file.path}\0${hash}`;
  }

  /** Loads the cache file; an absent, unreadable or other-version file gives an empty cache. */
  static load(file: string, version: string): IngestCache {
    const cache = new IngestCache(version);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return cache;
    }
    const lines = text.split('\n');
    if (lines[0] !== `${FORMAT}\t${version}`) return cache;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      const tab = line.indexOf('\t', line.indexOf('\t') + 1); // key is "path\0hash": path may not contain tabs
      if (tab < 0) continue;
      cache.entries.set(line.slice(0, tab).replace('\t', '\0'), line.slice(tab + 1));
    }
    return cache;
  }

  /** Writes the entries used by the last ingest (files no longer in the input are dropped). */
  save(file: string): void {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const out: string[] = [`${FORMAT}\t${this.version}`];
    for (const key of this.used) {
      const v = this.entries.get(key);
      if (v !== undefined && !key.includes('\t') && !key.includes('\n')) out.push(`${key.replace('\0', '\t')}\t${v}`);
    }
    const tmp = `${file}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, out.join('\n') + '\n');
    fs.renameSync(tmp, file);
  }

  /** Whether the same path had the same bytes (its record is cached). */
  has(file: InputFile, hash: string): boolean {
    return this.entries.has(IngestCache.key(file, hash));
  }

  /** parse(file), from the cache when the same path had the same bytes. Returns a fresh object. */
  ingestFile(file: InputFile, hash: string, parse: ParseFile = ingestFile): FileResult {
    const key = IngestCache.key(file, hash);
    this.used.add(key);
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.stats.hits++;
      return JSON.parse(hit) as FileResult;
    }
    this.stats.misses++;
    const result = parse(file, hash);
    this.entries.set(key, JSON.stringify(result));
    return result;
  }
}

/** ingestFiles(files) with the per-file parse cached (`parse` for the files it lacks). Same result, same order. */
export function ingestCached(files: InputFile[], cache: IngestCache, parse: ParseFile = ingestFile): IngestResult {
  return ingestFiles(files, (file, hash) => cache.ingestFile(file, hash, parse));
}

/** ingestCached(files, cache), the files the cache lacks parsed ahead on two processes when there are enough. */
export async function ingestCachedInParallel(files: InputFile[], cache: IngestCache, options: ParallelOptions = {}): Promise<IngestResult> {
  const parse = await parseAhead(files, { ...options, known: (file, hash) => cache.has(file, hash) });
  return ingestCached(files, cache, parse);
}

// Incremental rebuilds. src/build.ts opens a session before it ingests:
//
// - Nothing changed (same input bytes, options, templates, code and data, and the output folder as the last
//   build left it): the previous site stands and its report is returned; nothing is parsed, linked, rendered
//   or indexed.
// - Otherwise the build runs, with every file whose path and bytes are unchanged taken from the ingest cache
//   (ingest-cache.ts) instead of parsed again. Link and the site model run in full: they relate every article
//   to every other one (stories, related articles, archives), so one new article can change any page. Eleventy
//   renders only the pages whose content hash changed; the others are hard-linked from the current site
//   (pages.ts), and so are the packs of originals whose files did not change. What Pagefind reads of an unchanged
//   page is taken from the last build's (index-input.ts); the search index itself is built in full, and the offline
//   search scripts whose Pagefind files are unchanged are hard-linked too (src/search/offline.ts).
//
// State lives in <cacheDir>/incremental/: build.json (fingerprint, output stamp, report), ingest.cache,
// pages.json (each page's hash and file stamp), originals.json and offline.json (the same for the packs of originals
// and the offline search scripts), index-input/ with index-input.json (the last build's index input), and
// search-index.json (the main search index a rebuild may keep, adding an index of recent additions: src/search/recent.ts).
import fs from 'node:fs/promises';
import path from 'node:path';
import type { IngestResult, InputFile } from '../ingest/index.ts';
import { readInputFolder } from '../ingest/index.ts';
import { contentSha256 } from '../ingest/ids.ts';
import { codeVersion, ingestVersion, outputStamp, sameStamp, sha256, treeHash, type OutputStamp } from './fingerprint.ts';
import { IngestCache, ingestCachedInParallel } from './ingest-cache.ts';
import { NEXT_PAGE_STATE, OFFLINE_STATES, ORIGINALS_STATES, PAGE_STATE, SEARCH_INDEX_STATES, type PageReuseOptions } from './pages.ts';
import { INDEX_INPUT, INDEX_INPUT_STATE, NEXT_INDEX_INPUT_PREFIX, NEXT_INDEX_INPUT_STATE, OLD_INDEX_INPUT_PREFIX } from './index-input.ts';
import { leftoversOfGoneProcesses, removeInBackground } from '../child-process.ts';

export { IngestCache, ingestCached, ingestCachedInParallel } from './ingest-cache.ts';
export { codeVersion, ingestVersion, outputStamp } from './fingerprint.ts';
export { OFFLINE_STATES, ORIGINALS_STATES, SEARCH_INDEX_STATES, planFileReuse, planPageReuse, type FileStates, type PageReuse, type PageReuseOptions } from './pages.ts';
export { planIndexInputReuse, splitChange, type IndexInputReuse, type SplitSettings } from './index-input.ts';
export { paginatedTemplates, topTemplates } from './templates.ts';

export interface SessionOptions {
  projectRoot: string;
  input: string; // absolute
  output: string; // absolute
  cacheDir: string; // absolute; state goes to <cacheDir>/incremental/
  templates: string; // absolute
  /** Every build option that changes the output (base URL, path prefix, locale, strict …). */
  settings: Record<string, unknown>;
}

/** What the output depends on, hashed part by part so a rebuild can say what changed. */
interface Fingerprint {
  code: string;
  templates: string;
  entities: string;
  settings: string;
  output: string;
  input: string;
}

interface Stored<R> {
  format: 2;
  fingerprint: Fingerprint;
  stamp: OutputStamp;
  report: R;
}

export interface IncrementalStats {
  reused: boolean; // the previous site was kept as it was
  reason: string; // why it was not: "no previous build", "input changed", "code changed" …
  ingestHits: number;
  ingestMisses: number;
  fingerprintMs: number;
}

type Timed = { timings: { ingest: number; link: number; render: number; index: number; total: number } };

/** One build's view of the previous one. `R` is the build's report type (src/build.ts BuildReport). */
export class IncrementalSession<R extends Timed> {
  private cache: IngestCache | null = null;
  readonly stats: IncrementalStats = { reused: false, reason: '', ingestHits: 0, ingestMisses: 0, fingerprintMs: 0 };

  private constructor(
    private readonly options: SessionOptions,
    readonly files: InputFile[],
    private readonly fingerprint: Fingerprint,
  ) {}

  get dir(): string {
    return path.join(this.options.cacheDir, 'incremental');
  }

  /** Reads the input once (the build ingests these same files) and fingerprints everything the output depends on. */
  static async open<R extends Timed>(options: SessionOptions): Promise<IncrementalSession<R>> {
    const t = performance.now();
    const files = await readInputFolder(options.input);
    const entities = path.join(options.input, 'entities.json'); // the link stage's per-archive names
    const fingerprint: Fingerprint = {
      code: codeVersion(options.projectRoot),
      templates: treeHash([options.templates]),
      entities: treeHash([entities]),
      settings: sha256(JSON.stringify(options.settings, Object.keys(options.settings).sort())),
      output: options.output,
      // an entry that was not read counts with its reason: when it becomes readable, or fails otherwise, the site changes
      input: sha256(files.map((f) => `${f.path}\0${f.unread ? `${f.unread.kind}\0${f.unread.message}` : contentSha256(f.bytes)}`).join('\n')),
    };
    const session = new IncrementalSession<R>(options, files, fingerprint);
    for (const prefix of [NEXT_INDEX_INPUT_PREFIX, OLD_INDEX_INPUT_PREFIX]) {
      for (const dir of await leftoversOfGoneProcesses(session.dir, prefix)) await fs.rm(dir, { recursive: true, force: true }); // a killed build's
    }
    session.stats.fingerprintMs = Math.round(performance.now() - t);
    return session;
  }

  /**
   * The previous build's report when its site can stand as it is, else null. Its timings are this build's:
   * reading and hashing the input counts as ingest, the other stages did not run.
   */
  async reuse(started: number): Promise<R | null> {
    let stored: Stored<R>;
    try {
      stored = JSON.parse(await fs.readFile(path.join(this.dir, 'build.json'), 'utf8')) as Stored<R>;
    } catch {
      this.stats.reason = 'no previous build';
      return null;
    }
    if (stored.format !== 2) {
      this.stats.reason = 'no previous build';
      return null;
    }
    const changed = (Object.keys(this.fingerprint) as (keyof Fingerprint)[]).filter((k) => stored.fingerprint[k] !== this.fingerprint[k]);
    if (changed.length) {
      this.stats.reason = `${changed.join(', ')} changed`;
      return null;
    }
    if (!sameStamp(stored.stamp, outputStamp(this.options.output))) {
      this.stats.reason = 'the output folder was changed since the last build';
      return null;
    }
    this.stats.reused = true;
    const ingest = this.stats.fingerprintMs;
    return { ...stored.report, timings: { ingest, link: 0, render: 0, index: 0, total: Math.round(performance.now() - started) } };
  }

  /** ingestFiles(files), reusing the records of unchanged files and parsing the others on two processes. */
  async ingest(files: InputFile[]): Promise<IngestResult> {
    this.cache ??= IngestCache.load(path.join(this.dir, 'ingest.cache'), ingestVersion(this.options.projectRoot));
    const result = await ingestCachedInParallel(files, this.cache);
    this.stats.ingestHits = this.cache.stats.hits;
    this.stats.ingestMisses = this.cache.stats.misses;
    return result;
  }

  /** What the render step needs to take unchanged pages from the current site (pages.ts). */
  pageReuse(): PageReuseOptions {
    const { code, templates, settings } = this.fingerprint;
    const salt = sha256([code, templates, settings, treeHash([path.join(this.options.projectRoot, 'package.json')])].join('\0'));
    return { previousSite: this.options.output, salt, stateDir: this.dir };
  }

  /** A fresh folder for this build's index input, beside the last build's so unchanged pages' input can be hard-linked (index-input.ts). */
  indexInputDir(): string {
    return path.join(this.dir, `${NEXT_INDEX_INPUT_PREFIX}${process.pid}-${Date.now()}`);
  }

  /**
   * After the new site was swapped in: remember it, so an unchanged rebuild can keep it, and keep `indexInput`
   * (from `indexInputDir`) for the next build. Never fails the build.
   */
  async commit(report: R, indexInput?: string): Promise<void> {
    try {
      await this.write(report);
    } catch {
      await fs.rm(path.join(this.dir, 'build.json'), { force: true }).catch(() => undefined);
    }
    // the hashes the render step left for this site; without them (or when they cannot be put in place) none are trusted
    for (const [next, state] of [
      [NEXT_PAGE_STATE, PAGE_STATE],
      [ORIGINALS_STATES.next, ORIGINALS_STATES.state],
      [OFFLINE_STATES.next, OFFLINE_STATES.state],
      [SEARCH_INDEX_STATES.next, SEARCH_INDEX_STATES.state],
      [NEXT_INDEX_INPUT_STATE, INDEX_INPUT_STATE],
    ]) {
      await fs.rename(path.join(this.dir, next!), path.join(this.dir, state!)).catch(() => fs.rm(path.join(this.dir, state!), { force: true }).catch(() => undefined));
    }
    if (indexInput) await this.keepIndexInput(indexInput);
  }

  /** Puts this build's index input where the next build looks for it; the last one is deleted in the background. */
  private async keepIndexInput(indexInput: string): Promise<void> {
    const kept = path.join(this.dir, INDEX_INPUT);
    const old = path.join(this.dir, `${OLD_INDEX_INPUT_PREFIX}${process.pid}-${Date.now()}`);
    const hadOld = await fs.rename(kept, old).then(
      () => true,
      () => false,
    );
    if (hadOld) removeInBackground(old);
    await fs.rename(indexInput, kept).catch(async () => {
      await fs.rm(path.join(this.dir, INDEX_INPUT_STATE), { force: true }).catch(() => undefined);
      await fs.rm(indexInput, { recursive: true, force: true }).catch(() => undefined);
    });
  }

  private async write(report: R): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
    this.cache?.save(path.join(this.dir, 'ingest.cache'));
    const stamp = outputStamp(this.options.output);
    if (!stamp) return;
    const stored: Stored<R> = { format: 2, fingerprint: this.fingerprint, stamp, report };
    const file = path.join(this.dir, 'build.json');
    await fs.writeFile(`${file}.tmp-${process.pid}`, JSON.stringify(stored));
    await fs.rename(`${file}.tmp-${process.pid}`, file);
  }
}

/** Where the session keeps its state by default: the build's cache folder beside the output. */
export function defaultCacheDir(output: string): string {
  return path.join(path.dirname(output), '.pressearchiv');
}

/**
 * The ingest cache on its own, for a build step in a child process: records of unchanged files are reused and
 * the cache is saved right away (a parse is valid whatever becomes of the build).
 */
export function cachedIngest(cacheDir: string, projectRoot: string): { ingest(files: InputFile[]): Promise<IngestResult> } {
  const file = path.join(cacheDir, 'incremental', 'ingest.cache');
  return {
    async ingest(files) {
      const cache = IngestCache.load(file, ingestVersion(projectRoot));
      const result = await ingestCachedInParallel(files, cache);
      cache.save(file);
      return result;
    },
  };
}

// What the build and its render process (build-process.ts, build-child.ts) share: the options, located
// problems, the error that keeps the old site, and what rendering hands the index stage. Its own module so
// build.ts and build-process.ts do not import each other.
import type { IndexInput } from './search/index.ts';
import type { PageReuseOptions } from './incremental/pages.ts';

export interface BuildOptions {
  input: string;
  output?: string;
  baseUrl?: string;
  pathPrefix?: string;
  locale?: string;
  strict?: boolean;
  search?: boolean; // write the search index (default true); false: a quicker preview build whose search page says it has none
  templates?: string; // folder of Eleventy templates; defaults to the project's own
  cacheDir?: string; // where the inspectable intermediate records and archive.json go
  incremental?: boolean; // reuse the last build when nothing changed, and unchanged files' records (default true)
  separateProcess?: boolean | 'when-large'; // ingest, link and render in a child process whose memory is freed before Pagefind runs (default true); 'when-large': only from IN_PROCESS_MAX_BYTES of input
  pagesPerRun?: number; // pages per Eleventy run (src/render/runs.ts); tests set it low to render in several runs
  onProgress?: (message: string) => void;
}

export interface Located {
  path: string;
  line: number | null;
  message: string;
}

/** A build that must not replace the site: carries every located problem. */
export class BuildError extends Error {
  constructor(
    message: string,
    readonly problems: Located[] = [],
  ) {
    super(message);
    this.name = 'BuildError';
  }
}

/** What ingest and link found: part of the build's report, and sent back by the render process. */
export interface InputSummary {
  filesRead: number;
  articles: number;
  duplicates: Located[]; // files identical to another; the message names the article they duplicate
  errors: Located[];
  warnings: Located[];
}

/** The folders the render step reads and writes, in this process or the child. */
export interface RenderFolders {
  cacheDir: string; // the ingest cache and the inspectable records
  templates: string;
  staging: string; // the new site, swapped in when the build succeeds
  indexInput: string | null; // what Pagefind reads; null when the build writes no search index
  pages?: PageReuseOptions | null; // incremental builds: unchanged pages are taken from the current site (src/incremental/pages.ts)
}

/** What the index stage and the report need of ingest, link, model and render. */
export interface Rendered {
  pagesWritten: number;
  pagesReused: number; // of pagesWritten: taken unchanged from the previous site instead of rendered
  renderMs: number;
  language: string;
  indexInput: IndexInput | null; // null when the build writes no search index
  indexInputMs: number; // writing the index input is index work, done where the pages and the archive are
  summary: InputSummary & { timings: { ingest: number; link: number; model: number } }; // PreparedSite['timings']
}

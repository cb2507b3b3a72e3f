// The build: wires ingest → link → render (Eleventy) → index (Pagefind) and swaps the result in atomically.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputFolder, type IngestResult, type InputFile } from './ingest/index.ts';
import { ingestFilesInParallel } from './ingest/parallel.ts';
import { linkArchive, loadKnownEntities } from './link/index.ts';
import type { IngestIssue, LinkedArchive } from './record.ts';
import { getLocale } from './render/locale.ts';
import { normalisePrefix } from './render/links.ts';
import { buildSiteModel, type SiteModel } from './render/site.ts';
import { renderRuns } from './render/runs.ts';
import { ORIGINALS_GLOBAL } from './render/originals.ts';
import { fixedUrls } from './render/urls.ts';
import { dataScriptLine } from './classic-data.ts';
import { indexSite, pageUrl, searchIndexOptions, sitePages, type IndexInput, type IndexOptions, type MainIndexOptions, type OfflineReuse } from './search/index.ts';
import { writeIndexInputInTwoProcesses } from './search/input-process.ts';
import { MIN_ARTICLES_FOR_COMPOUND_JOB, splitWordsInBackground, stringsIn } from './search/compound-job.ts';
import { folderBytes, indexInputDir, removeStaleIndexInputs } from './search/input-dir.ts';
import type { EleventyConstructor } from './eleventy/types.ts';
import {
  defaultCacheDir,
  IncrementalSession,
  OFFLINE_STATES,
  ORIGINALS_STATES,
  SEARCH_INDEX_STATES,
  paginatedTemplates,
  type FileStates,
  planFileReuse,
  planIndexInputReuse,
  planPageReuse,
  topTemplates,
  splitChange,
  type IndexInputReuse,
  type PageReuse,
  type PageReuseOptions,
  type SplitSettings,
} from './incremental/index.ts'; // incremental rebuilds (src/incremental/)
import { prepareAndRenderInChild } from './build-process.ts';
import { BuildError, type BuildOptions, type InputSummary, type Located, type RenderFolders, type Rendered } from './build-types.ts';
import { forEachBounded } from './concurrency.ts';
import { writeIntermediate } from './intermediate.ts';
import { BUNDLE, removeInBackground } from './child-process.ts';
import { exists, removeLeftovers, retiredName, stagingName } from './retired.ts';
import { checkOutputFolder, checkReplaceable, markAsOurs, SITE_MARKER } from './output-guard.ts';
export { OutputRefused } from './output-guard.ts';
import { lockOutput } from './build-lock.ts';
import { describeFsFailure, diskIsFull } from './fs-errors.ts';
import { decodeBytes } from './ingest/decode.ts';
import { contentSha256 } from './ingest/ids.ts';
import { createHash } from 'node:crypto';
import type { PaginatedTemplate } from './incremental/templates.ts';
import { DEFAULT_SPLIT_OPTIONS } from './search/compounds.ts';
import { loadNounLexicon } from './search/lexicon.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export { BuildError, type BuildOptions, type Located, type Rendered }; // declared in build-types.ts, which build-process.ts shares

export interface PreparedSite {
  filesRead: number;
  archive: LinkedArchive;
  issues: IngestIssue[];
  warnings: Located[];
  model: SiteModel;
  timings: { ingest: number; link: number; model: number };
}

export interface BuildReport extends InputSummary {
  pagesWritten: number;
  pagesReused: number; // of pagesWritten: unchanged since the last build, taken from it instead of rendered
  indexedPages: number;
  output: string;
  timings: { ingest: number; link: number; render: number; index: number; total: number };
}

const ms = (start: number) => Math.round(performance.now() - start);

/** Where ingest gets its files and parses them: an incremental session reuses the records of unchanged files. */
export interface IngestSource {
  files?: InputFile[];
  ingest(files: InputFile[]): IngestResult | Promise<IngestResult>;
}

/** Ingest, link and model: everything before Eleventy, shared by the build and `npm run dev`. */
export async function prepareSite(options: BuildOptions, incremental?: IngestSource | null): Promise<PreparedSite> {
  const progress = options.onProgress ?? (() => {});
  let t = performance.now();
  const files = incremental?.files ?? (await readInputFolder(options.input));
  progress(`ingest: ${files.length} Dateien`);
  const ingested = await (incremental ? incremental.ingest(files) : ingestFilesInParallel(files)); // two cores from a few hundred files
  const ingestMs = ms(t);

  t = performance.now();
  progress(`link: ${ingested.records.length} Artikel`); // the stage that runs now names the heartbeat
  const extraEntities = path.join(options.input, 'entities.json');
  const archive = linkArchive(ingested.records, {
    knownEntities: loadKnownEntities((await exists(extraEntities)) ? extraEntities : undefined),
  });
  const linkMs = ms(t);
  progress(`model: ${archive.articles.length} Artikel, ${archive.stories.length} Geschichten verknüpft`);

  t = performance.now();
  const pathPrefix = normalisePrefix(options.pathPrefix);
  const model = buildSiteModel(archive, {
    locale: getLocale(options.locale ?? 'de'),
    // without a public address, site-relative URLs: no made-up host (feeds and sitemap, which need one, are left out)
    baseUrl: (options.baseUrl ?? pathPrefix).replace(/\/?$/, '/'),
    publicUrl: Boolean(options.baseUrl),
    pathPrefix,
    buildDate: new Date().toISOString(),
    issues: ingested.issues,
    originalsDir: path.resolve(options.input),
    knownUrls: await readPermalinks(options.output),
    search: options.search !== false,
  });
  const warnings = [
    // entries skipped on purpose (symbolic links, FIFOs) are listed with the articles' warnings
    ...ingested.issues.filter((i) => i.kind === 'warning').map((i) => ({ path: i.path, line: i.line, message: i.message })),
    ...archive.articles.flatMap((a) => a.warnings.map((w) => ({ path: a.source.path, line: w.line, message: w.message }))),
  ];
  return {
    filesRead: ingested.filesRead,
    archive,
    issues: ingested.issues,
    warnings,
    model,
    timings: { ingest: ingestMs, link: linkMs, model: ms(t) },
  };
}

/** The published site's id → URL map, so a rebuild never moves an existing permalink (src/render/urls.ts). */
async function readPermalinks(output: string | undefined): Promise<Record<string, string>> {
  try {
    const data: unknown = JSON.parse(await fs.readFile(path.join(path.resolve(output ?? '_site'), 'permalinks.json'), 'utf8'));
    if (!data || typeof data !== 'object') return {};
    return Object.fromEntries(Object.entries(data).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

/** What a rebuild takes from the last one: the input files' bytes (read once), its pages and packs (`reuse`, `unchanged`). */
interface Carried {
  bytes?: ReadonlyMap<string, Uint8Array>; // absolute input path → bytes
  reuse?: PageReuseOptions | null;
  unchanged?: PageReuse | null; // pages the current site already has
}

async function renderSite(
  model: SiteModel,
  templates: string,
  outDir: string,
  split: PaginatedTemplate[], // read once: for page reuse and for the runs
  carried: Carried,
  pagesPerRun?: number,
): Promise<{ pages: number; reused: number }> {
  const { unchanged } = carried;
  const runs = renderRuns(
    unchanged?.model ?? model,
    split.map((t) => t.field),
    pagesPerRun,
  );
  const others = runs.length > 1 ? topTemplates(templates).filter((f) => !split.some((t) => t.template === f)) : [];
  let rendered = 0;
  for (const run of runs) rendered += await runEleventy(run.model, templates, outDir, run.splitOnly ? others : []);
  const reused = unchanged ? await unchanged.link(outDir) : 0; // after Eleventy: a page it wrote is never written through a link
  unchanged?.save(outDir);
  await fs.cp(path.join(templates, 'assets'), path.join(outDir, 'assets'), { recursive: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
  });
  await writeOriginalPacks(model.originals, outDir, carried);
  return { pages: rendered + reused, reused };
}

/** Our Eleventy configuration: `.eleventy.ts`, or its JavaScript beside the bundle this process runs from (scripts/bundle.js writes it). */
export function eleventyConfigPath(): string {
  return BUNDLE ? fileURLToPath(new URL('eleventy-config.mjs', BUNDLE)) : path.join(projectRoot, '.eleventy.ts');
}

/** One fresh Eleventy over `model`, leaving out the `skip` templates; returns the pages it wrote. */
async function runEleventy(model: SiteModel, templates: string, outDir: string, skip: string[]): Promise<number> {
  // Eleventy's import cache-buster serves its watch mode, which we never run; on Node 20 it starts a module-hooks thread
  // that every later import waits on (~0.5 CPU s of a small build). Eleventy reads the variable when it is first loaded.
  process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= '1';
  // @ts-expect-error Eleventy 3 ships no type declarations; src/eleventy/types.ts is our typed view of it.
  const { default: Eleventy } = (await import('@11ty/eleventy')) as { default: EleventyConstructor };
  const eleventy = new Eleventy(templates, outDir, {
    configPath: eleventyConfigPath(),
    quietMode: true,
    pathPrefix: model.config.pathPrefix,
    config: (config) => {
      config.addGlobalData('site', model);
      // Eleventy's timing warnings ("[11ty] Benchmark … Transform") are for template authors, not for our users
      config.benchmarkManager.setVerboseOutput(false);
      for (const group of Object.values(config.benchmarkManager.getAll())) group.setIsVerbose(false);
      for (const name of skip) config.ignores.add(path.relative(process.cwd(), path.join(templates, name))); // Eleventy's ignores are relative to the working folder
    },
  });
  eleventy.disableLogger(); // our own summary reports pages and time; errors still throw
  const written = await eleventy.write();
  return Array.isArray(written) && Array.isArray(written[1]) ? written[1].length : 0;
}

/**
 * Publishes the articles' input files, decoded to text, in packs: classic scripts that register each text under its
 * name (src/render/originals.ts), as strings, never as the file came, where an `.html` would run its scripts. A
 * rebuild takes the bytes the session read and the packs whose files did not change from the last site.
 */
export async function writeOriginalPacks(packs: SiteModel['originals'], outDir: string, { bytes, reuse }: Carried = {}): Promise<void> {
  if (packs.length) await fs.mkdir(path.join(outDir, fixedUrls.originals), { recursive: true });
  const unchanged = reuse && bytes ? planFileReuse(packKeys(packs, bytes), reuse, ORIGINALS_STATES) : null;
  const toWrite = unchanged ? packs.filter((p) => !unchanged.reused.has(p.file)) : packs;
  await forEachBounded(toWrite, 2, async ({ file, originals }) => {
    const lines = await Promise.all(
      originals.map(async ({ from, name }) => {
        const decoded = decodeBytes(bytes?.get(from) ?? (await fs.readFile(from)));
        // it became an article, so it decoded then; changed since, it has no original to show
        return decoded.ok ? dataScriptLine(ORIGINALS_GLOBAL, name, JSON.stringify(decoded.text)) : '';
      }),
    );
    await fs.writeFile(path.join(outDir, file), lines.join(''));
  });
  await unchanged?.link(outDir);
  unchanged?.save(outDir);
}

/** Each pack's hash over its names and its files' bytes; a pack with a file not at hand has none. */
function packKeys(packs: SiteModel['originals'], bytes: ReadonlyMap<string, Uint8Array>): Map<string, string> {
  const keys = new Map<string, string>();
  for (const { file, originals } of packs) {
    if (!originals.every((o) => bytes.has(o.from))) continue;
    const h = createHash('sha256').update(file);
    for (const { from, name } of originals) h.update(`\0${name}\0`).update(contentSha256(bytes.get(from)!)); // hashed once per build: the session's fingerprint did
    keys.set(file, h.digest('hex'));
  }
  return keys;
}

/** A rebuild takes the offline search scripts whose Pagefind files are unchanged from the current site. */
function unchangedOfflineScripts(reuse: PageReuseOptions): OfflineReuse {
  return (keys) => planFileReuse(keys, reuse, OFFLINE_STATES);
}

/** Where the search stage keeps the main index's state, and the salt it must match (src/search/recent.ts). */
function mainIndex({ previousSite, stateDir, salt }: PageReuseOptions): MainIndexOptions {
  return { previousSite, stateDir, salt, ...SEARCH_INDEX_STATES };
}

/** The main search index and its offline scripts were linked as they are: their states hold for the next build. */
async function keepStates({ stateDir }: PageReuseOptions, states: FileStates[]): Promise<void> {
  for (const { state, next } of states) await fs.copyFile(path.join(stateDir, state), path.join(stateDir, next)).catch(() => undefined);
}

/**
 * Replaces `output` with `staging` in two renames, so a reader never sees a half-written site; the replaced
 * site is deleted in the background (src/retired.ts).
 */
async function swapInto(staging: string, output: string): Promise<void> {
  const old = retiredName(output);
  const hadOld = await exists(output);
  if (hadOld) await fs.rename(output, old);
  try {
    await fs.rename(staging, output);
  } catch (e) {
    if (hadOld) await fs.rename(old, output);
    throw e;
  }
  if (hadOld) removeInBackground(old, SITE_MARKER);
}

/** The folder this build renders into, marked as ours from the start (so a killed build's is provably ours). */
async function createStaging(staging: string): Promise<void> {
  await fs.mkdir(staging);
  markAsOurs(staging);
}

export async function build(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  const input = path.resolve(options.input);
  const output = path.resolve(options.output ?? '_site');
  const templates = path.resolve(options.templates ?? path.join(projectRoot, 'templates'));
  const stat = await fs.stat(input).catch(() => null);
  if (!stat?.isDirectory()) throw new BuildError(`input folder not found: ${options.input}`);
  checkOutputFolder(input, output); // before any work: a folder that is not ours is never touched

  try {
    await fs.mkdir(path.dirname(output), { recursive: true });
    const lock = await lockOutput(output, (pid) => progress(`wartet auf den Build mit PID ${pid}, der gerade nach ${output} schreibt`));
    try {
      await removeLeftovers(output); // what killed builds left beside the output
      return await buildLocked({ ...options, input }, output, templates, started);
    } finally {
      lock.release();
    }
  } catch (e) {
    const why = e instanceof BuildError ? null : describeFsFailure(e);
    throw why ? new BuildError(why) : e;
  }
}

/**
 * Up to this much input, `separateProcess: 'when-large'` renders in the build's own process: a child costs ~1 s of CPU
 * to start and load the code, and the memory it frees before Pagefind runs matters only for large archives.
 */
export const IN_PROCESS_MAX_BYTES = 2 * 1024 * 1024;

export function rendersInProcess(separateProcess: BuildOptions['separateProcess'], inputBytes: number): boolean {
  return separateProcess === false || (separateProcess === 'when-large' && inputBytes <= IN_PROCESS_MAX_BYTES);
}

/** The build, once it holds the output's lock. */
async function buildLocked(options: BuildOptions & { input: string }, output: string, templates: string, started: number): Promise<BuildReport> {
  const { input } = options;
  const progress = options.onProgress ?? (() => {});
  const search = options.search !== false;
  // Incremental rebuilds (src/incremental/): keep the last site when nothing it depends on changed.
  const cacheDir = path.resolve(options.cacheDir ?? defaultCacheDir(output));
  const incremental =
    options.incremental === false
      ? null
      : await IncrementalSession.open<BuildReport>({
          projectRoot,
          input,
          output,
          cacheDir,
          templates,
          // a site built without the search index is never kept for a build that wants one, nor one with it for a preview
          settings: { baseUrl: options.baseUrl, pathPrefix: options.pathPrefix, locale: options.locale, strict: Boolean(options.strict), search },
        });
  await removeStaleIndexInputs(); // every build, also one that keeps its input in the cache folder, builds without the index and one that keeps the site
  const reused = await incremental?.reuse(started);
  if (reused) {
    progress('incremental: nichts geändert, die Website bleibt wie sie ist');
    return reused;
  }
  if (incremental) progress(`incremental: neu bauen (${incremental.stats.reason})`);

  const staging = stagingName(output);
  await createStaging(staging);
  // what Pagefind reads (src/search/index.ts), never published: kept for the next build beside the incremental state (src/incremental/index-input.ts),
  // else on a RAM disk when there is room, else beside the site; none without the search index
  const inputBytes = incremental ? incremental.files.reduce((n, f) => n + f.bytes.length, 0) : await folderBytes(input);
  const indexInput = !search ? null : incremental ? incremental.indexInputDir() : await indexInputDir(staging, inputBytes);
  const inProcess = rendersInProcess(options.separateProcess, inputBytes);
  try {
    // The records, archive, model and Eleventy's pages live only in this step: in a child process by default,
    // whose memory goes back to the system before Pagefind peaks (docs/BENCHMARKS.md, peak RSS).
    const rendered = inProcess
      ? await prepareAndRender(options, incremental, { cacheDir, templates, staging, indexInput, pages: incremental?.pageReuse() })
      : await prepareAndRenderInChild(options, incremental?.files ?? null, { cacheDir, templates, staging, indexInput, pages: incremental?.pageReuse() });

    const t = performance.now();
    if (rendered.indexInput) progress('index: Pagefind');
    const offlineReuse = incremental ? unchangedOfflineScripts(incremental.pageReuse()) : undefined;
    const main = incremental ? mainIndex(incremental.pageReuse()) : undefined;
    const indexed = rendered.indexInput ? await indexSite(staging, rendered.language, rendered.indexInput, { offlineReuse, main }) : null;
    if (indexed?.recent) progress(`index: ${indexed.recent.pages} Seiten neu indexiert, der Hauptindex bleibt (${indexed.recent.superseded} ersetzt)`);
    if (indexed?.recent && incremental) await keepStates(incremental.pageReuse(), [SEARCH_INDEX_STATES, OFFLINE_STATES]);
    const indexMs = ms(t) + rendered.indexInputMs;
    if (indexInput && !incremental) await fs.rm(indexInput, { recursive: true, force: true });

    checkReplaceable(output); // the user may have put files into the output folder while we built
    await swapInto(staging, output);
    const report = reportOf(rendered, indexed?.pages ?? 0, output, indexMs, started);
    await incremental?.commit(report, indexInput ?? undefined); // remember this site and its index input for the next build
    return report;
  } catch (e) {
    const full = !describeFsFailure(e) && (await diskIsFull(staging)); // seen before the staging folder frees the space
    await Promise.all([staging, ...(indexInput ? [indexInput] : [])].map((dir) => fs.rm(dir, { recursive: true, force: true })));
    throw full ? new BuildError(`kein Platz mehr auf dem Datenträger (${path.dirname(output)}); die bisherige Website bleibt unverändert (${(e as Error).message})`) : e;
  }
}

function reportOf(rendered: Rendered, indexedPages: number, output: string, indexMs: number, started: number): BuildReport {
  const { summary } = rendered;
  return {
    filesRead: summary.filesRead,
    articles: summary.articles,
    duplicates: summary.duplicates,
    errors: summary.errors,
    warnings: summary.warnings,
    pagesWritten: rendered.pagesWritten,
    pagesReused: rendered.pagesReused,
    indexedPages,
    output,
    timings: {
      ingest: summary.timings.ingest,
      link: summary.timings.link,
      render: rendered.renderMs + summary.timings.model,
      index: indexMs,
      total: ms(started),
    },
  };
}

/** Ingest, link and model, checked and written for inspection; keeps only what rendering needs, so the records and links are freed before Eleventy runs. */
async function prepareForRender(options: BuildOptions & { input: string }, incremental: IngestSource | null | undefined, cacheDir: string) {
  const prepared = await prepareSite(options, incremental);
  const errors: Located[] = prepared.issues.filter((i) => i.kind === 'error').map((i) => ({ path: i.path, line: i.line, message: i.message }));
  if (options.strict && (errors.length || prepared.warnings.length)) {
    throw new BuildError(`--strict: ${errors.length} Fehler, ${prepared.warnings.length} Warnungen; die Website wurde nicht ersetzt`, [...errors, ...prepared.warnings]);
  }
  await writeIntermediate({ cacheDir, archive: prepared.archive, issues: prepared.issues }); // for inspection (src/intermediate.ts)
  const summary: Rendered['summary'] = {
    filesRead: prepared.filesRead,
    articles: prepared.archive.articles.length,
    duplicates: prepared.issues.filter((i) => i.kind === 'duplicate').map((i) => ({ path: i.path, line: i.line, message: i.message })),
    errors,
    warnings: prepared.warnings,
    timings: prepared.timings,
  };
  return { model: prepared.model, summary, indexOptions: options.search === false ? null : searchIndexOptions(prepared.archive, prepared.model.articles) };
}

/**
 * Ingest, link, model and Eleventy into `staging`, then what Pagefind reads into `indexInput` (none without
 * the search index); returns only what the index stage and the report need.
 */
export async function prepareAndRender(
  options: BuildOptions & { input: string },
  incremental: IngestSource | null | undefined,
  { cacheDir, templates, staging, indexInput, pages }: RenderFolders,
): Promise<Rendered> {
  const progress = options.onProgress ?? (() => {});
  const { model, summary, indexOptions } = await prepareForRender(options, incremental, cacheDir);
  const t = performance.now();
  const split = paginatedTemplates(templates);
  const unchanged = pages ? planPageReuse(model, split, pages) : null;
  // unchanged article pages whose filter values are unchanged too keep the index input the last build wrote
  const keptInput =
    unchanged && indexOptions && indexInput
      ? planIndexInputReuse(pages!.stateDir, unchanged, (rel) => indexOptions.facets?.get(pageUrl(rel)), splitSettings(indexOptions), splitChangeOf)
      : null;
  const keptUrls = new Set([...(keptInput?.kept.keys() ?? [])].map(pageUrl));
  const toSplit = model.articles.filter((a) => !keptUrls.has(a.url));
  // the words' compound parts on the second core while Eleventy renders on the first (src/search/compound-job.ts)
  const parts =
    indexOptions && toSplit.length >= MIN_ARTICLES_FOR_COMPOUND_JOB
      ? splitWordsInBackground(
          stringsIn([model.config.strings, toSplit.map((a) => [a.title, a.subtitle, a.lead, a.dateLabel, a.dateline, a.bodyHtml, a.captions, a.embedded])]),
          indexOptions,
        )
      : null;
  progress(`render: ${model.articles.length} Artikelseiten`);
  const bytes = incremental?.files ? new Map(incremental.files.map((f) => [`${options.input.replace(/\/$/, '')}/${f.path}`, f.bytes])) : undefined;
  const site = await renderSite(model, templates, staging, split, { bytes, reuse: pages, unchanged }, options.pagesPerRun);
  const renderMs = ms(t);
  const rendered = { pagesWritten: site.pages, pagesReused: site.reused, renderMs, language: model.config.contentLang, summary };
  if (!indexOptions || indexInput === null) return { ...rendered, indexInput: null, indexInputMs: 0 }; // a build without the search index
  const i = performance.now();
  progress(keptInput ? `index: Eingabe für Pagefind (${keptInput.kept.size} Seiten wie im letzten Build)` : 'index: Eingabe für Pagefind');
  const input = await writeSearchInput(staging, indexInput, { ...indexOptions, parts: (await parts) ?? undefined }, keptInput);
  return { ...rendered, indexInput: input, indexInputMs: ms(i) };
}

/** What the compound splitter is given besides the lexicon: what a kept index input was made with. */
function splitSettings(options: IndexOptions): SplitSettings {
  return { compounds: options.compounds !== false, protect: [...(options.protect ?? [])], extraNouns: [...(options.extraNouns ?? [])] };
}

/** The splitter's own protected names and its lexicon (loaded only when place nouns came or went) change nothing when they come or go. */
const splitChangeOf = (before: SplitSettings, now: SplitSettings) => splitChange(before, now, DEFAULT_SPLIT_OPTIONS.protect, (form) => loadNounLexicon().has(form));

/** Writes what Pagefind reads: every searchable page's input, or, on a rebuild, the pages' whose kept input does not stand. */
async function writeSearchInput(staging: string, indexInput: string, options: IndexOptions, kept: IndexInputReuse | null): Promise<IndexInput> {
  const only = kept ? (await sitePages(staging)).filter((rel) => !kept.kept.has(rel) && !kept.bare.has(rel)) : undefined;
  const { written, ...input } = await writeIndexInputInTwoProcesses(staging, indexInput, options, only);
  if (!kept) return input;
  await kept.take(indexInput);
  kept.save(indexInput, written, only!);
  return { ...input, pages: input.pages + kept.kept.size, compoundWords: input.compoundWords + [...kept.kept.values()].reduce((a, b) => a + b, 0) };
}

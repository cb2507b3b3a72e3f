// The index input on both cores: after the render, a forked Node process writes every other page while this
// process writes the rest (each splits the words the compound table it is given lacks). An I/O edge; the same
// file is the child.
// (Handing each page over while Eleventy rendered was tried: sending 10,000 pages cost the render ~3 s and the
// second process slowed Eleventy's own background work, so the render took longer than this pass saves.)
import type { PageFacets } from './augment.ts';
import { indexInputWriter, sitePages, writeIndexInput, type CompoundTable, type IndexOptions, type WrittenIndexInput } from './index.ts';
import { forkTypeScript, isForkedAs, secondProcessFrom, stopIfRunning } from '../child-process.ts';

interface Request {
  siteDir: string;
  inputDir: string;
  pages: string[];
  options: { facets: [string, PageFacets][]; protect: string[]; extraNouns: string[]; compounds?: boolean; parts?: CompoundTable };
}
type Reply = { type: 'done'; input: WrittenIndexInput } | { type: 'failed'; message: string };

/**
 * Below this many HTML pages (all of them, searchable or not: about 2,000 articles), one process: the second
 * one's start and lexicon (~0.25 GB beside the render process) cost more than the second or so it saves
 * (at 1,000 articles, 2,467 pages: 0.2 s for a third more peak memory).
 */
const DEFAULT_MIN_PAGES = 4000;
const ENV_MIN_PAGES = 'PRESSEARCHIV_INDEX_INPUT_PARALLEL_MIN'; // "0" forces the second process, e.g. in tests
const CHILD_MARKER = 'PRESSEARCHIV_INDEX_INPUT_CHILD';

/** `writeIndexInput`, with the pages shared by two processes when there are enough of them. */
export async function writeIndexInputInTwoProcesses(siteDir: string, inputDir: string, options: IndexOptions = {}, only?: string[]): Promise<WrittenIndexInput> {
  const pages = only ?? (await sitePages(siteDir));
  if (pages.length < secondProcessFrom(ENV_MIN_PAGES, DEFAULT_MIN_PAGES)) return writeIndexInput(siteDir, inputDir, options, pages);
  const theirs = pages.filter((_, i) => i % 2 === 1);
  const child = forkTypeScript(import.meta.url, CHILD_MARKER);

  const theirResult = new Promise<WrittenIndexInput>((resolve, reject) => {
    child.once('message', (m: Reply) => (m.type === 'done' ? resolve(m.input) : reject(new Error(`index input: ${m.message}`))));
    child.once('error', (e) => reject(new Error(`index input: ${e.message}`)));
    child.once('exit', (code, signal) => reject(new Error(`index input: the second process ended without a result (${signal ?? `exit code ${code}`})`)));
  });
  theirResult.catch(() => {}); // awaited below; a failure here first must not leave it unhandled
  try {
    const request: Request = {
      siteDir,
      inputDir,
      pages: theirs,
      options: {
        facets: [...(options.facets ?? [])],
        protect: [...(options.protect ?? [])],
        extraNouns: [...(options.extraNouns ?? [])],
        compounds: options.compounds,
        parts: options.parts,
      },
    };
    // The loop below is synchronous: a message still queued when it starts reaches the child only after it,
    // and the two processes would take turns instead of working side by side.
    await new Promise<void>((resolve, reject) => child.send(request, (e) => (e ? reject(new Error(`index input: ${e.message}`)) : resolve())));
    const writer = indexInputWriter(siteDir, inputDir, options);
    pages.forEach((rel, i) => i % 2 === 0 && writer.write(rel));
    const ours = writer.result();
    const other = await theirResult;
    return { dir: inputDir, pages: ours.pages + other.pages, compoundWords: ours.compoundWords + other.compoundWords, written: [...ours.written, ...other.written] };
  } finally {
    stopIfRunning(child); // failed here: it has nothing to finish
  }
}

// The child: writes the pages it was given, replies, and exits.
if (isForkedAs(import.meta.url, CHILD_MARKER)) {
  process.once('message', (request: Request) => {
    let current = '';
    let reply: Reply;
    try {
      const writer = indexInputWriter(request.siteDir, request.inputDir, { ...request.options, facets: new Map(request.options.facets) });
      for (const rel of request.pages) {
        current = rel;
        writer.write(rel);
      }
      reply = { type: 'done', input: writer.result() };
    } catch (e) {
      reply = { type: 'failed', message: `${current || request.inputDir}: ${e instanceof Error ? e.message : String(e)}` };
    }
    process.send!(reply, () => process.exit(0));
  });
  process.on('disconnect', () => process.exit(0)); // the build is gone: nobody reads the rest
}

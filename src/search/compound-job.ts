// The compound parts of an archive's words, worked out in a worker thread on the second core while Eleventy
// renders on the first (which it does alone): the index input's two processes then look the words up instead
// of each loading the lexicon and splitting most of the vocabulary again. A word the table lacks is still
// split where it is met, so the index input is the same with or without the job. An I/O edge (a thread).
// The worker loads this module through tsx's tsImport, as the link stage's text worker does.
import { Worker } from 'node:worker_threads';
import { lookupWords } from './augment.ts';
import { compoundTokensFor, type CompoundTable, type IndexOptions } from './index.ts';

/** From this many articles on, the job pays for its start (tsx compiling in the worker, the lexicon loaded once more). */
export const MIN_ARTICLES_FOR_COMPOUND_JOB = 2000;

type JobOptions = Pick<IndexOptions, 'protect' | 'extraNouns'>;

interface JobInput {
  tsx: string; // tsx's ESM API
  module: string; // this module
  text: string; // everything the searchable pages may say, one string: one copy into the worker
  options: { protect: string[]; extraNouns: string[] };
}

// CommonJS run by the worker: load this module through tsx, then answer with the table or the error
const BOOT = `
const { workerData, parentPort } = require('node:worker_threads');
(async () => {
  try {
    const { tsImport } = await import(workerData.tsx);
    const { splitWords } = await tsImport(workerData.module, workerData.module);
    parentPort.postMessage({ table: splitWords(workerData.text, workerData.options) });
  } catch (e) {
    parentPort.postMessage({ error: String((e && e.stack) || e) });
  }
})();
`;

/** Every word of `text` that the index input looks up, with its compound parts. */
export function splitWords(text: string, options: JobOptions): CompoundTable {
  const tokens = compoundTokensFor(options)!;
  const words = [...lookupWords(text)];
  return { words, parts: words.map(tokens) };
}

/**
 * `splitWords(texts…)` in a worker thread. Resolves to null, never rejects, when the worker fails: the
 * writers then split every word themselves, as without the job.
 */
export function splitWordsInBackground(texts: Iterable<string>, options: JobOptions): Promise<CompoundTable | null> {
  const input: JobInput = {
    tsx: import.meta.resolve('tsx/esm/api'),
    module: import.meta.url,
    text: [...texts].join('\n'),
    options: { protect: [...(options.protect ?? [])], extraNouns: [...(options.extraNouns ?? [])] },
  };
  return new Promise((resolve) => {
    const worker = new Worker(BOOT, { eval: true, workerData: input });
    worker.unref(); // never keeps the process alive
    worker.once('message', (m: { table?: CompoundTable }) => {
      resolve(m.table ?? null);
      void worker.terminate(); // its lexicon goes with it
    });
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null)); // after an answer, a second resolve does nothing
  });
}

/** The strings in a value, however deep (a page's view model: title, lead, body HTML, captions, labels). */
export function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsIn(v);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* stringsIn(v);
}

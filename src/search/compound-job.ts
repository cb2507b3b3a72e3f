// The compound parts of an archive's words, worked out in a worker thread on the second core while Eleventy
// renders on the first (which it does alone): the index input's two processes then look the words up instead
// of each loading the lexicon and splitting most of the vocabulary again. A word the table lacks is still
// split where it is met, so the index input is the same with or without the job. An I/O edge (a thread).
import { runInWorker } from '../worker-thread.ts';
import { lookupWords } from './augment.ts';
import { compoundTokensFor, type CompoundTable, type IndexOptions } from './index.ts';

/** From this many articles on, the job pays for its start (tsx compiling in the worker, the lexicon loaded once more). */
export const MIN_ARTICLES_FOR_COMPOUND_JOB = 2000;

type JobOptions = Pick<IndexOptions, 'protect' | 'extraNouns'>;

/** Every word of `text` that the index input looks up, with its compound parts (one argument: the worker's). */
export function splitWords({ text, options }: { text: string; options: JobOptions }): CompoundTable {
  const tokens = compoundTokensFor(options)!;
  const words = [...lookupWords(text)];
  return { words, parts: words.map(tokens) };
}

/**
 * `splitWords(texts…)` in a worker thread. Resolves to null, never rejects, when the worker fails: the
 * writers then split every word themselves, as without the job.
 */
export function splitWordsInBackground(texts: Iterable<string>, options: JobOptions): Promise<CompoundTable | null> {
  const text = [...texts].join('\n'); // one string: one copy into the worker
  const plain = { protect: [...(options.protect ?? [])], extraNouns: [...(options.extraNouns ?? [])] };
  return runInWorker<CompoundTable>(import.meta.url, 'splitWords', { text, options: plain }).catch(() => null);
}

/** The strings in a value, however deep (a page's view model: title, lead, body HTML, captions, labels). */
export function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsIn(v);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* stringsIn(v);
}

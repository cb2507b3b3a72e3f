// The index input written beside the render, on the second core: the render hands each page over as Eleventy
// renders it, and a forked Node process augments and writes it (`indexInputWriter`), so the augmenting costs the
// render no time and the render process never loads the noun lexicon. An I/O edge; the same file is the child.
import { fork } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageFacets } from './augment.ts';
import { indexInputWriter, type IndexInput, type IndexInputWriter, type IndexOptions } from './index.ts';

/** Where the render puts its pages while they are written into the index input. */
export interface IndexInputSink {
  /** A rendered page; `rel` relative to the site ("artikel/x/index.html"). Returns at once. */
  add(rel: string, html: string): void;
  /** Every page added is written: what Pagefind will read. Rejects when a page could not be written. */
  finish(): Promise<IndexInput>;
  /** Stops the process (the build failed); resolves once it is gone, so nothing is written after. */
  abort(): Promise<void>;
}

interface Start {
  type: 'start';
  inputDir: string;
  options: { facets: [string, PageFacets][]; protect: string[]; extraNouns: string[]; compounds?: boolean };
}
type ToChild = Start | { type: 'page'; rel: string; html: string } | { type: 'end' };
type FromChild = { type: 'done'; input: IndexInput } | { type: 'failed'; message: string };

const self = fileURLToPath(import.meta.url);

export function startIndexInputProcess(inputDir: string, options: IndexOptions = {}): IndexInputSink {
  const child = fork(self, [], {
    // the same tsx loader and GC setting as src/build-process.ts, resolved here so any working folder works
    execArgv: ['--max-semi-space-size=64', '--import', import.meta.resolve('tsx')],
    env: { ...process.env, PRESSEARCHIV_INDEX_INPUT_CHILD: '1' },
    serialization: 'advanced', // a little cheaper for the render than 'json' for its 10,000 pages
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let settled = false;
  let fail = (_message: string) => {};
  const result = new Promise<IndexInput>((resolve, reject) => {
    fail = (message: string) => {
      if (!settled) reject(new Error(`index input: ${message}`));
      settled = true;
    };
    child.on('message', (m: FromChild) => {
      if (m.type === 'done') {
        settled = true;
        resolve(m.input);
      } else fail(m.message);
    });
    child.on('error', (e) => fail(e.message));
    child.on('exit', (code, signal) => fail(`the process ended without a result (${signal ?? `exit code ${code}`})`));
  });
  result.catch(() => {}); // observed by finish(); a failure before it is called must not crash the build
  const send = (m: ToChild) => {
    if (child.connected) child.send(m);
  };
  send({
    type: 'start',
    inputDir,
    options: { facets: [...(options.facets ?? [])], protect: [...(options.protect ?? [])], extraNouns: [...(options.extraNouns ?? [])], compounds: options.compounds },
  });
  return {
    add: (rel, html) => send({ type: 'page', rel, html }),
    finish: async () => {
      send({ type: 'end' });
      return result;
    },
    abort: async () => {
      fail('stopped, the build failed');
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await gone;
    },
  };
}

// The child: writes the pages in the order they come, reports once the last is on disk, and exits.
if (process.env.PRESSEARCHIV_INDEX_INPUT_CHILD === '1' && process.send && path.resolve(process.argv[1] ?? '') === self) {
  let writer: IndexInputWriter | null = null;
  let chain: Promise<void> = Promise.resolve();
  let failure: string | null = null;
  const reply = (m: FromChild) => process.send!(m, () => process.exit(0));
  const failed = (what: string) => (e: unknown) => void (failure ??= `${what}: ${e instanceof Error ? e.message : String(e)}`);
  process.on('message', (m: ToChild) => {
    if (m.type === 'start') {
      chain = fs
        .mkdir(m.inputDir, { recursive: true })
        .then(() => {
          writer = indexInputWriter(m.inputDir, { ...m.options, facets: new Map(m.options.facets) });
        })
        .catch(failed(m.inputDir));
    } else if (m.type === 'page') {
      chain = chain.then(() => (failure || !writer ? undefined : writer.add(m.rel, m.html).catch(failed(m.rel))));
    } else {
      void chain.then(() => reply(writer && !failure ? { type: 'done', input: writer.result() } : { type: 'failed', message: failure ?? 'not started' }));
    }
  });
  process.on('disconnect', () => process.exit(0)); // the build is gone: nobody reads the rest
}

// What the texts alone tell, on the second core: shared passages (alignment needs neither dates nor names) and
// the groups of shared quotes. A worker thread aligns the articles and groups the quotes while this thread finds
// entities and stories, and cuts the passages (which need the time order) while this thread finishes.
// linkArchive stays synchronous: this thread blocks on a shared counter the worker raises after each message,
// and takes the message with receiveMessageOnPort. The worker starts through src/worker-thread.ts.
import { MessageChannel, type MessagePort, type Worker, receiveMessageOnPort } from 'node:worker_threads';
import { startWorker } from '../worker-thread.ts';
import {
  type Alignment,
  type PassageResult,
  type PassageSource,
  type PassageTokens,
  type SharedPair,
  alignArchive,
  findSharedPassages,
  passageRuns,
  sharedPairs,
} from './passages.ts';
import { WordTable } from './prepare.ts';
import { type QuoteMember, type QuoteSource, groupQuotes } from './quotes.ts';

/**
 * From this many articles on, the worker pays for its start (~0.3 s: tsx compiles the modules, and its code runs
 * cold) and the copy of the texts. Measured, cold, worker vs this thread: 1,000 articles 0.94 vs 0.90 s,
 * 2,000 1.32 vs 1.33 s, 3,000 1.67 vs 1.81 s, 10,000 4.3 vs 5.5 s.
 */
export const MIN_ARTICLES_FOR_WORKER = 2000;

/**
 * A worker that dies without a word (out of memory) cannot tell this thread, which waits without an event loop:
 * it counts as failed when its heartbeat (once per article of each step) has not moved for this long.
 */
const STALL_MS = 60_000;

/** What the job reads of an article. */
export type TextSource = PassageSource & QuoteSource;

/** The job, here or in a worker; each answer is asked for once, in this order. */
export interface TextJob {
  sharedPairs(): SharedPair[];
  quoteGroups(): QuoteMember[][];
  /** Starts cutting the passages; `rank` is each article's place in time order. */
  findPassages(rank: Map<string, number>): void;
  passages(): PassageResult;
  close(): void;
}

/** The job in this thread, each part when it is asked for. */
class LocalJob implements TextJob {
  private alignment: Alignment | null = null;
  private rank: Map<string, number> | null = null;
  constructor(
    private readonly records: TextSource[],
    private readonly tokens: () => PassageTokens,
  ) {}
  private aligned(): Alignment {
    return (this.alignment ??= alignArchive(this.records, this.tokens()));
  }
  sharedPairs(): SharedPair[] {
    return sharedPairs(this.aligned());
  }
  quoteGroups(): QuoteMember[][] {
    const { table, articles } = this.tokens();
    return groupQuotes(this.records, table, (ai) => articles[ai]!.body);
  }
  findPassages(rank: Map<string, number>): void {
    this.rank = rank;
  }
  passages(): PassageResult {
    return findSharedPassages(this.aligned(), this.rank!);
  }
  close(): void {}
}

interface WorkerInput {
  port: MessagePort;
  signal: Int32Array; // [0] raised by one after each message the worker posts, [1] its heartbeat
  records: TextSource[];
}

type WorkerMessage = { shared: SharedPair[] } | { quotes: QuoteMember[][] } | { passages: PassageResult } | { error: string };

/** The job in a worker thread; when the worker fails, `fallback` does it here (unless `strict`). */
class WorkerJob implements TextJob {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(8));
  private received = 0;
  private local: LocalJob | null = null;
  private rank: Map<string, number> | null = null;

  constructor(
    records: TextSource[],
    private readonly fallback: () => LocalJob,
    private readonly strict: boolean,
  ) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const input: WorkerInput = {
      port: port2,
      signal: this.signal,
      records: records.map((r) => ({ id: r.id, date: r.date ?? null, body: r.body, quotes: r.quotes, embedded: r.embedded.map((e) => ({ text: e.text })) })),
    };
    this.worker = startWorker(import.meta.url, 'runTextJob', input, { transferList: [port2] }); // a failure to load reaches port2 too
    this.worker.unref(); // never keeps the process alive
    this.worker.on('error', () => {}); // a failure reaches next() as a message or as a missing heartbeat
  }

  /** Blocks until the worker's next message; its answer, or the job done here after a failure. */
  private next<K extends 'shared' | 'quotes' | 'passages'>(kind: K): Extract<WorkerMessage, Record<K, unknown>> | LocalJob {
    if (this.local) return this.local;
    this.received++;
    let beats = Atomics.load(this.signal, 1);
    let lastBeat = Date.now();
    let stalled = false;
    for (let seen = Atomics.load(this.signal, 0); seen < this.received && !stalled; seen = Atomics.load(this.signal, 0)) {
      if (Atomics.wait(this.signal, 0, seen, 1000) !== 'timed-out') continue;
      if (Atomics.load(this.signal, 1) !== beats) {
        beats = Atomics.load(this.signal, 1);
        lastBeat = Date.now();
      } else stalled = Date.now() - lastBeat > STALL_MS;
    }
    const m = stalled ? undefined : (receiveMessageOnPort(this.port)?.message as WorkerMessage | undefined);
    if (m && kind in m) return m as Extract<WorkerMessage, Record<K, unknown>>;
    const why = stalled ? `no sign of life for ${STALL_MS / 1000} s` : m && 'error' in m ? m.error : `unexpected answer (${m ? Object.keys(m).join() : 'none'})`;
    if (this.strict) throw new Error(`link: the text worker failed: ${why}`);
    this.close();
    this.local = this.fallback();
    if (this.rank) this.local.findPassages(this.rank);
    return this.local;
  }

  sharedPairs(): SharedPair[] {
    const m = this.next('shared');
    return m instanceof LocalJob ? m.sharedPairs() : m.shared;
  }

  quoteGroups(): QuoteMember[][] {
    const m = this.next('quotes');
    return m instanceof LocalJob ? m.quoteGroups() : m.quotes;
  }

  findPassages(rank: Map<string, number>): void {
    this.rank = rank;
    if (this.local) this.local.findPassages(rank);
    else this.port.postMessage(rank);
  }

  passages(): PassageResult {
    const m = this.next('passages');
    if (m instanceof LocalJob) return m.passages();
    this.close();
    return m.passages;
  }

  close(): void {
    this.port.close();
    void this.worker.terminate();
  }
}

/**
 * The text job for `records`: in a worker thread when `inWorker` (default: from MIN_ARTICLES_FOR_WORKER
 * articles on), else here with the tokens `tokens` gives. An explicit `inWorker: true` makes a failing
 * worker an error; otherwise the work falls back to this thread.
 */
export function startTextJob(records: TextSource[], tokens: () => PassageTokens, inWorker?: boolean): TextJob {
  const local = (): LocalJob => new LocalJob(records, tokens);
  if (!(inWorker ?? records.length >= MIN_ARTICLES_FOR_WORKER)) return local();
  try {
    return new WorkerJob(records, local, inWorker === true);
  } catch (e) {
    if (inWorker) throw e;
    return local();
  }
}

/** The worker's side: align, find the runs, post the pairs, group and post the quotes, wait for the time order, post the passages. */
export function runTextJob({ port, signal, records }: WorkerInput): void {
  const post = (m: WorkerMessage): void => {
    port.postMessage(m);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  const beat = (): void => void Atomics.add(signal, 1, 1);
  const failed = (e: unknown): void => {
    post({ error: String((e as Error)?.stack ?? e) });
    port.close();
  };
  try {
    const table = new WordTable(true);
    const articles = records.map((r) => {
      beat();
      return { body: table.tokens(r.body), embedded: r.embedded.map((e) => table.tokens(e.text)) };
    });
    const alignment = alignArchive(records, { table, articles }, beat);
    const runs = passageRuns(alignment, beat); // boilerplate runs are left out of the pairs
    post({ shared: sharedPairs(alignment) });
    post({ quotes: groupQuotes(records, table, (ai) => articles[ai]!.body, beat) });
    port.once('message', (rank: Map<string, number>) => {
      try {
        post({ passages: findSharedPassages(alignment, rank, runs) });
        port.close();
      } catch (e) {
        failed(e);
      }
    });
  } catch (e) {
    failed(e);
  }
}

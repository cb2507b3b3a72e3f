// Ingest on two cores: a forked Node process parses part of the files while this process parses the rest.
// An I/O edge like readInputFolder (a child process); the parse itself stays the pure ingestFile, and
// ingestFiles still decides order, duplicates and ids, so the result is exactly the sequential one.
//
// The work is shared by bytes as it goes, not split up front: this process parses from the front of the list
// right away, the child takes batches from the back once it has started (~0.5 s), and both meet wherever
// their speeds say. The child gets only the bytes of the batches it parses and sends back records or issues.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ChildProcess } from 'node:child_process';
import { forkTypeScript, isForkedAs, secondProcessFrom } from '../child-process.ts';
import { contentOrder, ingestFile, ingestFiles, type IngestResult, type InputFile, type ParseFile } from './index.ts';

type FileResult = ReturnType<typeof ingestFile>;

type ToChild = { batch: number; files: InputFile[] };
type FromChild = { type: 'ready' } | { type: 'parsed'; batch: number; results: FileResult[] } | { type: 'failed'; path: string; message: string };

/** Below this many files to parse, one process: the child's start costs about as much as it would save. */
const DEFAULT_MIN_FILES = 300;
const ENV_MIN_FILES = 'PRESSEARCHIV_INGEST_PARALLEL_MIN'; // "0" forces the second process, e.g. in tests
const CHILD_MARKER = 'PRESSEARCHIV_INGEST_CHILD';

// Both processes parse in slices of ~5 ms and then let their event loop run: IPC messages larger than the
// socket's buffer move on only while both sides' event loops do, and a batch's records are ~2× its bytes.
const SLICE_BYTES = 16 * 1024;
const CHILD_BATCH_BYTES = 256 * 1024; // large enough that messages cost little, small enough for an even finish
const CHILD_BATCHES_AHEAD = 2; // the child always has the next batch while its results travel

export interface TwoProcessOptions {
  /** Tests: start parsing only once the child is ready, so it surely takes a share of a small input. */
  waitForChild?: boolean;
  /** Tests: see the child process (e.g. to kill it). */
  onChild?: (child: ChildProcess) => void;
}

export interface ParallelOptions extends TwoProcessOptions {
  /** Parse in two processes only from this many files on (default: $PRESSEARCHIV_INGEST_PARALLEL_MIN, else 300; one core: never). */
  minFiles?: number;
  /** Files whose result the caller has already (the ingest cache): not parsed ahead. */
  known?: (file: InputFile, sha256: string) => boolean;
}

/** ingestFiles(files) with the parsing shared by two processes when there is enough of it. */
export async function ingestFilesInParallel(files: InputFile[], options: ParallelOptions = {}): Promise<IngestResult> {
  return ingestFiles(files, await parseAhead(files, options));
}

/**
 * Parses, ahead of ingestFiles, the files it will parse (the first by path of each content, not `known`) and
 * returns the ParseFile that hands out those results; any other file is parsed when asked.
 */
export async function parseAhead(files: InputFile[], options: ParallelOptions = {}): Promise<ParseFile> {
  const todo = filesToParse(files, options.known);
  if (todo.length === 0 || todo.length < minFiles(options)) return (file) => ingestFile(file);
  const { results } = await parseInTwoProcesses(todo, options);
  const parsed = new Map(todo.map((file, i) => [file, results[i]!]));
  return (file) => {
    const result = parsed.get(file);
    if (!result) return ingestFile(file);
    parsed.delete(file); // ingestFiles changes the record's id: hand each result out once
    return result;
  };
}

function minFiles(options: ParallelOptions): number {
  return options.minFiles ?? secondProcessFrom(ENV_MIN_FILES, DEFAULT_MIN_FILES);
}

/** The files ingestFiles will parse: in its order, the first of each content, minus the known ones. */
function filesToParse(files: InputFile[], known: ParallelOptions['known']): InputFile[] {
  return contentOrder(files)
    .filter(({ file, hash, copy }) => !copy && !file.unread && !known?.(file, hash))
    .map(({ file }) => file);
}

/** Who has taken which files and what has come back: shared by this process's parse loop and the child's events. */
interface Share {
  files: InputFile[];
  results: FileResult[];
  front: number; // files[front..back) are not taken yet: this process takes from the front, the child from the back
  back: number;
  untakenBytes: number;
  byChild: number;
  inFlight: Map<number, { start: number; end: number }>; // batch → files[start..end)
  nextBatch: number;
  failure: Error | null;
  finished: boolean;
  ready: boolean;
  wake: (() => void) | null; // this process waits for the child's last batches, or for it to be ready
}

/**
 * ingestFile for every file, in order, shared between this process and a child. Rejects, naming the files,
 * when the child fails; the child never outlives the call.
 */
export async function parseInTwoProcesses(files: InputFile[], options: TwoProcessOptions = {}): Promise<{ results: FileResult[]; byChild: number }> {
  const share: Share = {
    files,
    results: new Array<FileResult>(files.length),
    front: 0,
    back: files.length,
    untakenBytes: files.reduce((sum, f) => sum + f.bytes.length, 0),
    byChild: 0,
    inFlight: new Map(),
    nextBatch: 0,
    failure: null,
    finished: false,
    ready: false,
    wake: null,
  };
  const child = forkTypeScript(import.meta.url, CHILD_MARKER, 'advanced'); // bytes as Uint8Array, records as they are
  watchChild(child, share);
  options.onChild?.(child);
  const waitForChild = () => new Promise<void>((resolve) => (share.wake = resolve));
  try {
    while (options.waitForChild && !share.ready && !share.failure) await waitForChild();
    while (share.front < share.back) {
      if (share.failure) throw share.failure;
      parseSlice(share);
      await nextTurn(); // the child's messages are read and the batches sent here
    }
    while (share.inFlight.size && !share.failure) await waitForChild();
    if (share.failure) throw share.failure;
    return { results: share.results, byChild: share.byChild };
  } finally {
    share.finished = true;
    if (child.exitCode === null && child.signalCode === null) child.kill(); // done or failed: it has nothing to finish
  }
}

/** This process parses ~SLICE_BYTES from the front. */
function parseSlice(share: Share): void {
  let bytes = 0;
  do {
    const file = share.files[share.front++]!;
    share.results[share.front - 1] = ingestFile(file);
    bytes += file.bytes.length;
  } while (share.front < share.back && bytes < SLICE_BYTES);
  share.untakenBytes -= bytes;
}

/** Wakes this process's parse loop if it waits. */
function alarm(share: Share): void {
  const w = share.wake;
  share.wake = null;
  w?.();
}

function fail(share: Share, e: Error): void {
  share.failure ??= e;
  alarm(share);
}

function pathsInFlight(share: Share): string {
  const paths = [...share.inFlight.values()].flatMap(({ start, end }) => share.files.slice(start, end).map((f) => f.path));
  return paths.length ? `while parsing ${paths[0]}${paths.length > 1 ? ` (and ${paths.length - 1} more files)` : ''}` : 'before it parsed a file';
}

/** Sends the child the next batch from the back. */
function sendBatch(share: Share, child: ChildProcess): void {
  if (share.front >= share.back || !child.connected) return;
  // smaller batches towards the end, so neither process waits long for the other's last one
  const target = Math.min(CHILD_BATCH_BYTES, Math.max(SLICE_BYTES, share.untakenBytes / 8));
  const end = share.back;
  let bytes = 0;
  do bytes += share.files[--share.back]!.bytes.length;
  while (share.back > share.front && bytes < target);
  share.untakenBytes -= bytes;
  const batch = share.nextBatch++;
  share.inFlight.set(batch, { start: share.back, end });
  child.send({ batch, files: share.files.slice(share.back, end) } satisfies ToChild);
}

/** The child's messages fill in results and ask for more; its failure or early end fails the call. */
function watchChild(child: ChildProcess, share: Share): void {
  child.on('message', (m: FromChild) => {
    if (share.finished || share.failure) return;
    if (m.type === 'ready') {
      share.ready = true;
      for (let i = 0; i < CHILD_BATCHES_AHEAD; i++) sendBatch(share, child);
    } else if (m.type === 'parsed') {
      const range = share.inFlight.get(m.batch)!;
      share.inFlight.delete(m.batch);
      for (let i = range.start; i < range.end; i++) share.results[i] = m.results[i - range.start]!;
      share.byChild += range.end - range.start;
      sendBatch(share, child);
    } else {
      fail(share, new Error(`ingest: the second ingest process failed on ${m.path}: ${m.message}`));
    }
    alarm(share);
  });
  child.on('error', (e) => {
    if (!share.finished) fail(share, new Error(`ingest: the second ingest process failed ${pathsInFlight(share)}: ${e.message}`));
  });
  child.on('exit', (code, signal) => {
    if (!share.finished) fail(share, new Error(`ingest: the second ingest process ended (${signal ?? `exit code ${code}`}) ${pathsInFlight(share)}`));
  });
}

// The child: parses the batches it is sent, one after the other, until the parent lets go of it.
if (isForkedAs(import.meta.url, CHILD_MARKER)) {
  const queue: ToChild[] = [];
  let parsing = false;
  const parseQueue = async () => {
    parsing = true;
    for (let next = queue.shift(); next; next = queue.shift()) {
      const results: FileResult[] = [];
      let bytes = 0;
      for (const file of next.files) {
        try {
          results.push(ingestFile(file));
        } catch (e) {
          process.send!({ type: 'failed', path: file.path, message: e instanceof Error ? e.message : String(e) } satisfies FromChild);
          return;
        }
        bytes += file.bytes.length;
        if (bytes >= SLICE_BYTES) {
          bytes = 0;
          await nextTurn(); // the last batch's records go out while this one is parsed
        }
      }
      process.send!({ type: 'parsed', batch: next.batch, results } satisfies FromChild);
    }
    parsing = false;
  };
  process.on('message', (m: ToChild) => {
    queue.push(m);
    if (!parsing) void parseQueue();
  });
  process.on('disconnect', () => process.exit(0)); // the parent is gone: nobody wants the rest
  process.send!({ type: 'ready' } satisfies FromChild);
}

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
type FromChild =
  | { type: 'ready' }
  | { type: 'parsed'; batch: number; results: FileResult[] }
  | { type: 'failed'; path: string; message: string };

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

/**
 * ingestFile for every file, in order, shared between this process and a child. Rejects, naming the files,
 * when the child fails; the child never outlives the call.
 */
export async function parseInTwoProcesses(
  files: InputFile[],
  options: TwoProcessOptions = {},
): Promise<{ results: FileResult[]; byChild: number }> {
  const results: FileResult[] = new Array<FileResult>(files.length);
  let front = 0; // files[front..back) are not taken yet: this process takes from the front, the child from the back
  let back = files.length;
  let untakenBytes = files.reduce((sum, f) => sum + f.bytes.length, 0);
  let byChild = 0;
  const inFlight = new Map<number, { start: number; end: number }>(); // batch → files[start..end)
  let nextBatch = 0;
  let failure: Error | null = null;
  let finished = false;
  let wake: (() => void) | null = null; // this process waits for the child's last batches, or for it to be ready

  const child = forkTypeScript(import.meta.url, CHILD_MARKER, 'advanced'); // bytes as Uint8Array, records as they are
  let ready = false;
  const alarm = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const fail = (e: Error) => {
    failure ??= e;
    alarm();
  };
  const pathsInFlight = () => {
    const paths = [...inFlight.values()].flatMap(({ start, end }) => files.slice(start, end).map((f) => f.path));
    return paths.length ? `while parsing ${paths[0]}${paths.length > 1 ? ` (and ${paths.length - 1} more files)` : ''}` : 'before it parsed a file';
  };
  const sendBatch = () => {
    if (front >= back || !child.connected) return;
    // smaller batches towards the end, so neither process waits long for the other's last one
    const target = Math.min(CHILD_BATCH_BYTES, Math.max(SLICE_BYTES, untakenBytes / 8));
    const end = back;
    let bytes = 0;
    do bytes += files[--back]!.bytes.length;
    while (back > front && bytes < target);
    untakenBytes -= bytes;
    const batch = nextBatch++;
    inFlight.set(batch, { start: back, end });
    child.send({ batch, files: files.slice(back, end) } satisfies ToChild);
  };

  child.on('message', (m: FromChild) => {
    if (finished || failure) return;
    if (m.type === 'ready') {
      ready = true;
      for (let i = 0; i < CHILD_BATCHES_AHEAD; i++) sendBatch();
    } else if (m.type === 'parsed') {
      const range = inFlight.get(m.batch)!;
      inFlight.delete(m.batch);
      for (let i = range.start; i < range.end; i++) results[i] = m.results[i - range.start]!;
      byChild += range.end - range.start;
      sendBatch();
    } else {
      fail(new Error(`ingest: the second ingest process failed on ${m.path}: ${m.message}`));
    }
    alarm();
  });
  child.on('error', (e) => {
    if (!finished) fail(new Error(`ingest: the second ingest process failed ${pathsInFlight()}: ${e.message}`));
  });
  child.on('exit', (code, signal) => {
    if (!finished) fail(new Error(`ingest: the second ingest process ended (${signal ?? `exit code ${code}`}) ${pathsInFlight()}`));
  });
  options.onChild?.(child);

  const waitForChild = () => new Promise<void>((resolve) => (wake = resolve));
  try {
    while (options.waitForChild && !ready && !failure) await waitForChild();
    while (front < back) {
      if (failure) throw failure;
      let bytes = 0;
      do {
        const file = files[front++]!;
        results[front - 1] = ingestFile(file);
        bytes += file.bytes.length;
      } while (front < back && bytes < SLICE_BYTES);
      untakenBytes -= bytes;
      await nextTurn(); // the child's messages are read and the batches sent here
    }
    while (inFlight.size && !failure) await waitForChild();
    if (failure) throw failure;
    return { results, byChild };
  } finally {
    finished = true;
    if (child.exitCode === null && child.signalCode === null) child.kill(); // done or failed: it has nothing to finish
  }
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

// A function of one of our TypeScript modules, run in a worker thread on the other core while this thread goes
// on. The worker loads the module through tsx's tsImport: a worker started from a .ts file is not run through
// tsx's loader on Node 20, but tsImport works in one. An I/O edge.
import { Worker } from 'node:worker_threads';
import { BUNDLE } from './child-process.ts';

// CommonJS run by the worker: load the module through tsx (or from the single-file build) and call the function with the input. A failure is
// posted as { error } to the input's own `port` when it has one (a caller that waits synchronously, raising
// `signal[0]` for it: src/link/text-job.ts), else to the parent; the result, when asked for, to the parent.
const BOOT = `
const { workerData, parentPort } = require('node:worker_threads');
const { input } = workerData;
(async () => {
  let result;
  try {
    const module = workerData.bundle
      ? await (await import(workerData.bundle)).load(workerData.module)
      : await (await import(workerData.tsx)).tsImport(workerData.module, workerData.module);
    result = await module[workerData.name](input);
  } catch (e) {
    (input && input.port ? input.port : parentPort).postMessage({ error: String((e && e.stack) || e) });
    if (input && input.signal) {
      Atomics.add(input.signal, 0, 1);
      Atomics.notify(input.signal, 0);
    }
    return;
  }
  if (workerData.answer) parentPort.postMessage({ result });
})();
`;

/**
 * Starts `(await import(moduleUrl))[name](input)` in a worker thread; `input` is copied (structured clone), the
 * objects in `transferList` (e.g. a MessagePort inside it) are moved. With `answer`, the result is posted to
 * this thread as { result }.
 */
export function startWorker(moduleUrl: string, name: string, input: unknown, options: { transferList?: Transferable[]; answer?: boolean } = {}): Worker {
  const loader = BUNDLE ? { bundle: BUNDLE } : { tsx: import.meta.resolve('tsx/esm/api') }; // the single-file build loads without tsx
  const workerData = { ...loader, module: moduleUrl, name, input, answer: options.answer ?? false };
  return new Worker(BOOT, { eval: true, workerData, transferList: options.transferList as never });
}

/** `(await import(moduleUrl))[name](input)` in a worker thread; rejects with the worker's error; the worker ends with the answer. */
export function runInWorker<T>(moduleUrl: string, name: string, input: unknown): Promise<T> {
  const worker = startWorker(moduleUrl, name, input, { answer: true });
  return new Promise<T>((resolve, reject) => {
    worker.once('message', (m: { result?: T; error?: string }) => {
      if (m.error !== undefined) reject(new Error(m.error));
      else resolve(m.result as T);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the worker thread ended without an answer (exit code ${code})`)));
  });
}

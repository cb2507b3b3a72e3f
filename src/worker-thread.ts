// A function of one of our TypeScript modules, run in a worker thread on the other core while this thread goes
// on. The worker loads the module through tsx's tsImport: a worker started from a .ts file is not run through
// tsx's loader on Node 20, but tsImport works in one. (The link stage's text worker answers synchronously and
// has its own protocol, src/link/text-job.ts.) An I/O edge.
import { Worker } from 'node:worker_threads';

// CommonJS run by the worker: load the module through tsx, call the function, answer with its result or error
const BOOT = `
const { workerData, parentPort } = require('node:worker_threads');
(async () => {
  try {
    const { tsImport } = await import(workerData.tsx);
    const module = await tsImport(workerData.module, workerData.module);
    parentPort.postMessage({ result: await module[workerData.name](workerData.input) });
  } catch (e) {
    parentPort.postMessage({ error: String((e && e.stack) || e) });
  }
})();
`;

/**
 * `(await import(moduleUrl))[name](input)` in a worker thread; `input` and the result are copied (structured
 * clone). Rejects with the worker's error; the worker ends with the answer.
 */
export function runInWorker<T>(moduleUrl: string, name: string, input: unknown): Promise<T> {
  const worker = new Worker(BOOT, { eval: true, workerData: { tsx: import.meta.resolve('tsx/esm/api'), module: moduleUrl, name, input } });
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

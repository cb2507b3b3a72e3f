// Ingest, link, model and Eleventy in a child process: when it exits, its memory (Eleventy's pages above all)
// goes back to the system, so the parent is small when Pagefind's binary peaks. The same file is the child.
import type { BuildOptions, Located, Rendered } from './build.ts';
import type { InputFile } from './ingest/index.ts';
import { forkTypeScript, isForkedAs } from './child-process.ts';

interface Request {
  options: Omit<BuildOptions, 'onProgress'> & { input: string };
  files: InputFile[] | null; // incremental builds: the input the parent has read already (not read twice); the ingest cache in cacheDir is used
  cacheDir: string;
  templates: string;
  staging: string;
  indexInput: string;
}

type Message =
  | { type: 'progress'; message: string }
  | { type: 'done'; rendered: Rendered }
  | { type: 'error'; message: string; problems: Located[] | null; code?: string; path?: string };

const CHILD_MARKER = 'PRESSEARCHIV_BUILD_CHILD';

/** Runs `prepareAndRender` in a child Node process and returns its result; its errors are thrown here. */
export async function prepareAndRenderInChild(
  options: BuildOptions & { input: string },
  incrementalFiles: InputFile[] | null,
  cacheDir: string,
  templates: string,
  staging: string,
  indexInput: string,
): Promise<Rendered> {
  const { onProgress, ...plain } = options;
  const { BuildError } = await import('./build.ts');
  const request: Request = {
    options: plain,
    files: incrementalFiles,
    cacheDir,
    templates,
    staging,
    indexInput,
  };
  const child = forkTypeScript(import.meta.url, CHILD_MARKER, 'advanced'); // the input files' bytes go over as Uint8Arrays

  return new Promise<Rendered>((resolve, reject) => {
    let settled = false;
    child.on('message', (m: Message) => {
      if (m.type === 'progress') onProgress?.(m.message);
      else if (m.type === 'done') {
        settled = true;
        resolve(m.rendered);
      } else {
        settled = true;
        reject(m.problems ? new BuildError(m.message, m.problems) : Object.assign(new Error(m.message), { code: m.code, path: m.path }));
      }
    });
    child.on('error', (e) => {
      if (!settled) reject(e);
      settled = true;
    });
    child.on('exit', (code, signal) => {
      if (!settled) reject(new Error(`the render process ended without a result (${signal ?? `exit code ${code}`})`));
      settled = true;
    });
    child.send(request);
  }).finally(() => {
    if (child.exitCode === null) child.disconnect();
  });
}

async function runChild(request: Request): Promise<void> {
  const send = (m: Message) => new Promise<void>((done) => process.send!(m, () => done()));
  try {
    const { prepareAndRender, projectRoot } = await import('./build.ts');
    const { cachedIngest } = await import('./incremental/index.ts');
    const ingest = request.files ? { ...cachedIngest(request.cacheDir, projectRoot), files: request.files } : null;
    const rendered = await prepareAndRender(
      { ...request.options, onProgress: (message) => void send({ type: 'progress', message }) },
      ingest,
      request.cacheDir,
      request.templates,
      request.staging,
      request.indexInput,
    );
    await send({ type: 'done', rendered });
  } catch (e) {
    const problems = e instanceof Error && 'problems' in e ? (e as { problems: Located[] }).problems : null;
    const { code, path } = e as NodeJS.ErrnoException; // a full disk or a read-only folder is explained by the parent
    await send({ type: 'error', message: e instanceof Error ? e.message : String(e), problems, code, path });
  }
  process.disconnect();
}

if (isForkedAs(import.meta.url, CHILD_MARKER)) {
  process.once('message', (request: Request) => void runChild(request));
  process.on('disconnect', () => process.exit(1)); // the build is gone (killed): nobody waits for these pages
}

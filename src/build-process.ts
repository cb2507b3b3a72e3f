// Ingest, link, model and Eleventy in a child process: when it exits, its memory (Eleventy's pages above all)
// goes back to the system, so the parent is small when Pagefind's binary peaks. The child is build-child.ts
// (its own module: it runs build.ts's prepareAndRender, and build.ts imports this file).
import { BuildError, type BuildOptions, type Located, type RenderFolders, type Rendered } from './build-types.ts';
import type { InputFile } from './ingest/index.ts';
import { forkTypeScript } from './child-process.ts';

export interface Request {
  options: Omit<BuildOptions, 'onProgress'> & { input: string };
  files: InputFile[] | null; // incremental builds: the input the parent has read already (not read twice); the ingest cache in cacheDir is used
  folders: RenderFolders;
}

export type Message =
  | { type: 'progress'; message: string }
  | { type: 'done'; rendered: Rendered }
  | { type: 'error'; message: string; problems: Located[] | null; code?: string; path?: string };

export const CHILD_MARKER = 'PRESSEARCHIV_BUILD_CHILD';
const CHILD = new URL('./build-child.ts', import.meta.url).href;

/** Runs `prepareAndRender` in a child Node process and returns its result; its errors are thrown here. */
export async function prepareAndRenderInChild(
  options: BuildOptions & { input: string },
  incrementalFiles: InputFile[] | null,
  folders: RenderFolders,
): Promise<Rendered> {
  const { onProgress, ...plain } = options;
  const request: Request = { options: plain, files: incrementalFiles, folders };
  const child = forkTypeScript(CHILD, CHILD_MARKER, 'advanced'); // the input files' bytes go over as Uint8Arrays

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

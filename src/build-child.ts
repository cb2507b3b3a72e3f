// The render process that build-process.ts forks: runs prepareAndRender and sends its result (or its
// error) back to the parent.
import { isForkedAs } from './child-process.ts';
import { CHILD_MARKER, type Message, type Request } from './build-process.ts';
import type { Located } from './build-types.ts';

async function runChild(request: Request): Promise<void> {
  const send = (m: Message) => new Promise<void>((done) => process.send!(m, () => done()));
  try {
    const { prepareAndRender, projectRoot } = await import('./build.ts');
    const { cachedIngest } = await import('./incremental/index.ts');
    const ingest = request.files ? { ...cachedIngest(request.folders.cacheDir, projectRoot), files: request.files } : null;
    const rendered = await prepareAndRender({ ...request.options, onProgress: (message) => void send({ type: 'progress', message }) }, ingest, request.folders);
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

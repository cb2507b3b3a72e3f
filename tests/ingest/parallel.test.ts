// Ingest on two processes (src/ingest/parallel.ts): exactly what the sequential ingestFiles gives, with the
// cache too, and a child that dies is reported with the files it was parsing instead of hanging the build.
import '../helpers/bundled-children.ts'; // first: the children run from the tests' bundle, as a build's do
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ingestFile, ingestFiles, readInputFolder, type InputFile } from '../../src/ingest/index.ts';
import { ingestFilesInParallel, parseInTwoProcesses } from '../../src/ingest/parallel.ts';
import { IngestCache, ingestCachedInParallel } from '../../src/incremental/index.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');
const enc = (s: string) => new TextEncoder().encode(s);

/** Golden and hostile fixtures plus copies sorted before and after their originals, and an id clash. */
async function corpus(): Promise<InputFile[]> {
  const files = await readInputFolder(FIXTURES);
  const byPath = (p: string) => files.find((f) => f.path === p)!.bytes;
  return [
    ...files,
    { path: 'a-copy/empty.txt', bytes: byPath('hostile/empty.txt') }, // an error, copied before its original
    { path: 'z-copy/bild.txt', bytes: byPath('hostile/bild.txt') }, // an error, copied after
    { path: 'a-copy/duplicate-a.txt', bytes: byPath('hostile/duplicate-a.txt') }, // a record, copied before
    { path: 'clash/a b.txt', bytes: enc('Erste Meldung\n\nBerlin (dpa) - Ein Absatz mit genug Text für einen Artikel.\n') },
    { path: 'clash/a-b.txt', bytes: enc('Zweite Meldung\n\nBerlin (dpa) - Ein anderer Absatz mit genug Text für einen Artikel.\n') },
  ];
}

/** Counts the batches the child sent back. */
function watch(): { parsed: number; forks: number; onChild: (child: ChildProcess) => void } {
  const seen = {
    parsed: 0,
    forks: 0,
    onChild: (child: ChildProcess) => {
      seen.forks++;
      child.on('message', (m: { type: string }) => void (m.type === 'parsed' && seen.parsed++));
    },
  };
  return seen;
}

// a hang guard for the child process, not a speed check: generous, so a loaded machine still passes
describe('ingest on two processes', { timeout: 10 * 60_000 }, () => {
  it('gives exactly what ingestFiles gives, duplicates, errors and id suffixes included', async () => {
    const files = await corpus();
    const expected = ingestFiles(files);
    assert.ok(expected.issues.some((i) => i.kind === 'duplicate') && expected.issues.some((i) => i.kind === 'error'));
    assert.ok(
      expected.records.some((r) => r.id.endsWith('-2')),
      'the id clash gets a suffix',
    );
    const seen = watch();
    const parallel = await ingestFilesInParallel(files, { minFiles: 0, waitForChild: true, onChild: seen.onChild });
    assert.ok(seen.parsed > 0, 'the child parsed a share');
    assert.deepEqual(parallel, expected);
    assert.equal(JSON.stringify(parallel), JSON.stringify(expected), 'same key order, so the same bytes when written');
  });

  it('parses every file in order, whatever process parsed it', async () => {
    const files = await corpus();
    const { results, byChild } = await parseInTwoProcesses(files, { waitForChild: true });
    assert.ok(byChild > 0 && byChild < files.length, `byChild: ${byChild}`);
    assert.deepEqual(
      results,
      files.map((f) => ingestFile(f)),
    );
  });

  it('parses only the files the cache lacks, with the same result and cache counts', async () => {
    const files = await corpus();
    const expected = ingestFiles(files);
    const cache = new IngestCache('test');
    const cold = watch();
    assert.deepEqual(await ingestCachedInParallel(files, cache, { minFiles: 0, waitForChild: true, onChild: cold.onChild }), expected);
    assert.ok(cold.parsed > 0);
    assert.equal(cache.stats.hits, 0);
    const uniqueFiles = cache.stats.misses;
    const warm = watch();
    assert.deepEqual(await ingestCachedInParallel(files, cache, { minFiles: 0, onChild: warm.onChild }), expected);
    assert.equal(warm.forks, 0, 'nothing to parse, no child');
    assert.deepEqual(cache.stats, { hits: uniqueFiles, misses: uniqueFiles });
  });

  it('stays in one process below the threshold, set by option or environment', async () => {
    const files = await corpus();
    const seen = watch();
    assert.deepEqual(await ingestFilesInParallel(files, { minFiles: files.length + 1, onChild: seen.onChild }), ingestFiles(files));
    const before = process.env.PRESSEARCHIV_INGEST_PARALLEL_MIN;
    process.env.PRESSEARCHIV_INGEST_PARALLEL_MIN = String(files.length + 1);
    try {
      await ingestFilesInParallel(files, { onChild: seen.onChild });
    } finally {
      if (before === undefined) delete process.env.PRESSEARCHIV_INGEST_PARALLEL_MIN;
      else process.env.PRESSEARCHIV_INGEST_PARALLEL_MIN = before;
    }
    assert.equal(seen.forks, 0);
  });

  it('reports a child that dies while parsing, naming the files, and leaves no process behind', async () => {
    const files = await corpus();
    let child: ChildProcess | null = null;
    await assert.rejects(
      ingestFilesInParallel(files, {
        minFiles: 0,
        waitForChild: true,
        // killed right after it was sent its first batches
        onChild: (c) => void (child = c).once('message', () => c.kill('SIGKILL')),
      }),
      (e: Error) => {
        assert.match(e.message, /second ingest process ended \(SIGKILL\) while parsing (\S+)/);
        const path = /while parsing (.+?)(?: \(and \d+ more files\))?$/.exec(e.message)![1];
        assert.ok(
          files.some((f) => f.path === path),
          `a file of the input: ${path}`,
        );
        return true;
      },
    );
    const gone = child as ChildProcess | null;
    assert.ok(gone);
    if (gone.exitCode === null && gone.signalCode === null) await once(gone, 'exit');
  });

  it('reports a child that dies before it starts', async () => {
    const files = await corpus();
    await assert.rejects(
      parseInTwoProcesses(files, { waitForChild: true, onChild: (c) => c.kill('SIGKILL') }),
      /second ingest process ended \(SIGKILL\) before it parsed a file/,
    );
  });
});

// The index input: written from the pages on disk after the render, or beside the render by a second process
// that gets each page as rendered. Both must give Pagefind the same files.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { writeIndexInput, type IndexOptions } from '../../src/search/index.ts';
import { startIndexInputProcess } from '../../src/search/input-process.ts';
import { listFiles, tempDir } from '../helpers/cli.ts';

const pages: Record<string, string> = {
  'artikel/2022/02/gas/index.html':
    '<!DOCTYPE html><html lang="de"><head><title>Gas</title></head><body><nav>Menü</nav>' +
    '<article data-pagefind-body><h1 data-pagefind-meta="title">Gaslieferungen gestoppt</h1><p>Die Gaslieferungen aus Russland enden.</p></article></body></html>',
  'artikel/ohne-datum/index.html':
    '<!DOCTYPE html><html lang="de"><body><article data-pagefind-body><h1>Grenzübergang</h1><p>Am Grenzübergang warten Lastwagen.</p></article></body></html>',
  'personen/x/index.html': '<!DOCTYPE html><html lang="de"><body><main><h1>Person X</h1><p>Gaslieferungen</p></main></body></html>',
};

const options: IndexOptions = {
  facets: new Map([['/artikel/2022/02/gas/', { filters: { year: ['2022'], person: ['Wladimir Putin'] }, meta: {} }]]),
  protect: ['russland'],
  extraNouns: ['peking'],
};

function writeSite(): string {
  const site = tempDir();
  for (const [rel, html] of Object.entries(pages)) {
    fs.mkdirSync(path.dirname(path.join(site, rel)), { recursive: true });
    fs.writeFileSync(path.join(site, rel), html);
  }
  return site;
}

const contents = (dir: string) => new Map(listFiles(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));

describe('index input', () => {
  it('is the same written beside the render as written from the pages on disk afterwards', async () => {
    const fromDisk = await writeIndexInput(writeSite(), path.join(tempDir(), 'input'), options);
    const sink = startIndexInputProcess(path.join(tempDir(), 'input'), options);
    for (const [rel, html] of Object.entries(pages)) sink.add(rel, html);
    const beside = await sink.finish();

    assert.equal(fromDisk.pages, 2, 'only the pages with data-pagefind-body');
    assert.deepEqual({ ...beside, dir: '' }, { ...fromDisk, dir: '' });
    assert.ok(fromDisk.compoundWords >= 2, `compounds split: ${fromDisk.compoundWords}`);
    const expected = contents(fromDisk.dir);
    assert.deepEqual([...expected.keys()], ['artikel/2022/02/gas/index.html', 'artikel/ohne-datum/index.html']);
    assert.deepEqual(contents(beside.dir), expected);
    const gas = expected.get('artikel/2022/02/gas/index.html')!;
    assert.match(gas, /data-pagefind-filter="person:Wladimir Putin"/);
    assert.match(gas, /Lieferung/);
    assert.doesNotMatch(gas, /Menü/, 'the body element only');
  });

  it('reports a folder it cannot write, naming it', async () => {
    const blocker = path.join(tempDir(), 'a-file');
    fs.writeFileSync(blocker, 'x');
    const sink = startIndexInputProcess(path.join(blocker, 'input'), options);
    sink.add('artikel/x/index.html', pages['artikel/ohne-datum/index.html']!);
    await assert.rejects(sink.finish(), (e: Error) => e.message.startsWith('index input:') && e.message.includes(blocker));
  });

  it('stops at once when the build fails, and writes nothing after', async () => {
    const dir = path.join(tempDir(), 'input');
    const sink = startIndexInputProcess(dir, options);
    sink.add('artikel/ohne-datum/index.html', pages['artikel/ohne-datum/index.html']!);
    await sink.abort();
    fs.rmSync(dir, { recursive: true, force: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(fs.existsSync(dir), false);
    await assert.rejects(sink.finish());
  });
});

// The index input: written by one process, or shared with a second one. Both must give Pagefind the same files.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { writeIndexInput, type IndexOptions } from '../../src/search/index.ts';
import { writeIndexInputInTwoProcesses } from '../../src/search/input-process.ts';
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

async function inTwoProcesses(siteDir: string, inputDir: string) {
  process.env.PRESSEARCHIV_INDEX_INPUT_PARALLEL_MIN = '0'; // large sites only, unless forced
  try {
    return await writeIndexInputInTwoProcesses(siteDir, inputDir, options);
  } finally {
    delete process.env.PRESSEARCHIV_INDEX_INPUT_PARALLEL_MIN;
  }
}

describe('index input', () => {
  it('is the same written by two processes as by one', async () => {
    const site = writeSite();
    const one = await writeIndexInput(site, path.join(tempDir(), 'input'), options);
    const two = await inTwoProcesses(site, path.join(tempDir(), 'input'));

    assert.equal(one.pages, 2, 'only the pages with data-pagefind-body');
    assert.deepEqual({ ...two, dir: '' }, { ...one, dir: '' });
    assert.ok(one.compoundWords >= 2, `compounds split: ${one.compoundWords}`);
    const expected = contents(one.dir);
    assert.deepEqual([...expected.keys()], ['artikel/2022/02/gas/index.html', 'artikel/ohne-datum/index.html']);
    assert.deepEqual(contents(two.dir), expected);
    const gas = expected.get('artikel/2022/02/gas/index.html')!;
    assert.match(gas, /data-pagefind-filter="person:Wladimir Putin"/);
    assert.match(gas, /Lieferung/);
    assert.doesNotMatch(gas, /Menü/, 'the body element only');
  });

  it('reports a folder it cannot write, naming it', async () => {
    const blocker = path.join(tempDir(), 'a-file');
    fs.writeFileSync(blocker, 'x');
    await assert.rejects(inTwoProcesses(writeSite(), path.join(blocker, 'input')), (e: Error) => e.message.includes(blocker));
  });
});

// The index input: written by one process, or shared with a second one, with the words split beforehand by a
// worker or as they come. All must give Pagefind the same files.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { writeIndexInput, type IndexOptions } from '../../src/search/index.ts';
import { writeIndexInputInTwoProcesses } from '../../src/search/input-process.ts';
import { splitWordsInBackground, stringsIn } from '../../src/search/compound-job.ts';
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

async function inTwoProcesses(siteDir: string, inputDir: string, given: IndexOptions = options) {
  process.env.PRESSEARCHIV_INDEX_INPUT_PARALLEL_MIN = '0'; // large sites only, unless forced
  try {
    return await writeIndexInputInTwoProcesses(siteDir, inputDir, given);
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

  it('is the same when a worker thread split the words beforehand', async () => {
    const site = writeSite();
    const parts = await splitWordsInBackground(stringsIn(pages), options);
    assert.ok(parts, 'the worker answered');
    const at = parts.words.indexOf('Gaslieferungen');
    assert.ok(at >= 0 && parts.parts[at]!.some((p) => /lieferung/i.test(p)), JSON.stringify(parts.parts[at]));
    assert.deepEqual(parts.parts[parts.words.indexOf('Russland')], [], 'protected names stay whole');
    const expected = contents((await writeIndexInput(site, path.join(tempDir(), 'input'), options)).dir);
    assert.deepEqual(contents((await writeIndexInput(site, path.join(tempDir(), 'input'), { ...options, parts })).dir), expected);
    assert.deepEqual(contents((await inTwoProcesses(site, path.join(tempDir(), 'input'), { ...options, parts })).dir), expected);
  });

  it('takes the parts of a word from the table before the lexicon, in both processes', async () => {
    const parts = { words: ['Grenzübergang', 'Gaslieferungen'], parts: [['Probeteil'], []] };
    const written = contents((await inTwoProcesses(writeSite(), path.join(tempDir(), 'input'), { ...options, parts })).dir);
    assert.match(written.get('artikel/ohne-datum/index.html')!, /Probeteil/);
    assert.doesNotMatch(written.get('artikel/2022/02/gas/index.html')!, /Lieferung/);
  });

  it('reports a folder it cannot write, naming it', async () => {
    const blocker = path.join(tempDir(), 'a-file');
    fs.writeFileSync(blocker, 'x');
    await assert.rejects(inTwoProcesses(writeSite(), path.join(blocker, 'input')), (e: Error) => e.message.includes(blocker));
  });
});

// An incremental rebuild renders only the pages whose content changed and takes the others from the previous
// site (src/incremental/pages.ts): the site it gives must be, file by file, the one a fresh full build of the
// same input gives (build time masked), after an article is added, changed or deleted; and a change of
// templates or options renders every page.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build, projectRoot, type BuildReport } from '../../src/build.ts';
import { siteDifferences } from '../../scripts/compare-sites.ts';
import { fileBytes, generateArchive } from '../../scripts/bench/synth.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pressearchiv-incremental-pages-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const input = path.join(tmp, 'input');
const templates = path.join(tmp, 'templates'); // a private copy: the template test edits it
const output = path.join(tmp, 'incremental', 'site'); // each output in its own parent: the cache sits beside it
const baseUrl = 'https://example.org/archiv/'; // with a public URL the article pages carry the build date (citations)
const stamps: string[] = []; // every build's time, masked in the comparison (a reused page keeps its build's)

async function run(out: string, incremental: boolean): Promise<BuildReport> {
  // every build renders in a child process, as the CLI does (in this process a changed template would not be seen: Eleventy caches it)
  const report = await build({ input, output: out, templates, baseUrl, incremental });
  const about = fs.readFileSync(path.join(out, 'ueber', 'index.html'), 'utf8');
  stamps.push(...(about.match(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g) ?? []));
  return report;
}

/**
 * Rebuilds incrementally and fully (over a copy of the same previous site, whose permalinks.json keeps the
 * URLs; in a folder of its own, whose cache is empty, so every page is rendered and indexed: with --no-cache the
 * index input would sit on the RAM disk, where Pagefind lists, and so numbers, the pages in another order);
 * returns the incremental report and the differences.
 */
async function rebuildAndCompare(name: string): Promise<{ report: BuildReport; differences: string[] }> {
  const fresh = path.join(tmp, name, 'site');
  fs.cpSync(output, fresh, { recursive: true });
  const report = await run(output, true);
  await run(fresh, true);
  const differences = await siteDifferences(fresh, output, stamps);
  fs.rmSync(path.dirname(fresh), { recursive: true, force: true });
  return { report, differences };
}

describe('incremental rebuild: only changed pages are rendered', () => {
  const archive = generateArchive({ articles: 44, seed: 16, profile: 'wire-heavy' });
  const write = (f: (typeof archive)[number]) => fs.writeFileSync(path.join(input, f.path), fileBytes(f));
  before(async () => {
    fs.cpSync(path.join(projectRoot, 'templates'), templates, { recursive: true });
    fs.mkdirSync(input, { recursive: true });
    archive.slice(0, 40).forEach(write);
    await run(output, true);
  });

  it('adding one article gives the site a full build gives, with most pages taken over', async () => {
    write(archive[40]!);
    const { report, differences } = await rebuildAndCompare('fresh-added');
    assert.deepEqual(differences, []);
    assert.ok(report.pagesReused > report.pagesWritten / 2, `reused ${report.pagesReused} of ${report.pagesWritten}`);
    assert.ok(report.pagesReused < report.pagesWritten);
  });

  it('a changed and a deleted article: same as a full build, the deleted page gone', async () => {
    const changed = archive[3]!;
    fs.writeFileSync(path.join(input, changed.path), fileBytes(changed).toString('utf8').replace(/\n\n/, '\n\nEin neuer Satz steht jetzt im Text.\n\n'));
    fs.rmSync(path.join(input, archive[7]!.path));
    const { report, differences } = await rebuildAndCompare('fresh-changed');
    assert.deepEqual(differences, []);
    assert.ok(report.pagesReused > 0 && report.pagesReused < report.pagesWritten, `reused ${report.pagesReused} of ${report.pagesWritten}`);
  });

  it('renders every page when the templates or the options change', async () => {
    write(archive[41]!);
    const layout = path.join(templates, '_includes', 'layouts', 'base.njk');
    fs.writeFileSync(layout, fs.readFileSync(layout, 'utf8').replace('</footer>', '<p>geändert</p></footer>'));
    const edited = await rebuildAndCompare('fresh-templates');
    assert.deepEqual(edited.differences, []);
    assert.equal(edited.report.pagesReused, 0);

    const english = await build({ input, output, templates, baseUrl, locale: 'en' });
    assert.equal(english.pagesReused, 0, 'another locale');
  });

  it('does not take a page that was changed in the output since', async () => {
    write(archive[42]!);
    await run(output, true);
    const page = fs.readdirSync(path.join(output, 'artikel'), { recursive: true, withFileTypes: true }).find((e) => e.isFile() && e.name === 'index.html')!;
    const file = path.join(page.parentPath, page.name);
    fs.appendFileSync(file, '<!-- von Hand -->');
    write(archive[43]!);
    const { differences } = await rebuildAndCompare('fresh-touched');
    assert.deepEqual(differences, []);
  });
});

// An incremental rebuild renders only the pages whose content changed and takes the others from the previous
// site (src/incremental/pages.ts): the site it gives must be, file by file, the one a fresh full build of the
// same input gives (build time masked), after an article is added, changed or deleted and a page edited by hand;
// and a change of templates or options renders every page and writes every page's index input again (the taking
// over of unchanged pages' input: incremental-index-input.test.ts). The index input kept for the next build must
// be what a fresh build writes; the search index is kept with an index of the pages that differ when they are few,
// and built in full otherwise. Eight builds of ~20 articles, each a process of its own.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { fileBytes, generateArchive, type SynthFile } from '../../scripts/bench/synth.ts';
import { root, runCli, tempDir } from '../helpers/cli.ts';
import { filesIn, keptIndexInput, rebuildAndCompare, takenOver } from '../helpers/rebuild.ts';

const tmp = tempDir('pressearchiv-incremental-pages-');

const input = path.join(tmp, 'input');
const templates = path.join(tmp, 'templates'); // a private copy: the template test edits it
const output = path.join(tmp, 'incremental', 'site'); // each output in its own parent: the cache sits beside it
const baseUrl = 'https://example.org/archiv/'; // with a public URL the article pages carry the build date (citations)
const ARTICLES = 20;
const recentIndex = path.join(output, 'pagefind', 'recent'); // the index of recent additions (src/search/recent.ts)
const stamps: string[] = []; // every build's time, masked in the comparison (a reused page keeps its build's)

interface Pages {
  pagesWritten: number;
  pagesReused: number; // of pagesWritten: taken from the last site instead of rendered
}

/** A build through the command, as a user runs it (a fresh process each: a changed template is seen); the pages its summary counts. */
function run(out: string, options: string[] = []): Pages {
  const r = runCli(['build', '--input', input, '--output', out, '--templates', templates, '--base-url', baseUrl, ...options]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const about = fs.readFileSync(path.join(out, 'ueber', 'index.html'), 'utf8');
  stamps.push(...(about.match(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g) ?? []));
  const pages = /Seiten geschrieben: (\d+)(?: \((\d+) unverändert aus dem letzten Build\))?/.exec(r.stdout);
  assert.ok(pages, r.stdout);
  return { pagesWritten: Number(pages[1]), pagesReused: Number(pages[2] ?? 0) };
}

/** The pages of people, places and organisations in `output` that link to none of `articles`' pages. */
function pagesNamingNeither(articles: SynthFile[]): string[] {
  const htmlIn = (folder: string) =>
    fs
      .readdirSync(path.join(output, folder), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name === 'index.html')
      .map((e) => path.join(e.parentPath, e.name));
  const urls = htmlIn('artikel')
    .filter((f) => articles.some((a) => fs.readFileSync(f, 'utf8').includes(a.path))) // an article page names its source file
    .map((f) => `/${path.relative(output, path.dirname(f)).split(path.sep).join('/')}/`);
  assert.equal(urls.length, articles.length);
  return ['personen', 'orte', 'organisationen'].flatMap(htmlIn).filter((f) => !urls.some((u) => fs.readFileSync(f, 'utf8').includes(u)));
}

/** The incremental rebuild of `output` and a fresh build of the same input, compared (tests/helpers/rebuild.ts); `result` is the rebuild's pages. */
const rebuild = (name: string) => rebuildAndCompare(output, path.join(tmp, name, 'site'), (out) => run(out), stamps);

describe('incremental rebuild: only changed pages are rendered', () => {
  // the first 20, then one more at a time; seed 3 keeps what 40 articles of seed 16 showed at twice the cost: every article page changes
  // when one is added (wire copy all carry), ~58 % of the pages taken over then and ~45 % after the change and deletion
  const archive = generateArchive({ articles: ARTICLES + 4, seed: 3, profile: 'wire-heavy' });
  const write = (f: SynthFile) => fs.writeFileSync(path.join(input, f.path), fileBytes(f));
  before(() => {
    fs.cpSync(path.join(root, 'templates'), templates, { recursive: true });
    fs.mkdirSync(input, { recursive: true });
    archive.slice(0, ARTICLES).forEach(write);
    run(output);
  });

  it('adding one article gives the site a full build gives, with most pages taken over', async () => {
    write(archive[ARTICLES]!);
    const { result: report, differences, inputs, inputDifferences } = await rebuild('fresh-added');
    // here every article page changes (the new article reprints wire copy all others carry), so no input is taken over: see incremental-index-input.test.ts
    assert.deepEqual(differences, []);
    assert.ok(fs.existsSync(recentIndex), 'the main search index kept, the pages that differ indexed alone (src/search/recent.ts; compared above page by page)');
    assert.ok(report.pagesReused > report.pagesWritten / 2, `reused ${report.pagesReused} of ${report.pagesWritten}`);
    assert.ok(report.pagesReused < report.pagesWritten);
    assert.deepEqual(inputDifferences, [], 'the index input kept for the next build is a fresh build’s');
    assert.equal(inputs, ARTICLES + 1);
  });

  it('a changed and a deleted article, and a page changed in the output since: same as a full build', async () => {
    const [changed, deleted] = [archive[3]!, archive[7]!];
    fs.writeFileSync(path.join(input, changed.path), fileBytes(changed).toString('utf8').replace(/\n\n/, '\n\nEin neuer Satz steht jetzt im Text.\n\n'));
    fs.rmSync(path.join(input, deleted.path));
    // the pages of people, places and organisations that name neither article, edited by hand since the last build (every
    // article page changes here: wire copy): those whose content stays would be taken over, so the edit must be seen
    const edited = new Map(pagesNamingNeither([changed, deleted]).map((f) => [f, fs.readFileSync(f, 'utf8')]));
    for (const f of edited.keys()) fs.appendFileSync(f, '<!-- von Hand -->');
    const { result: report, differences, inputDifferences } = await rebuild('fresh-changed');
    assert.deepEqual(differences, [], 'every edited page rendered again');
    assert.ok(fs.existsSync(recentIndex), 'still the main index of the first build, with more recent additions');
    assert.ok(
      [...edited].some(([f, before]) => fs.readFileSync(f, 'utf8') === before),
      'an edited page came out as it was before the edit: taken over, the edit would have stayed',
    );
    assert.deepEqual(inputDifferences, []);
    assert.ok(report.pagesReused > 0 && report.pagesReused < report.pagesWritten, `reused ${report.pagesReused} of ${report.pagesWritten}`);
  });

  it('renders every page and writes every page’s input again when the templates or the options change', async () => {
    write(archive[ARTICLES + 1]!);
    const layout = path.join(templates, '_includes', 'layouts', 'base.njk');
    fs.writeFileSync(layout, fs.readFileSync(layout, 'utf8').replace('</footer>', '<p>geändert</p></footer>'));
    // and what Pagefind reads of an article page: every input is written again, none taken over (incremental-index-input.test.ts made two more builds for this)
    const article = path.join(templates, 'artikel.njk');
    fs.writeFileSync(article, fs.readFileSync(article, 'utf8').replace('data-pagefind-body', 'data-pagefind-body data-geaendert'));
    const edited = await rebuild('fresh-templates');
    assert.deepEqual(edited.differences, []);
    assert.ok(!fs.existsSync(recentIndex), 'other templates: the search index built in full, the recent additions folded in');
    assert.deepEqual(edited.inputDifferences, []);
    assert.equal(edited.result.pagesReused, 0);
    assert.equal(edited.kept, 0);

    const previous = filesIn(keptIndexInput(output)).inodes;
    const english = run(output, ['--locale', 'en']);
    assert.equal(english.pagesReused, 0, 'another locale');
    const kept = takenOver(previous, filesIn(keptIndexInput(output)).inodes);
    assert.deepEqual(kept, [], 'nor any index input');
  });
});

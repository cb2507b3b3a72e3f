// A small run of `npm run bench` (20 articles, one run): the benchmark itself keeps working. The real
// numbers come from `npm run bench` (docs/BENCHMARKS.md), which is not part of `npm test`. Its build and baseline
// scripts run from the tests' bundle (scripts/bundle.js); bench.ts itself under tsx, as `npm run bench` runs it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../../src/build.ts';
import { fileBytes, generateArchive, vocabulary } from '../../scripts/bench/synth.ts';
import type { BenchResult } from '../../scripts/bench/report.ts';
import { bin, tempDir } from '../helpers/cli.ts';

const out = tempDir('pressearchiv-bench-smoke-');

describe('synthetic archives', () => {
  it('are deterministic from the seed and differ between seeds', () => {
    const a = generateArchive({ articles: 40, seed: 1 });
    const b = generateArchive({ articles: 40, seed: 1 });
    const c = generateArchive({ articles: 40, seed: 2 });
    assert.deepEqual(a, b);
    assert.notDeepEqual(
      a.map((f) => f.text),
      c.map((f) => f.text),
    );
    assert.equal(a.length, 40);
  });

  it('have the shapes ingest reads: headers, bylines, datelines, credits, captions, junk, several years', () => {
    const files = generateArchive({ articles: 400 });
    const texts = files.map((f) => f.text);
    const share = (re: RegExp) => texts.filter((t) => re.test(t)).length / texts.length;
    assert.ok(share(/^ date \d{4}/) > 0.2, 'header lines');
    assert.ok(share(/^Von \p{Lu}/mu) > 0.1, 'bylines');
    assert.ok(share(/^\p{Lu}[\p{L} -]+ \((dpa|AFP|Reuters|APA|AP|KNA|epd)\) - /mu) > 0.3, 'datelines');
    assert.ok(share(/\((APA\/DPA\/AFP|dpa|AFP|Reuters)\)/) > 0.1, 'agency credits');
    assert.ok(share(/\. (REUTERS|dpa|AFP|AP|IMAGO)$/m) > 0.05, 'captions');
    assert.ok(share(/Ansichten\d+ Kommentare|^Teilen$|^Lesezeit/m) > 0.05, 'junk lines');
    assert.ok(share(/^---\n/) > 0.01, 'front matter');
    assert.ok(files.some((f) => f.encoding === 'win1252') && files.some((f) => f.crlf), 'encodings and line ends');
    const years = new Set(texts.flatMap((t) => t.match(/\b20(1[89]|2[0-4])\b/g) ?? []));
    assert.ok(years.size >= 5, `years: ${[...years].join(', ')}`);
    const stories = new Map<number, number>();
    for (const f of files) stories.set(f.story, (stories.get(f.story) ?? 0) + 1);
    assert.ok(Math.max(...stories.values()) <= 20 && [...stories.values()].filter((n) => n >= 2).length > 20);
    assert.ok(vocabulary(files) > 6000, `distinct words: ${vocabulary(files)}`);
    // windows-1252 files really are not UTF-8
    const latin = files.find((f) => f.encoding === 'win1252' && /[äöüß„“]/.test(f.text))!;
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(fileBytes(latin)));
  });
});

describe('archive profiles', () => {
  it('wire-heavy: each agency paragraph of the pool in 10–50 articles; boilerplate: one footer in every article', () => {
    const synthetic = generateArchive({ articles: 300, seed: 3 });
    const wire = generateArchive({ articles: 300, seed: 3, profile: 'wire-heavy' });
    const foot = generateArchive({ articles: 300, seed: 3, profile: 'boilerplate' });
    const paragraphs = new Map<string, number>();
    assert.ok(wire.filter((f, i) => f.text.length > synthetic[i]!.text.length).length > 0.9 * wire.length, 'most articles carry agency copy');
    wire.forEach((f) => {
      for (const p of f.text.split(/\n+/)) paragraphs.set(p, (paragraphs.get(p) ?? 0) + 1);
    });
    const reprinted = [...paragraphs].filter(([p, c]) => c >= 8 && p.length > 200).map(([, c]) => c); // not "Teilen" and the like
    assert.ok(reprinted.length >= 20, `paragraphs in many articles: ${reprinted.length}`);
    assert.ok(Math.max(...reprinted) <= 50);
    const last = (t: string) => t.trim().split(/\n+/).pop();
    assert.equal(new Set(foot.map((f) => last(f.text))).size, 1);
  });
});

describe('npm run bench (20 articles)', () => {
  it('prints the table, writes the JSON and measures every part', () => {
    const small = ['--articles', '20', '--profile', 'wire-heavy', '--runs', '1', '--out', out, '--no-query'];
    const r = spawnSync(
      process.execPath,
      // its builds and baseline from the tests' bundle (--bundle): the same scripts without tsx in each process (~2 CPU s a build)
      ['--import', 'tsx', path.join(projectRoot, 'scripts/bench.ts'), ...small, '--bundle', bin()],
      // a hang guard, not a speed check (timing belongs to `npm run bench`): on a loaded 2-core machine this run took over 170 s
      { cwd: projectRoot, encoding: 'utf8', timeout: 15 * 60_000 },
    );
    assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
    for (const row of [
      'ingest',
      'link',
      'render',
      'index (Pagefind)',
      'peak RSS',
      'rebuild, nothing changed',
      'rebuild, one article added',
      'Pagefind index',
      'Targets',
    ]) {
      assert.ok(r.stdout.includes(row), `table row ${row}:\n${r.stdout}`);
    }
    const json = JSON.parse(fs.readFileSync(path.join(out, 'latest.json'), 'utf8')) as BenchResult;
    const size = json.sizes[0]!;
    assert.equal(size.articles, 20);
    assert.equal(size.profile, 'wire-heavy');
    assert.ok(size.build.articles >= 18);
    assert.ok(size.build.peakRss.median > 50e6, 'RSS of the whole process tree');
    assert.ok(size.baseline && size.baseline.wall.median > 0 && size.baseline.peakRss.median > 0);
    assert.ok(size.site.pagefindBytes > 0 && size.site.bytes > size.site.pagefindBytes);
    assert.ok(size.rebuild && size.rebuild.unchanged.median > 0 && size.rebuild.addOne.median > 0);
    assert.ok(json.targets.length >= 6);
  });
});

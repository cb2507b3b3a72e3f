// Faults of the machine and the input folder: an unreadable file or folder, links, FIFOs, a file over the size
// limit, bytes that are not UTF-8, a very large article. Each becomes a located issue or warning and the rest is read.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { generateArchive } from '../../scripts/bench/synth.ts';
import { ingestFile, ingestFiles, MAX_FILE_BYTES, readInputFolder, type InputFs } from '../../src/ingest/index.ts';
import { ingestFilesInParallel } from '../../src/ingest/parallel.ts';
import { firstInvalidUtf8 } from '../../src/ingest/decode.ts';
import { deepFolder, root, runCli, tempDir } from '../helpers/cli.ts';
import { measureWork } from '../helpers/work-meter.ts';

const ARTICLE = 'Gaspreise steigen weiter\n\nBerlin (dpa) - Der Präsident hat am Montag höhere Preise für Öl und Gas kritisiert.\n';
const isRoot = process.getuid?.() === 0;
/** What a read of an input folder gave: the files that became articles, and the others with the kind of their issue. */
const outcome = (r: { records: { source: { path: string } }[]; issues: { path: string; kind: string }[] }) => ({
  articles: r.records.map((x) => x.source.path),
  issues: r.issues.map((i) => [i.path, i.kind]),
});

function tempInput(files: Record<string, string | Uint8Array> = {}): string {
  const dir = tempDir('pa-faults-'); // removed when the test process exits, the folder deeper than PATH_MAX too
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

const errno = (code: string, syscall: string, p: string) => Object.assign(new Error(`${code}: permission denied, ${syscall} '${p}'`), { code, syscall, path: p });

/** The real file system, with the given paths (relative to `dir`) failing as a chmod 000 would for a non-root user. */
function failingFs(dir: string, deny: { files?: string[]; folders?: string[] }): InputFs & { reads: string[] } {
  const rel = (p: string) => path.relative(dir, p).split(path.sep).join('/');
  const reads: string[] = [];
  return {
    reads,
    async readdir(p) {
      if (deny.folders?.includes(rel(p))) throw errno('EACCES', 'scandir', p);
      return fsp.readdir(p, { withFileTypes: true });
    },
    async size(p) {
      return (await fsp.stat(p)).size;
    },
    async readFile(p) {
      reads.push(rel(p));
      if (deny.files?.includes(rel(p))) throw errno('EACCES', 'open', p);
      return new Uint8Array(await fsp.readFile(p));
    },
  };
}

describe('an unreadable file or folder', () => {
  test('becomes a located error and every other file is read (read errors injected: root reads any file)', async () => {
    const dir = tempInput({ 'a.txt': ARTICLE, 'geheim.txt': ARTICLE + 'x', 'privat/b.txt': ARTICLE + 'y', 'z/c.txt': ARTICLE + 'z' });
    const files = await readInputFolder(dir, failingFs(dir, { files: ['geheim.txt'], folders: ['privat'] }));
    const r = ingestFiles(files);
    assert.deepEqual(
      r.records.map((x) => x.source.path),
      ['a.txt', 'z/c.txt'],
    );
    const byPath = new Map(r.issues.map((i) => [i.path, i]));
    assert.equal(byPath.get('geheim.txt')?.kind, 'error');
    assert.match(byPath.get('geheim.txt')!.message, /^Datei nicht lesbar \(EACCES: keine Leserechte\); übersprungen$/);
    assert.equal(byPath.get('privat/')?.kind, 'error');
    assert.match(byPath.get('privat/')!.message, /^Ordner nicht lesbar \(EACCES: keine Leserechte\); seine Dateien fehlen im Archiv$/);
    assert.ok(!r.issues.some((i) => /\n\s+at /.test(i.message)), 'no stack trace in a message');
  });

  test('two unreadable files are not duplicates of each other, nor of an empty file', async () => {
    const dir = tempInput({ 'a.txt': ARTICLE, 'leer.txt': '', 'x.txt': ARTICLE + '1', 'y.txt': ARTICLE + '2' });
    const r = await ingestFilesInParallel(await readInputFolder(dir, failingFs(dir, { files: ['x.txt', 'y.txt'] })), { minFiles: 0, waitForChild: true });
    assert.deepEqual(
      r.issues.map((i) => [i.path, i.kind]),
      [
        ['leer.txt', 'error'],
        ['x.txt', 'error'],
        ['y.txt', 'error'],
      ],
    );
    assert.match(r.issues[0]!.message, /empty file/);
    assert.match(r.issues[1]!.message, /EACCES/);
  });

  test('a real read error (a folder deeper than PATH_MAX: ENAMETOOLONG, even for root) is located, the rest read', async () => {
    const dir = tempInput({ 'a.txt': ARTICLE });
    const name = deepFolder(dir);
    const files = await readInputFolder(dir);
    const deep = files.find((f) => f.unread);
    assert.ok(deep, 'the deep folder is reported');
    assert.equal(deep.unread!.kind, 'error');
    assert.match(deep.unread!.message, /^Ordner nicht lesbar \(ENAMETOOLONG: Pfad zu lang\)/);
    assert.ok(deep.path.startsWith(`${name}/`) && deep.path.endsWith('/'), deep.path);
    assert.deepEqual(
      ingestFiles(files).records.map((x) => x.source.path),
      ['a.txt'],
    );
  });

  test(
    'chmod 000 on a file and a folder (as a non-root user)',
    { skip: isRoot ? 'root reads files whatever their mode; the injected and ENAMETOOLONG tests above cover the error branch' : false },
    async () => {
      const dir = tempInput({ 'a.txt': ARTICLE, 'geheim.txt': ARTICLE + 'x', 'privat/b.txt': ARTICLE + 'y' });
      fs.chmodSync(path.join(dir, 'geheim.txt'), 0o000);
      fs.chmodSync(path.join(dir, 'privat'), 0o000);
      try {
        const r = ingestFiles(await readInputFolder(dir));
        assert.deepEqual(outcome(r), {
          articles: ['a.txt'],
          issues: [
            ['geheim.txt', 'error'],
            ['privat/', 'error'],
          ],
        });
        assert.match(r.issues[0]!.message, /EACCES/);
      } finally {
        fs.chmodSync(path.join(dir, 'privat'), 0o755);
      }
    },
  );

  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => fs.existsSync(p));
  test(
    'chmod 000, as root: `ingest --json` run as the user nobody (setpriv) meets real EACCES',
    { skip: !isRoot ? 'not root: the test above runs chmod 000 itself' : !setpriv ? 'no setpriv to drop root' : false },
    (t) => {
      const asNobody = (args: string[]) =>
        spawnSync(setpriv!, ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, path.join(root, 'bin', 'pressearchiv.js'), ...args], {
          cwd: os.tmpdir(),
          encoding: 'utf8',
          env: { ...process.env, HOME: os.tmpdir(), PRESSEARCHIV_FROM_SOURCES: '1' }, // no bundle made in the background for nobody
        });
      if (asNobody(['--help']).status !== 0) return t.skip('the user nobody cannot read the project folder');
      const dir = tempInput({ 'a.txt': ARTICLE, 'geheim.txt': ARTICLE + 'x', 'privat/b.txt': ARTICLE + 'y' });
      fs.chmodSync(dir, 0o755);
      fs.chmodSync(path.join(dir, 'geheim.txt'), 0o000);
      fs.chmodSync(path.join(dir, 'privat'), 0o000);
      const r = asNobody(['ingest', '--json', '--input', dir]);
      fs.chmodSync(path.join(dir, 'privat'), 0o755);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(
        (JSON.parse(r.stdout) as { source: { path: string } }[]).map((x) => x.source.path),
        ['a.txt'],
      );
      assert.match(r.stderr, /^error: geheim\.txt: Datei nicht lesbar \(EACCES: keine Leserechte\); übersprungen$/m);
      assert.match(r.stderr, /^error: privat\/: Ordner nicht lesbar \(EACCES: keine Leserechte\); seine Dateien fehlen im Archiv$/m);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    },
  );

  test('`pressearchiv ingest --json` prints the records and the located issue, no stack trace, exit 0', () => {
    const dir = tempInput({ 'a.txt': ARTICLE });
    deepFolder(dir);
    fs.symlinkSync('/etc/hostname', path.join(dir, 'link.txt'));
    const r = runCli(['ingest', '--json', '--input', dir]);
    assert.equal(r.status, 0, r.stderr);
    const records = JSON.parse(r.stdout) as { source: { path: string } }[];
    assert.deepEqual(
      records.map((x) => x.source.path),
      ['a.txt'],
    );
    assert.match(r.stderr, /^error: tief.*\/: Ordner nicht lesbar \(ENAMETOOLONG/m);
    assert.match(r.stderr, /^warning: link\.txt: symbolischer Link übersprungen/m);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  });
});

describe('links and special files', () => {
  test('symbolic links (to a file, to a folder, dangling) and a FIFO are listed as warnings, never followed or opened', async () => {
    const outside = tempInput({ 'draussen.txt': ARTICLE + 'draußen' });
    const dir = tempInput({ 'a.txt': ARTICLE });
    fs.symlinkSync(path.join(outside, 'draussen.txt'), path.join(dir, 'datei-link.txt'));
    fs.symlinkSync(outside, path.join(dir, 'ordner-link'));
    fs.symlinkSync(path.join(dir, 'gibt-es-nicht.txt'), path.join(dir, 'kaputt.txt'));
    execFileSync('mkfifo', [path.join(dir, 'rohr.txt')]); // opening it would block the build for ever
    const r = ingestFiles(await readInputFolder(dir));
    assert.deepEqual(outcome(r), {
      articles: ['a.txt'],
      issues: [
        ['datei-link.txt', 'warning'],
        ['kaputt.txt', 'warning'],
        ['ordner-link', 'warning'],
        ['rohr.txt', 'warning'],
      ],
    });
    for (const i of r.issues.slice(0, 3)) assert.match(i.message, /^symbolischer Link übersprungen: Links werden nicht verfolgt/);
    assert.equal(r.issues[3]!.message, 'keine reguläre Datei (FIFO); übersprungen');
  });
});

describe('a file over the size limit', () => {
  test(`is reported with its size and skipped without being read (limit ${MAX_FILE_BYTES / 1024 / 1024} MB)`, async () => {
    const dir = tempInput({ 'a.txt': ARTICLE });
    const big = path.join(dir, 'riesig.txt');
    fs.writeFileSync(big, ARTICLE);
    fs.truncateSync(big, MAX_FILE_BYTES + 3 * 1024 * 1024); // sparse: no 23 MB written to the disk
    const probe = failingFs(dir, {});
    const files = await readInputFolder(dir, probe);
    assert.deepEqual(probe.reads, ['a.txt'], 'the large file is never read');
    const r = ingestFiles(files);
    assert.deepEqual(
      r.issues.map((i) => [i.path, i.kind, i.line, i.message]),
      [['riesig.txt', 'error', null, '23 MB, über der Grenze von 20 MB; übersprungen']],
    );
    assert.equal(r.records.length, 1);
  });

  test('ingestFile refuses bytes over the limit too (a caller that read them itself)', () => {
    const r = ingestFile({ path: 'x.txt', bytes: new Uint8Array(MAX_FILE_BYTES + 1) });
    assert.ok('issue' in r && /über der Grenze von 20 MB; übersprungen$/.test(r.issue.message));
  });
});

describe('bytes that are not UTF-8', () => {
  test('are read in the guessed code page with a warning naming it and the line of the first bad byte', () => {
    const text = 'Gaspreise steigen weiter\n\nBerlin (dpa) - Der Präsident kritisiert „höhere Preise“ für Öl.\n';
    for (const [enc, name] of [
      ['windows-1252', 'windows-1252'],
      ['latin1', 'ISO-8859-1'],
    ] as const) {
      const bytes = new Uint8Array(iconv.encode(enc === 'latin1' ? text.replace(/[„“]/g, '"') : text, enc));
      const r = ingestFile({ path: 'alt.txt', bytes });
      assert.ok('record' in r);
      assert.equal(r.record.source.encoding, name);
      assert.ok(r.record.body.includes('Präsident'), r.record.body);
      const w = r.record.warnings.find((x) => /UTF-8/.test(x.message));
      assert.ok(w, `${enc}: ${JSON.stringify(r.record.warnings)}`);
      assert.equal(w.line, 3);
      assert.match(w.message, new RegExp(`^kein gültiges UTF-8 \\(erstes ungültiges Byte 0x[0-9A-F]{2}\\): als ${name} gelesen`));
    }
  });

  test('UTF-8 and UTF-16 files get no such warning', () => {
    for (const bytes of [Buffer.from(ARTICLE), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')])]) {
      const r = ingestFile({ path: 'x.txt', bytes: new Uint8Array(bytes) });
      assert.ok('record' in r && !r.record.warnings.some((w) => /UTF-8/.test(w.message)));
    }
  });

  test('firstInvalidUtf8 finds the first bad byte and accepts valid sequences of every length', () => {
    assert.equal(firstInvalidUtf8(Buffer.from('aä€😀')), -1);
    assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xe4, 0x62])), 1); // Latin-1 ä
    assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80])), 1); // overlong
    assert.equal(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80])), 0); // a surrogate
    assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x82])), 1); // cut short
  });
});

describe('a large article', () => {
  // Article text from the benchmark's synthetic archive, with what makes work grow with the size: many blocks,
  // a new name and a quote attributed with "sagte sie" in every third paragraph, and hard-wrapped paragraphs.
  const paragraphs = generateArchive({ articles: 60, seed: 7 }).flatMap((f) =>
    f.text
      .replace(/^---[\s\S]*?\n---\n/, '')
      .split(/\n\s*\n/)
      .slice(2),
  );
  const letters = (n: number) => {
    let s = '';
    do s += String.fromCharCode(97 + (n % 26));
    while ((n = Math.floor(n / 26)));
    return s;
  };
  function article(count: number): Uint8Array {
    const out = ['Ein sehr langer Bericht über die Lage', ''];
    for (let i = 0; i < count; i++) {
      const p = paragraphs[i % paragraphs.length]!;
      if (i % 3 === 0)
        out.push(
          `Ministerin Anna Ko${letters(i)}ski sagte am Montag: „Wir senken die Preise um ${i} Prozent.“ Die Opposition kritisierte das. „Das reicht nicht“, sagte sie.`,
        );
      else if (i % 3 === 1)
        out.push(p.replace(/(.{60,70}) /g, '$1\n')); // hard-wrapped at ~70 characters
      else out.push(p);
      out.push('');
    }
    return new Uint8Array(Buffer.from(out.join('\n')));
  }

  test('is ingested in work linear in its size (4× the text, less than 5× the work; the quadratic steps this replaced made 6.1×)', () => {
    const small = article(400);
    const large = article(1600);
    const work = [small, large].map((bytes) => measureWork(() => assert.ok('record' in ingestFile({ path: 'x.txt', bytes }))));
    const ratio = work[1]! / work[0]!;
    const sizeRatio = large.length / small.length;
    assert.ok(sizeRatio > 3.9 && sizeRatio < 4.1, `size ratio ${sizeRatio}`);
    assert.ok(ratio < 5, `4× the text took ${ratio.toFixed(2)}× the work (${work.join(' → ')} steps)`);
  });

  test('the work meter sees a quadratic step (so the test above can fail)', () => {
    const step = (n: number) =>
      measureWork(() => {
        const xs = Array.from({ length: n }, (_, i) => i);
        for (let i = 0; i < n; i++) xs.slice(i + 1).find((x) => x > i);
      });
    assert.ok(step(1600) / step(400) > 10);
  });
});

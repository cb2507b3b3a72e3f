// The faults users and machines have: an output folder that holds their files, a build killed at any stage,
// two builds at once, a full or read-only disk. Each must leave the user's files and the last site as they were.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { bin, listFiles, root, runCli, runMain, tempDir } from '../helpers/cli.ts';
import { copiedSite } from '../helpers/shared-site.ts';

const seeds = path.join(root, 'seeds');
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Every file below `dir` with its bytes, to prove a folder unchanged. */
function snapshot(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((f) => [f, fs.readFileSync(path.join(dir, f)).toString('base64')]));
}

/** The files added, removed or changed between two snapshots (empty: the same). */
function changed(before: Map<string, string>, now: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...now.keys()]);
  return [...names].filter((f) => before.get(f) !== now.get(f)).sort();
}

async function until(check: () => boolean, ms = 30000): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 100) {
    if (check()) return true;
    await sleep(100);
  }
  return check();
}

/** Pids of processes whose environment carries `token`: a build and everything it started. */
function processesWith(token: string): number[] {
  const pids: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (fs.readFileSync(`/proc/${name}/environ`, 'latin1').includes(token)) pids.push(Number(name));
    } catch {
      // gone already, or not ours to read
    }
  }
  return pids;
}

/** Starts a build and SIGKILLs its main process as soon as its progress names `stage`; resolves to its pid. */
function killAtStage(args: string[], stage: string, token: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin(), 'build', ...args], { env: { ...process.env, FAULT_TOKEN: token }, stdio: ['ignore', 'ignore', 'pipe'] });
    let seen = '';
    let killed = false;
    child.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (!killed && seen.includes(stage)) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('exit', () => resolve(killed ? child.pid! : null));
  });
}

describe('the output folder: only a site the build wrote, or an empty folder, is replaced', () => {
  const cases: [string, (dir: string) => { args: string[]; env?: Record<string, string>; keep: string }][] = [
    [
      'a folder with the user’s files',
      (dir) => {
        const out = path.join(dir, 'X');
        fs.mkdirSync(path.join(out, 'sub'), { recursive: true });
        fs.writeFileSync(path.join(out, 'thesis.docx'), 'a');
        return { args: ['--output', out], keep: out };
      },
    ],
    [
      'the input folder itself',
      (dir) => {
        fs.cpSync(seeds, path.join(dir, 'D'), { recursive: true });
        fs.writeFileSync(path.join(dir, 'D', '.notes'), 'mine');
        return { args: ['--input', path.join(dir, 'D'), '--output', path.join(dir, 'D')], keep: path.join(dir, 'D') };
      },
    ],
    [
      'a folder that holds the input',
      (dir) => {
        fs.cpSync(seeds, path.join(dir, 'P', 'articles'), { recursive: true });
        fs.writeFileSync(path.join(dir, 'P', 'notes.txt'), 'mine');
        return { args: ['--input', path.join(dir, 'P', 'articles'), '--output', path.join(dir, 'P')], keep: path.join(dir, 'P') };
      },
    ],
    [
      'a folder inside the input',
      (dir) => {
        fs.cpSync(seeds, path.join(dir, 'I'), { recursive: true });
        return { args: ['--input', path.join(dir, 'I'), '--output', path.join(dir, 'I', 'site')], keep: path.join(dir, 'I') };
      },
    ],
    [
      'the home folder, even an empty one',
      (dir) => {
        fs.mkdirSync(path.join(dir, 'home'));
        return { args: ['--output', path.join(dir, 'home')], env: { HOME: path.join(dir, 'home') }, keep: dir };
      },
    ],
    [
      'a folder above the home folder',
      (dir) => {
        fs.mkdirSync(path.join(dir, 'home', 'user', 'Documents'), { recursive: true });
        fs.writeFileSync(path.join(dir, 'home', 'user', '.bashrc'), 'alias ll="ls -l"');
        return { args: ['--output', path.join(dir, 'home')], env: { HOME: path.join(dir, 'home', 'user') }, keep: dir };
      },
    ],
    [
      'a file',
      (dir) => {
        fs.writeFileSync(path.join(dir, 'report.docx'), 'mine');
        return { args: ['--output', path.join(dir, 'report.docx')], keep: dir };
      },
    ],
    ['the root folder', (dir) => ({ args: ['--output', '/'], keep: dir })],
  ];
  for (const [name, setUp] of cases) {
    // the command's main() in this process (helpers/cli.ts runMain): the refusal comes before any stage, and a process each cost ~0.6 CPU s
    it(`refuses ${name} with exit 2, a sentence, and nothing written or deleted`, async () => {
      const dir = tempDir();
      const { args, env, keep } = setUp(dir);
      const before = snapshot(keep);
      const rootBefore = fs.readdirSync('/').sort();
      const r = await runMain(['build', ...args], env);
      assert.equal(r.status, 2, r.stdout + r.stderr);
      assert.match(r.stderr, /Ausgabeordner .*: .{20,}/);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
      assert.deepEqual(changed(before, snapshot(keep)), []);
      assert.deepEqual(
        fs.readdirSync(path.dirname(keep)).filter((n) => n.includes('.tmp-') || n.endsWith('.lock')),
        [],
      );
      assert.deepEqual(fs.readdirSync('/').sort(), rootBefore, 'nothing written into /');
    });
  }
});

describe('a build killed at any stage', () => {
  let out: string;
  let site: Map<string, string>;
  const killed: number[] = []; // the killed builds' pids: their index input on the RAM disk is named after them
  const token = `pressearchiv-fault-${process.pid}-${Date.now()}`;
  before(() => {
    out = copiedSite().out;
    site = snapshot(out);
  });

  for (const stage of ['ingest:', 'link:', 'render:', 'index: Eingabe', 'index: Pagefind']) {
    it(`at "${stage}" leaves the last site intact and no process running`, async () => {
      const pid = await killAtStage(['--input', seeds, '--output', out, '--no-cache'], stage, token);
      assert.ok(pid, `the build reached "${stage}"`);
      killed.push(pid);
      assert.ok(await until(() => processesWith(token).length === 0, 20000), `children died with the build: ${processesWith(token).join(' ')}`);
      assert.deepEqual(changed(site, snapshot(out)), []);
      if (stage === 'render:') {
        // A render process that outlived the build would go on to copy the originals after Eleventy.
        await sleep(1000);
        const staging = fs.readdirSync(path.dirname(out)).find((n) => n.startsWith(`_site.tmp-${pid}-`));
        assert.ok(staging && !fs.existsSync(path.join(path.dirname(out), staging, 'originale')), 'the render process stopped with the build');
      }
    });
  }

  it('the next build removes every leftover of the killed ones', async () => {
    const parent = path.dirname(out);
    assert.ok(
      fs.readdirSync(parent).some((n) => n.includes('.tmp-')),
      'the killed builds left staging folders',
    );
    // without the search index: leftovers are removed before any stage (src/build.ts), the RAM disk's by every build, also one without the index
    const r = runCli(['build', '--input', seeds, '--output', out, '--no-cache', '--no-search']);
    assert.equal(r.status, 0, r.stderr);
    // --no-cache builds whatever the cache beside the site says (bench/incremental.test.ts made a build of its own for this)
    assert.ok(!/incremental/.test(r.stderr), r.stderr);
    assert.ok(Number(/render (\d+) ms/.exec(r.stdout)?.[1]) > 0, r.stdout);
    const others = () => fs.readdirSync(parent).filter((n) => n !== '_site' && n !== '.pressearchiv');
    assert.ok(await until(() => others().length === 0), `left: ${others().join(', ')}`);
    // only the killed builds' own: other builds on this machine may be running and using theirs
    const ours = (n: string) => killed.some((pid) => n.startsWith(`pressearchiv-index-${pid}-`));
    const shm = () => (fs.existsSync('/dev/shm') ? fs.readdirSync('/dev/shm').filter(ours) : []);
    assert.ok(await until(() => shm().length === 0), `RAM disk left: ${shm().join(', ')}`);
  });
});

describe('index input left on the RAM disk by a killed build', () => {
  it('is removed by the next build, also one that keeps the site as it is', { skip: !fs.existsSync('/dev/shm') && 'no RAM disk' }, () => {
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }); // a pid whose process has ended
    const stale = path.join('/dev/shm', `pressearchiv-index-${gone.stdout.trim()}-${Date.now()}`);
    const out = path.join(tempDir(), '_site');
    const build = () => runCli(['build', '--input', seeds, '--output', out, '--no-search']);
    assert.equal(build().status, 0);
    fs.mkdirSync(path.join(stale, 'artikel'), { recursive: true });
    const r = build(); // nothing changed: the site stays
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /nichts geändert/);
    assert.ok(!fs.existsSync(stale), `left: ${stale}`);
  });
});

describe('two builds into the same folder at once', () => {
  it('the second waits for the first; both succeed (replacing an empty folder, then a site) and leave one whole site', async () => {
    const out = path.join(tempDir(), '_site');
    fs.mkdirSync(out); // an empty folder may be replaced; the second build replaces the site the first wrote
    const run = () =>
      new Promise<{ status: number | null; stderr: string }>((resolve) => {
        // without the search index: the lock is taken before any stage, the swap is the same
        const child = spawn(process.execPath, [bin(), 'build', '--input', seeds, '--output', out, '--no-cache', '--no-search'], { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
        child.on('exit', (status) => resolve({ status, stderr }));
      });
    const [a, b] = await Promise.all([run(), run()]);
    assert.equal(a.status, 0, a.stderr);
    assert.equal(b.status, 0, b.stderr);
    assert.match(a.stderr + b.stderr, /wartet auf den Build mit PID \d+/);
    const files = listFiles(out);
    assert.ok(files.includes('index.html') && files.some((f) => f.startsWith('originale/')), 'the pages, and the originals written after them');
    assert.ok(fs.existsSync(path.join(out, '.pressearchiv-site')), 'the site carries the marker that lets the next build replace it');
    const others = () => fs.readdirSync(path.dirname(out)).filter((n) => n !== '_site' && n !== '.pressearchiv');
    assert.ok(await until(() => others().length === 0), `left: ${others().join(', ')}`);
  });
});

describe('a full or read-only disk', () => {
  const mounts: string[] = [];
  const mount = (options: string): string | null => {
    const dir = tempDir('pressearchiv-disk-');
    const r = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
    if (r.status !== 0) return null;
    mounts.push(dir);
    return dir;
  };
  after(() => {
    for (const dir of mounts) spawnSync('umount', [dir]);
  });
  const canMount = process.getuid?.() === 0;

  it(
    'a full disk fails the build with "kein Platz", leaves the last site and no staging folder',
    { skip: !canMount && 'mounting a small tmpfs needs root (CI runs as root)' },
    async () => {
      const disk = mount('size=1200k');
      assert.ok(disk, 'mounted a 1.2 MB tmpfs');
      const out = path.join(disk, 'site');
      fs.mkdirSync(out);
      fs.writeFileSync(path.join(out, '.pressearchiv-site'), 'an earlier site');
      fs.writeFileSync(path.join(out, 'index.html'), 'the earlier site');
      const r = runCli(['build', '--input', seeds, '--output', out]);
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.match(r.stderr, /kein Platz mehr auf dem Datenträger/);
      assert.equal(fs.readFileSync(path.join(out, 'index.html'), 'utf8'), 'the earlier site');
      assert.ok(await until(() => !fs.readdirSync(disk).some((n) => n.includes('.tmp-') || n.endsWith('.lock'))), fs.readdirSync(disk).join(', '));
    },
  );

  it('a read-only disk fails the build with "schreibgeschützt" before any work', { skip: !canMount && 'mounting a read-only tmpfs needs root (CI runs as root)' }, () => {
    const disk = mount('size=1m,ro');
    assert.ok(disk, 'mounted a read-only tmpfs');
    const r = runCli(['build', '--input', seeds, '--output', path.join(disk, 'site')]);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stderr, /schreibgeschützt/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  });
});

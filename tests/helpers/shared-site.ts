// One build per distinct code, input and options, shared by every test file (and every test process) that only
// reads the built site: the seeds were built ten times per `npm test`, at ~6 s of CPU each. Tests that change a
// site or test the build itself keep their own with buildSite().
//
// The cache lives in <tmp>/pressearchiv-test-sites/<key>/, the key a hash of everything the output depends on
// (src/, templates/, bin/, data/, .eleventy.ts, package-lock.json, scripts/bundle.js, Node's version, the input's files, the
// options and the PRESSEARCHIV_* settings of the environment). A process builds into a folder of its own and
// renames it into place, holding a lock folder meanwhile, so two test processes asking for the same site build it
// once and never see half of it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root, runCli, tempDir } from './cli.ts';
import { codeHash, hashTree } from './code-hash.ts';

export const SHARED_SITES = path.join(os.tmpdir(), 'pressearchiv-test-sites');
const CODE = ['src', 'templates', 'bin', 'data', '.eleventy.ts', 'package.json', 'package-lock.json', 'scripts/bundle.js'];
const STALE_LOCK_MS = 10 * 60_000; // longer than any seed build, however busy the machine
const KEEP_MS = 24 * 3600_000; // entries unused for a day are removed, so the folder does not grow with every edit

export interface SharedSite {
  out: string; // the built site; read it, never write into it
  stdout: string; // what the build printed
}

/** Builds `input` with `args` once for all test processes (see above) and returns where the site is. */
export function sharedSite(args: string[] = [], input = path.join(root, 'seeds')): SharedSite {
  const key = siteKey(args, input);
  const entry = path.join(SHARED_SITES, key);
  const site = (): SharedSite => ({ out: path.join(entry, 'site', '_site'), stdout: fs.readFileSync(path.join(entry, 'stdout.txt'), 'utf8') });
  if (fs.existsSync(entry)) return touched(entry, site());
  fs.mkdirSync(SHARED_SITES, { recursive: true });
  const lock = `${entry}.lock`;
  while (!takeLock(lock)) {
    if (fs.existsSync(entry)) return touched(entry, site());
    sleep(200);
  }
  try {
    if (fs.existsSync(entry)) return site(); // another process finished it while this one waited
    const work = `${entry}.tmp-${process.pid}`;
    fs.rmSync(work, { recursive: true, force: true });
    const out = path.join(work, 'site', '_site');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const result = runCli(['build', '--input', input, '--output', out, ...args]);
    if (result.status !== 0) {
      fs.rmSync(work, { recursive: true, force: true });
      throw new Error(`build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
    }
    fs.writeFileSync(path.join(work, 'stdout.txt'), result.stdout);
    fs.renameSync(work, entry); // atomic: readers see no entry or a whole one
    removeUnused(key);
    return site();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** A private copy of a shared site with its build state beside it, for a test that changes it or builds over it. */
export function copiedSite(args: string[] = [], input = path.join(root, 'seeds')): { out: string } {
  const { out } = sharedSite(args, input);
  const dir = tempDir();
  fs.cpSync(path.dirname(out), dir, { recursive: true });
  return { out: path.join(dir, '_site') };
}

/** The cache key: a hash of the code, the input's files and the options a build's output depends on. */
let codeKey = '';
function siteKey(args: string[], input: string): string {
  codeKey ||= codeHash(CODE);
  const h = createHash('sha256');
  const settings = Object.entries(process.env)
    .filter(([name]) => name.startsWith('PRESSEARCHIV_'))
    .sort();
  h.update(`${process.version}\0${codeKey}\0${JSON.stringify(args)}\0${JSON.stringify(settings)}\0`);
  hashTree(h, path.resolve(input), 'input');
  return h.digest('hex').slice(0, 24);
}

/** mkdir is atomic: the one process that creates the folder holds the lock. A lock its owner left is broken. */
function takeLock(lock: string): boolean {
  try {
    fs.mkdirSync(lock);
    fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  if (lockAbandoned(lock)) fs.rmSync(lock, { recursive: true, force: true });
  return false;
}

function lockAbandoned(lock: string): boolean {
  const stat = fs.statSync(lock, { throwIfNoEntry: false });
  if (!stat) return false;
  let pid = 0;
  try {
    pid = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
  } catch {
    // not written yet, or the lock was just released
  }
  if (!pid) return Date.now() - stat.mtimeMs > 5_000; // its owner died between mkdir and writing its pid
  try {
    process.kill(pid, 0);
  } catch {
    return true; // no such process
  }
  return Date.now() - stat.mtimeMs > STALE_LOCK_MS;
}

function touched(entry: string, site: SharedSite): SharedSite {
  const now = new Date();
  fs.utimesSync(entry, now, now);
  return site;
}

function removeUnused(keep: string): void {
  for (const name of fs.readdirSync(SHARED_SITES)) {
    if (name === keep || name.includes('.')) continue; // locks and folders being built belong to running processes
    const stat = fs.statSync(path.join(SHARED_SITES, name), { throwIfNoEntry: false });
    if (stat && Date.now() - stat.mtimeMs > KEEP_MS) fs.rmSync(path.join(SHARED_SITES, name), { recursive: true, force: true });
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

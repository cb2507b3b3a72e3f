// Forked Node processes that run our TypeScript (the render process, ingest's and the index input's second
// process): one place for how they start and how a module knows it is the child; the detached process that
// deletes a replaced folder, and which leftovers belong to processes that are gone. An I/O edge.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

/**
 * The single-file build of the command this process runs from, when it does (scripts/bundle.js: the tests' builds, and a
 * user's command once it has kept one, src/command-bundle.js): its children and worker threads run that file too, no tsx. Unset when run from the sources.
 */
export const BUNDLE: string | undefined = (globalThis as { pressearchivBundle?: string }).pressearchivBundle;
export const FORKED_MODULE = 'PRESSEARCHIV_FORKED_MODULE'; // which module a child forked from the bundle runs

/**
 * V8's interrupt budget ×16 (67,584 bytes of bytecode run by default): a function is optimised (TurboFan, on another
 * thread) only once it has run that much longer, so a build no longer spends CPU optimising code it runs only briefly
 * (CPU s: seeds 1.95 → 1.65, 40 articles 3.9 → 3.3, 600 articles with their children 15.5 → 14.4).
 */
export const LATE_OPTIMISATION = '--interrupt-budget=1081344';

/** Gives this process the V8 setting its children start with (the command's own process, which Node starts without it). */
export function optimiseLate(): void {
  v8.setFlagsFromString(LATE_OPTIMISATION);
}

/**
 * Forks the module at `moduleUrl` as a child with an IPC channel, the same tsx loader, GC and V8 settings as
 * bin/pressearchiv.js (resolved here, so any working folder works), and `marker=1` in its environment.
 */
export function forkTypeScript(moduleUrl: string, marker: string, serialization: 'json' | 'advanced' = 'json'): ChildProcess {
  return fork(fileURLToPath(BUNDLE ?? moduleUrl), [], {
    execArgv: ['--max-semi-space-size=64', LATE_OPTIMISATION, ...(BUNDLE ? [] : ['--import', import.meta.resolve('tsx')])],
    env: { ...process.env, [marker]: '1', [FORKED_MODULE]: moduleUrl },
    serialization,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** Ends `child` unless it has ended already: for a parent that has what it needs, or has failed. */
export function stopIfRunning(child: ChildProcess): void {
  if (child.exitCode === null && child.signalCode === null) child.kill();
}

/** Whether this process is the child `forkTypeScript(moduleUrl, marker)` started (children inherit markers). */
export function isForkedAs(moduleUrl: string, marker: string): boolean {
  const forked = BUNDLE ? process.env[FORKED_MODULE] === moduleUrl : path.resolve(process.argv[1] ?? '') === fileURLToPath(moduleUrl);
  return process.env[marker] === '1' && process.send !== undefined && forked;
}

/** From how many items a second process pays: `$name` when set ("0" forces it), else `fallback`; never on one core. */
export function secondProcessFrom(name: string, fallback: number): number {
  const fromEnv = process.env[name];
  if (fromEnv !== undefined && fromEnv !== '' && !Number.isNaN(Number(fromEnv))) return Number(fromEnv);
  return availableParallelism() > 1 ? fallback : Infinity;
}

/**
 * Deletes `dir` in a detached process that goes on after this one exits; its errors go nowhere. `first` (a file in
 * it) goes first, so a half-deleted folder never still looks whole (and the rest stays when it cannot go). With `rm`
 * where there is one (a Node process costs ~0.15 s of CPU to start, rm almost none); else, or when it cannot start, Node.
 */
export function removeInBackground(dir: string, first?: string): void {
  if (process.platform === 'win32') return removeWithNode(dir, first);
  const [command, args] = first ? ['sh', ['-c', 'rm -f -- "$1" && rm -rf -- "$2"', 'sh', path.join(dir, first), dir]] : ['rm', ['-rf', '--', dir]];
  const child = detached(command, args);
  child.on('error', () => removeWithNode(dir, first));
}

function removeWithNode(dir: string, first?: string): void {
  const script =
    'const fs = require("node:fs"), [dir, first] = process.argv.slice(1); if (first) fs.rmSync(require("node:path").join(dir, first), { force: true }); fs.rmSync(dir, { recursive: true, force: true })';
  detached(process.execPath, ['-e', script, dir, ...(first ? [first] : [])]).on('error', () => {}); // a process that cannot start leaves the folder for the next build's clean-up
}

function detached(command: string, args: string[]): ChildProcess {
  const child = spawn(command, args, { detached: true, stdio: 'ignore' });
  child.unref();
  return child;
}

/**
 * The entries of `folder` named `<prefix><pid>-…` whose process is gone: what stopped builds left (while the
 * process runs, its folder may still be in use). Full paths.
 */
export async function leftoversOfGoneProcesses(folder: string, prefix: string): Promise<string[]> {
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  return names.filter((n) => n.startsWith(prefix) && !processAlive(Number(n.slice(prefix.length).split('-')[0]))).map((n) => path.join(folder, n));
}

export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // someone else's process
  }
}

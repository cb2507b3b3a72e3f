// Runs the `pressearchiv` command in a child process, as a user would: from the single-file build of the current
// sources (scripts/bundle.js), the same code without tsx compiling it in every process of every build; the
// sources themselves (`sourceBin`, bin/pressearchiv.js through tsx) in tests/integration/bundle.test.ts.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mock } from 'node:test';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { ORIGINALS_GLOBAL } from '../../src/render/originals.ts';
import { BUNDLE_INPUTS } from '../../src/command-bundle.js';
import { codeHash, root } from './code-hash.ts';

export { root };
export const sourceBin = path.join(root, 'bin', 'pressearchiv.js');

let bundled = '';
/**
 * The bundle of the current sources: the one this test runs from under `npm test` (scripts/run-tests.js bundles the
 * command with the tests), else one made once per code (a hash of it names the folder) for all test processes.
 */
export function bin(): string {
  const running = (globalThis as { pressearchivBundle?: string }).pressearchivBundle;
  if (running) return fileURLToPath(running);
  if (bundled) return bundled;
  const dir = path.join(os.tmpdir(), 'pressearchiv-test-bundle', codeHash(BUNDLE_INPUTS).slice(0, 24));
  const entry = path.join(dir, 'pressearchiv.mjs');
  if (!fs.existsSync(entry)) execFileSync(process.execPath, [path.join(root, 'scripts', 'bundle.js'), '--kept', dir], { stdio: 'ignore' }); // whole or not at all
  return (bundled = entry);
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd = root, command = bin(), env = process.env): RunResult {
  const r = spawnSync(process.execPath, [command, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The command's main() (src/cli.ts) in this process, for what needs no process of its own (a refusal or a usage error
 * before any stage: ~0.6 CPU s a process); `env` set while it runs. Its exit code and what it printed.
 */
export async function runMain(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  const { main } = await import('../../src/cli.ts');
  const printed = { stdout: '', stderr: '' };
  const mocks = [
    mock.method(console, 'log', (...a: unknown[]) => void (printed.stdout += `${a.join(' ')}\n`)),
    mock.method(console, 'error', (...a: unknown[]) => void (printed.stderr += `${a.join(' ')}\n`)),
    mock.method(process.stderr, 'write', (chunk: string) => Boolean((printed.stderr += chunk))), // the progress lines
  ];
  const before = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  try {
    return { status: await main(args), ...printed };
  } finally {
    for (const m of mocks) m.mock.restore();
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

const made: string[] = [];
/** A fresh folder in os.tmpdir(), removed with everything in it when this test process exits (the caches above stay). */
export function tempDir(prefix = 'pressearchiv-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  if (!made.length) process.once('exit', removeTempDirs);
  made.push(dir);
  return dir;
}

function removeTempDirs(): void {
  // `rm -rf` walks with openat, so it also removes a folder deeper than PATH_MAX (deepFolder below) that Node's rm cannot reach
  const r = spawnSync('rm', ['-rf', '--', ...made], { encoding: 'utf8' });
  if (r.status !== 0) process.stderr.write(`tests/helpers/cli.ts: temp folders left behind: ${r.stderr || r.error?.message}\n`);
}

/** Builds an input folder into a fresh temp folder through the CLI; throws with the output on failure. */
export function buildSite(args: string[] = [], input = path.join(root, 'seeds')): { out: string; result: RunResult } {
  const out = path.join(tempDir(), '_site');
  const result = runCli(['build', '--input', input, '--output', out, ...args]);
  if (result.status !== 0) throw new Error(`build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return { out, result };
}

/** Every file below dir, relative, with forward slashes. */
export function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

/** A folder 20 levels deep below `dir`, its path longer than PATH_MAX, made with relative steps (each path short) as a user's tool could; its top name. */
export function deepFolder(dir: string): string {
  const name = 'tief'.repeat(60);
  execFileSync(process.execPath, [
    '-e',
    `const fs=require('fs');process.chdir(process.argv[1]);for(let i=0;i<20;i++){fs.mkdirSync(process.argv[2]);process.chdir(process.argv[2]);}fs.writeFileSync('b.txt','x');`,
    dir,
    name,
  ]);
  return name;
}

/** Every original in a site's packs (originale/*.js), by its published name: name → text and the pack holding it. */
export function packedOriginals(out: string): Map<string, { text: string; pack: string }> {
  const found = new Map<string, { text: string; pack: string }>();
  const dir = path.join(out, 'originale');
  for (const pack of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    const sandbox: Record<string, unknown> = {};
    sandbox.self = sandbox;
    vm.runInNewContext(fs.readFileSync(path.join(dir, pack), 'utf8'), sandbox);
    for (const [name, text] of Object.entries(sandbox[ORIGINALS_GLOBAL] as Record<string, string>)) {
      if (found.has(name)) throw new Error(`${name} is in ${found.get(name)!.pack} and ${pack}`);
      found.set(name, { text, pack });
    }
  }
  return found;
}

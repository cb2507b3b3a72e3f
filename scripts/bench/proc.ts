// Runs a command in a child process and samples the resident memory of its whole process tree
// (Node, Eleventy, Pagefind's binary …) from /proc, so the peak includes every helper process.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

const PAGE = 4096;

/** Children of a process, from /proc/<pid>/task/<tid>/children (all threads). */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tasks) {
    try {
      const s = fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (s) for (const c of s.split(/\s+/)) out.push(Number(c));
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
}

/** Resident set size of one process in bytes (0 when it is gone). */
function rssOf(pid: number): number {
  try {
    const statm = fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
    return Number(statm[1]) * PAGE;
  } catch {
    return 0;
  }
}

function commOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

export interface TreeSample {
  total: number;
  byName: Record<string, number>;
}

/** RSS of the process and all its descendants, summed, and per command name. */
export function treeRss(root: number): TreeSample {
  const byName: Record<string, number> = {};
  let total = 0;
  const stack = [root];
  const seen = new Set<number>();
  while (stack.length) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    const rss = rssOf(pid);
    total += rss;
    const name = commOf(pid);
    byName[name] = (byName[name] ?? 0) + rss;
    stack.push(...childrenOf(pid));
  }
  return { total, byName };
}

export interface Measured {
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  peakRss: number; // bytes, whole tree, at the sampled moment of the highest sum
  peakByName: Record<string, number>; // each command's own highest RSS (not simultaneous)
  samples: number;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  intervalMs?: number;
  timeoutMs?: number;
}

/** Spawns `command args`, samples tree RSS every `intervalMs` until it exits. */
export function runMeasured(command: string, args: string[], options: RunOptions = {}): Promise<Measured> {
  const interval = options.intervalMs ?? 50;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let peak = 0;
    const peakByName: Record<string, number> = {};
    let samples = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const s = treeRss(child.pid);
      samples++;
      if (s.total > peak) peak = s.total;
      for (const [k, v] of Object.entries(s.byName)) if (v > (peakByName[k] ?? 0)) peakByName[k] = v;
    };
    const timer = setInterval(sample, interval);
    const killer = options.timeoutMs
      ? setTimeout(() => {
          stderr += `\n[bench] timeout after ${options.timeoutMs} ms, killing ${child.pid}`;
          child.kill('SIGKILL');
        }, options.timeoutMs)
      : null;
    child.on('error', (e) => {
      clearInterval(timer);
      if (killer) clearTimeout(killer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      if (killer) clearTimeout(killer);
      resolve({ code, stdout, stderr, wallMs: Math.round(performance.now() - started), peakRss: peak, peakByName, samples });
    });
  });
}

/** The last line of stdout that parses as JSON: how the runner scripts report back. */
export function lastJson<T>(stdout: string): T {
  const lines = stdout.trim().split('\n').reverse();
  for (const l of lines) {
    if (!l.startsWith('{')) continue;
    try {
      return JSON.parse(l) as T;
    } catch {
      // not the report line
    }
  }
  throw new Error(`no JSON report in the output:\n${stdout.slice(-2000)}`);
}

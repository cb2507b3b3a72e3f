// `npm run bench`: how the whole build grows with the archive, side by side with the floor it is built on
// (bare Eleventy + Pagefind on the same number of plain pages). See docs/BENCHMARKS.md.
//
//   npm run bench -- [--articles 1000,10000] [--profile synthetic,wire-heavy,boilerplate] [--runs 3]
//                    [--seed 20220204] [--out bench-results] [--no-baseline] [--no-query] [--no-rebuild]
//                    [--keep] [--cpu-profile] [--update-docs] [--bundle FILE]
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FORKED_MODULE } from '../src/child-process.ts';
import { prepareBaseline, type BaselineReport } from './bench/baseline.ts';
import { lastJson, runMeasured, type Measured } from './bench/proc.ts';
import { ARCHIVE_PROFILES, type ArchiveProfile, fileBytes, generateArchive, vocabulary, writeArchive } from './bench/synth.ts';
import { firstQueryBytes, type QueryBytes } from './bench/query.ts';
import { formatSummary, summarise, type Profile } from './bench/cpuprofile.ts';
import { formatReport, evaluateTargets, type BenchResult, type SizeResult, type Stat } from './bench/report.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000,10000' },
    profile: { type: 'string', default: ARCHIVE_PROFILES.join(',') },
    runs: { type: 'string' },
    budget: { type: 'string', default: '14' },
    seed: { type: 'string', default: '20220204' },
    out: { type: 'string', default: path.join(root, 'bench-results') },
    'no-baseline': { type: 'boolean' },
    'no-query': { type: 'boolean' },
    'no-rebuild': { type: 'boolean' },
    keep: { type: 'boolean' },
    'cpu-profile': { type: 'boolean' },
    'update-docs': { type: 'boolean' },
    bundle: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(`Usage: npm run bench -- [options]

  --articles 1000,10000   archive sizes to measure (default 1000,10000; 30000 on request)
  --profile LIST          archive profiles (default synthetic,wire-heavy,boilerplate): synthetic (stories
                          whose wire text a few outlets reprint), wire-heavy (each article also carries about
                          5 agency paragraphs, each reprinted by 10–50 articles of unrelated dates),
                          boilerplate (the same footer in every article)
  --runs N                runs per measurement, the median is reported (default 3; from 5,000
                          articles on 2 full builds and 1 add-one rebuild, unless --runs is given)
  --budget MIN            skip repeat runs that would end after MIN minutes (default 14)
  --seed N                seed of the synthetic archive (default 20220204)
  --out DIR               where the JSON goes (default bench-results/)
  --no-baseline           skip bare Eleventy + Pagefind
  --no-query              skip the first-query measurement (needs Chromium)
  --no-rebuild            skip the rebuild measurements
  --keep                  keep the temp folders (input, site, baseline)
  --cpu-profile           one more full build under --cpu-prof; prints where the JavaScript time goes
  --update-docs           write the table into docs/BENCHMARKS.md
  --bundle FILE           run the build and baseline scripts from the single-file bundle scripts/bundle.js wrote
                          (tests/bench/smoke.test.ts: the same code without tsx in every process it starts)`);
  process.exit(0);
}

const sizes = values.articles
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
const profiles = values.profile.split(',').map((s) => s.trim()) as ArchiveProfile[];
for (const p of profiles) if (!ARCHIVE_PROFILES.includes(p)) throw new Error(`--profile: ${p} is none of ${ARCHIVE_PROFILES.join(', ')}`);
const runsGiven = values.runs !== undefined;
const runs = Math.max(1, Number(values.runs ?? 3));
const budgetMs = Number(values.budget) * 60_000;
const benchStarted = Date.now();
/** Full builds (and baselines) and rebuilds per size: large archives take minutes per build. */
const plan = (n: number) => ({ full: runsGiven || n < 5000 ? runs : Math.min(runs, 2), rebuild: runsGiven || n < 5000 ? runs : 1 });
/** A repeat run is skipped when, at the pace of the last one, it would end after the budget. */
function withinBudget(lastMs: number, what: string): boolean {
  const ok = Date.now() - benchStarted + lastMs <= budgetMs;
  if (!ok) log(`skipping ${what}: it would end after the ${values.budget}-minute budget (--budget)`);
  return ok;
}
const seed = Number(values.seed);
const log = (s: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}\n`);
const node = process.execPath;
const TIMEOUT = 15 * 60_000;

interface BuildJson {
  articles: number;
  pagesWritten: number;
  pagesReused?: number;
  indexedPages: number;
  errors: number;
  warnings: number;
  timings: { ingest: number; link: number; render: number; index: number; total: number };
  incremental?: unknown;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function stat(xs: number[]): Stat {
  return { median: Math.round(median(xs)), min: Math.min(...xs), max: Math.max(...xs), runs: xs };
}

async function dirSize(dir: string): Promise<{ bytes: number; files: number; largestPage: { path: string; bytes: number } | null }> {
  let bytes = 0;
  let files = 0;
  let largestPage: { path: string; bytes: number } | null = null;
  for (const e of await fs.readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])) {
    if (!e.isFile()) continue;
    files++;
    const size = (await fs.stat(path.join(e.parentPath, e.name))).size;
    bytes += size;
    if (e.name.endsWith('.html') && size > (largestPage?.bytes ?? -1)) largestPage = { path: path.relative(dir, path.join(e.parentPath, e.name)), bytes: size };
  }
  return { bytes, files, largestPage };
}

function check(m: Measured, what: string): void {
  // the baseline must work: without it there is nothing to compare with
  if (m.code !== 0) throw new Error(`${what} failed (exit ${m.code}):\n${m.stderr.slice(-4000)}`);
}

/** What the build said about reusing the last one ("incremental: …" progress line), or null. */
function incrementalNote(stderr: string): string | null {
  const line = stderr.split('\n').find((l) => /\] incremental: /.test(l));
  return line ? line.replace(/^.*\] incremental: /, '') : null;
}

/** The build's progress lines with their time since the process started ("[1234 ms] link: …"). */
function progressLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => /^\[\d+ ms\] /.test(l));
}

class BuildFailed extends Error {
  constructor(readonly m: Measured) {
    const tail = m.stderr
      .split('\n')
      .filter((l) => !/^\s+at /.test(l))
      .slice(-12)
      .join('\n');
    super(`build failed (exit ${m.code}) after ${(m.wallMs / 1000).toFixed(1)} s, peak ${(m.peakRss / 1e9).toFixed(2)} GB:\n${tail}`);
  }
}

// The flags bin/pressearchiv.js starts Node with, so the bench measures what a user runs.
const CLI_NODE_FLAGS = ['--max-semi-space-size=64'];

/** How Node starts one of scripts/bench/: through tsx, or (--bundle) the bundle told which of its modules to run. */
function benchScript(name: string): { args: string[]; env?: NodeJS.ProcessEnv } {
  const file = path.join(root, 'scripts', 'bench', name);
  if (!values.bundle) return { args: ['--import', 'tsx', file] };
  return { args: [values.bundle], env: { ...process.env, [FORKED_MODULE]: pathToFileURL(file).href } }; // as src/child-process.ts forks it
}

async function runBuild(input: string, output: string, extra: string[] = [], nodeFlags: string[] = []): Promise<{ m: Measured; report: BuildJson }> {
  const { args, env } = benchScript('run-build.ts');
  const m = await runMeasured(node, [...CLI_NODE_FLAGS, ...nodeFlags, ...args, '--input', input, '--output', output, ...extra], { cwd: root, env, timeoutMs: TIMEOUT });
  if (m.code !== 0) throw new BuildFailed(m);
  return { m, report: lastJson<BuildJson>(m.stdout) };
}

async function runBaseline(project: string, output: string): Promise<{ m: Measured; report: BaselineReport }> {
  const { args, env } = benchScript('baseline.ts');
  const m = await runMeasured(node, [...args, 'run', project, output], { cwd: root, env, timeoutMs: TIMEOUT });
  check(m, 'baseline');
  return { m, report: lastJson<BaselineReport>(m.stdout) };
}

async function benchSize(n: number, profile: ArchiveProfile): Promise<SizeResult> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), `pressearchiv-bench-${n}-`));
  log(`${n} articles (${profile}): generating into ${work}`);
  const { full: fullRuns, rebuild: rebuildRuns } = plan(n);
  const all = generateArchive({ articles: n + rebuildRuns, seed, profile });
  const files = all.slice(0, n);
  const extras = all.slice(n); // articles that arrive later, one per add-one rebuild
  const input = path.join(work, 'input');
  const inputBytes = await writeArchive(input, files);
  const project = path.join(work, 'baseline');
  if (!values['no-baseline']) await prepareBaseline(project, files);
  const site = path.join(work, 'out', 'site');
  const baseSite = path.join(work, 'baseline-site');

  const build: { wall: number[]; rss: number[]; ingest: number[]; link: number[]; render: number[]; index: number[]; total: number[] } = {
    wall: [],
    rss: [],
    ingest: [],
    link: [],
    render: [],
    index: [],
    total: [],
  };
  const base: { wall: number[]; rss: number[]; render: number[]; index: number[]; total: number[] } = { wall: [], rss: [], render: [], index: [], total: [] };
  const rssByProcess: Record<string, number>[] = [];
  const baseRssByProcess: Record<string, number>[] = [];
  let last: BuildJson | null = null;
  let basePagefindSize = { bytes: 0, files: 0 };
  let failure: SizeResult['failure'] = null;
  let progress: string[] = [];

  let lastRound = 0;
  for (let r = 0; r < fullRuns; r++) {
    if (r > 0 && !withinBudget(lastRound, `${n}: run ${r + 1}`)) break;
    const roundStarted = Date.now();
    // interleaved, so that a noisy neighbour hurts both sides alike
    if (!values['no-baseline']) {
      log(`${n}: baseline run ${r + 1}/${fullRuns}`);
      const b = await runBaseline(project, baseSite);
      base.wall.push(b.m.wallMs);
      base.rss.push(b.m.peakRss);
      base.render.push(b.report.timings.render);
      base.index.push(b.report.timings.index);
      base.total.push(b.report.timings.total);
      baseRssByProcess.push(b.m.peakByName);
      if (r === 0) basePagefindSize = await dirSize(path.join(baseSite, 'pagefind'));
    }
    if (failure) continue;
    log(`${n}: full build run ${r + 1}/${fullRuns}`);
    await fs.rm(path.join(work, 'out'), { recursive: true, force: true });
    let built: Awaited<ReturnType<typeof runBuild>>;
    try {
      built = await runBuild(input, site);
    } catch (e) {
      if (!(e instanceof BuildFailed)) throw e;
      failure = { message: e.message, wallMs: e.m.wallMs, peakRss: e.m.peakRss, peakRssByProcess: e.m.peakByName, progress: progressLines(e.m.stderr) };
      log(`${n}: ${e.message}`);
      continue;
    }
    const { m, report } = built;
    progress = progressLines(m.stderr);
    last = report;
    build.wall.push(m.wallMs);
    build.rss.push(m.peakRss);
    rssByProcess.push(m.peakByName);
    for (const k of ['ingest', 'link', 'render', 'index', 'total'] as const) build[k].push(report.timings[k]);
    log(`${n}: build ${m.wallMs} ms, peak ${(m.peakRss / 1e9).toFixed(2)} GB, ${JSON.stringify(report.timings)}`);
    lastRound = Date.now() - roundStarted;
  }
  const siteSize = await dirSize(site);
  const pagefindSize = await dirSize(path.join(site, 'pagefind'));

  let query: QueryBytes | null = null;
  if (!values['no-query'] && !failure) {
    log(`${n}: first query`);
    query = await firstQueryBytes(site, files).catch((e: Error) => {
      log(`first-query measurement failed: ${e.message}`);
      return null;
    });
  }

  const notes: { unchanged: (string | null)[]; addOne: (string | null)[] } = { unchanged: [], addOne: [] };
  const unchanged: number[] = [];
  const unchangedRss: number[] = [];
  const addOne: number[] = [];
  const addOneRss: number[] = [];
  let addOneTimings: BuildJson['timings'][] = [];
  if (!values['no-rebuild'] && !failure) {
    for (let r = 0; r < rebuildRuns; r++) {
      log(`${n}: rebuild, nothing changed ${r + 1}/${rebuildRuns}`);
      const { m, report } = await runBuild(input, site);
      unchanged.push(m.wallMs);
      unchangedRss.push(m.peakRss);
      notes.unchanged.push(incrementalNote(m.stderr));
      log(`${n}: unchanged rebuild ${m.wallMs} ms ${JSON.stringify(report.timings)}`);
    }
    addOneTimings = [];
    for (let r = 0; r < rebuildRuns; r++) {
      if (r > 0 && !withinBudget(addOne[addOne.length - 1] ?? 0, `${n}: add-one rebuild ${r + 1}`)) break;
      const extra = extras[r]!;
      await fs.writeFile(path.join(input, `zz-added-${r}-${extra.path}`), fileBytes(extra));
      log(`${n}: rebuild after adding one article ${r + 1}/${rebuildRuns}`);
      const { m, report } = await runBuild(input, site);
      addOne.push(m.wallMs);
      addOneRss.push(m.peakRss);
      notes.addOne.push(incrementalNote(m.stderr));
      addOneTimings.push(report.timings);
      log(`${n}: add-one rebuild ${m.wallMs} ms ${JSON.stringify(report.timings)}, pages ${report.pagesWritten} (${report.pagesReused ?? 0} reused)`);
    }
  }

  let cpuProfile: string | null = null;
  if (values['cpu-profile'] && !failure && withinBudget(build.wall[build.wall.length - 1] ?? 0, `${n}: profiled build`)) {
    log(`${n}: profiled build`);
    const dir = path.join(work, 'cpuprofile');
    await fs.rm(path.join(work, 'out'), { recursive: true, force: true });
    await runBuild(input, site, ['--no-incremental', '--in-process'], ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    // the main thread's profile is the largest (tsx's loader thread writes a small one too)
    const profiles = (await fs.readdir(dir)).filter((f) => f.endsWith('.cpuprofile'));
    const sized = await Promise.all(profiles.map(async (f) => ({ f, size: (await fs.stat(path.join(dir, f))).size })));
    const file = sized.sort((a, b) => b.size - a.size)[0]?.f;
    if (file) cpuProfile = formatSummary(summarise(JSON.parse(await fs.readFile(path.join(dir, file), 'utf8')) as Profile, 30));
    if (cpuProfile) console.log(`\n${n} articles (${profile}): ${cpuProfile}\n`);
  }

  const result: SizeResult = {
    articles: n,
    profile,
    input: { files: files.length, bytes: inputBytes, distinctWords: vocabulary(files) },
    build: {
      wall: stat(build.wall),
      peakRss: stat(build.rss),
      stages: {
        ingest: stat(build.ingest),
        link: stat(build.link),
        render: stat(build.render),
        index: stat(build.index),
        total: stat(build.total),
      },
      peakRssByProcess: rssByProcess[rssByProcess.length - 1] ?? {},
      articles: last?.articles ?? 0,
      pagesWritten: last?.pagesWritten ?? 0,
      indexedPages: last?.indexedPages ?? 0,
      warnings: last?.warnings ?? 0,
      errors: last?.errors ?? 0,
    },
    baseline: values['no-baseline']
      ? null
      : {
          wall: stat(base.wall),
          peakRss: stat(base.rss),
          render: stat(base.render),
          index: stat(base.index),
          total: stat(base.total),
          peakRssByProcess: baseRssByProcess[baseRssByProcess.length - 1] ?? {},
          pagefindBytes: basePagefindSize.bytes,
        },
    failure,
    progress,
    rebuild:
      values['no-rebuild'] || failure
        ? null
        : {
            unchanged: stat(unchanged),
            unchangedPeakRss: stat(unchangedRss),
            addOne: stat(addOne),
            addOnePeakRss: stat(addOneRss),
            addOneStages: addOneTimings,
            notes,
          },
    site: { bytes: siteSize.bytes, files: siteSize.files, pagefindBytes: pagefindSize.bytes, pagefindFiles: pagefindSize.files, largestPage: siteSize.largestPage },
    query,
    cpuProfile,
  };
  if (!values.keep) await fs.rm(work, { recursive: true, force: true });
  else log(`${n}: kept ${work}`);
  return result;
}

function gitCommit(): string | null {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim();
    return dirty ? `${head}+dirty` : head;
  } catch {
    return null;
  }
}

const started = Date.now();
const loadBefore = os.loadavg();
const results: SizeResult[] = [];
for (const profile of profiles) for (const n of sizes) results.push(await benchSize(n, profile));
const bench: BenchResult = {
  date: new Date().toISOString(),
  commit: gitCommit(),
  machine: { cpus: os.cpus().length, memoryBytes: os.totalmem(), node: process.version, loadBefore, loadAfter: os.loadavg() },
  seed,
  runs,
  durationMs: Date.now() - started,
  sizes: results,
  targets: [],
};
bench.targets = evaluateTargets(bench);
const text = formatReport(bench);
console.log(text);

await fs.mkdir(values.out, { recursive: true });
const stamp = bench.date.replace(/[:.]/g, '-');
await fs.writeFile(path.join(values.out, `bench-${stamp}.json`), JSON.stringify(bench, null, 1));
await fs.writeFile(path.join(values.out, 'latest.json'), JSON.stringify(bench, null, 1));
log(`wrote ${path.join(values.out, 'latest.json')} (${((Date.now() - started) / 60000).toFixed(1)} min)`);

if (values['update-docs']) {
  const doc = path.join(root, 'docs', 'BENCHMARKS.md');
  const current = await fs.readFile(doc, 'utf8').catch(() => '');
  const block = `<!-- bench:start -->\n\`\`\`text\n${text}\n\`\`\`\n<!-- bench:end -->`;
  const next = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/.test(current)
    ? current.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, block)
    : `${current}\n${block}\n`;
  await fs.writeFile(doc, next);
  log(`updated ${doc}`);
}

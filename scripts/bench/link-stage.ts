// The link stage alone on a generated archive: how its time and memory grow, without full builds.
//
//   node --import tsx scripts/bench/link-stage.ts [--articles 1000,3000,10000] [--profile wire-heavy] [--seed N] [--worker auto|on|off]
//
// Each size runs in its own child process: generate, ingest (records cached in the OS temp folder), then
// linkArchive timed alone. Peak RSS is the process's high-water mark from the start of the link stage on
// (reset through /proc/self/clear_refs; it includes the text worker's heap), peak heap the largest heap the
// main thread's garbage collector saw (v8.GCProfiler). Prints a table with the growth exponent between sizes.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { ARCHIVE_PROFILES, type ArchiveProfile, fileBytes, generateArchive } from './synth.ts';
import { growthExponent } from './report.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000,3000,10000' },
    profile: { type: 'string', default: 'wire-heavy' },
    seed: { type: 'string', default: '20220204' },
    worker: { type: 'string', default: 'auto' },
    one: { type: 'string' }, // internal: measure this one size in this process
  },
});
const profile = values.profile as ArchiveProfile;
if (!ARCHIVE_PROFILES.includes(profile)) throw new Error(`--profile: one of ${ARCHIVE_PROFILES.join(', ')}`);
const seed = Number(values.seed);

interface LinkMeasure {
  articles: number;
  records: number;
  ms: number;
  cpuMs: number;
  peakRss: number; // bytes
  peakHeap: number; // bytes, main thread
  passages: number;
  boilerplate: number;
  widestPassage: number;
  quotes: number;
  widestQuote: number;
  stories: number;
}

async function measureOne(n: number): Promise<LinkMeasure> {
  const { ingestFiles } = await import('../../src/ingest/index.ts');
  const { linkArchive } = await import('../../src/link/index.ts');
  const cache = join(tmpdir(), `pressearchiv-link-stage-${profile}-${seed}-${n}.json`);
  let records;
  if (existsSync(cache)) records = JSON.parse(readFileSync(cache, 'utf8')) as ReturnType<typeof ingestFiles>['records'];
  else {
    const files = generateArchive({ articles: n, seed, profile });
    records = ingestFiles(files.map((f) => ({ path: f.path, bytes: fileBytes(f) }))).records;
    writeFileSync(cache, JSON.stringify(records));
  }
  try {
    writeFileSync('/proc/self/clear_refs', '5'); // resets the RSS high-water mark
  } catch {
    // not Linux: the peak includes generating and ingesting
  }
  const gc = new v8.GCProfiler();
  gc.start();
  const textWorker = values.worker === 'on' ? true : values.worker === 'off' ? false : undefined;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = linkArchive(records, { textWorker });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const stats = gc.stop()?.statistics ?? [];
  const peakHeap = Math.max(process.memoryUsage().heapUsed, ...stats.map((s) => s.beforeGC.heapStatistics.usedHeapSize));
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return {
    articles: n,
    records: records.length,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRss: hwm ? Number(hwm[1]) * 1024 : process.memoryUsage().rss,
    peakHeap,
    passages: out.passages.length,
    boilerplate: out.passages.filter((p) => p.boilerplate).length,
    widestPassage: Math.max(0, ...out.passages.map((p) => p.occurrences.length)),
    quotes: out.quotes.length,
    widestQuote: Math.max(0, ...out.quotes.map((q) => q.articleIds.length)),
    stories: out.stories.length,
  };
}

if (values.one) {
  process.stdout.write(JSON.stringify(await measureOne(Number(values.one))) + '\n');
} else {
  const sizes = values.articles.split(',').map(Number);
  const rows: LinkMeasure[] = [];
  const mb = (b: number) => `${Math.round(b / 2 ** 20)} MiB`;
  console.log(`link stage alone · profile ${profile} · seed ${seed} · worker ${values.worker} · Node ${process.version}`);
  console.log('articles  link s  CPU s  exp(time)  peak RSS  peak heap  passages (boilerplate, widest)  quotes (widest)  stories');
  for (const n of sizes) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ...process.argv.slice(2), '--one', String(n)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 24,
    });
    if (r.status !== 0) {
      console.log(`${n}: failed (exit ${r.status}, ${r.signal ?? ''})`);
      break;
    }
    const m = JSON.parse(r.stdout.trim().split('\n').pop()!) as LinkMeasure;
    const prev = rows[rows.length - 1];
    rows.push(m);
    const exp = prev ? growthExponent(prev.articles, prev.ms, m.articles, m.ms).toFixed(2) : '–';
    console.log(
      `${String(m.articles).padStart(8)}  ${(m.ms / 1000).toFixed(2).padStart(6)}  ${(m.cpuMs / 1000).toFixed(2).padStart(5)}  ${exp.padStart(9)}  ` +
        `${mb(m.peakRss).padStart(8)}  ${mb(m.peakHeap).padStart(9)}  ${`${m.passages} (${m.boilerplate}, ${m.widestPassage})`.padStart(30)}  ` +
        `${`${m.quotes} (${m.widestQuote})`.padStart(15)}  ${String(m.stories).padStart(7)}`,
    );
  }
  if (rows.length >= 2) {
    const a = rows[0]!;
    const b = rows[rows.length - 1]!;
    console.log(
      `exponent ${a.articles} → ${b.articles}: time ${growthExponent(a.articles, a.ms, b.articles, b.ms).toFixed(2)}, CPU ${growthExponent(a.articles, a.cpuMs, b.articles, b.cpuMs).toFixed(2)}, peak RSS ${growthExponent(a.articles, a.peakRss, b.articles, b.peakRss).toFixed(2)}`,
    );
  }
}

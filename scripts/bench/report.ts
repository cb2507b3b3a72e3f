// The benchmark's result: its JSON shape, the targets of issue 8, and the printed table.
import type { QueryBytes } from './query.ts';
import type { ArchiveProfile } from './synth.ts';

export interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

type Stages = { ingest: number; link: number; render: number; index: number; total: number };

export interface SizeResult {
  articles: number;
  profile?: ArchiveProfile; // the kind of archive (synth.ts); absent in results from before profiles: synthetic
  input: { files: number; bytes: number; distinctWords: number };
  build: {
    wall: Stat; // the child process from spawn to exit, as a user waits for it
    peakRss: Stat; // bytes, whole process tree (Node + Pagefind …)
    stages: Record<keyof Stages, Stat>; // BuildReport timings, in process
    peakRssByProcess: Record<string, number>;
    articles: number;
    pagesWritten: number;
    indexedPages: number;
    warnings: number;
    errors: number;
  };
  baseline: {
    wall: Stat;
    peakRss: Stat;
    render: Stat; // Eleventy
    index: Stat; // Pagefind
    total: Stat;
    peakRssByProcess: Record<string, number>;
    pagefindBytes: number;
  } | null;
  rebuild: {
    unchanged: Stat;
    unchangedPeakRss: Stat;
    addOne: Stat;
    addOnePeakRss: Stat;
    addOneStages: Stages[];
    notes: { unchanged: (string | null)[]; addOne: (string | null)[] }; // the build's "incremental: …" line
  } | null;
  site: { bytes: number; files: number; pagefindBytes: number; pagefindFiles: number; largestPage?: { path: string; bytes: number } | null };
  query: QueryBytes | null;
  /** The full build failed: what it said, how long it ran and how much memory it had taken by then. */
  failure: { message: string; wallMs: number; peakRss: number; peakRssByProcess: Record<string, number>; progress: string[] } | null;
  progress: string[]; // the last full build's progress lines, "[ms since start] stage: …"
  cpuProfile?: string | null; // --cpu-profile: CPU profile summary of one more full build
}

export interface Target {
  name: string;
  limit: string;
  value: string;
  met: boolean | null; // null: not measured
}

export interface BenchResult {
  date: string;
  commit: string | null;
  machine: { cpus: number; memoryBytes: number; node: string; loadBefore: number[]; loadAfter: number[] };
  seed: number;
  runs: number;
  durationMs: number;
  sizes: SizeResult[];
  targets: Target[];
}

const s = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s` : '–');
const gb = (b: number) => (!Number.isFinite(b) ? '–' : b >= 1e9 ? `${(b / 1e9).toFixed(2)} GB` : `${Math.round(b / 1e6)} MB`);
const kb = (b: number) => (b >= 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${Math.round(b / 1000)} KB`);
const x = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)}×` : '');
const n = (v: number) => v.toLocaleString('en-US');

/** The exponent k of t ∝ n^k between two sizes: 1 is linear, 2 quadratic. */
export function growthExponent(n1: number, t1: number, n2: number, t2: number): number {
  return n1 > 0 && n2 > n1 && t1 > 0 && t2 > 0 ? Math.log(t2 / t1) / Math.log(n2 / n1) : NaN;
}

export const TARGETS = {
  totalVsBaseline: 1.5,
  linkShare: 0.1,
  rssVsBaseline: 1.2,
  perArticleGrowth: 1.3,
  unchangedVsFull: 0.5,
  addOneVsFull: 0.5,
  firstQueryBytes: 300_000,
  pageBytes: 200_000, // issue 16: no page over 200 KB
  filesPerArticle: 2.5, // issue 16: publishable where people publish (hosts limit files and bytes)
  bytesPerArticle: 25_000,
  linkExponent: 1.15, // issue 16: link time grows at most with n^1.15 in every profile
};

const profileOf = (z: SizeResult): ArchiveProfile => z.profile ?? 'synthetic';

/** The results of one profile, in the order measured. */
function byProfile(bench: BenchResult): SizeResult[][] {
  const groups = new Map<ArchiveProfile, SizeResult[]>();
  for (const z of bench.sizes) (groups.get(profileOf(z)) ?? groups.set(profileOf(z), []).get(profileOf(z))!).push(z);
  return [...groups.values()];
}

/** Targets of every profile, named after it when there are several. */
export function evaluateTargets(bench: BenchResult): Target[] {
  const groups = byProfile(bench);
  return groups.flatMap((sizes) => {
    const ts = evaluateProfile(sizes);
    const name = profileOf(sizes[0]!);
    return groups.length > 1 ? ts.map((t) => ({ ...t, name: `${name}: ${t.name}` })) : ts;
  });
}

function evaluateProfile(sizes: SizeResult[]): Target[] {
  const big = sizes[sizes.length - 1];
  const small = sizes[0];
  if (!big) return [];
  if (big.failure) return [{ name: `build of ${n(big.articles)} articles`, limit: 'succeeds', value: 'failed', met: false }];
  const out: Target[] = [];
  const t = (name: string, limit: string, value: string, met: boolean | null) => out.push({ name, limit, value, met });
  const full = big.build.wall.median;
  if (big.baseline) {
    const r = full / big.baseline.wall.median;
    t(
      `total build vs baseline (${n(big.articles)})`,
      `≤ ${TARGETS.totalVsBaseline}×`,
      `${r.toFixed(2)}× (${s(full)} vs ${s(big.baseline.wall.median)})`,
      r <= TARGETS.totalVsBaseline,
    );
    const m = big.build.peakRss.median / big.baseline.peakRss.median;
    t(
      `peak RSS vs baseline (${n(big.articles)})`,
      `≤ ${TARGETS.rssVsBaseline}×`,
      `${m.toFixed(2)}× (${gb(big.build.peakRss.median)} vs ${gb(big.baseline.peakRss.median)})`,
      m <= TARGETS.rssVsBaseline,
    );
  } else {
    t('total build vs baseline', `≤ ${TARGETS.totalVsBaseline}×`, 'not measured', null);
    t('peak RSS vs baseline', `≤ ${TARGETS.rssVsBaseline}×`, 'not measured', null);
  }
  const share = big.build.stages.link.median / big.build.stages.total.median;
  t(
    `link share of total (${n(big.articles)})`,
    `≤ ${TARGETS.linkShare * 100}%`,
    `${(share * 100).toFixed(1)}% (${s(big.build.stages.link.median)})`,
    share <= TARGETS.linkShare,
  );
  if (small && small !== big && !small.failure) {
    const k = growthExponent(small.articles, small.build.stages.link.median, big.articles, big.build.stages.link.median);
    t(`link time growth ${n(small.articles)} → ${n(big.articles)}`, `≤ n^${TARGETS.linkExponent}`, `n^${k.toFixed(2)}`, k <= TARGETS.linkExponent);
    const a = small.build.wall.median / small.articles;
    const b = big.build.wall.median / big.articles;
    t(
      `time per article ${n(big.articles)} vs ${n(small.articles)}`,
      `≤ ${TARGETS.perArticleGrowth}×`,
      `${(b / a).toFixed(2)}× (${b.toFixed(2)} vs ${a.toFixed(2)} ms)`,
      b / a <= TARGETS.perArticleGrowth,
    );
  } else {
    t('time per article growth', `≤ ${TARGETS.perArticleGrowth}×`, 'needs two sizes', null);
  }
  if (big.rebuild) {
    const u = big.rebuild.unchanged.median / full;
    t(
      `rebuild, nothing changed (${n(big.articles)})`,
      `≤ ${TARGETS.unchangedVsFull}× full`,
      `${u.toFixed(2)}× (${s(big.rebuild.unchanged.median)})`,
      u <= TARGETS.unchangedVsFull,
    );
    const a = big.rebuild.addOne.median / full;
    t(
      `rebuild, one article added (${n(big.articles)})`,
      `≤ ${TARGETS.addOneVsFull}× full`,
      `${a.toFixed(2)}× (${s(big.rebuild.addOne.median)})`,
      a <= TARGETS.addOneVsFull,
    );
  } else {
    t('rebuilds', '≤ 0.5× full', 'not measured', null);
  }
  const files = big.site.files / big.articles;
  t(`files per article (${n(big.articles)})`, `≤ ${TARGETS.filesPerArticle}`, `${files.toFixed(2)} (${n(big.site.files)} files)`, files <= TARGETS.filesPerArticle);
  const bytes = big.site.bytes / big.articles;
  t(`bytes per article (${n(big.articles)})`, `≤ ${kb(TARGETS.bytesPerArticle)}`, `${kb(bytes)} (${kb(big.site.bytes)})`, bytes <= TARGETS.bytesPerArticle);
  const page = big.site.largestPage;
  if (page) t(`largest page (${n(big.articles)})`, `≤ ${kb(TARGETS.pageBytes)}`, `${kb(page.bytes)} (${page.path})`, page.bytes <= TARGETS.pageBytes);
  if (big.query) {
    const q = big.query.maxPagefindBytes;
    t(`first search query loads (${n(big.articles)})`, `≤ ${kb(TARGETS.firstQueryBytes)}`, kb(q), q <= TARGETS.firstQueryBytes);
  } else {
    t('first search query loads', `≤ ${kb(TARGETS.firstQueryBytes)}`, 'not measured', null);
  }
  return out;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function formatReport(bench: BenchResult): string {
  const out: string[] = [];
  out.push(
    `Pressearchiv benchmark · ${bench.date.slice(0, 16).replace('T', ' ')} UTC · commit ${bench.commit ?? '?'} · ${bench.machine.cpus} CPUs, ` +
      `${Math.round(bench.machine.memoryBytes / 2 ** 30)} GB, Node ${bench.machine.node} · seed ${bench.seed} · median of up to ${bench.runs} runs (each listed below) · ` +
      `load ${bench.machine.loadBefore[0]!.toFixed(1)}→${bench.machine.loadAfter[0]!.toFixed(1)}`,
  );
  const previous = new Map<ArchiveProfile, SizeResult>(); // the last size measured of each profile
  for (const z of bench.sizes) {
    const b = z.build;
    const base = z.baseline;
    const prev = previous.get(profileOf(z));
    previous.set(profileOf(z), z);
    out.push('');
    if (z.failure) {
      out.push(
        `${profileOf(z)} · ${n(z.articles)} articles: THE BUILD FAILED after ${s(z.failure.wallMs)} (peak ${gb(z.failure.peakRss)}); baseline ${base ? `${s(base.wall.median)}, ${gb(base.peakRss.median)}` : 'not run'}`,
      );
      out.push(z.failure.progress.join('\n'));
      out.push(z.failure.message);
      continue;
    }
    out.push(
      `${profileOf(z)} · ${n(z.articles)} articles (${n(b.articles)} after duplicates; ${(z.input.bytes / 1e6).toFixed(1)} MB of text, ${n(z.input.distinctWords)} distinct words; ` +
        `${n(b.pagesWritten)} pages, ${n(b.indexedPages)} indexed)`,
    );
    // growth exponent k of t ∝ n^k from the previous size of this profile (1: linear)
    const grow = (k: keyof Stages): string => {
      if (!prev || prev.failure) return '';
      const e = growthExponent(prev.articles, prev.build.stages[k].median, z.articles, b.stages[k].median);
      return Number.isFinite(e) ? `n^${e.toFixed(2)}` : '';
    };
    const growth = prev && !prev.failure ? `growth from ${n(prev.articles)}` : '';
    const rows: string[][] = [['stage', 'build', 'baseline', 'build/baseline', growth]];
    rows.push(['ingest', s(b.stages.ingest.median), '–', '', grow('ingest')]);
    rows.push(['link', s(b.stages.link.median), '–', '', grow('link')]);
    rows.push([
      'render (model + Eleventy)',
      s(b.stages.render.median),
      base ? s(base.render.median) : '–',
      base ? x(b.stages.render.median, base.render.median) : '',
      grow('render'),
    ]);
    rows.push(['index (Pagefind)', s(b.stages.index.median), base ? s(base.index.median) : '–', base ? x(b.stages.index.median, base.index.median) : '', grow('index')]);
    rows.push(['total, in process', s(b.stages.total.median), base ? s(base.total.median) : '–', base ? x(b.stages.total.median, base.total.median) : '', grow('total')]);
    rows.push(['total, process wall time', s(b.wall.median), base ? s(base.wall.median) : '–', base ? x(b.wall.median, base.wall.median) : '']);
    rows.push(['peak RSS, all processes', gb(b.peakRss.median), base ? gb(base.peakRss.median) : '–', base ? x(b.peakRss.median, base.peakRss.median) : '']);
    rows.push(['ms per article (wall)', (b.wall.median / z.articles).toFixed(2), base ? (base.wall.median / z.articles).toFixed(2) : '–', '']);
    if (z.rebuild) {
      rows.push(['rebuild, nothing changed', s(z.rebuild.unchanged.median), '', `${x(z.rebuild.unchanged.median, b.wall.median)} of full`]);
      rows.push(['rebuild, one article added', s(z.rebuild.addOne.median), '', `${x(z.rebuild.addOne.median, b.wall.median)} of full`]);
    }
    rows.push(['Pagefind index', kb(z.site.pagefindBytes), base ? kb(base.pagefindBytes) : '–', base ? x(z.site.pagefindBytes, base.pagefindBytes) : '']);
    rows.push(['whole site', `${kb(z.site.bytes)}`, '', `${n(z.site.files)} files`]);
    if (z.query) for (const q of z.query.queries) rows.push([`first query "${q.query}" (${q.kind})`, kb(q.pagefindBytes), '', `${q.requests} requests`]);
    out.push(table(rows));
    const procs = Object.entries(b.peakRssByProcess)
      .filter(([, v]) => v > 20e6)
      .map(([k, v]) => `${k} ${gb(v)}`)
      .join(', ');
    const bprocs = base
      ? Object.entries(base.peakRssByProcess)
          .filter(([, v]) => v > 20e6)
          .map(([k, v]) => `${k} ${gb(v)}`)
          .join(', ')
      : '';
    out.push(`peak per process: build ${procs}${bprocs ? `; baseline ${bprocs}` : ''}`);
    if (z.rebuild) {
      const st = z.rebuild.addOneStages;
      const med = (k: keyof Stages) => s(st.map((x) => x[k]).sort((a, b) => a - b)[st.length >> 1] ?? NaN);
      out.push(`rebuild, nothing changed: ${[...new Set(z.rebuild.notes.unchanged)].join(' / ') || '–'}`);
      out.push(`rebuild, one article added: ingest ${med('ingest')}, link ${med('link')}, render ${med('render')}, index ${med('index')} (in process)`);
    }
    out.push(
      `runs (wall, s): build ${b.wall.runs.map((v) => (v / 1000).toFixed(1)).join(' / ')}${base ? `; baseline ${base.wall.runs.map((v) => (v / 1000).toFixed(1)).join(' / ')}` : ''}`,
    );
  }
  out.push('');
  out.push('Targets');
  out.push(table([['target', 'limit', 'measured', ''], ...bench.targets.map((t) => [t.name, t.limit, t.value, t.met === null ? '–' : t.met ? 'met' : 'MISSED'])]));
  return out.join('\n');
}

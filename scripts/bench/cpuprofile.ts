// Summarises a V8 .cpuprofile (node --cpu-prof): where the build's own JavaScript spends its time,
// inclusive per function in src/, and self time overall. `tsx scripts/bench/cpuprofile.ts FILE [N]`
import fs from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  inclusive: { name: string; ms: number }[]; // functions in src/, by time including callees
  self: { name: string; ms: number }[]; // any function (or GC), by its own time
}

const label = (n: Node) => {
  const url = n.callFrame.url.replace(/^file:\/\//, '');
  const m = /\/(src\/.*|node_modules\/(?:@[^/]+\/)?[^/]+)/.exec(url);
  const where = m ? m[1]!.replace(/^node_modules\//, '') : url.split('/').slice(-1)[0] || '';
  return `${n.callFrame.functionName || '(anonymous)'} ${where}`.trim(); // line numbers are the transpiled ones under tsx: left out
};

export function summarise(profile: Profile, top = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const time = new Map<number, number>();
  profile.samples.forEach((s, i) => time.set(s, (time.get(s) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  let total = 0;
  for (const [id, t] of time) {
    total += t;
    const n = byId.get(id)!;
    self.set(label(n), (self.get(label(n)) ?? 0) + t);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const node = byId.get(cur)!;
      if (!node.callFrame.url.includes('/src/')) continue;
      const k = label(node);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + t);
    }
  }
  const sorted = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000) }));
  return { totalMs: Math.round(total / 1000), inclusive: sorted(incl), self: sorted(self) };
}

export function formatSummary(s: ProfileSummary): string {
  const rows = (xs: { name: string; ms: number }[]) => xs.map((x) => `${String(x.ms).padStart(8)} ms  ${x.name}`).join('\n');
  return `CPU profile of the build process (${s.totalMs} ms sampled)\n\ninclusive, functions in src/:\n${rows(s.inclusive)}\n\nself time:\n${rows(s.self)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: cpuprofile.ts FILE.cpuprofile [top]');
    process.exit(2);
  }
  console.log(formatSummary(summarise(JSON.parse(fs.readFileSync(file, 'utf8')) as Profile, Number(process.argv[3] ?? 25))));
}

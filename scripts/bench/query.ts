// Bytes the search page loads for a reader's first query, for a common and a rare word of the archive
// (measured by the search stage's own measureFirstQueryBytes: served on loopback, opened in Chromium).
import type { AddressInfo } from 'node:net';
import { serve } from '../../src/cli/serve.ts';
import { measureFirstQueryBytes } from '../../src/search/measure.ts';
import type { SynthFile } from './synth.ts';

export interface QueryMeasure {
  query: string;
  kind: 'common' | 'rare';
  pagefindBytes: number;
  totalBytes: number;
  requests: number;
  results: number | null;
}

export interface QueryBytes {
  queries: QueryMeasure[];
  maxPagefindBytes: number;
}

/** A word in many articles and a word in a few, both capitalised nouns of the archive. */
export function pickQueries(files: SynthFile[]): { common: string; rare: string } {
  const df = new Map<string, number>();
  for (const f of files) for (const w of new Set(f.text.match(/\p{Lu}\p{Ll}{6,}/gu) ?? [])) df.set(w, (df.get(w) ?? 0) + 1);
  const sorted = [...df].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const common = sorted.find(([w]) => !/^(Prozent|Millionen|Milliarden|Menschen|Angaben)$/.test(w))?.[0] ?? 'Regierung';
  const target = Math.max(3, Math.round(files.length / 500));
  const rare = sorted.find(([, c]) => c <= target)?.[0] ?? common;
  return { common, rare };
}

export async function firstQueryBytes(site: string, files: SynthFile[]): Promise<QueryBytes> {
  const { common, rare } = pickQueries(files);
  const queries: QueryMeasure[] = [];
  const server = await serve({ root: site, port: 0 });
  try {
    const siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    for (const [kind, query] of [
      ['common', common],
      ['rare', rare],
    ] as const) {
      const m = await measureFirstQueryBytes(siteUrl, query);
      queries.push({ query, kind, pagefindBytes: m.pagefindBytes, totalBytes: m.totalBytes, requests: m.requests.length, results: m.results });
    }
  } finally {
    server.close();
  }
  return { queries, maxPagefindBytes: Math.max(...queries.map((q) => q.pagefindBytes)) };
}

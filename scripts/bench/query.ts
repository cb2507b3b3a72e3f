// Bytes the search page loads for a reader's first query: the built site is served on loopback and
// /suche/?q=… is opened in Debian's Chromium; every response under /pagefind/ is counted. Uses the search
// stage's own helper when it exports one (src/search), else measures here the same way.
import path from 'node:path';
import type { SynthFile } from './synth.ts';

export interface QueryMeasure {
  query: string;
  kind: 'common' | 'rare';
  pagefindBytes: number;
  totalBytes: number;
  requests: number;
  results: number | null;
  via: 'src/search' | 'bench';
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

type SearchHelper = (site: string, query: string) => Promise<{ pagefindBytes: number; totalBytes: number; results: number; requests: unknown[] }>;

async function searchHelper(): Promise<SearchHelper | null> {
  try {
    const mod = (await import('../../src/search/index.ts')) as { measureFirstQueryBytes?: SearchHelper };
    return typeof mod.measureFirstQueryBytes === 'function' ? mod.measureFirstQueryBytes : null;
  } catch {
    return null;
  }
}

async function measureHere(site: string, query: string): Promise<Omit<QueryMeasure, 'kind' | 'query'>> {
  const { chromium } = await import('playwright-core');
  const { serve } = await import('../../src/cli/serve.ts');
  const server = await serve({ root: path.resolve(site), port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'],
  });
  try {
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('server has no port');
    const page = await browser.newPage();
    const sizes: { url: string; bytes: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (res) => {
      pending.push(res.body().then((b) => void sizes.push({ url: res.url(), bytes: b.length })).catch(() => undefined));
    });
    await page.goto(`http://127.0.0.1:${address.port}/suche/?q=${encodeURIComponent(query)}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const pf = sizes.filter((s) => new URL(s.url).pathname.startsWith('/pagefind/'));
    return {
      pagefindBytes: pf.reduce((a, s) => a + s.bytes, 0),
      totalBytes: sizes.reduce((a, s) => a + s.bytes, 0),
      requests: pf.length,
      results: null,
      via: 'bench',
    };
  } finally {
    await browser.close();
    server.close();
  }
}

export async function firstQueryBytes(site: string, files: SynthFile[]): Promise<QueryBytes> {
  const { common, rare } = pickQueries(files);
  const helper = await searchHelper();
  const queries: QueryMeasure[] = [];
  for (const [kind, query] of [['common', common], ['rare', rare]] as const) {
    if (helper) {
      try {
        const m = await helper(site, query);
        queries.push({ query, kind, pagefindBytes: m.pagefindBytes, totalBytes: m.totalBytes, requests: m.requests.length, results: m.results, via: 'src/search' });
        continue;
      } catch {
        // the search page may not match the helper yet: measure here instead
      }
    }
    queries.push({ query, kind, ...(await measureHere(site, query)) });
  }
  return { queries, maxPagefindBytes: Math.max(...queries.map((q) => q.pagefindBytes)) };
}

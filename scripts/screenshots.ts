// Screenshots of every page type at phone and desktop widths, light and dark, for design review.
// Usage: npm run screenshots [-- --input DIR --out screenshots --only home,article --fold (first screen only)]
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from '../src/build.ts';
import { serve } from '../src/cli/serve.ts';

const { values } = parseArgs({
  options: { input: { type: 'string', default: 'seeds' }, out: { type: 'string', default: 'screenshots' }, only: { type: 'string' }, fold: { type: 'boolean' } },
});

const site = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'pressearchiv-shots-')), '_site');
await build({ input: values.input, output: site });
const server = await serve({ root: site, port: 0 });
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;

// One page of each type, found in the built site so the script works for any input.
const firstUnder = async (dir: string): Promise<string | null> => {
  const entries = await fs.readdir(path.join(site, dir), { recursive: true }).catch(() => [] as string[]);
  const hit = entries.filter((e) => e.endsWith('index.html') && e !== 'index.html' && !e.includes('seite')).sort()[0];
  return hit ? `${dir}/${hit.replace(/index\.html$/, '')}` : null;
};
const largestArticle = async (): Promise<string | null> => {
  const entries = await fs.readdir(path.join(site, 'artikel'), { recursive: true });
  let best: [number, string] | null = null;
  for (const e of entries.filter((x) => x.endsWith('index.html'))) {
    const size = (await fs.stat(path.join(site, 'artikel', e))).size;
    if (!best || size > best[0]) best = [size, `artikel/${e.replace(/index\.html$/, '')}`];
  }
  return best?.[1] ?? null;
};
const months = (await fs.readdir(site)).filter((d) => /^\d{4}$/.test(d)).sort();
const monthDirs = months.length ? (await fs.readdir(path.join(site, months.at(-1)!))).filter((d) => /^\d{2}$/.test(d)).sort() : [];
// The story with the most articles (its page shows what ties them), and the first comparison of versions.
const largestStory = async (): Promise<string | null> => {
  const entries = ((await fs.readdir(path.join(site, 'geschichten'), { recursive: true }).catch(() => [])) as string[]).filter(
    (e) => e.endsWith('index.html') && e !== 'index.html' && !e.includes('seite'),
  );
  let best: [number, string] | null = null;
  for (const e of entries) {
    const n = ((await fs.readFile(path.join(site, 'geschichten', e), 'utf8')).match(/<li class="card"/g) ?? []).length;
    if (!best || n > best[0]) best = [n, `geschichten/${e.replace(/index\.html$/, '')}`];
  }
  return best?.[1] ?? null;
};
const dayDirs = monthDirs.length ? (await fs.readdir(path.join(site, months.at(-1)!, monthDirs.at(-1)!))).filter((d) => /^\d{2}$/.test(d)).sort() : [];
const pages: Record<string, string | null> = {
  home: '',
  article: await largestArticle(),
  story: await largestStory(),
  stories: 'geschichten/',
  compare: await firstUnder('vergleich'),
  person: 'personen/wladimir-putin/',
  day: dayDirs.length ? `${months.at(-1)}/${monthDirs.at(-1)}/${dayDirs.at(-1)}/` : null,
  month: months.length && monthDirs.length ? `${months.at(-1)}/${monthDirs.at(-1)}/` : null,
  year: months.length ? `${months.at(-1)}/` : null,
  undated: (await fs.stat(path.join(site, 'ohne-datum')).catch(() => null)) ? 'ohne-datum/' : null,
  chronicle: 'chronik/',
  quotes: 'zitate/',
  sources: 'quellen/',
  source: await firstUnder('quellen'),
  people: 'personen/',
  places: 'orte/',
  place: await firstUnder('orte'),
  organisations: 'organisationen/',
  organisation: await firstUnder('organisationen'),
  about: 'ueber/',
  search: 'suche/?q=Putin',
  searchNear: 'suche/?q=Westfalen',
  notfound: 'gibt-es-nicht/',
};
if (!(await fs.stat(path.join(site, 'personen/wladimir-putin')).catch(() => null))) pages.person = await firstUnder('personen');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
await fs.mkdir(values.out, { recursive: true });
const only = values.only?.split(',');
try {
  for (const [width, device] of [
    [375, 'phone'],
    [1280, 'desktop'],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width, height: width < 500 ? 812 : 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const [name, url] of Object.entries(pages)) {
        if (url === null || (only && !only.includes(name))) continue;
        await page.goto(base + url, { waitUntil: 'networkidle' });
        const file = path.join(values.out, `${name}-${device}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: !values.fold });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

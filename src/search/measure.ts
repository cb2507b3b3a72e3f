// How many bytes a reader's first query loads: the search page of a site the caller serves is opened in
// Debian's Chromium (playwright-core, a dev dependency: only the bench and tests call this), the query
// runs from the URL, and every response under /pagefind/ and /assets/search/ is counted.
// The caller serves the site (the command line's `serve`): a stage does not reach up into the command line.
import type { Browser } from 'playwright-core';

export interface FirstQueryBytes {
  query: string;
  results: number; // results the page reported
  pagefindBytes: number; // index chunks, filters, fragments, metadata, wasm and pagefind.js
  totalBytes: number; // plus the search page's own HTML, CSS and script
  requests: { url: string; bytes: number }[];
}

export interface MeasureOptions {
  chromiumPath?: string;
  timeoutMs?: number;
  browser?: Browser; // a running one (tests): the page opens in a context of its own, with an empty cache like a fresh browser's
}

/** Loads `<siteUrl>suche/?q=query` (siteUrl: the served site's root, path prefix included, ending in `/`) in a fresh browser context and sums the body bytes of what it fetched. */
export async function measureFirstQueryBytes(siteUrl: string, query: string, options: MeasureOptions = {}): Promise<FirstQueryBytes> {
  const prefix = new URL(siteUrl).pathname;
  const browser = options.browser ?? (await launch(options.chromiumPath));
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const requests: { url: string; bytes: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      pending.push(
        response
          .body()
          .then((body) => void requests.push({ url: response.url(), bytes: body.length }))
          .catch(() => undefined),
      );
    });
    const url = `${siteUrl}suche/?q=${encodeURIComponent(query)}`;
    await page.goto(url);
    await page.waitForSelector('#search-status[data-state="done"]', { timeout: options.timeoutMs ?? 30000 });
    const results = Number(await page.getAttribute('#search-status', 'data-count')) || 0;
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const pagefindBytes = requests.filter((r) => new URL(r.url).pathname.startsWith(`${prefix}pagefind/`)).reduce((s, r) => s + r.bytes, 0);
    const totalBytes = requests.reduce((s, r) => s + r.bytes, 0);
    return { query, results, pagefindBytes, totalBytes, requests };
  } finally {
    await (options.browser ? context.close() : browser.close());
  }
}

async function launch(chromiumPath: string | undefined): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'],
  });
}

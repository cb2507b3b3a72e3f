// Debian's Chromium driven by playwright-core (never a downloaded browser), and the site served on loopback.
import assert from 'node:assert/strict';
import { accessSync, constants, readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { chromium, type Browser, type BrowserServer, type Download, type LaunchOptions, type Page } from 'playwright-core';
import { after, before } from 'node:test';
import { serve } from '../../src/cli/serve.ts';
import { sharedSite } from './shared-site.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Chromium reads only the last --disable-features, so Playwright's own list (playwright-core 1.65) is repeated here, plus
// the omnibox popup that headless Chromium keeps as a page of its own and redraws on every navigation (~20 % of its CPU), and
// RenderDocument, which builds a new frame (document, compositor) for every navigation instead of reusing it (~30 % of a load's CPU).
const DISABLED_FEATURES = [
  ...['AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable', 'LensOverlay'],
  ...['MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect', 'TcpPortRandomizationWin'],
  ...['OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch', 'msForceBrowserSignIn', 'msEdgeUpdateLaunchServicesPreferredVersion'],
  ...['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup', 'RenderDocument'],
];

/** Where `npm test` (scripts/run-tests.js) tells every test process its one Chromium is: a Playwright browser server's endpoint. */
export const BROWSER_ENDPOINT = 'TEST_BROWSER_ENDPOINT';

/** The test run's Chromium when `npm test` started one (closing it disconnects), else one of this process's own. */
export async function launchBrowser(): Promise<Browser> {
  const endpoint = process.env[BROWSER_ENDPOINT];
  if (endpoint) return chromium.connect(endpoint);
  const browser = await chromium.launch(launchOptions());
  await refuseDropped(() => browser.close());
  return browser;
}

/** One Chromium for every browser test file of a run (scripts/run-tests.js); the caller closes it. */
export async function launchBrowserServer(): Promise<BrowserServer> {
  const server = await chromium.launchServer(launchOptions());
  await refuseDropped(() => server.close());
  return server;
}

/** Fails with one line saying what to install, not Playwright's screenful, when there is no Chromium to drive. */
function launchOptions(): LaunchOptions {
  try {
    accessSync(CHROMIUM, constants.X_OK);
  } catch {
    throw new Error(`No Chromium at ${CHROMIUM}: run \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`);
  }
  return {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-gpu',
      // at most two renderer processes, reused across pages and contexts: each new one cost ~0.3 CPU s to start (~110 a run → 7;
      // the renderers' CPU −20 % in alternating runs of the browser files); without site isolation, which would force more
      '--renderer-process-limit=2',
      '--disable-site-isolation-trials',
      // V8 without its helper threads: a test's page lives about a second, so optimised code and GC work done beside it are mostly thrown away (~10 % of a file's CPU)
      '--js-flags=--single-threaded',
      `--disable-features=${DISABLED_FEATURES.join(',')}`,
    ],
  };
}

/** Closes the browser and fails when Playwright disabled a feature that our --disable-features leaves on. */
async function refuseDropped(close: () => Promise<void>): Promise<void> {
  const dropped = droppedFeatures();
  if (!dropped.length) return;
  await close();
  throw new Error(`Playwright also disables ${dropped.join(', ')}: add them to DISABLED_FEATURES in tests/helpers/browser.ts`);
}

/** Features Playwright disabled that the last --disable-features (ours) leaves on, read from this process's Chromium children. */
function droppedFeatures(): string[] {
  const dropped = new Set<string>();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let args: string[];
    try {
      if (
        Number(
          readFileSync(`/proc/${pid}/stat`, 'utf8')
            .replace(/^.*\) \S+ /s, '')
            .split(' ')[0],
        ) !== process.pid
      )
        continue;
      args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // gone meanwhile
    }
    const lists = args.filter((a) => a.startsWith('--disable-features=')).map((a) => a.slice('--disable-features='.length).split(','));
    const used = new Set(lists.at(-1));
    for (const feature of lists.slice(0, -1).flat()) if (!used.has(feature)) dropped.add(feature);
  }
  return [...dropped];
}

export async function serveSite(root: string, pathPrefix = '/'): Promise<{ server: Server; url: string }> {
  const server = await serve({ root, port: 0, pathPrefix });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return { server, url: `http://127.0.0.1:${address.port}${pathPrefix}` };
}

export interface ServedSite {
  browser: Browser;
  page: Page; // one page for the file's tests (a new page costs a renderer process); tests needing other settings make a context of their own
  url: string; // the served site's root, with the path prefix
  out: string; // the built folder
}

/** The site built through the CLI (shared, see shared-site.ts), served, and Chromium and a page opened before the tests; closes both after. */
export function useServedSite(options: { args?: string[]; input?: string; pathPrefix?: string } = {}): ServedSite {
  const site = {} as ServedSite;
  let server: Server | undefined;
  before(async () => {
    const prefix = options.pathPrefix ?? '/';
    const args = [...(prefix === '/' ? [] : ['--path-prefix', prefix]), ...(options.args ?? [])]; // the order tests/site gives: one shared build
    site.out = sharedSite(args, options.input).out;
    let url: string;
    ({ server, url } = await serveSite(site.out, prefix));
    site.url = url;
    site.browser = await launchBrowser();
    site.page = await (await site.browser.newContext()).newPage();
  });
  after(async () => {
    await site.browser?.close();
    server?.close();
  });
  return site;
}

/** Runs `use` with JavaScript off in `page`, set as a context with javaScriptEnabled: false sets it, without that context's new renderer (~1 CPU s). */
export async function withoutJavaScript<T>(page: Page, use: () => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  try {
    return await use();
  } finally {
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
    await cdp.detach();
  }
}

/** Runs `act` on the open search page (a query sent, a filter or the sort changed) and waits until the search it started has run: its state then. */
export async function searchAfter(page: Page, act: () => Promise<unknown>): Promise<string | null> {
  await page.evaluate(() => {
    const status = document.getElementById('search-status')!;
    // the next 'done' or 'error' is this search's: the page's status says 'busy' from the moment a search starts
    (window as unknown as { searchRun: Promise<string | null> }).searchRun = new Promise((resolve) =>
      new MutationObserver((_, observer) => {
        const state = status.getAttribute('data-state');
        if (state !== 'done' && state !== 'error') return;
        observer.disconnect();
        resolve(state);
      }).observe(status, { attributeFilter: ['data-state'] }),
    );
  });
  await act();
  return page.evaluate(() => (window as unknown as { searchRun: Promise<string | null> }).searchRun);
}

/**
 * Sends `query` from the open search page's box with Enter, as a reader does, without reloading the page (a search page
 * opened with a query costs ~0.7 CPU s: Pagefind's wasm and index); the box is set, not typed key by key, because the
 * page also searches 300 ms after typing stops, and that search could overlap Enter's.
 */
export async function sendQuery(page: Page, query: string): Promise<void> {
  const state = await searchAfter(page, async () => {
    await page.$eval('#search-q', (input, q) => void ((input as HTMLInputElement).value = q), query);
    await page.press('#search-q', 'Enter');
  });
  assert.equal(state, 'done', `search for ${query}: ${await page.textContent('#search-status')}`);
}

/** A download's bytes: read through Playwright, since a browser of another process (npm test's) keeps the file where this one cannot look. */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// axe-core's own minified build, run in the page (axe.run): AxeBuilder sent the 1.3 MB source twice per check and finished each in a new blank page.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's violations on the page as shown now, one line each (rule, count, elements); all rules unless `tags` or `rules` pick some. */
export async function axeViolations(page: Page, options: { tags?: string[]; rules?: string[]; include?: string } = {}): Promise<string[]> {
  if (page.frames().length > 1) throw new Error(`${page.url()} has frames: axe.run here checks the top document only`);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const only: RunOptions = options.rules ? { runOnly: { type: 'rule', values: options.rules } } : options.tags ? { runOnly: { type: 'tag', values: options.tags } } : {};
  // the same rules and violations; only the passes and the undecided are no longer described node by node (selectors, HTML)
  // On file:// each file is its own origin: axe would fetch the style sheets by XMLHttpRequest, which Chromium refuses with
  // console errors that may arrive after the run. Without preloading only css-orientation-lock cannot look into them.
  const run: RunOptions = { ...only, resultTypes: ['violations'], ...(page.url().startsWith('file:') ? { preload: false } : {}) };
  return page.evaluate(
    async ({ include, run }) => {
      const { axe } = window as unknown as { axe: { run: (context: unknown, options: RunOptions) => Promise<AxeResults> } };
      const { violations } = await axe.run(include ? { include: [include] } : document, run);
      return violations.map((v) => `${v.id} (${v.nodes.length}×) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    { include: options.include, run },
  );
}

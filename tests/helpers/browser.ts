// Debian's Chromium driven by playwright-core (never a downloaded browser), and the site served on loopback.
import { accessSync, constants } from 'node:fs';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { after, before } from 'node:test';
import { serve } from '../../src/cli/serve.ts';
import { sharedSite } from './shared-site.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Fails with one line saying what to install, not Playwright's screenful, when there is no Chromium to drive. */
export function launchBrowser(): Promise<Browser> {
  try {
    accessSync(CHROMIUM, constants.X_OK);
  } catch {
    return Promise.reject(new Error(`No Chromium at ${CHROMIUM}: run \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`));
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'],
  });
}

export async function serveSite(root: string, pathPrefix = '/'): Promise<{ server: Server; url: string }> {
  const server = await serve({ root, port: 0, pathPrefix });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return { server, url: `http://127.0.0.1:${address.port}${pathPrefix}` };
}

export interface ServedSite {
  browser: Browser;
  url: string; // the served site's root, with the path prefix
  out: string; // the built folder
}

/** The site built through the CLI (shared, see shared-site.ts), served, and Chromium opened before the tests; closes both after. */
export function useServedSite(options: { args?: string[]; input?: string; pathPrefix?: string } = {}): ServedSite {
  const site = {} as ServedSite;
  let server: Server | undefined;
  before(async () => {
    const prefix = options.pathPrefix ?? '/';
    const args = [...(options.args ?? []), ...(prefix === '/' ? [] : ['--path-prefix', prefix])];
    site.out = sharedSite(args, options.input).out;
    let url: string;
    ({ server, url } = await serveSite(site.out, prefix));
    site.url = url;
    site.browser = await launchBrowser();
  });
  after(async () => {
    await site.browser?.close();
    server?.close();
  });
  return site;
}

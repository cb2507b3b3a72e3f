// Debian's Chromium driven by playwright-core (never a downloaded browser), and the site served on loopback.
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { serve } from '../../src/cli/serve.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
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

// `npm test`'s runner: every test file (scripts/test-files.js) in the order given, four at a time, with Node's test
// runner. `node --test FILE…` sorts the files by name before it starts them, so the costliest would not start first;
// `run({ files })` keeps the order. Each file runs in a process of its own with this process's flags (`--import tsx`).
// The browser files share one Chromium started here (tests/helpers/browser.ts): each launch cost ~1 CPU s.
// Plain JavaScript like test-files.js. TAP on stdout, as `node --test` prints when its output is not a terminal.
import { run } from 'node:test';
import { tap } from 'node:test/reporters';
import { testFiles } from './test-files.js';

const files = process.argv.slice(2).length ? process.argv.slice(2) : testFiles();
let browserServer;
if (files.some((f) => f.replace(/\\/g, '/').includes('tests/browser/'))) {
  const { BROWSER_ENDPOINT, launchBrowserServer } = await import('../tests/helpers/browser.ts');
  browserServer = await launchBrowserServer(); // Playwright closes it on SIGINT, SIGTERM and SIGHUP
  process.env[BROWSER_ENDPOINT] = browserServer.wsEndpoint(); // the test processes inherit it
}
const stream = run({ files, concurrency: 4 });
stream.on('test:fail', () => (process.exitCode = 1));
stream.on('close', () => void browserServer?.close());
stream.compose(tap).pipe(process.stdout);

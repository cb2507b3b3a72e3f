// `npm test`'s runner: every test file (scripts/test-files.js) in the order given, four at a time, with Node's test
// runner. `node --test FILE…` sorts the files by name before it starts them, so the costliest would not start first;
// `run({ files })` keeps the order. The files run from one bundle of the sources and the tests (scripts/bundle.js),
// made here in a temp folder and removed at the end: a process under tsx spends ~0.5 CPU s starting tsx's hooks thread
// and more sending every import through it. One file from its source: `node --import tsx --test FILE`. Each file runs in a process of its own with this process's flags.
// The browser files share one Chromium started here (tests/helpers/browser.ts): each launch cost ~1 CPU s.
// Plain JavaScript like test-files.js. TAP on stdout, as `node --test` prints when its output is not a terminal.
import path from 'node:path';
import { run } from 'node:test';
import { tap } from 'node:test/reporters';
import { pathToFileURL } from 'node:url';
import { bundleTests, root } from './bundle.js';
import { testFiles } from './test-files.js';

const files = process.argv.slice(2).length ? process.argv.slice(2).map((f) => path.relative(root, path.resolve(f)).split(path.sep).join('/')) : testFiles();
const { bundled, remove } = await bundleTests(files);
let browserServer;
if (files.some((f) => f.startsWith('tests/browser/'))) {
  const { BROWSER_ENDPOINT, launchBrowserServer } = await import(pathToFileURL(bundled('tests/helpers/browser.ts')).href);
  browserServer = await launchBrowserServer(); // Playwright closes it on SIGINT, SIGTERM and SIGHUP
  process.env[BROWSER_ENDPOINT] = browserServer.wsEndpoint(); // the test processes inherit it
}
const stream = run({ files: files.map(bundled), concurrency: 4 });
stream.on('test:fail', () => (process.exitCode = 1));
stream.on('close', () => {
  void browserServer?.close();
  remove();
});
stream.compose(tap).pipe(process.stdout);

// `npm test`'s runner: every test file (scripts/test-files.js) in the order given, four at a time, with Node's test
// runner. `node --test FILE…` sorts the files by name before it starts them, so the costliest would not start first;
// `run({ files })` keeps the order. Each file runs in a process of its own with this process's flags (`--import tsx`).
// Plain JavaScript like test-files.js. TAP on stdout, as `node --test` prints when its output is not a terminal.
import { run } from 'node:test';
import { tap } from 'node:test/reporters';
import { testFiles } from './test-files.js';

const files = process.argv.slice(2).length ? process.argv.slice(2) : testFiles();
const stream = run({ files, concurrency: 4 });
stream.on('test:fail', () => (process.exitCode = 1));
stream.compose(tap).pipe(process.stdout);

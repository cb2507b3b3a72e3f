// The test files `npm test` runs, the slowest first. The runner starts the files in the order given, four at a
// time; a long file started last would run alone at the end with the other core idle.
// Plain JavaScript like preflight.js: it runs before tsx is loaded.
import { readdirSync } from 'node:fs';

// CPU time of each file run alone, measured (README, Tests); files not listed follow in path order.
const SLOWEST = [
  'tests/integration/faults.test.ts',
  'tests/integration/incremental-pages.test.ts',
  'tests/browser/hostile-input.test.ts',
  'tests/codebase/checks.test.ts',
  'tests/bench/smoke.test.ts',
  'tests/browser/search.test.ts',
  'tests/browser/site-a11y.test.ts',
  'tests/bench/incremental.test.ts',
  'tests/site/site.test.ts',
  'tests/integration/build.test.ts',
  'tests/browser/search-unicode.test.ts',
  'tests/browser/search-reader.test.ts',
  'tests/browser/reader-pages.test.ts',
  'tests/integration/cli.test.ts',
];

const all = readdirSync('tests', { recursive: true })
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `tests/${f.split('\\').join('/')}`)
  .sort();
const first = SLOWEST.filter((f) => all.includes(f));
console.log([...first, ...all.filter((f) => !first.includes(f))].join('\n'));

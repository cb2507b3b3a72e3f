// The test files `npm test` runs, the costliest first: scripts/run-tests.js starts them in this order, four at a time;
// a long file started last would run alone at the end with the other core idle.
// Plain JavaScript like preflight.js: it runs before tsx is loaded.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL, URL } from 'node:url';

// V8's interrupt budget ×16 in every test process and static check (as in the command's: src/child-process.ts): V8 optimises
// a function only after it has run that much longer, so short processes no longer spend CPU on TurboFan compiles of code they
// soon leave (one-process 14.0 → 12.4 CPU s, types-and-lint ~34 → ~30). package.json's "test" starts the runner with it; the
// files' processes inherit it; checks.js and test-cpu.js pass it.
export const TEST_NODE_FLAGS = ['--interrupt-budget=1081344'];

// The costliest files (CPU s of each file's whole process tree, `npm run test:cpu` on 6 Dec 2026 after the fourth round of
// issue 17's cuts, on a quiet machine); files not listed follow in path order.
const SLOWEST = [
  'tests/codebase/checks.test.ts',
  'tests/browser/hostile-input.test.ts',
  'tests/browser/search.test.ts',
  'tests/integration/incremental-pages.test.ts',
  'tests/browser/site-a11y.test.ts',
  'tests/integration/bundle.test.ts',
  'tests/integration/faults.test.ts',
  'tests/one-process.ts',
  'tests/browser/search-reader.test.ts',
  'tests/browser/originals.test.ts',
  'tests/bench/smoke.test.ts',
  'tests/site/site.test.ts',
  'tests/integration/incremental-index-input.test.ts',
  'tests/integration/build.test.ts',
  'tests/integration/render-runs.test.ts',
  'tests/bench/incremental.test.ts',
  'tests/ingest/parallel.test.ts',
  'tests/search/lexicon-copy.test.ts',
];

// Unit files that start no process, server, browser or build and change no shared state: `npm test` runs them in
// one process (tests/one-process.ts), since a process with tsx costs ~0.6 CPU s before a test runs (38 files: 55 → 12 CPU s).
// Each still runs alone as before (`node --import tsx --test FILE`, `npm run test:unit`).
export const ONE_PROCESS = [
  'tests/cli/progress.test.ts',
  'tests/codebase/function-length.test.ts',
  'tests/incremental/index-input.test.ts',
  'tests/incremental/offline-scripts.test.ts',
  'tests/incremental/page-hashes.test.ts',
  'tests/ingest/furniture.test.ts',
  'tests/ingest/golden.test.ts',
  'tests/ingest/outlets.test.ts',
  'tests/ingest/people.test.ts',
  'tests/ingest/properties.test.ts',
  'tests/ingest/rules.test.ts',
  'tests/ingest/sentences.test.ts',
  'tests/integration/intermediate.test.ts',
  'tests/link/clustering.test.ts',
  'tests/link/entities.test.ts',
  'tests/link/passages.test.ts',
  'tests/link/people.test.ts',
  'tests/link/quotes.test.ts',
  'tests/link/seeds.test.ts',
  'tests/link/slugs.test.ts',
  'tests/link/stories.test.ts',
  'tests/link/text-job.test.ts',
  'tests/link/text.test.ts',
  'tests/quality/quality.test.ts',
  'tests/render/body.test.ts',
  'tests/render/card-html.test.ts',
  'tests/render/cards.test.ts',
  'tests/render/cite.test.ts',
  'tests/render/compare.test.ts',
  'tests/render/dates.test.ts',
  'tests/render/kept-copy-pruning.test.ts',
  'tests/render/kept-copy.test.ts',
  'tests/render/links.test.ts',
  'tests/render/listing-order.test.ts',
  'tests/render/local-dates.test.ts',
  'tests/render/nunjucks-cache.test.ts',
  'tests/render/originals.test.ts',
  'tests/render/passages.test.ts',
  'tests/render/people-order.test.ts',
  'tests/render/runs.test.ts',
  'tests/render/site.test.ts',
  'tests/render/story.test.ts',
  'tests/render/typography.test.ts',
  'tests/render/urls.test.ts',
  'tests/render/wide-lists.test.ts',
  'tests/search/augment.test.ts',
  'tests/search/compounds.test.ts',
  'tests/search/facets.test.ts',
  'tests/search/fragment-packs.test.ts',
  'tests/search/lexicon-lookup.test.ts',
  'tests/search/offline.test.ts',
  'tests/search/ui.test.ts',
];

/** Every test file, the slowest first, the ONE_PROCESS files replaced by tests/one-process.ts. */
export function testFiles() {
  const all = readdirSync(fileURLToPath(new URL('../tests', import.meta.url)), { recursive: true })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => `tests/${f.split('\\').join('/')}`)
    .filter((f) => !ONE_PROCESS.includes(f))
    .concat('tests/one-process.ts')
    .sort();
  const first = SLOWEST.filter((f) => all.includes(f));
  return [...first, ...all.filter((f) => !first.includes(f))];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(testFiles().join('\n'));

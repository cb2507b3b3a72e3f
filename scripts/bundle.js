// The command as plain JavaScript for the tests' builds: each build otherwise spends about a third of its CPU
// time in tsx loading and compiling our modules (and Eleventy's, through tsx's hooks) in every process it starts.
// `bundle(dir)` writes <dir>/pressearchiv.mjs (what bin/pressearchiv.js runs, its forked children and worker
// threads included: src/child-process.ts, src/worker-thread.ts), <dir>/eleventy-config.mjs (.eleventy.ts) and the
// chunks both share (<dir>/chunks/): esbuild's code splitting, so a process loads only what its command imports.
// The packages are bundled too (Node resolves, reads and compiles each of Eleventy's ~400 files one by one, ~0.4 s
// of CPU in every process), except those that find files beside their own (EXTERNAL); every `import.meta.url`,
// `__dirname` and `__filename` becomes the module's own source file, so data/, templates/, package files are found
// where they are. `npm test` (scripts/run-tests.js) bundles the test files with it, one run's bundle (bundleTests); a
// test file run alone builds with one kept by tests/helpers/cli.ts under a hash of the code (never stale); users run one kept
// the same way in their private temp folder (src/command-bundle.js, `--command` below), else the TypeScript through tsx.
// Plain JavaScript like preflight.js; `node scripts/bundle.js DIR` writes one by hand.
import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL, URL } from 'node:url';
import { build, transformSync } from 'esbuild';
import { BUNDLE_FILES, bundleFolder, bundleKey, removeUnusedBundles, takeMaking, wholeBundle } from '../src/command-bundle.js';
import { privateTempDir } from '../src/private-folder.js';
import { ONE_PROCESS } from './test-files.js';

export const root = fileURLToPath(new URL('..', import.meta.url));

// Imported from node_modules as they are: esbuild runs its binary through its own package's paths; tsx only when run from the sources;
// playwright-core (7 MB) only by the bench's and tests' query measurement (src/search/measure.ts);
// Eleventy's dev server is never started (and is not strict-mode JavaScript).
const EXTERNAL = ['esbuild', 'tsx', 'playwright-core', '@11ty/eleventy-dev-server'];

// The bench's build and baseline scripts, which `npm run bench -- --bundle FILE` (tests/bench/smoke.test.ts) runs from here.
export const BENCH_SCRIPTS = ['scripts/bench/run-build.ts', 'scripts/bench/baseline.ts'];

/** The modules a child process or a worker thread runs (they name themselves by `import.meta.url`), and the bench's scripts. */
function childModules() {
  const src = path.join(root, 'src');
  return readdirSync(src, { recursive: true })
    .filter((f) => f.endsWith('.ts'))
    .filter((f) => /isForkedAs\(import\.meta\.url|(startWorker|runInWorker)(<[^>]*>)?\(import\.meta\.url/.test(readFileSync(path.join(src, f), 'utf8')))
    .map((f) => path.join(src, f))
    .concat(BENCH_SCRIPTS.map((f) => path.join(root, f)))
    .sort();
}

// The entry: `load(url)` imports one of the modules above by its source URL (a child or a worker asks for it).
// A forked child (PRESSEARCHIV_FORKED_MODULE) loads its module, whose own check starts it (a bench script runs as it loads); a worker only
// loads; the command itself runs main(). Our modules are imported only after the global is set (src/child-process.ts reads it).
function entry() {
  const loaders = childModules().map((file) => `  ${JSON.stringify(pathToFileURL(file).href)}: () => import(${JSON.stringify(file)}),`);
  return `import { isMainThread } from 'node:worker_threads';
globalThis.pressearchivBundle = import.meta.url; // src/child-process.ts: children and workers run this file too
const modules = {
${loaders.join('\n')}
};
export function load(url) {
  if (!modules[url]) throw new Error('scripts/bundle.js: ' + url + ' is not in the bundle');
  return modules[url]();
}
const forked = process.env.PRESSEARCHIV_FORKED_MODULE;
if (isMainThread && forked) await load(forked);
else if (isMainThread) process.exitCode = await (await import(${JSON.stringify(path.join(root, 'src/cli.ts'))})).main(process.argv.slice(2));
`;
}

const packageName = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const locationOf = (file) => ({
  'import.meta.url': JSON.stringify(pathToFileURL(file).href), // the expression only, never inside a string
  __dirname: JSON.stringify(path.dirname(file)),
  __filename: JSON.stringify(file),
});

// `import.meta.resolve('x')` with a literal: resolved when bundling, as the source file would at run time (the chunk's own place would not find tsx)
const RESOLVE = /import\.meta\.resolve\((['"])([^'"]+)\1\)/g;
const resolveFrom = (specifier, file) => (/^\.{1,2}\//.test(specifier) ? new URL(specifier, pathToFileURL(file)).href : import.meta.resolve(specifier));

const sourcePlugin = {
  name: 'pressearchiv-sources',
  setup(build) {
    build.onResolve({ filter: /^pressearchiv-(entry$|test:)/ }, (args) => ({ path: args.path, namespace: 'pressearchiv' }));
    build.onLoad({ filter: /.*/, namespace: 'pressearchiv' }, (args) => ({
      contents: args.path === 'pressearchiv-entry' ? entry() : testEntry(args.path.slice('pressearchiv-test:'.length)),
      resolveDir: root,
      loader: 'js',
    }));
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      if (isBuiltin(args.path)) return { path: args.path, external: true };
      if (EXTERNAL.includes(packageName(args.path))) return { path: import.meta.resolve(args.path), external: true };
      return undefined; // bundled
    });
    // Our TypeScript: import.meta.url is the source file's URL.
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const { 'import.meta.url': url, __dirname: dirname, __filename: filename } = locationOf(args.path);
      const define = { 'import.meta.url': url, 'import.meta.dirname': dirname, 'import.meta.filename': filename };
      const source = readFileSync(args.path, 'utf8').replace(RESOLVE, (_, quote, specifier) => JSON.stringify(resolveFrom(specifier, args.path)));
      return { contents: transformSync(source, { loader: 'ts', format: 'esm', define, sourcefile: args.path }).code, loader: 'js' };
    });
    // JavaScript that finds files by its own location (a package's, or our plain-JavaScript modules): that location, not the chunk's.
    build.onLoad({ filter: /\.[cm]?js$/ }, (args) => {
      const code = readFileSync(args.path, 'utf8');
      if (!/import\.meta\.url|__dirname|__filename/.test(code)) return undefined;
      return { contents: transformSync(code, { loader: 'js', define: locationOf(args.path), sourcefile: args.path }).code, loader: 'js' };
    });
  },
};

/**
 * A test file as `npm test` runs it (scripts/run-tests.js): `<dir>/tests/…/x.test.mjs`, which sets the global the command's
 * entry sets, so the test's in-process builds, their children and workers run this bundle as the tests' spawned builds do,
 * then imports the test. tests/one-process.ts imports its files by computed URLs, which esbuild cannot follow: its entry
 * names each of ONE_PROCESS.
 */
function testEntry(file) {
  const bundleFile = `${'../'.repeat(file.split('/').length - 1)}pressearchiv.mjs`;
  const own = `globalThis.pressearchivBundle = new URL(${JSON.stringify(bundleFile)}, import.meta.url).href;\n`;
  if (file !== 'tests/one-process.ts') return `${own}await import(${JSON.stringify(path.join(root, file))});\n`;
  const suites = ONE_PROCESS.map((f) => `describe(${JSON.stringify(f)}, async () => { await import(${JSON.stringify(path.join(root, f))}); });`);
  return `import { describe } from 'node:test';\n${own}${suites.join('\n')}\n`;
}

/** Writes the bundle into `dir` (see above), with the test files `tests` (paths from the root) when given; its entry file. */
export async function bundle(dir, tests = []) {
  const testEntries = Object.fromEntries(tests.map((file) => [file.replace(/\.ts$/, ''), `pressearchiv-test:${file}`]));
  await build({
    entryPoints: {
      pressearchiv: 'pressearchiv-entry',
      'eleventy-config': path.join(root, '.eleventy.ts'),
      ...testEntries,
      ...(tests.length ? { 'tests/helpers/browser': path.join(root, 'tests/helpers/browser.ts') } : {}), // the runner's Chromium
    },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    // esbuild turns a package's require() of Node's own modules into a call of `require`, which ES modules lack
    banner: { js: "import { createRequire as pressearchivCreateRequire } from 'node:module'; const require = pressearchivCreateRequire(import.meta.url);" },
    plugins: [sourcePlugin],
    logLevel: 'error',
    sourcemap: tests.length ? 'linked' : false, // a test's failure names the source's line under --enable-source-maps (package.json's test)
    write: true,
  });
  return path.join(dir, 'pressearchiv.mjs');
}

const RUN_PREFIX = 'pressearchiv-test-run-';

/** The test files `files` (paths from the root) bundled into a new temp folder: where each one's bundle is, and the folder's removal. */
export async function bundleTests(files) {
  for (const name of readdirSync(os.tmpdir()).filter((n) => n.startsWith(RUN_PREFIX))) {
    const old = path.join(os.tmpdir(), name); // a run stopped by a signal leaves its folder: gone after an hour (no run lasts that long)
    if (Date.now() - (statSync(old, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 3600_000) rmSync(old, { recursive: true, force: true });
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), RUN_PREFIX));
  await bundle(dir, files);
  return { bundled: (file) => path.join(dir, file.replace(/\.ts$/, '.mjs')), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Writes the bundle into `dir` whole or not at all: into a work folder beside it, then renamed (another process sees no bundle
 * or a whole one); dropped when `current()` says the code changed meanwhile. Throws when it could not be made and `dir` has none.
 */
export async function keepBundle(dir, current = () => true) {
  const work = `${dir}.tmp-${process.pid}`;
  try {
    await bundle(work);
    writeFileSync(path.join(work, BUNDLE_FILES), readdirSync(work, { recursive: true }).join('\n'));
    if (current()) renameSync(work, dir);
  } catch (e) {
    if (!existsSync(path.join(dir, 'pressearchiv.mjs'))) throw e; // else another process made the same bundle first
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The command's bundle of the current code, kept in the private temp folder (src/command-bundle.js starts this after a command run from the sources). */
async function keepCommandBundle() {
  os.setPriority(19); // the user's next work comes first: this only has to be ready for the next command
  const dir = process.getuid ? privateTempDir() : null;
  if (!dir) return;
  const key = bundleKey();
  const folder = bundleFolder(dir, key);
  const release = wholeBundle(folder) ? null : takeMaking(folder);
  if (!release) return;
  try {
    rmSync(folder, { recursive: true, force: true }); // one a temp-folder cleaner thinned out, if any
    await keepBundle(folder, () => bundleKey() === key); // a source edited while bundling: made again next time, under its own key
    removeUnusedBundles(dir, folder);
  } finally {
    release();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [option, dir] = process.argv.slice(2);
  if (option === '--command') await keepCommandBundle();
  else if (option === '--kept' && dir) await keepBundle(path.resolve(dir));
  else if (option && !option.startsWith('-')) console.log(await bundle(path.resolve(option)));
  else throw new Error('usage: node scripts/bundle.js DIR | --kept DIR | --command');
}

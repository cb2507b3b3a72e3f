// The command as plain JavaScript for the tests' builds: each build otherwise spends about a third of its CPU
// time in tsx loading and compiling our modules (and Eleventy's, through tsx's hooks) in every process it starts.
// `bundle(dir)` writes <dir>/pressearchiv.mjs (what bin/pressearchiv.js runs, its forked children and worker
// threads included: src/child-process.ts, src/worker-thread.ts) and <dir>/eleventy-config.mjs (.eleventy.ts).
// Every `import.meta.url` in our modules becomes the module's own source file, so data/, templates/ and the
// packages are found where they are; the packages stay outside, imported from this project's node_modules.
// Used by tests/helpers/cli.ts under a hash of the code (never stale); users run the TypeScript through tsx.
// Plain JavaScript like preflight.js; `node scripts/bundle.js DIR` writes one by hand.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL, URL } from 'node:url';
import { build, transformSync } from 'esbuild';

export const root = fileURLToPath(new URL('..', import.meta.url));

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
// loads; the command itself runs main().
function entry() {
  const loaders = childModules().map((file) => `  ${JSON.stringify(pathToFileURL(file).href)}: () => import(${JSON.stringify(file)}),`);
  return `import { isMainThread } from 'node:worker_threads';
import { main } from ${JSON.stringify(path.join(root, 'src/cli.ts'))};
const modules = {
${loaders.join('\n')}
};
export function load(url) {
  if (!modules[url]) throw new Error('scripts/bundle.js: ' + url + ' is not in the bundle');
  return modules[url]();
}
const forked = process.env.PRESSEARCHIV_FORKED_MODULE;
if (isMainThread && forked) await load(forked);
else if (isMainThread) process.exitCode = await main(process.argv.slice(2));
`;
}

// Our TypeScript: import.meta.url is the source file's URL. Packages (bare names): imported from node_modules by absolute URL.
const sourcePlugin = {
  name: 'pressearchiv-sources',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || args.kind === 'entry-point') return { path: args.path, external: true };
      return { path: import.meta.resolve(args.path), external: true };
    });
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const define = { 'import.meta.url': JSON.stringify(pathToFileURL(args.path).href) }; // the expression only, never inside a string
      return { contents: transformSync(readFileSync(args.path, 'utf8'), { loader: 'ts', format: 'esm', define, sourcefile: args.path }).code, loader: 'js' };
    });
  },
};

const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', plugins: [sourcePlugin], logLevel: 'error', write: true };

/** Writes the bundle into `dir` (see above); its entry file. */
export async function bundle(dir) {
  const outfile = path.join(dir, 'pressearchiv.mjs');
  await build({
    ...common,
    stdin: { contents: entry(), resolveDir: root, sourcefile: 'pressearchiv-bundle-entry.js', loader: 'js' },
    outfile,
    banner: { js: 'globalThis.pressearchivBundle = import.meta.url; // src/child-process.ts: children and workers run this file too' },
  });
  await build({ ...common, entryPoints: [path.join(root, '.eleventy.ts')], outfile: path.join(dir, 'eleventy-config.mjs') });
  return outfile;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!process.argv[2]) throw new Error('usage: node scripts/bundle.js DIR');
  console.log(await bundle(path.resolve(process.argv[2])));
}

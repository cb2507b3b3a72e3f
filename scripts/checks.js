// The static checks of `npm test` (type checks, lint, import rules, copy-paste check, formatting) run at the same time instead of one after the
// other: the type checks and typed lint share one TypeScript program in one process (types-and-lint.js), so Prettier,
// dependency-cruiser and jscpd use the other core. Each check's output is printed whole when it ends; the exit code is 1 when any check failed.
// Plain JavaScript like preflight.js: it starts the checks, it needs nothing they check.
import { spawn } from 'node:child_process';
import { fileURLToPath, URL } from 'node:url';
import { TEST_NODE_FLAGS } from './test-files.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (file) => fileURLToPath(new URL(`../node_modules/${file}`, import.meta.url)); // the package's own bin (package.json "bin")
const checks = [
  { name: 'typecheck, typecheck (browser scripts), lint', bin: fileURLToPath(new URL('types-and-lint.js', import.meta.url)), args: [] },
  { name: 'check:imports', bin: bin('dependency-cruiser/bin/dependency-cruise.mjs'), args: ['src', '--config', '.dependency-cruiser.cjs'] },
  { name: 'check:duplicates', bin: bin('jscpd/run-jscpd.js'), args: ['--config', '.jscpd.json'] },
  { name: 'format:check', bin: bin('prettier/bin/prettier.cjs'), args: ['--check', '--log-level', 'warn', '.'] },
];

function run({ name, bin, args }) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...TEST_NODE_FLAGS, bin, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ name, ok: false, output: String(error) }));
    child.on('close', (code) => resolve({ name, ok: code === 0, output }));
  });
}

const results = await Promise.all(checks.map((check) => run(check).then((r) => (report(r), r))));

function report({ name, ok, output }) {
  console.log(`${ok ? 'ok' : 'FAILED'} ${name}`);
  if (output.trim()) console.log(output.trimEnd());
}

process.exitCode = results.every((r) => r.ok) ? 0 : 1;

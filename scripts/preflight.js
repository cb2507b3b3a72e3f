// Before `npm test`: stop at once, with one line saying what to do, when this machine cannot pass the tests
// (a Node older than package.json's engines, or no Chromium for the browser tests) instead of failing in every file.
// Plain JavaScript on purpose: it must run before tsx, TypeScript or ESLint load, on the Node it is judging.
import { accessSync, constants, readFileSync } from 'node:fs';
import { URL } from 'node:url';
import semver from 'semver';

const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'; // the path tests/helpers/browser.ts launches

const problems = [];
if (!semver.satisfies(process.version, engines.node)) {
  problems.push(`Node ${process.version} is not supported: package.json's engines asks for node ${engines.node}.`);
}
if (!process.argv.includes('--no-browser')) {
  try {
    accessSync(chromium, constants.X_OK);
  } catch {
    problems.push(`No Chromium at ${chromium} for the browser tests: run \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  }
}
for (const problem of problems) console.error(problem);
process.exitCode = problems.length ? 1 : 0;

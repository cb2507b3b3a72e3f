// CPU seconds of each test file's whole process tree, Chromium's renderers included: `node scripts/test-cpu.js [FILE…]`
// (default: every file `npm test` runs). `time` and Node's own counters miss the renderers, which Chromium's zygote reaps,
// so each file runs alone in a cpuacct cgroup of its own when this machine lets us make one (root, cgroup v1), else the
// whole machine's CPU time is read from /proc/stat around it, which is right only on an otherwise quiet machine.
// Plain JavaScript like test-files.js. Prints one line per file as it ends, then the files by CPU, with the total.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { bundleTests } from './bundle.js';
import { TEST_NODE_FLAGS, testFiles } from './test-files.js';

const CPUACCT = '/sys/fs/cgroup/cpuacct';

/** Runs `command` in its own cgroup; returns its tree's CPU seconds, or null when no cgroup can be made here. */
function inCgroup(command) {
  const group = path.join(CPUACCT, `pressearchiv-test-cpu-${process.pid}`);
  try {
    fs.mkdirSync(group);
  } catch {
    return null;
  }
  try {
    // the shell joins the group before it execs the test, so every process the test starts is counted
    const r = spawnSync('sh', ['-c', `echo $$ > ${group}/tasks && exec "$@"`, 'sh', ...command], { stdio: ['ignore', 'ignore', 'inherit'] });
    const cpu = Number(fs.readFileSync(path.join(group, 'cpuacct.usage'), 'utf8')) / 1e9;
    const stat = Object.fromEntries(
      fs
        .readFileSync(path.join(group, 'cpuacct.stat'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.split(' ')),
    );
    return { cpu, sys: Number(stat.system) / 100, status: r.status }; // USER_HZ is 100 on Linux
  } finally {
    for (const pid of fs.readFileSync(path.join(group, 'tasks'), 'utf8').split('\n').filter(Boolean)) fs.writeFileSync(path.join(CPUACCT, 'tasks'), pid); // stragglers
    fs.rmdirSync(group);
  }
}

/** The machine's CPU seconds so far (user, nice, system, irq, softirq of all cores). */
function machineCpu() {
  const [, user, nice, system, , , irq, softirq] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  return (user + nice + system + irq + softirq) / 100; // USER_HZ is 100 on Linux
}

function measure(file) {
  const command = [process.execPath, ...TEST_NODE_FLAGS, '--enable-source-maps', '--test', tests.bundled(file)]; // as `npm test` runs it (scripts/run-tests.js)
  const start = process.hrtime.bigint();
  let result = inCgroup(command);
  let how = 'cgroup';
  if (!result) {
    const before = machineCpu();
    const r = spawnSync(command[0], command.slice(1), { stdio: ['ignore', 'ignore', 'inherit'] });
    result = { cpu: machineCpu() - before, status: r.status };
    how = 'machine';
  }
  return { file, ...result, wall: Number(process.hrtime.bigint() - start) / 1e9, how };
}

const files = process.argv.slice(2).length ? process.argv.slice(2) : testFiles();
const tests = await bundleTests(files); // not counted: `npm test` bundles once for all files (~4 CPU s)
const rows = [];
for (const file of files) {
  const row = measure(file);
  rows.push(row);
  const sys = row.sys === undefined ? '' : ` (system ${row.sys.toFixed(1)})`;
  console.log(`${row.cpu.toFixed(1).padStart(6)} CPU s${sys} ${row.wall.toFixed(1).padStart(6)} s wall  ${file}${row.status === 0 ? '' : `  (exit ${row.status})`}`);
}
if (rows.some((r) => r.how === 'machine')) console.log('(no cgroup could be made: CPU of the whole machine, right only when nothing else runs)');
console.log('\nby CPU:');
for (const r of rows.toSorted((a, b) => b.cpu - a.cpu)) console.log(`${r.cpu.toFixed(1).padStart(6)}  ${r.file}`);
console.log(
  `${rows
    .reduce((s, r) => s + r.cpu, 0)
    .toFixed(1)
    .padStart(6)}  total CPU s, ${rows.reduce((s, r) => s + r.wall, 0).toFixed(0)} s wall one after another`,
);
tests.remove();
process.exitCode = rows.every((r) => r.status === 0) ? 0 : 1;

// Runs one Pressearchiv build in this process and prints its BuildReport as one JSON line; scripts/bench.ts
// starts it as a child process so the measured memory includes Eleventy and Pagefind's binary.
//
//   node --import tsx scripts/bench/run-build.ts --input DIR --output DIR [--cache-dir DIR] [--no-incremental] [--in-process|--render-child]
// (--in-process: no render child process, so a CPU profile of this process sees every stage; --render-child: one
// whatever the size (tests/integration/build.test.ts); without either the command's choice: a render child from
// 2 MB of input, every size `npm run bench` measures by default)
import { parseArgs } from 'node:util';
import { build } from '../../src/build.ts';

const { values } = parseArgs({
  options: {
    input: { type: 'string' },
    output: { type: 'string' },
    'cache-dir': { type: 'string' },
    'no-incremental': { type: 'boolean' },
    'in-process': { type: 'boolean' },
    'render-child': { type: 'boolean' },
  },
});
if (!values.input || !values.output) {
  console.error('usage: run-build.ts --input DIR --output DIR [--cache-dir DIR] [--no-incremental] [--in-process|--render-child]');
  process.exit(2);
}
const options: Parameters<typeof build>[0] = {
  input: values.input,
  output: values.output,
  cacheDir: values['cache-dir'],
  separateProcess: 'when-large', // as `pressearchiv build` runs it (src/cli.ts): a small archive renders without a second process
  onProgress: (m) => process.stderr.write(`[${Math.round(performance.now())} ms] ${m}\n`),
};
if (values['no-incremental']) options.incremental = false;
if (values['in-process']) options.separateProcess = false;
if (values['render-child']) options.separateProcess = true;
const report = await build(options);
const { errors, warnings, ...rest } = report;
process.stdout.write(JSON.stringify({ ...rest, errors: errors.length, warnings: warnings.length, heapUsed: process.memoryUsage().heapUsed }) + '\n');

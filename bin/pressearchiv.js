#!/usr/bin/env -S node --max-semi-space-size=64
// Entry point of the `pressearchiv` command: runs the bundle of the current code kept in the private temp folder when there
// is one (no tsx), else registers tsx so the TypeScript sources run as they are, and has that bundle made for next time.
// --max-semi-space-size: a larger young generation halves garbage-collection time on large archives.
// The choice is src/command-bundle.js: plain JavaScript beside the sources it hashes, so bin stays this small and loads no tsx.
import { commandSource, makeInBackground } from '../src/command-bundle.js';

const source = commandSource();
if ('bundle' in source) {
  await import(source.bundle); // its entry runs main() (scripts/bundle.js)
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../src/cli.ts');
  process.exitCode = await main(process.argv.slice(2));
  if (source.keep) makeInBackground(source.keep); // after the command's work, not in its way
}

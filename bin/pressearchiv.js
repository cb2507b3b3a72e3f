#!/usr/bin/env -S node --max-semi-space-size=64
// Entry point of the `pressearchiv` command: registers tsx so the TypeScript sources run as they are.
// --max-semi-space-size: a larger young generation halves garbage-collection time on large archives.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));

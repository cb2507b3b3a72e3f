// Imported first (before any src/ module) by a test that forks our children from its own process (src/child-process.ts
// reads where it runs from once, as it loads): they then run from the tests' bundle (scripts/bundle.js) as a build's
// children do, the same sources without tsx, which cost ~1 CPU s to start each child.
import { pathToFileURL } from 'node:url';
import { bin } from './cli.ts';

(globalThis as { pressearchivBundle?: string }).pressearchivBundle = pathToFileURL(bin()).href;

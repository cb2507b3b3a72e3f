// Hashes of the code a test's result depends on: keys of the shared builds (shared-site.ts) and of the bundle
// the tests run the command from (cli.ts). One helper with the key of the command's kept bundle (src/command-bundle.js).
export { codeHash, hashTree, root } from '../../src/command-bundle.js';

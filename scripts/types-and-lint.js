// Type checks and typed lint from one TypeScript program: `tsc -p .` and ESLint's typed rules (typescript-eslint's
// project service) would each build and check the same program; here tsc's diagnostics come from the program ESLint is given.
// Plain JavaScript like checks.js, which runs it; exit code 1 when a type error or a lint error is found.
import { createRequire } from 'node:module';
import { fileURLToPath, URL } from 'node:url';
import { ESLint } from 'eslint';

const require = createRequire(import.meta.url);
const ts = require('typescript'); // required, not imported: an ES import of TypeScript's 9 MB CommonJS file scans it for exports
const root = fileURLToPath(new URL('..', import.meta.url));
const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };

/** The program `tsc -p <config>` checks, and its errors as tsc prints them. */
function typecheck(config) {
  const parsed = ts.getParsedCommandLineOfConfigFile(config, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => console.error(ts.formatDiagnostics([d], host)),
  });
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, configFileParsingDiagnostics: parsed.errors });
  const errors = ts.getPreEmitDiagnostics(program);
  if (errors.length) console.log(ts.formatDiagnostics(errors, host));
  return { program, ok: errors.length === 0 };
}

const node = typecheck(`${root}tsconfig.json`);
const assets = typecheck(`${root}tsconfig.assets.json`);
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { files: ['**/*.ts'], languageOptions: { parserOptions: { projectService: false, programs: [node.program] } } },
});
const results = await eslint.lintFiles(['.']);
const lint = (await eslint.loadFormatter('stylish')).format(results);
if (lint) console.log(lint);
process.exitCode = node.ok && assets.ok && ESLint.getErrorResults(results).length === 0 ? 0 : 1;

// The `pressearchiv` command line: build, ingest, serve. Exit codes: 0 ok, 1 failed build, 2 bad usage.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { optimiseLate } from './child-process.ts';

const HELP: Record<string, string> = {
  main: `pressearchiv: turns a folder of news articles into a searchable static archive website

Usage: pressearchiv <command> [options]

Commands:
  build    build the website (default: seeds/ → _site/)
  ingest   parse the articles and print the records
  serve    serve the built website on 127.0.0.1

Run "pressearchiv <command> --help" for the options of a command.`,
  build: `Usage: pressearchiv build [options]

Options:
  --input DIR          folder of article files (default: seeds/)
  --output DIR         where the website goes (default: _site/); replaced only when the build succeeds
  --base-url URL       public address of the site, for feeds, sitemap and canonical links
                       (without it they are left out: no made-up host)
  --path-prefix /sub/  serve the site under a sub-path, e.g. /archiv/
  --locale de|en       language of the interface (default: de)
  --templates DIR      use other Eleventy templates (default: the project's templates/)
  --strict             fail on any warning or unreadable file
  --no-cache           rebuild everything (by default an unchanged site is kept and unchanged files are not parsed again)
  --no-search          skip the search index (Pagefind): a quicker preview build; its search page says it has no index
  --quiet              print only errors
  -h, --help           show this help`,
  ingest: `Usage: pressearchiv ingest [options]

Options:
  --input DIR   folder of article files (default: seeds/)
  --json        print the records as a JSON array (required; the only format for now)
  -h, --help    show this help`,
  serve: `Usage: pressearchiv serve [options]

Options:
  --output DIR         the built website (default: _site/)
  --port N             port on 127.0.0.1 (default: 8080)
  --path-prefix /sub/  serve the site under this sub-path, as built with --path-prefix
  -h, --help           show this help`,
};

const OPTIONS: Record<string, ParseArgsConfig['options']> = {
  build: {
    input: { type: 'string' },
    output: { type: 'string' },
    'base-url': { type: 'string' },
    'path-prefix': { type: 'string' },
    locale: { type: 'string' },
    templates: { type: 'string' },
    strict: { type: 'boolean' },
    'no-cache': { type: 'boolean' },
    'no-search': { type: 'boolean' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  ingest: { input: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  serve: {
    output: { type: 'string' },
    port: { type: 'string' },
    'path-prefix': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
};

class UsageError extends Error {}

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

function requireFolder(dir: string, what: string): void {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(`${what} folder not found: ${dir}`);
}

/** The --path-prefix given, checked: it goes into every served URL and into 404.html's links. */
async function pathPrefixOf(values: Values): Promise<string | undefined> {
  const prefix = values['path-prefix'] as string | undefined;
  if (prefix === undefined) return undefined;
  const { isPathPrefix } = await import('./cli/serve.ts');
  if (!isPathPrefix(prefix)) {
    throw new UsageError(
      `--path-prefix must start and end with "/" and hold only letters, digits and - . _ ~ ! $ ( ) * + , ; = : @ between them (like /archiv/), got "${prefix}"`,
    );
  }
  return prefix;
}

// Printed after a build without a public address: what was left out, and how to get it.
const NO_BASE_URL =
  'Ohne --base-url: keine Feeds (feed.xml, feed.json) und keine sitemap.xml, sie brauchen absolute Adressen. ' +
  'Für die veröffentlichte Seite mit --base-url https://example.org/ bauen.';

const fmtLoc = (p: { path: string; line: number | null; message: string }) => `${p.path}${p.line ? `:${p.line}` : ''}: ${p.message}`;

async function runBuild(values: Values): Promise<number> {
  const input = (values.input as string | undefined) ?? 'seeds';
  requireFolder(input, 'input');
  if (values.templates) requireFolder(values.templates as string, 'templates');
  const pathPrefix = await pathPrefixOf(values);
  const quiet = Boolean(values.quiet);
  const { build, BuildError, OutputRefused } = await import('./build.ts');
  const log = (s: string) => !quiet && process.stderr.write(`${s}\n`);
  const { createProgress } = await import('./cli/progress.ts');
  const progress = createProgress(log);
  try {
    const report = await build({
      input,
      output: values.output as string | undefined,
      baseUrl: values['base-url'] as string | undefined,
      pathPrefix,
      locale: values.locale as string | undefined,
      templates: values.templates as string | undefined,
      strict: Boolean(values.strict),
      incremental: !values['no-cache'],
      search: !values['no-search'],
      separateProcess: 'when-large', // one build per command: a small archive renders without a second process
      onProgress: (m) => progress.stage(m),
    });
    progress.stop();
    for (const e of report.errors) console.error(`error: ${fmtLoc(e)}`);
    if (!quiet) {
      for (const d of report.duplicates) console.log(`duplicate: ${fmtLoc(d)}`);
      for (const w of report.warnings) console.log(`warning: ${fmtLoc(w)}`);
      const t = report.timings;
      console.log(
        [
          `Dateien gelesen: ${report.filesRead}`,
          `Artikel: ${report.articles}${report.duplicates.length ? ` (+${report.duplicates.length} Duplikate)` : ''}`,
          `Seiten geschrieben: ${report.pagesWritten}${report.pagesReused ? ` (${report.pagesReused} unverändert aus dem letzten Build)` : ''}, ${values['no-search'] ? 'kein Suchindex (--no-search)' : `im Suchindex: ${report.indexedPages}`}`,
          `Warnungen: ${report.warnings.length}, Fehler: ${report.errors.length}`,
          `Zeit: ingest ${t.ingest} ms, link ${t.link} ms, render ${t.render} ms, index ${t.index} ms, gesamt ${t.total} ms`,
          `Ausgabe: ${path.relative(process.cwd(), report.output) || '.'}`,
          ...(values['base-url'] ? [] : [NO_BASE_URL]),
        ].join('\n'),
      );
    }
    return 0;
  } catch (e) {
    progress.stop();
    if (e instanceof OutputRefused) {
      console.error(`pressearchiv build: ${e.message}`);
      return 2;
    }
    if (e instanceof BuildError) {
      for (const p of e.problems) console.error(fmtLoc(p));
      console.error(`build failed: ${e.message}`);
    } else {
      console.error(`build failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    return 1;
  }
}

async function runIngest(values: Values): Promise<number> {
  const input = (values.input as string | undefined) ?? 'seeds';
  requireFolder(input, 'input');
  if (!values.json) throw new UsageError('ingest: --json is required (the records are printed as a JSON array)');
  const { readInputFolder } = await import('./ingest/index.ts');
  const { ingestFilesInParallel } = await import('./ingest/parallel.ts');
  let files;
  try {
    files = await readInputFolder(input);
  } catch (e) {
    console.error(`pressearchiv ingest: input folder ${input} cannot be read: ${e instanceof Error ? e.message : String(e)}`);
    return 1; // only the input folder itself fails the read; its unreadable entries come back as issues
  }
  const result = await ingestFilesInParallel(files);
  process.stdout.write(JSON.stringify(result.records, null, 2) + '\n');
  for (const issue of result.issues) console.error(`${issue.kind}: ${fmtLoc(issue)}`);
  return 0;
}

async function runServe(values: Values): Promise<number> {
  const root = (values.output as string | undefined) ?? '_site';
  requireFolder(root, 'output');
  const port = Number(values.port ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number 0–65535, got "${String(values.port)}"`);
  const prefix = (await pathPrefixOf(values)) ?? '/';
  const { serve } = await import('./cli/serve.ts');
  const server = await serve({ root, port, pathPrefix: prefix });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`Serving ${root} at http://127.0.0.1:${actual}${prefix} (Ctrl+C to stop)`);
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  optimiseLate(); // before the build's modules load
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP.main);
    return command ? 0 : 2;
  }
  const options = OPTIONS[command];
  if (!options) {
    console.error(`pressearchiv: unknown command "${command}" (try --help)`);
    return 2;
  }
  try {
    const { values } = parseArgs({ args: rest, options, strict: true, allowPositionals: false });
    if (values.help) {
      console.log(HELP[command]);
      return 0;
    }
    if (command === 'build') return await runBuild(values);
    if (command === 'ingest') return await runIngest(values);
    return await runServe(values);
  } catch (e) {
    if (e instanceof UsageError || (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`pressearchiv ${command}: ${(e as Error).message}`);
      return 2;
    }
    throw e;
  }
}

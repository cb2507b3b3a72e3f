// The floor the build stands on: bare Eleventy rendering N plain Markdown pages with a one-line layout,
// then Pagefind (Node API) indexing them. Run as a child process by scripts/bench.ts so its memory is measured.
//
//   node --import tsx scripts/bench/baseline.ts prepare <project-dir> <articles> [seed]   (write the project)
//   node --import tsx scripts/bench/baseline.ts run <project-dir> <output-dir>             (prints JSON timings)
import fs from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { FORKED_MODULE } from '../../src/child-process.ts'; // node built-ins only: the baseline stays bare
import { generateArchive, type SynthFile } from './synth.ts';

// Eleventy's defaults, except Markdown is not run through a template engine first (plain pages).
const CONFIG = `export default function (cfg) { cfg.setTemplateFormats(['md']); }
export const config = { markdownTemplateEngine: false };
`;

export const LAYOUT =
  '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main>{{ content | safe }}</main></body></html>\n';

/** The article text as a plain Markdown page: the same words the build indexes, none of its structure. */
export function plainMarkdown(f: SynthFile, i: number): string {
  const body = f.text
    .replace(/^---\n[\s\S]*?\n---\n/, '') // front matter of .md inputs
    .replace(/^\s*date\s+\S+\s*/, '') // the archive header's date token
    .replace(/[<>{}]/g, ' ');
  return `---\ntitle: ${JSON.stringify(f.title)}\nlayout: layout.njk\npermalink: /a/${i}/\n---\n${body}`;
}

export async function prepareBaseline(dir: string, files: SynthFile[]): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(path.join(dir, 'src', 'pages'), { recursive: true });
  await fs.mkdir(path.join(dir, 'src', '_includes'), { recursive: true });
  await fs.writeFile(path.join(dir, 'src', '_includes', 'layout.njk'), LAYOUT);
  await fs.writeFile(path.join(dir, 'eleventy.config.mjs'), CONFIG);
  for (let i = 0; i < files.length; i += 256) {
    await Promise.all(files.slice(i, i + 256).map((f, k) => fs.writeFile(path.join(dir, 'src', 'pages', `${i + k}.md`), plainMarkdown(f, i + k))));
  }
}

export interface BaselineReport {
  pages: number;
  indexedPages: number;
  timings: { render: number; index: number; total: number };
}

export async function runBaseline(project: string, output: string): Promise<BaselineReport> {
  const started = performance.now();
  await fs.rm(output, { recursive: true, force: true });
  // @ts-expect-error Eleventy 3 ships no type declarations
  const { default: Eleventy } = (await import('@11ty/eleventy')) as {
    default: new (i: string, o: string, opts: object) => { write(): Promise<unknown> };
  };
  let t = performance.now();
  const eleventy = new Eleventy(path.join(project, 'src'), output, {
    quietMode: true,
    configPath: path.join(project, 'eleventy.config.mjs'),
  });
  const written = (await eleventy.write()) as [unknown[], unknown[]];
  const pages = Array.isArray(written?.[1]) ? written[1].length : 0;
  const render = performance.now() - t;

  t = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'de' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: output });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const w = await index.writeFiles({ outputPath: path.join(output, 'pagefind') });
  if (w.errors.length) throw new Error(`pagefind: ${w.errors.join('; ')}`);
  await pagefind.close();
  const indexMs = performance.now() - t;
  return {
    pages,
    indexedPages: added.page_count,
    timings: { render: Math.round(render), index: Math.round(indexMs), total: Math.round(performance.now() - started) },
  };
}

// run as a script, or from the tests' bundle told to (scripts/bench.ts --bundle)
if (import.meta.url === `file://${process.argv[1]}` || process.env[FORKED_MODULE] === import.meta.url) {
  const [cmd, a, b, c] = process.argv.slice(2);
  if (cmd === 'prepare' && a && b) {
    await prepareBaseline(a, generateArchive({ articles: Number(b), seed: c ? Number(c) : undefined }));
  } else if (cmd === 'run' && a && b) {
    process.stdout.write(JSON.stringify(await runBaseline(a, b)) + '\n');
  } else {
    console.error('usage: baseline.ts prepare <dir> <articles> [seed] | run <dir> <output>');
    process.exitCode = 2;
  }
}

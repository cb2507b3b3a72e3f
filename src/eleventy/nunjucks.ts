// Compiles each Nunjucks template string once per build instead of once per page, and once per machine.
//
// Eleventy 3.1 turned its own compile cache off for Nunjucks ("use Nunjucks' internal cache instead"), but
// Nunjucks caches only templates it loads by name (layouts, includes). A page's own content, its permalink and
// its eleventyComputed strings are compiled from the string with `new Template(...)` for every page, so a
// template paginated over 10,000 articles was parsed and compiled 10,000 times (half of Eleventy's time).
// Eleventy hands plugins the Nunjucks library on "eleventy.engine.njk"; we swap in a Template subclass that
// reuses the compiled functions of an identical string (same environment, same name), exactly as Nunjucks does
// for the templates it caches itself. Rendering is unchanged: each page still renders with its own context.
// The JavaScript Nunjucks compiles a string to is also kept in the temp folder (src/kept-copy.ts), so the next
// build runs it as Nunjucks runs precompiled templates instead of parsing the templates again (~0.15 s of CPU a build).
import path from 'node:path';
import { copyName, packageVersion, privateTempDir, readCopy, writeCopy } from '../kept-copy.ts';
import type { EleventyConfig } from './types.ts';

interface Compiled {
  blocks: unknown;
  rootRenderFunc: unknown;
}

interface Extension {
  __name?: string;
  tags?: string[];
  parse?: unknown;
  preprocess?: unknown;
}

interface NunjucksTemplate extends Compiled {
  env: { asyncFilters?: string[]; extensionsList?: Extension[]; opts?: object };
  tmplStr?: unknown;
  tmplProps?: unknown;
  path?: string | null;
  compiled: boolean;
  _compile(): void;
}

export interface NunjucksLibrary {
  Template: new (...args: never[]) => NunjucksTemplate;
  compiler: { compile(src: string, asyncFilters: unknown, extensions: unknown, name: unknown, opts: unknown): string };
}

const CACHING = Symbol.for('pressearchiv.nunjucksCompileCache');

/** Replaces `nunjucks.Template` by a subclass that compiles each (environment, name, source) once. Idempotent. */
export function cacheCompiledTemplates(nunjucks: NunjucksLibrary): void {
  const Base = nunjucks.Template as unknown as (new (...args: unknown[]) => NunjucksTemplate) & { [CACHING]?: true };
  if (Base[CACHING]) return;
  // environment → source → (name, async filters, extensions) → compiled. The source string itself is the key
  // (its hash is computed once per string), not a fresh concatenation that would be hashed on every page.
  const byEnv = new WeakMap<object, Map<string, Map<string, Compiled>>>();
  class CachedTemplate extends Base {
    override _compile(): void {
      if (this.tmplProps || typeof this.tmplStr !== 'string') return super._compile();
      let bySource = byEnv.get(this.env);
      if (!bySource) byEnv.set(this.env, (bySource = new Map<string, Map<string, Compiled>>()));
      let byName = bySource.get(this.tmplStr);
      if (!byName) bySource.set(this.tmplStr, (byName = new Map<string, Compiled>()));
      // The compiled code also depends on the name (in error messages) and the async filters and extensions.
      const key = `${this.env.asyncFilters?.length ?? 0}:${this.env.extensionsList?.length ?? 0}:${this.path ?? ''}`;
      const hit = byName.get(key);
      if (!hit) {
        // as Nunjucks runs a precompiled template: the object its compiled code returns, as `tmplProps`
        const compiled = new Function(compiledSource(nunjucks, this, this.tmplStr)) as () => unknown; // eslint-disable-line @typescript-eslint/no-implied-eval -- what Nunjucks does with its compiled code
        this.tmplProps = compiled();
        super._compile();
        this.tmplProps = undefined;
        byName.set(key, { blocks: this.blocks, rootRenderFunc: this.rootRenderFunc });
        return;
      }
      // Nunjucks copies `blocks` into each render's own context, so sharing them is safe.
      this.blocks = hit.blocks;
      this.rootRenderFunc = hit.rootRenderFunc;
      this.compiled = true;
    }
  }
  Object.defineProperty(CachedTemplate, CACHING, { value: true });
  nunjucks.Template = CachedTemplate;
}

/**
 * The JavaScript Nunjucks compiles `source` to for `template` (its name, environment's options, async filters and
 * extensions: Eleventy's shortcodes are tags), from its copy in the temp folder when an earlier build compiled the same.
 */
function compiledSource(nunjucks: NunjucksLibrary, template: NunjucksTemplate, source: string): string {
  const { asyncFilters, extensionsList, opts } = template.env;
  const extensions = (extensionsList ?? []).map((e) => [e.__name, e.tags, String(e.parse), String(e.preprocess)]);
  const recipe = JSON.stringify([packageVersion('nunjucks', '@11ty/eleventy'), source, template.path ?? '', asyncFilters ?? [], extensions, opts ?? {}]); // the Nunjucks that Eleventy loads compiles it
  const dir = privateTempDir(); // code this build runs: only from a folder no one else can write
  const copy = dir && path.join(dir, copyName('njk', recipe, 'js'));
  const kept = readCopy(copy);
  if (kept !== null) return kept;
  const compiled = nunjucks.compiler.compile(source, asyncFilters, extensionsList, template.path, opts);
  writeCopy(copy, compiled);
  return compiled;
}

export function nunjucksCompileCachePlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on('eleventy.engine.njk', (event) => cacheCompiledTemplates((event as { nunjucks: NunjucksLibrary }).nunjucks));
}

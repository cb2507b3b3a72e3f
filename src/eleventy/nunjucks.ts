// Compiles each Nunjucks template string once per build instead of once per page.
//
// Eleventy 3.1 turned its own compile cache off for Nunjucks ("use Nunjucks' internal cache instead"), but
// Nunjucks caches only templates it loads by name (layouts, includes). A page's own content, its permalink and
// its eleventyComputed strings are compiled from the string with `new Template(...)` for every page, so a
// template paginated over 10,000 articles was parsed and compiled 10,000 times (half of Eleventy's time).
// Eleventy hands plugins the Nunjucks library on "eleventy.engine.njk"; we swap in a Template subclass that
// reuses the compiled functions of an identical string (same environment, same name), exactly as Nunjucks does
// for the templates it caches itself. Rendering is unchanged: each page still renders with its own context.
import type { EleventyConfig } from './types.ts';

interface Compiled {
  blocks: unknown;
  rootRenderFunc: unknown;
}

interface NunjucksTemplate extends Compiled {
  env: { asyncFilters?: unknown[]; extensionsList?: unknown[] };
  tmplStr?: unknown;
  tmplProps?: unknown;
  path?: string | null;
  compiled: boolean;
  _compile(): void;
}

export interface NunjucksLibrary {
  Template: new (...args: never[]) => NunjucksTemplate;
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
        super._compile();
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

export function nunjucksCompileCachePlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on('eleventy.engine.njk', (event) => cacheCompiledTemplates((event as { nunjucks: NunjucksLibrary }).nunjucks));
}

// Which paginated templates may render only some of their pages: read from the templates themselves, so a
// template that starts to read more of the site is seen without a list to keep in step.
//
// A template qualifies when each page is a pure function of its own item and of site fields every page reads
// alike: `pagination` over `site.<field>` with size 1 and only `data`/`size`/`alias`, the permalink its item's
// `url`, and no code (in it or in any include or layout) that reads the whole site, the field itself, another
// page's position (`pagination.pageNumber`, hrefs), collections, `eleventy`, `pkg` or `page` beyond its URL.
// Every `site.a.b` the template and the includes read is hashed into each of its pages (src/incremental/pages.ts).
import fs from 'node:fs';
import path from 'node:path';

export interface PaginatedTemplate {
  template: string; // file name, for messages
  field: string; // the SiteModel array it paginates: site.<field>
  reads: string[][]; // the site paths its pages read besides their item, e.g. ['config', 'strings'], ['nav']
}

const FRONT_MATTER = /^---[a-z]*\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** The Nunjucks code of a template: what `{{ }}` and `{% %}` hold, without comments and string literals. */
function codeOf(text: string): string {
  return [...text.replace(/\{#[\s\S]*?#\}/g, '').matchAll(/\{\{([\s\S]*?)\}\}|\{%([\s\S]*?)%\}/g)]
    .map((m) => (m[1] ?? m[2])!.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""'))
    .join('\n');
}

/** Every `site.a.b` the code reads (as ['a', 'b'] or ['a']); ['*'] for `site` used whole. */
function siteReads(code: string): string[][] {
  return [...code.matchAll(/(?<![.\w])site\b(?:\s*\.\s*(\w+))?(?:\s*\.\s*(\w+))?/g)].map((m) => (m[1] ? (m[2] ? [m[1], m[2]] : [m[1]]) : ['*']));
}

/** Why pages of this code cannot be rendered alone, or null. */
function unsafeReads(code: string): string | null {
  if (/(?<![.\w])(collections|eleventy|pkg)\b/.test(code)) return 'reads collections, eleventy or pkg';
  for (const m of code.matchAll(/(?<![.\w])pagination\b(?:\s*\.\s*(\w+))?/g)) if (m[1] && m[1] !== 'items') return `reads pagination.${m[1]}`;
  for (const m of code.matchAll(/(?<![.\w])page\b\s*\.\s*(\w+)/g)) if (m[1] !== 'url') return `reads page.${m[1]}`;
  return null;
}

/** `pagination: { data: site.X, size: 1, alias: A }` and `permalink: "{{ A.url }}"`, else null. */
function paginationOf(front: string): { field: string; alias: string } | null {
  const block = /^pagination:[ \t]*\r?\n((?:[ \t]+\S.*\r?\n?)+)/m.exec(front)?.[1];
  if (!block) return null;
  const entries = block
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => /^\s+(\w+):\s*(.*?)\s*$/.exec(l));
  if (entries.some((e) => !e)) return null;
  const pairs = new Map(entries.map((e) => [e![1]!, e![2]!]));
  const field = /^site\.(\w+)$/.exec(pairs.get('data') ?? '')?.[1];
  const alias = pairs.get('alias') ?? '';
  if (!field || pairs.get('size') !== '1' || !/^\w+$/.test(alias) || pairs.size !== 3) return null;
  const permalink = /^permalink:\s*(.*?)\s*$/m.exec(front)?.[1];
  return permalink === `"{{ ${alias}.url }}"` ? { field, alias } : null;
}

function filesBelow(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
  } catch {
    return [];
  }
}

/** The file names of the templates Eleventy renders (the top level; `_includes/` holds layouts and partials). */
export function topTemplates(templatesDir: string): string[] {
  return fs
    .readdirSync(templatesDir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.njk'))
    .map((e) => e.name);
}

/**
 * The paginated templates of `templatesDir` whose pages can be rendered one by one. A field another template
 * also reads (a page that lists all of them) is left out: filtering it would change that page.
 */
export function paginatedTemplates(templatesDir: string): PaginatedTemplate[] {
  const includes = filesBelow(path.join(templatesDir, '_includes')).map((f) => codeOf(fs.readFileSync(f, 'utf8')));
  const shared = includes.join('\n');
  if (unsafeReads(shared) || siteReads(shared).some((r) => r[0] === '*')) return [];
  const top = topTemplates(templatesDir).map((name) => ({ name, text: fs.readFileSync(path.join(templatesDir, name), 'utf8') }));
  // what each template reads, front matter included (a JS front matter's `data.site.x`)
  const everywhere = top.map((t) => siteReads(`${codeOf(t.text)}\n${(FRONT_MATTER.exec(t.text)?.[1] ?? '').replace(/\bdata\s*\.\s*site\b/g, 'site')}`));
  if (everywhere.some((reads) => reads.some((r) => r[0] === '*'))) return []; // a page that may read any field
  const found: PaginatedTemplate[] = [];
  for (const [i, { name, text }] of top.entries()) {
    const paginated = paginationOf(FRONT_MATTER.exec(text)?.[1] ?? '');
    if (!paginated) continue;
    const code = codeOf(text);
    const reads = [...siteReads(code), ...siteReads(shared)];
    if (unsafeReads(code) || reads.some((r) => r[0] === '*' || r[0] === paginated.field)) continue;
    const elsewhere = everywhere.some((other, j) => j !== i && other.some((r) => r[0] === paginated.field));
    if (elsewhere) continue;
    const unique = [...new Map(reads.map((r) => [r.join('.'), r])).values()].sort((a, b) => a.join('.').localeCompare(b.join('.')));
    found.push({ template: name, field: paginated.field, reads: unique });
  }
  return found;
}

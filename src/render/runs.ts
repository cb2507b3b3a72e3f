// Eleventy keeps every page's HTML until its run ends (a 30,000-article archive ran out of Node's default heap),
// so a large site renders in several runs of a bounded number of pages, each run a fresh Eleventy.
import type { SiteModel } from './model.ts';

/** Pages per Eleventy run: bounds what one run holds (docs/BENCHMARKS.md, "30,000 articles: Eleventy renders in runs"). */
export const PAGES_PER_RUN = 4000;

export interface RenderRun {
  model: SiteModel; // the site as this run sees it: each split field holds only this run's items
  splitOnly: boolean; // render only the templates of the split fields (every other page is made by the first run)
}

/**
 * The runs for `model`: the items of the `fields` (arrays the templates paginate one page per item, read by no
 * other template) in even slices of at most `perRun`; the first run also renders every other page. One run when all fit.
 */
export function renderRuns(model: SiteModel, fields: string[], perRun = PAGES_PER_RUN): RenderRun[] {
  const site = model as unknown as Record<string, unknown>;
  const items = fields.flatMap((field) => {
    const value = site[field];
    return Array.isArray(value) ? value.map((item: unknown) => ({ field, item })) : [];
  });
  if (items.length <= perRun) return [{ model, splitOnly: false }];
  const size = Math.ceil(items.length / Math.ceil(items.length / perRun)); // runs of even size: none is a small remainder
  const runs: RenderRun[] = [];
  for (let from = 0; from < items.length; from += size) {
    const slice = items.slice(from, from + size);
    const own = Object.fromEntries(fields.map((field) => [field, slice.filter((x) => x.field === field).map((x) => x.item)]));
    runs.push({ model: { ...model, ...own }, splitOnly: from > 0 });
  }
  return runs;
}

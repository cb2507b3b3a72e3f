// The original input files are copied beside the pages, so every article links the file it was read from.
import type { SiteModel } from '../render/site.ts';
import type { EleventyConfig } from './types.ts';

export function originalsPlugin(eleventyConfig: EleventyConfig): void {
  const site = eleventyConfig.globalData.site as SiteModel | (() => unknown) | undefined;
  // `npm run dev` computes the model lazily, so it has no originals to copy.
  if (!site || typeof site === 'function') return;
  for (const { from, to } of site.originals) eleventyConfig.addPassthroughCopy({ [from]: to });
}

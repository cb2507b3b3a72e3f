// Static assets (CSS, search scripts): the build copies them itself; `npm run dev` lets Eleventy copy them.
import type { EleventyConfig } from './types.ts';

export function assetsPlugin(eleventyConfig: EleventyConfig): void {
  if (typeof eleventyConfig.globalData.site === 'object') return; // a build: src/build.ts copies the assets
  eleventyConfig.addPassthroughCopy({ 'templates/assets': 'assets' });
}

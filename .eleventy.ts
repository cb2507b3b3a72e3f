// Eleventy configuration: a table of contents. Each concern is a small plugin under src/eleventy/.
import type { EleventyConfig } from './src/eleventy/types.ts';
import { siteDataPlugin } from './src/eleventy/data.ts';
import { filtersPlugin } from './src/eleventy/filters.ts';
import { assetsPlugin } from './src/eleventy/assets.ts';
import { relativeLinksPlugin } from './src/eleventy/links.ts';
import { nunjucksCompileCachePlugin } from './src/eleventy/nunjucks.ts';

export default function (eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPlugin(siteDataPlugin);
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(assetsPlugin);
  eleventyConfig.addPlugin(relativeLinksPlugin);
  eleventyConfig.addPlugin(nunjucksCompileCachePlugin);
}

export const config = {
  dir: { includes: '_includes', data: '_data' },
  templateFormats: ['njk'],
  htmlTemplateEngine: 'njk',
  markdownTemplateEngine: false,
};

// Static assets (CSS) are copied as they are.
import type { EleventyConfig } from './types.ts';

export function assetsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPassthroughCopy({ 'templates/assets': 'assets' });
}

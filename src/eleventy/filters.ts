// Template filters: thin wrappers, the logic lives in src/render.
import type { EleventyConfig } from './types.ts';

export function filtersPlugin(eleventyConfig: EleventyConfig): void {
  // Join a list in German style: "A, B und C".
  eleventyConfig.addFilter('joinList', ((items: string[], conjunction = 'und') =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`) as never);
}

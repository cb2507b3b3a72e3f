// Site data: the build hands Eleventy the finished model; `npm run dev` computes it from the input folder.
import type { EleventyConfig } from './types.ts';

export function siteDataPlugin(eleventyConfig: EleventyConfig): void {
  if ('site' in eleventyConfig.globalData) return;
  const input = process.env.PRESSEARCHIV_INPUT ?? 'seeds';
  eleventyConfig.addWatchTarget(input);
  eleventyConfig.addGlobalData('site', async () => {
    const { prepareSite } = await import('../build.ts');
    return (await prepareSite({ input })).model;
  });
}

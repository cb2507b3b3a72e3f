// Relative links in every HTML page, so the site works under any sub-path and opened from disk.
import { relativizeLinks } from '../render/links.ts';
import type { EleventyConfig } from './types.ts';

export function relativeLinksPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addTransform('relative-links', function (content) {
    const out = this.page.outputPath;
    // 404.html is served at any depth, so only root-relative (prefixed) links work there.
    if (!out || !out.endsWith('.html') || out.endsWith('/404.html')) return content;
    const prefix = `/${(eleventyConfig.pathPrefix ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
    return relativizeLinks(content, this.page.url, prefix);
  });
}

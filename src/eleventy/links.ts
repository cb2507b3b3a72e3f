// Links in HTML pages: templates write site URLs root-relative and without the path prefix ("/chronik/", as
// the model holds them, no `url` filter); this transform makes them relative after rendering, so the site
// works under any sub-path and opened from disk. 404.html is served at any depth: it gets them prefixed.
import { normalisePrefix, prefixLinks, relativizeLinks } from '../render/links.ts';
import type { EleventyConfig } from './types.ts';

const isHtml = (outputPath: unknown): outputPath is string => typeof outputPath === 'string' && outputPath.endsWith('.html');

export function relativeLinksPlugin(eleventyConfig: EleventyConfig): void {
  const prefix = () => normalisePrefix(eleventyConfig.pathPrefix);
  eleventyConfig.addTransform('relative-links', function (content) {
    const out = this.page.outputPath;
    if (!isHtml(out)) return content;
    if (out.endsWith('/404.html')) return prefixLinks(content, prefix());
    return relativizeLinks(content, this.page.url);
  });
  // Eleventy's own `url` filter (prefix added, 15–25 µs a call) for templates that still use it: in HTML pages
  // it leaves the URL root-relative for the transform above; elsewhere (feeds, text files) it adds the prefix.
  eleventyConfig.addFilter('url', function (this: { page?: { outputPath?: unknown } } | undefined, url: unknown) {
    const value = typeof url === 'string' ? url : '';
    if (!value.startsWith('/') || value.startsWith('//') || isHtml(this?.page?.outputPath)) return value;
    return prefix() + value.slice(1);
  });
}

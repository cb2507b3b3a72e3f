// Article bodies are Markdown written by ingest; markdown-it with html:false keeps any HTML in the source as text.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

export type MarkdownToken = ReturnType<typeof md.parse>[number];

export function renderMarkdown(body: string): string {
  return md.render(body);
}

/** The block tokens of a Markdown text; `renderTokens` of any run of whole top-level blocks prints what `renderMarkdown` would. */
export function parseMarkdown(body: string): MarkdownToken[] {
  return md.parse(body, {});
}

export function renderTokens(tokens: MarkdownToken[]): string {
  return md.renderer.render(tokens, md.options, {});
}

/** The plain text a paragraph of Markdown shows (escapes undone, markup dropped), for teasers and descriptions. */
export function markdownText(paragraph: string): string {
  const words: string[] = [];
  for (const token of md.parseInline(paragraph, {})[0]?.children ?? []) {
    if (token.type === 'text' || token.type === 'code_inline' || token.type === 'html_inline') words.push(token.content);
    else if (token.type === 'softbreak' || token.type === 'hardbreak') words.push(' ');
  }
  return words.join('');
}

// The about pages: every source file, with its page or the reason it has none, and the archive's numbers.
import type { AboutRow, SiteModel } from '../model.ts';
import { paginate } from '../paginate.ts';
import { fixedUrls } from '../urls.ts';
import type { SiteContext } from './context.ts';

export function aboutPages(ctx: SiteContext): SiteModel['aboutPages'] {
  const { s } = ctx;
  const rows: AboutRow[] = [
    ...ctx.records.map((r) => ({
      path: r.source.path,
      originalUrl: ctx.originals.has(r.source.path) ? `${ctx.urls.get(r.id)!}#original` : null,
      article: { url: ctx.urls.get(r.id)!, label: r.title },
      status: null,
      warnings: r.warnings.map((w) => (w.line ? `${s.line} ${w.line}: ${w.message}` : w.message)),
    })),
    ...(ctx.config.issues ?? []).map((i) => {
      const dup = i.duplicateOf ? ctx.card(i.duplicateOf) : null;
      return {
        path: i.path,
        originalUrl: null, // only articles' files are published (one that is no article may be unreadable, a link or a FIFO)
        article: dup ? { url: dup.url, label: dup.title } : null,
        status: i.kind === 'duplicate' ? s.duplicateOf : s.notReadable,
        warnings: [i.line ? `${s.line} ${i.line}: ${i.message}` : i.message],
      };
    }),
  ].sort((a, b) => a.path.localeCompare(b.path));
  return paginate(fixedUrls.about, rows, 500).map((chunk) => ({ ...chunk, head: { title: s.about, description: null } }));
}

export function aboutStats(ctx: SiteContext): SiteModel['about'] {
  const { s, records, locale } = ctx;
  const issues = ctx.config.issues ?? [];
  const warningCount = records.reduce((n, r) => n + r.warnings.length, 0);
  return {
    stats: [
      { label: s.filesRead, value: (records.length + issues.length).toLocaleString(locale.number) },
      { label: s.articles, value: records.length.toLocaleString(locale.number) },
      { label: s.stories, value: ctx.archive.stories.length.toLocaleString(locale.number) },
      { label: s.undated, value: ctx.undated.length.toLocaleString(locale.number) },
      { label: s.warnings, value: (warningCount + issues.length).toLocaleString(locale.number) },
    ],
  };
}

// Notes that name other articles ("auch bei …"): short references, and the note over a passage others carry too.
import type { SharedPassage } from '../../record.ts';
import { clip } from '../body.ts';
import { fill } from '../locale.ts';
import { escapeHtml } from '../../escape.ts';
import type { ArticleRef } from '../model.ts';
import type { SiteContext } from './context.ts';
import { carriersOf, NOTE_REFS, passagePageUrl } from './shared-passages.ts';
import { urlSafe } from '../urls.ts';

export interface Notes {
  articleRef: (id: string, fragment?: string) => ArticleRef | null;
  passagesOf: Map<string, SharedPassage[]>; // article id → the shared passages it carries
  passageAnchor: (id: string) => string;
  passageNote: (self: string, passageIds: string[], copy?: string | null) => string;
}

export function passageNotes(ctx: SiteContext): Notes {
  const articleRef = (id: string, fragment = ''): ArticleRef | null => {
    const c = ctx.card(id);
    if (!c) return null;
    const meta = [c.credit, c.dateLabel].filter(Boolean).join(', ') || null;
    return { url: c.url + fragment, title: clip(c.title, 90), meta, short: c.credit ?? clip(c.title, 40) };
  };
  const passagesOf = new Map<string, SharedPassage[]>();
  for (const p of ctx.archive.passages) {
    for (const o of p.occurrences) {
      const list = passagesOf.get(o.articleId) ?? [];
      if (!list.includes(p)) list.push(p);
      passagesOf.set(o.articleId, list);
    }
  }
  const passageById = new Map(ctx.archive.passages.map((p) => [p.id, p]));
  const passageAnchor = (id: string) => `geteilt-${urlSafe(id)}`;
  return {
    articleRef,
    passagesOf,
    passageAnchor,
    passageNote: (self, passageIds, copy = null) => passageNote(ctx, { passageById, articleRef, passageAnchor }, self, passageIds, copy),
  };
}

/**
 * The `n` of `ids` (time order) nearest in time to `self`, in time order: each carrier's note names its own
 * neighbours, so every carrier stays reachable from another (a list of the earliest 30 on each page was ~11 KB of
 * every wire-heavy article page and named the same 30 everywhere).
 */
function nearestInTime(ids: string[], self: string, n: number, byRank: (a: string, b: string) => number): string[] {
  if (ids.length <= n) return ids;
  let lo = ids.findIndex((id) => byRank(id, self) > 0);
  if (lo < 0) lo = ids.length;
  lo = Math.max(0, Math.min(lo - Math.floor(n / 2), ids.length - n));
  return ids.slice(lo, lo + n);
}

interface NoteParts {
  passageById: Map<string, SharedPassage>;
  articleRef: Notes['articleRef'];
  passageAnchor: Notes['passageAnchor'];
}

/** A count rounded down to 1, 2 or 5 × a power of ten (1,000 for 1,000 to 1,999): what a boilerplate note shows. */
export function carriersAtLeast(n: number): number {
  if (n < 1) return 0;
  let power = 1;
  while (power * 10 <= n) power *= 10;
  return [5, 2, 1].map((m) => m * power).find((v) => v <= n)!;
}

/** The own pages of the run's most widely carried passage (a run is mostly one passage), or null when it has none. */
function restUrl(passages: SharedPassage[]): string | null {
  return passagePageUrl(passages.reduce((a, b) => (carriersOf(b).length > carriersOf(a).length ? b : a)));
}

/**
 * What the folded note's summary names: the first two different credits of the listed carriers ("dpa, Reuters", not
 * "dpa, dpa"; an article credited to several agencies as "dpa/AFP", so each name is one article), else their short titles.
 */
function summaryNames(ctx: SiteContext, ids: string[], refs: ArticleRef[]): string[] {
  const names: string[] = [];
  for (const id of ids) {
    const credit = ctx.card(id)?.credit?.replace(/, /g, '/');
    if (credit && names.length < 2 && !names.includes(credit)) names.push(credit);
  }
  return names.length ? names : refs.slice(0, 2).map((r) => r.short);
}

/**
 * The note over a marked run: every other article carrying one of its passages, linked to the passage there.
 * Many (wire copy): folded, the first few named in the summary. `copy`: the run is in reproduced agency copy.
 */
function passageNote(ctx: SiteContext, parts: NoteParts, self: string, passageIds: string[], copy: string | null): string {
  const { s, locale, foreign } = ctx;
  const { passageById, articleRef, passageAnchor } = parts;
  const first = new Map<string, string>(); // article → first passage of this run it carries
  const plain = passageIds.filter((pid) => !passageById.get(pid)?.boilerplate);
  if (plain.length === 0) {
    // boilerplate: its count, not its thousands of carriers; rounded, so one more carrier does not change every carrier's page
    const n = carriersAtLeast(Math.max(0, ...passageIds.map((pid) => passageById.get(pid)?.occurrences.length ?? 0)));
    return `<div class="passage-note" data-pagefind-ignore${foreign ? ` lang="${locale.code}"` : ''}><span class="passage-label">${escapeHtml(fill(s.boilerplateNote, { n: n.toLocaleString(locale.number) }))}</span></div>`;
  }
  for (const pid of plain) {
    for (const o of passageById.get(pid)?.occurrences ?? []) if (o.articleId !== self && !first.has(o.articleId)) first.set(o.articleId, pid);
  }
  const ids = [...first.keys()].sort(ctx.byRank);
  const label = copy ? fill(s.sharedCopyAlsoIn, { credit: copy }) : s.sharedAlsoIn;
  const open = `<span class="passage-label">${escapeHtml(label)}</span>`;
  const attrs = ` data-pagefind-ignore${foreign ? ` lang="${locale.code}"` : ''}`;
  const refOf = (id: string) => articleRef(id, `#${passageAnchor(first.get(id)!)}`);
  const refHtml = (ref: ArticleRef) =>
    `<a href="${escapeHtml(ref.url)}"${foreign ? ` lang="${ctx.contentLang}"` : ''}>${escapeHtml(ref.title)}</a>` + (ref.meta ? ` (${escapeHtml(ref.meta)})` : ''); // plain text: the note is muted already (a span here was 30 bytes × ~30 refs a page)
  if (ids.length > 3) {
    // the carriers nearest in time and "und N weitere" linking the passage's own pages; without such pages, every carrier
    const url = ids.length > NOTE_REFS ? restUrl(plain.map((pid) => passageById.get(pid)!)) : null;
    const listed = url ? nearestInTime(ids, self, NOTE_REFS, ctx.byRank) : ids;
    const all = listed.map(refOf).filter((x): x is ArticleRef => !!x);
    const names = summaryNames(ctx, listed, all);
    const named = names.map(escapeHtml).join(', ');
    const more = escapeHtml(fill(s.andMore, { n: ids.length - names.length }));
    const rest = url ? `<li><a href="${escapeHtml(url)}">${escapeHtml(fill(s.andMore, { n: ids.length - NOTE_REFS }))}</a></li>` : '';
    return `<details class="passage-note"${attrs}><summary>${open} ${named} ${more}</summary><ul>${all.map((r) => `<li>${refHtml(r)}</li>`).join('')}${rest}</ul></details>`;
  }
  const refs = ids.map(refOf).filter((x): x is ArticleRef => !!x);
  return `<div class="passage-note"${attrs}>${open} ${refs.map(refHtml).join(', ')}</div>`;
}

// Input files that already carry YAML front matter: their fields win over what ingest reads from the text.
import matter from '@11ty/gray-matter';
import type { DatePrecision, Warning } from '../record.ts';
import type { ArticleFields } from './article-fields.ts';
import { buildIso, parseHeaderDate } from './dates.ts';

export interface FrontMatterFields {
  data: Record<string, unknown>;
  date: { iso: string; precision: DatePrecision; text: string } | null;
}

export function readFrontMatter(
  text: string,
): { fields: FrontMatterFields; content: string; contentLine: number; warnings: Warning[] } | { error: string; line: number; content?: string; contentLine?: number } {
  const close = /\n(---|\.\.\.)[ \t]*(\n|$)/.exec(text.slice(3));
  if (!close) return { error: 'front matter is not closed: expected a line "---" after the opening "---"', line: 1 };
  const end = 3 + close.index + close[0].length;
  const contentLine = text.slice(0, end).split('\n').length;
  let data: Record<string, unknown>;
  try {
    // options object given on purpose: without it gray-matter caches results by content and shares them
    const parsed = matter(text, { excerpt: false });
    data = parsed.data ?? {};
  } catch (e) {
    const mark = (e as { mark?: { line?: number } }).mark;
    const line = typeof mark?.line === 'number' ? Math.min(mark.line + 2, contentLine - 1) : 1;
    const message = `front matter is not valid YAML (${String((e as Error).message).split('\n')[0]}); its fields were ignored`;
    return { error: message, line, content: text.slice(end), contentLine };
  }
  const warnings: Warning[] = [];
  let date: FrontMatterFields['date'] = null;
  const raw = data['date'];
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) {
    const hasTime = raw.getUTCHours() !== 0 || raw.getUTCMinutes() !== 0;
    const r = buildIso(raw.getUTCFullYear(), raw.getUTCMonth() + 1, raw.getUTCDate(), hasTime ? raw.getUTCHours() : undefined, hasTime ? raw.getUTCMinutes() : undefined);
    if ('iso' in r) date = { ...r, text: raw.toISOString() };
  } else if (typeof raw === 'string' || typeof raw === 'number') {
    const r = parseHeaderDate(String(raw).trim());
    if ('iso' in r) date = { ...r, text: String(raw) };
    else warnings.push({ line: lineOfKey(text, 'date'), message: `front matter date: ${r.error}; expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm` });
  } else if (raw !== undefined && raw !== null) {
    warnings.push({ line: lineOfKey(text, 'date'), message: 'front matter date is not a date string' });
  }
  return { fields: { data, date }, content: text.slice(end), contentLine, warnings };
}

function lineOfKey(text: string, key: string): number | null {
  const i = text.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return i >= 0 ? i + 1 : null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null);
const strList = (v: unknown): string[] | null => {
  if (Array.isArray(v)) return v.map(str).filter((x): x is string => x !== null);
  const s = str(v);
  return s ? s.split(/\s*(?:,|;|\bund\b)\s*/).filter(Boolean) : null;
};

export function applyFrontMatter(f: ArticleFields, fm: FrontMatterFields): ArticleFields {
  const d = fm.data;
  const out = { ...f };
  const title = str(d['title']);
  if (title) {
    out.title = title;
    out.titleSource = 'frontmatter';
  }
  out.subtitle = str(d['subtitle']) ?? out.subtitle;
  out.lead = str(d['lead']) ?? str(d['description']) ?? out.lead;
  if (fm.date) {
    out.date = fm.date.iso;
    out.datePrecision = fm.date.precision;
    out.dateSource = 'frontmatter';
    out.dateText = fm.date.text;
  }
  out.authors = strList(d['authors']) ?? strList(d['author']) ?? out.authors;
  out.agencies = strList(d['agencies']) ?? strList(d['agency']) ?? out.agencies;
  out.outlet = str(d['outlet']) ?? str(d['publisher']) ?? out.outlet;
  out.dateline = str(d['dateline']) ?? out.dateline;
  return out;
}

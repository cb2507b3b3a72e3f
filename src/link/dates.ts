// Dates for the link stage: ISO partial dates as day intervals, time order, and the inference of a
// missing date from the dated coverage of the same story.
import { MONTHS_DE, WEEKDAYS_DE } from '../calendar.ts';
import type { ArticleRecord, DateEvidence, DatePrecision } from '../record.ts';

/** Days since 1970-01-01 (UTC) of a calendar day. */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

export function dayToIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The interval of days [lo, hi] an ISO partial date stands for, or null. */
export function dateInterval(date: string | null): { lo: number; hi: number } | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3] !== undefined) {
    const d = dayNumber(y, Number(m[2]), Number(m[3]));
    return { lo: d, hi: d };
  }
  if (m[2] !== undefined) {
    const mo = Number(m[2]);
    return { lo: dayNumber(y, mo, 1), hi: dayNumber(y, mo, daysInMonth(y, mo)) };
  }
  return { lo: dayNumber(y, 1, 1), hi: dayNumber(y, 12, 31) };
}

export function precisionOf(date: string): DatePrecision {
  if (date.includes('T')) return 'minute';
  const parts = date.split('-').length;
  return parts === 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

/**
 * Each article's place in time order: undated last, then by start of interval, then more general first, then id.
 * The date intervals are computed once per article, not once per comparison.
 */
export function timeRank(articles: { id: string; date: string | null }[]): Map<string, number> {
  const keyed = articles.map((a) => ({ id: a.id, date: a.date, iv: dateInterval(a.date) }));
  keyed.sort((a, b) => {
    if (a.iv && !b.iv) return -1;
    if (!a.iv && b.iv) return 1;
    if (a.iv && b.iv) {
      if (a.iv.lo !== b.iv.lo) return a.iv.lo - b.iv.lo;
      const da = a.date ?? '';
      const db = b.date ?? '';
      if (da !== db) return da < db ? -1 : 1;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return new Map(keyed.map((a, i) => [a.id, i]));
}

/** "Februar 2022", "4. Februar 2022", "2022". */
export function formatDateDe(date: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return date;
  if (m[3] !== undefined) return `${Number(m[3])}. ${MONTHS_DE[Number(m[2]) - 1]} ${m[1]}`;
  if (m[2] !== undefined) return `${MONTHS_DE[Number(m[2]) - 1]} ${m[1]}`;
  return m[1]!;
}

/**
 * Weekdays the text names as the day of an event ("am Freitag", "Freitag"), counted.
 * Index 0 = Sonntag, as Date.getUTCDay().
 */
export function weekdayMentions(text: string): number[] {
  const counts = [0, 0, 0, 0, 0, 0, 0];
  // the weekday first, then a look back for "am": an optional prefix at the front of one pattern would make
  // the search try it at every position of the text
  for (const m of text.matchAll(WEEKDAY_RE)) {
    const idx = m[1] === 'Sonnabend' ? 6 : WEEKDAYS_DE.indexOf(m[1]!);
    AM_BEFORE_RE.lastIndex = m.index;
    counts[idx]! += AM_BEFORE_RE.test(text) ? 2 : 1;
  }
  return counts;
}

const WEEKDAY_RE = /(Sonntag|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend)(?:abend|morgen|mittag|nachmittag|vormittag)?\b/g;
const AM_BEFORE_RE = /(?<=\b[Aa]m\s+)/y;

const articles = (n: number): string => (n === 1 ? 'ein datierter Artikel' : `${n} datierte Artikel`);

export interface InferredDate {
  date: string;
  precision: DatePrecision;
  reason: string; // in German, as the record's dateText keeps it
  evidence: DateEvidence; // the same, for render to say in the site's language
}

/**
 * The best-supported date of a story for one of its undated articles.
 * Evidence: the dates of the story's dated articles. A day is chosen only when the dated articles agree
 * on a day (or on a month that contains it) and the article names that day's weekday more than any other;
 * otherwise the month (or year) most of the dated articles fall in.
 */
export function inferDate(article: ArticleRecord, dated: { id: string; date: string }[], storyTitle: string): InferredDate | null {
  if (dated.length === 0) return null;
  const intervals = dated.map((d) => ({ ...d, iv: dateInterval(d.date)! })).filter((d) => d.iv);
  if (intervals.length === 0) return null;

  // the month most dated articles fall in (articles spanning more than a month do not vote)
  const monthVotes = new Map<string, number>();
  const yearVotes = new Map<string, number>();
  for (const d of intervals) {
    const p = precisionOf(d.date);
    if (p !== 'year') monthVotes.set(d.date.slice(0, 7), (monthVotes.get(d.date.slice(0, 7)) ?? 0) + 1);
    yearVotes.set(d.date.slice(0, 4), (yearVotes.get(d.date.slice(0, 4)) ?? 0) + 1);
  }
  const best = (votes: Map<string, number>): [string, number] | null => {
    let out: [string, number] | null = null;
    for (const [k, v] of [...votes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (!out || v > out[1]) out = [k, v];
    return out;
  };
  const month = best(monthVotes);
  const year = best(yearVotes)!;
  const quoted = `„${storyTitle}“`;

  // day: the day-precise articles' most common day, consistent with every dated article of the story
  const dayVotes = new Map<number, number>();
  for (const d of intervals) if (d.iv.lo === d.iv.hi) dayVotes.set(d.iv.lo, (dayVotes.get(d.iv.lo) ?? 0) + 1);
  let bestDay: number | null = null;
  for (const [day, v] of [...dayVotes].sort((a, b) => a[0] - b[0])) {
    if (bestDay === null || v > (dayVotes.get(bestDay) ?? 0)) bestDay = day;
  }
  if (bestDay !== null && intervals.every((d) => (d.iv.lo <= bestDay && bestDay <= d.iv.hi) || d.iv.lo === d.iv.hi)) {
    const mentions = weekdayMentions(`${article.title}\n${article.lead ?? ''}\n${article.body}`);
    const wd = new Date(bestDay * 86_400_000).getUTCDay();
    const top = Math.max(...mentions);
    if (top > 0 && mentions[wd] === top && mentions.filter((c) => c === top).length === 1) {
      const iso = dayToIso(bestDay);
      const n = intervals.length;
      const nDay = dayVotes.get(bestDay)!;
      const monthText = month && month[1] === n ? ` vom ${formatDateDe(month[0])}` : '';
      const dayText = nDay === n ? `` : `, ${nDay === 1 ? 'einer' : nDay} davon vom ${formatDateDe(iso)}`;
      const lead = nDay === n ? `${articles(n)} vom ${formatDateDe(iso)}` : `${articles(n)}${monthText}${dayText}`;
      return {
        date: iso,
        precision: 'day',
        reason: `Datum erschlossen aus der Geschichte ${quoted}: ${lead}, einem ${WEEKDAYS_DE[wd]}, und der Artikel nennt den ${WEEKDAYS_DE[wd]}`,
        evidence: { basis: 'day', story: storyTitle, dated: n, onDay: nDay, month: month && month[1] === n ? month[0] : null, weekday: wd },
      };
    }
  }
  if (month) {
    const n = month[1];
    const others = intervals.length - n;
    return {
      date: month[0],
      precision: 'month',
      reason:
        `Datum erschlossen aus der Geschichte ${quoted}: ${articles(n)} vom ${formatDateDe(month[0])}` +
        (others > 0 ? ` (${others} ${others === 1 ? 'weiterer' : 'weitere'} aus anderen Monaten)` : ''),
      evidence: { basis: 'month', story: storyTitle, dated: n, others },
    };
  }
  const n = year[1];
  return {
    date: year[0],
    precision: 'year',
    reason: `Datum erschlossen aus der Geschichte ${quoted}: ${articles(n)} aus dem Jahr ${year[0]}`,
    evidence: { basis: 'year', story: storyTitle, dated: n },
  };
}

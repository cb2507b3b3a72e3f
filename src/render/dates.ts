// German (or English) dates as precise as known: "4. Februar 2022, 11:02 Uhr", "Februar 2022", "2022".
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import 'dayjs/locale/de.js';
import type { ArticleLinks, DatePrecision, LinkedArchive } from '../record.ts';
import type { Locale } from './locale.ts';

dayjs.extend(utc);

const formats: Record<string, Record<DatePrecision, string>> = {
  de: { year: 'YYYY', month: 'MMMM YYYY', day: 'D. MMMM YYYY', minute: 'D. MMMM YYYY, HH:mm [Uhr]' },
  en: { year: 'YYYY', month: 'MMMM YYYY', day: 'D MMMM YYYY', minute: 'D MMMM YYYY, HH:mm' },
};

/** Parses an ISO partial date as UTC; the precision keeps "Februar 2022" from becoming "1. Februar 2022". */
export function parseIsoPartial(iso: string): dayjs.Dayjs {
  const full = iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
  return dayjs.utc(full);
}

/**
 * Remembers formatted dates: a build formats the same few thousand days over and over (cards on every
 * listing, periods, ranges), and dayjs parses and formats each time. Bounded, for long-running dev servers.
 */
function memo(fn: (key: string) => string): (key: string) => string {
  const cache = new Map<string, string>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= 100_000) cache.clear();
      cache.set(key, (value = fn(key)));
    }
    return value;
  };
}

const formatDateMemo = memo((key) => {
  const [iso, precision, code, dayjsLocale] = key.split('\u0000') as [string, DatePrecision, string, string];
  return parseIsoPartial(iso)
    .locale(dayjsLocale)
    .format((formats[code] ?? formats.de!)[precision]);
});

export function formatDate(iso: string, precision: DatePrecision, locale: Locale): string {
  return formatDateMemo(`${iso}\u0000${precision}\u0000${locale.code}\u0000${locale.dayjs}`);
}

/** Full RFC 3339 timestamp (UTC) for feeds, sitemaps and sorting. */
export function toRfc3339(iso: string): string {
  return parseIsoPartial(iso).toISOString().replace('.000Z', 'Z');
}

const periodFormats: Record<string, { year: string; month: string; day: string; dayShort: string; monthShort: string }> = {
  de: { year: 'YYYY', month: 'MMMM YYYY', day: 'dddd, D. MMMM YYYY', dayShort: 'D. MMMM', monthShort: 'MMMM' },
  en: { year: 'YYYY', month: 'MMMM YYYY', day: 'dddd, D MMMM YYYY', dayShort: 'D MMMM', monthShort: 'MMMM' },
};

/** A period of the archive as a heading: "2022", "Februar 2022", "Freitag, 4. Februar 2022". */
export function formatPeriod(period: string, locale: Locale, short = false): string {
  return formatPeriodMemo(`${period}\u0000${short ? 1 : 0}\u0000${locale.code}\u0000${locale.dayjs}`);
}

const formatPeriodMemo = memo((key) => {
  const [period, short, code, dayjsLocale] = key.split('\u0000') as [string, string, string, string];
  const f = periodFormats[code] ?? periodFormats.de!;
  const pattern = period.length === 4 ? f.year : period.length === 7 ? (short === '1' ? f.monthShort : f.month) : short === '1' ? f.dayShort : f.day;
  return parseIsoPartial(period).locale(dayjsLocale).format(pattern);
});

/**
 * A span of dates for a story, both ends at the coarser one's precision (never "Dezember 2021 – 4. Februar 2022")
 * and what they share said once: "13.–16. November 2024", "13. Oktober – 16. November 2024",
 * "15. Dezember 2021 – 4. Februar 2022", "Dezember 2021 – Februar 2022"; one date when both are the same.
 */
export function formatRange(start: string | null, end: string | null, locale: Locale): string | null {
  if (!start || !end) return start ? formatDate(start, precisionOf(start), locale) : end ? formatDate(end, precisionOf(end), locale) : null;
  const length = Math.min(start.length, end.length, 10);
  const [a, b] = [start.slice(0, length), end.slice(0, length)].sort() as [string, string];
  const precision = dayOrCoarser(a);
  if (a === b) return formatDate(a, precision, locale);
  if (precision === 'year') return `${a}–${b}`;
  const sameYear = a.slice(0, 4) === b.slice(0, 4);
  const en = locale.code === 'en';
  if (precision === 'month') {
    return sameYear
      ? `${parseIsoPartial(a).locale(locale.dayjs).format('MMMM')} – ${formatDate(b, 'month', locale)}`
      : `${formatDate(a, 'month', locale)} – ${formatDate(b, 'month', locale)}`;
  }
  const first = parseIsoPartial(a).locale(locale.dayjs);
  if (sameYear && a.slice(5, 7) === b.slice(5, 7)) return `${first.format(en ? 'D' : 'D.')}–${formatDate(b, 'day', locale)}`;
  if (sameYear) return `${first.format(en ? 'D MMMM' : 'D. MMMM')} – ${formatDate(b, 'day', locale)}`;
  return `${formatDate(a, 'day', locale)} – ${formatDate(b, 'day', locale)}`;
}

export function precisionOf(iso: string): DatePrecision {
  return iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : iso.length === 10 ? 'day' : 'minute';
}

/** The archive with the date that tells a story's title apart (`Story.titleDate`, written in German by the link stage) in the locale's words. */
export function withLocalTitleDates(archive: LinkedArchive, locale: Locale): LinkedArchive {
  if (locale.code === 'de' || !archive.stories.some((st) => st.titleDate)) return archive;
  const local = (title: string, iso: string) => `${title.slice(0, title.lastIndexOf(' ('))} (${formatDate(iso, dayOrCoarser(iso), locale)})`;
  return { ...archive, stories: archive.stories.map((st) => (st.titleDate ? { ...st, title: local(st.title, st.titleDate) } : st)) };
}

/**
 * Why an article's date was inferred, in the locale's words: the link stage's German reason, or the same said from its
 * evidence, naming the story as the site does (`storyTitle`: its date told apart in the locale's words, see withLocalTitleDates).
 */
export function dateReason(inferred: NonNullable<ArticleLinks['inferredDate']>, locale: Locale, storyTitle?: string): string {
  if (locale.code === 'de') return inferred.reason;
  const e = inferred.evidence;
  const articles = (n: number) => (n === 1 ? 'one dated article' : `${n} dated articles`);
  const on = (iso: string) => formatDate(iso, dayOrCoarser(iso), locale);
  const opening = `Date inferred from the story “${storyTitle ?? e.story}”: `;
  if (e.basis === 'year') return `${opening}${articles(e.dated)} from ${inferred.date}`;
  if (e.basis === 'month') return `${opening}${articles(e.dated)} of ${on(inferred.date)}${e.others ? ` (${e.others} more from other months)` : ''}`;
  const weekday = parseIsoPartial(inferred.date).locale(locale.dayjs).format('dddd');
  const lead =
    e.onDay === e.dated
      ? `${articles(e.dated)} of ${on(inferred.date)}`
      : `${articles(e.dated)}${e.month ? ` of ${on(e.month)}` : ''}, ${e.onDay === 1 ? 'one' : e.onDay} of them of ${on(inferred.date)}`;
  return `${opening}${lead}, a ${weekday}, and the article names ${weekday}`;
}

function dayOrCoarser(iso: string): DatePrecision {
  const p = precisionOf(iso);
  return p === 'minute' ? 'day' : p;
}

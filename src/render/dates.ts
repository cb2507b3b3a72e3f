// German (or English) dates as precise as known: "4. Februar 2022, 11:02 Uhr", "Februar 2022", "2022".
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import 'dayjs/locale/de.js';
import type { DatePrecision } from '../record.ts';
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

export function formatDate(iso: string, precision: DatePrecision, locale: Locale): string {
  const pattern = (formats[locale.code] ?? formats.de!)[precision];
  return parseIsoPartial(iso).locale(locale.dayjs).format(pattern);
}

/** Machine-readable form for <time datetime> and feeds: as precise as known. */
export function datetimeAttr(iso: string): string {
  return iso;
}

/** Full RFC 3339 timestamp (UTC) for feeds, sitemaps and sorting. */
export function toRfc3339(iso: string): string {
  return parseIsoPartial(iso).toISOString().replace('.000Z', 'Z');
}

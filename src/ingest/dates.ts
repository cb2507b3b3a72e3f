// German and ISO date expressions → ISO partial dates with their precision; validation says what is wrong.
import { MONTHS_DE } from '../calendar.ts';
import type { DatePrecision } from '../record.ts';

export interface FoundDate {
  iso: string;
  precision: DatePrecision;
  text: string; // the matched text
  index: number; // where it starts in the searched string
}

const MONTHS: Record<string, number> = {
  jan: 1,
  januar: 1,
  jänner: 1,
  jän: 1,
  feb: 2,
  februar: 2,
  mär: 3,
  märz: 3,
  mrz: 3,
  maerz: 3,
  apr: 4,
  april: 4,
  mai: 5,
  jun: 6,
  juni: 6,
  jul: 7,
  juli: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  nov: 11,
  november: 11,
  dez: 12,
  dezember: 12,
};
const MONTH_RE =
  '(Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Jän|Feb|Mär|Mrz|Apr|Jun|Jul|Aug|Sept|Sep|Okt|Nov|Dez)\\.?';
const WEEKDAY_RE = '(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Mo|Di|Mi|Do|Fr|Sa|So)\\.?,?\\s+)?';
// a time, optionally with its zone: "11:02 Uhr", "09:14 UTC", "10:14 Uhr MEZ", "09:14 GMT+1"
const ZONE_RE = '(?:\\s*\\(?(UTC|GMT|MEZ|MESZ|CET|CEST|Z(?![\\p{L}])|[+-]\\d{2}:?\\d{2})([+-]\\d{1,2}(?::?\\d{2})?)?\\)?)?';
const TIME_RE = `(?:\\s*(?:,|\\||-|–|um)?\\s*(\\d{1,2})[:.](\\d{2})(?::\\d{2})?(?!\\d)(?:\\s*Uhr)?${ZONE_RE})?`;
const EN_MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

const pad = (n: number) => String(n).padStart(2, '0');

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Checks the parts of a date; returns the ISO string or the reason it is not a date. */
export function buildIso(year: number, month?: number, day?: number, hour?: number, minute?: number): { iso: string; precision: DatePrecision } | { error: string } {
  if (year < 1000 || year > 2999) return { error: `year ${year} is out of range` };
  if (month === undefined) return { iso: String(year), precision: 'year' };
  if (month < 1 || month > 12) return { error: `month ${month} does not exist` };
  if (day === undefined) return { iso: `${year}-${pad(month)}`, precision: 'month' };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { error: `day ${day} does not exist in ${MONTHS_DE[month - 1]} ${year}` };
  }
  if (hour === undefined || minute === undefined) return { iso: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
  if (hour > 23 || minute > 59) return { error: `time ${pad(hour)}:${pad(minute)} does not exist` };
  return { iso: `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`, precision: 'minute' };
}

function year4(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));

interface Pattern {
  re: RegExp;
  // year, month, day, hour, minute, and the zone offset in minutes when the text gives one
  parts: (m: RegExpExecArray) => [number, number?, number?, number?, number?, number?];
}

/** Minutes east of UTC for a zone written after a time: "UTC" 0, "MEZ" 60, "+03:00" 180, "GMT+1" 60. */
function zoneOffset(zone: string | undefined, extra: string | undefined): number | undefined {
  if (!zone) return undefined;
  const z = zone.toUpperCase();
  let base: number;
  if (z === 'UTC' || z === 'GMT' || z === 'Z') base = 0;
  else if (z === 'MEZ' || z === 'CET') base = 60;
  else if (z === 'MESZ' || z === 'CEST') base = 120;
  else base = signedMinutes(z);
  return extra ? base + signedMinutes(extra) : base;
}

function signedMinutes(s: string): number {
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(s);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

// The clock the archive reads times on: the time-zone database's, so summer time follows each year's real rules
// (none before 1980, the end of September until 1995, the end of October since 1996).
const LOCAL_CLOCK = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Berlin',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});

/**
 * A wall-clock time with a known zone offset → the same instant in German time (MEZ/MESZ, the same clock as
 * Vienna's and Zurich's since 1981), so that every minute-precise date in the archive is read on one clock.
 */
export function toGermanTime(y: number, mo: number, d: number, h: number, mi: number, offset: number): [number, number, number, number, number] {
  const utc = new Date(Date.UTC(y, mo - 1, d, h, mi) - offset * 60_000);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(LOCAL_CLOCK.formatToParts(utc).find((p) => p.type === type)!.value);
  return [part('year'), part('month'), part('day'), part('hour'), part('minute')];
}

// Ordered most specific first; each is tried at every position and the earliest valid match wins.
const PATTERNS: Pattern[] = [
  {
    // 2022-02-04T11:02, 2022-02-04 11:02:00+01:00, 2022-02-04T10:02:00Z (an offset is turned into German time)
    re: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s?(Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/g,
    parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3]), num(m[4]), num(m[5]), zoneOffset(m[6], undefined)],
  },
  {
    // feeds and mail: "Fri, 04 Mar 2022 10:02:00 +0000", "4 March 2022 09:14 GMT"
    re: /(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?<![\d.])(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*(UTC|GMT|Z|[+-]\d{2}:?\d{2}|CET|CEST|MEZ|MESZ)([+-]\d{1,2}(?::?\d{2})?)?)?)?(?!\d)/g,
    parts: (m) => [Number(m[3]), EN_MONTHS[m[2]!.toLowerCase()], Number(m[1]), num(m[4]), num(m[5]), zoneOffset(m[6], m[7])],
  },
  {
    // American wire copy: "February 4, 2022, 9:14 AM", "Feb. 4, 2022 9:14 a.m. GMT"; a US zone ("ET") keeps only the day
    re: /(?<![\p{L}])(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})\s*([ap])\.?m\.?(?:\s+(UTC|GMT|[ECMP][SD]?T)\b)?)?(?!\d)/giu,
    parts: (m) => {
      const usZone = m[7] !== undefined && !/^(UTC|GMT)$/i.test(m[7]);
      const hour = m[4] === undefined || usZone ? undefined : (Number(m[4]) % 12) + (/p/i.test(m[6]!) ? 12 : 0);
      return [Number(m[3]), EN_MONTHS[m[1]!.slice(0, 3).toLowerCase()], Number(m[2]), hour, hour === undefined ? undefined : Number(m[5]), zoneOffset(m[7], undefined)];
    },
  },
  {
    // Fr 04.02.2022 | 11:02, 4.2.2022, 04.02.22, 14:24
    re: new RegExp(`${WEEKDAY_RE}(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})(?![\\d])${TIME_RE}`, 'gu'),
    parts: (m) => [year4(m[3]!), Number(m[2]), Number(m[1]), num(m[4]), num(m[5]), zoneOffset(m[6], m[7])],
  },
  {
    // Freitag, 4. Februar 2022, 11:02 Uhr; 4 Feb. 2022 11:02 Uhr; "Fr, 04.Feb 2022" (APA's OTS header)
    re: new RegExp(`${WEEKDAY_RE}(?<![\\d.])(\\d{1,2})(?:\\.\\s*|\\s+)${MONTH_RE}\\s+(\\d{4})${TIME_RE}`, 'giu'),
    parts: (m) => [Number(m[3]), MONTHS[m[2]!.toLowerCase()], Number(m[1]), num(m[4]), num(m[5]), zoneOffset(m[6], m[7])],
  },
  {
    // the time first, as Austrian and Swiss pages print it: "19.50 Uhr, 10. September 2013", "14:32 Uhr, 09.02.2022"
    re: new RegExp(`(?<![\\d.:])(\\d{1,2})[:.](\\d{2})\\s*Uhr,?\\s+${WEEKDAY_RE}(\\d{1,2})\\.\\s?(?:(\\d{1,2})\\.|\\s*${MONTH_RE})\\s?(\\d{4})(?!\\d)`, 'giu'),
    parts: (m) => [Number(m[6]), m[4] ? Number(m[4]) : MONTHS[m[5]!.toLowerCase()], Number(m[3]), Number(m[1]), Number(m[2])],
  },
  {
    // 2022-02 (ISO month)
    re: /(?<![\d-])(\d{4})-(\d{2})(?![\d-])/g,
    parts: (m) => [Number(m[1]), Number(m[2])],
  },
  {
    // Februar 2022
    re: new RegExp(`(?<![\\p{L}\\d])${MONTH_RE}\\s+(\\d{4})(?!\\d)`, 'giu'),
    parts: (m) => [Number(m[2]), MONTHS[m[1]!.toLowerCase()]],
  },
];

/** Finds the first valid date expression in `s` (earliest position, most precise at that position). */
export function findDate(s: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(s))) {
      const [y, mo, d, h, mi, offset] = p.parts(m);
      // the zone is applied only to a time that exists as written
      const valid = buildIso(y, mo, d, h, mi);
      const r =
        'iso' in valid && offset !== undefined && mo !== undefined && d !== undefined && h !== undefined && mi !== undefined
          ? buildIso(...toGermanTime(y, mo, d, h, mi, offset))
          : valid;
      if ('iso' in r) {
        if (!best || m.index < best.index) best = { iso: r.iso, precision: r.precision, text: m[0].trim(), index: m.index };
        break;
      }
    }
  }
  return best;
}

/** Parses a header date token (ISO forms, or German numeric), explaining why when it is not valid. */
export function parseHeaderDate(token: string): { iso: string; precision: DatePrecision } | { error: string } {
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/.exec(token);
  if (m) return buildIso(Number(m[1]), num(m[2]), num(m[3]), num(m[4]), num(m[5]));
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(token);
  if (m) return buildIso(Number(m[3]), Number(m[2]), Number(m[1]));
  return { error: `"${token}" is not a date` };
}

// German month and weekday names from the platform's locale data (Intl), for every stage that writes a date in words.
const names = (options: Intl.DateTimeFormatOptions, count: number, at: (i: number) => number): string[] => {
  const format = new Intl.DateTimeFormat('de', { ...options, timeZone: 'UTC' });
  return Array.from({ length: count }, (_, i) => format.format(at(i)));
};

/** "Januar" … "Dezember". */
export const MONTHS_DE: readonly string[] = names({ month: 'long' }, 12, (i) => Date.UTC(2021, i, 1));
/** "Sonntag" … "Samstag", in the order of Date#getUTCDay. */
export const WEEKDAYS_DE: readonly string[] = names({ weekday: 'long' }, 7, (i) => Date.UTC(2023, 0, 1 + i)); // 1 Jan 2023 was a Sunday

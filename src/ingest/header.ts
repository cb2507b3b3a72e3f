// The archive's own one-line header: "date 2022-02 Some title or lead text" on the first line.
import type { DatePrecision, Warning } from '../record.ts';
import { findDate, parseHeaderDate } from './dates.ts';

export interface Header {
  date: { iso: string; precision: DatePrecision; text: string } | null;
  text: string; // what follows the date token: a title or a lead
  warnings: Warning[];
}

// "date 2022-02 …", "date: 2022-02-04 …", "Date: …" (capitalised only with its colon: "Date night …" is a title)
const KEYWORD = /^\s*(?:date\s*[:=]?|Date\s*[:=])\s+/;
// after it: the date token, a time, the text
const REST = /^(\S+)(?:\s+(\d{1,2}:\d{2})(?!\S))?\s*(.*)$/;

/** Parses a header line; null when the line is not a header. */
export function parseHeader(line: string, lineNo: number): Header | null {
  const keyword = KEYWORD.exec(line);
  const rest = keyword ? line.slice(keyword[0].length) : '';
  const m = REST.exec(rest);
  if (!keyword || !m) return null;
  const token = m[1]!;
  const time = m[2];
  const text = m[3]!.trim();
  const parsed = parseHeaderDate(time ? `${token}T${time.padStart(5, '0')}` : token);
  if ('error' in parsed) {
    // a date written out: "date Februar 2022 …", "date 4. Februar 2022 …"
    const written = findDate(rest);
    if (written?.index === 0 && /\p{L}/u.test(written.text)) {
      return { date: { iso: written.iso, precision: written.precision, text: written.text }, text: rest.slice(written.text.length).trim(), warnings: [] };
    }
    return {
      date: null,
      text: time ? `${time} ${text}`.trim() : text,
      warnings: [
        {
          line: lineNo,
          message: `malformed header date: ${parsed.error}; expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm (article left undated)`,
        },
      ],
    };
  }
  return { date: { ...parsed, text: `${token}${time ? ` ${time}` : ''}` }, text, warnings: [] };
}

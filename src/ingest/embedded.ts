// Reprinted copy from another outlet inside an article: "TITLE 04.02.22, 14:24 dpa-AFX PEKING (dpa-AFX) - …".
import type { Embedded } from '../record.ts';
import { AGENCY_NAMES, normaliseAgency } from './agencies.ts';
import { buildIso } from './dates.ts';

// each agency as it signs and in capitals ("REUTERS"), longest first so "dpa-AFX" is not read as "dpa"
const AGENCY_ALT = [...new Set(AGENCY_NAMES.flatMap((n) => [n, n.toUpperCase()]))]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
const STAMP = new RegExp(
  `^(.{8,220}?)\\s+(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2}|\\d{4}),?\\s+(\\d{1,2}):(\\d{2})(?:\\s*Uhr)?\\s*(?:[|·-]\\s*)?(${AGENCY_ALT})(?![a-z])\\s*`,
  'u',
);

/** Recognises a block that starts with a wire headline, timestamp and agency; null otherwise. */
export function parseEmbedded(text: string): Embedded | null {
  const m = STAMP.exec(text);
  if (!m) return null;
  const year = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
  const d = buildIso(year, Number(m[3]), Number(m[2]), Number(m[5]), Number(m[6]));
  const credit = normaliseAgency(m[7]!) ?? m[7]!;
  const body = text.slice(m[0].length).trim();
  if (body.length < 40) return null; // a headline list, not reprinted copy
  return { title: m[1]!.trim(), credit, date: 'iso' in d ? d.iso : null, text: body };
}

/** Wire-style headline markers that open reprinted copy even without a timestamp. */
export function isWireHeadline(text: string): boolean {
  return /^(ROUNDUP|ROUNDUP\s*\d*|EILMELDUNG|KORREKTUR|WDH|ANALYSE|HINTERGRUND|INTERVIEW|FEATURE|ZUSAMMENFASSUNG|GESAMT-ROUNDUP)(\s*\d)?\s*[:/]/.test(text);
}

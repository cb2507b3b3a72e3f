// Photo captions and credits: kept out of the body, recorded with their credit.
import { PHOTO_CREDIT } from './agencies.ts';
import { sentences } from './sentences.ts';

/** A block that is only a credit: "Quelle: www.x.com © Kremlin Pool", "Foto: dpa", "© AFP". */
export function parseCreditOnly(text: string): string | null {
  if (text.length > 140) return null;
  const m = /^(?:Foto|Fotos|Bild|Bilder|Bildquelle|Bildrechte|Quelle|Photo|Copyright|Credit)\s*:\s*(.+)$/i.exec(text);
  if (
    m &&
    (/©|\(c\)/i.test(text) ||
      /^(Foto|Fotos|Bild|Bilder|Bildquelle|Bildrechte|Photo|Copyright|Credit)/i.test(text) ||
      /www\.|\.com|\.de/.test(m[1]!) ||
      PICTURE_DESK.test(m[1]!))
  ) {
    return cleanCredit(m[1]!);
  }
  if (/^©/.test(text) || /^\(c\)\s/i.test(text)) return cleanCredit(text.replace(/^(©|\(c\))\s*/i, ''));
  return null;
}

// "Quelle: AP/Olivier Matthys", "Quelle: picture alliance/dpa": a picture agency with its photographer.
const PICTURE_DESK =
  /^(?:AP|dpa|AFP|Reuters|REUTERS|EPA|EPA-EFE|picture alliance|picture-alliance|Getty Images|imago|IMAGO|imago images|Keystone|ddp|Xinhua|Sputnik|TASS|Anadolu)(?:\s*\/\s*[^/]{2,40})+$/u;

/** A caption block ending in a photo credit ("… Westukraine. REUTERS"); null when the block is prose. */
export function parseCaptionWithCredit(text: string): { text: string; credit: string } | null {
  if (text.length > 400) return null;
  const m = PHOTO_CREDIT.exec(text);
  if (!m) return null;
  const credit = m[1]!;
  const captionText = text
    .slice(0, text.lastIndexOf(credit))
    .replace(/[\s(|–-]+$/, '')
    .trim();
  // a bare "dpa" after a long multi-sentence paragraph is an agency credit, not a photo caption
  if (captionText.length < 10 || sentences(captionText).length > 3) return null;
  return { text: captionText, credit: cleanCredit(credit) };
}

function cleanCredit(credit: string): string {
  const c = credit
    .replace(/^(Foto|Fotos|Bild|Bildquelle|Quelle|Photo)\s*:\s*/i, '')
    .replace(/[)\s.]+$/, '')
    .trim();
  if (/^REUTERS$/.test(c)) return 'Reuters';
  if (/^DPA$/.test(c)) return 'dpa';
  return c.replace(/^REUTERS\b/, 'Reuters');
}

/** A short descriptive line without a full stop, as image captions usually are. */
export function isCaptionLike(text: string): boolean {
  return text.length >= 15 && text.length <= 300 && !/[.!?:]["“”»«]?$/.test(text);
}

// Bytes → clean NFC text: BOMs, UTF-16, legacy 8-bit code pages, odd spaces and line ends handled here only.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type Decoded =
  { ok: true; text: string; encoding: string; legacy?: { line: number | null; message: string } } | { ok: false; line: number | null; message: string };

const MAGIC: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'PNG image'],
  [[0xff, 0xd8, 0xff], 'JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP archive (e.g. .docx)'],
  [[0x1f, 0x8b], 'gzip archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'ELF executable'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'OLE document (e.g. .doc)'],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.length <= bytes.length && sig.every((b, i) => bytes[i] === b);
}

// Letters typical of German text; used to choose between candidate code pages.
const GOOD = /[a-zA-ZäöüÄÖÜß€„“”‚‘’–—«»é]/g;
const BAD = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd]|[\u0100-\u024f\u0370-\u03ff\u2500-\u25ff\u3000-\u9fff\uac00-\ud7af]/g;

function score(text: string): number {
  return (text.match(GOOD)?.length ?? 0) - 20 * (text.match(BAD)?.length ?? 0);
}

function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Offset of the first byte that breaks UTF-8 (Unicode table 3-7), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80; // no overlong forms
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf; // no surrogates, nothing past U+10FFFF
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return -1;
}

/** The 1-based line of a byte offset, counting line ends as normaliseText does (LF, CR LF, CR). */
function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** The warning for bytes that are not UTF-8 and were read in a guessed 8-bit code page. */
function legacyWarning(bytes: Uint8Array, encoding: string): { line: number | null; message: string } {
  const at = firstInvalidUtf8(bytes);
  const where = at >= 0 ? ` (erstes ungültiges Byte 0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')})` : '';
  return {
    line: at >= 0 ? lineOfOffset(bytes, at) : null,
    message: `kein gültiges UTF-8${where}: als ${encoding} gelesen (geraten); Umlaute und Sonderzeichen bitte prüfen`,
  };
}

function rawDecode(bytes: Uint8Array): { text: string; encoding: string; legacy?: boolean } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
  }
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    const enc = bytes[0] === 0xff ? 'utf-32le' : 'utf-32be';
    return { text: iconv.decode(Buffer.from(bytes.subarray(4)), enc), encoding: enc.toUpperCase() + ' (BOM)' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE (BOM)' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE (BOM)' };
  }
  const u16 = utf16WithoutBom(bytes);
  if (u16) return { text: new TextDecoder(u16).decode(bytes), encoding: u16.toUpperCase() };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // not UTF-8: fall through to a detector, then check its guess against a German-text score
  }
  const sample = Buffer.from(bytes.subarray(0, 65536));
  const candidates = new Set<string>(['windows-1252']);
  for (const c of chardet.analyse(sample).slice(0, 4)) {
    if (iconv.encodingExists(c.name) && !/^UTF-(16|32)/i.test(c.name)) candidates.add(c.name);
  }
  let best = { enc: 'windows-1252', score: -Infinity };
  for (const enc of candidates) {
    // ISO-8859-1 bytes 0x80–0x9F are C1 controls; windows-1252 is the superset real files use
    const s = score(iconv.decode(sample, enc === 'ISO-8859-1' ? 'windows-1252' : enc));
    if (s > best.score) best = { enc, score: s };
  }
  const hasC1 = bytes.some((b) => b >= 0x80 && b <= 0x9f);
  let enc = best.enc;
  if (enc === 'ISO-8859-1' && hasC1) enc = 'windows-1252';
  if (enc === 'windows-1252' && !hasC1) enc = 'ISO-8859-1';
  const text = iconv.decode(Buffer.from(bytes), enc === 'ISO-8859-1' ? 'windows-1252' : enc);
  return { text, encoding: enc, legacy: true };
}

/** Normalises what decoding leaves: line ends, NFC, odd spaces; keeps text otherwise as is. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
    .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/g, '') // zero-width and soft hyphen: invisible, break search
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g, ' ')
    .normalize('NFC');
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  for (const [sig, what] of MAGIC) {
    if (startsWith(bytes, sig)) {
      return { ok: false, line: null, message: `binary file (${what}), expected a text article` };
    }
  }
  const { text: raw, encoding, legacy } = rawDecode(bytes);
  // Binary masquerading as text: many control characters or NULs after decoding.
  const sample = raw.length > 200000 ? raw.slice(0, 200000) : raw;
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (sample.length > 0 && controls > 8 && controls / sample.length > 0.01) {
    return { ok: false, line: null, message: `binary file (${controls} control characters), expected a text article` };
  }
  const text = normaliseText(raw).replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '');
  if (text.trim() === '') {
    return { ok: false, line: 1, message: raw.length === 0 ? 'empty file, expected article text' : 'file has only whitespace, expected article text' };
  }
  return legacy ? { ok: true, text, encoding, legacy: legacyWarning(bytes, encoding) } : { ok: true, text, encoding };
}

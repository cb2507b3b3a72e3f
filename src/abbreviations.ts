// Words that German, Austrian and Swiss news write with a full stop that ends no sentence, and the one rule for a
// full stop that ends none (abbreviation, initial, ordinal after a cue word, number + month) that ingest's sentence
// splitter, its quote speakers and link's passage boundaries all read.

// lower case; "z. B." is matched part by part
const ABBREVIATIONS = new Set(
  (
    'abg abs abt adr allg bd bde bgm bzgl bzw ca chr dgl dipl dkfm dt ebd ehem eidg entspr erg evtl exkl fa ff frl ' +
    'geb gebr gem ges gest ggf ggü hl hrsg inkl ing jh jhd kap kath kfm kt lt mind mio mill mrd mwst ' +
    'nachf nr nrn pfr pkt prof rd röm sfr sog std str stv tel tsd univ urspr usf usw vbgm verh vgl vs wr zzgl'
  ).split(' '),
);
// also lower-case words ("so", "dir", "mag"): abbreviations only when capitalised ("So. 4. 2.", "Dir. Huber", "Mag. Berger")
const CAPITALISED_ABBREVIATIONS = new Set(
  (
    'dir dr fr hr mag sen jun st ' +
    // months and weekdays as dates print them: "4. Feb. 2022", "Fr. 4. 2."
    'jan jän feb mär apr jul aug sep sept okt nov dez mo di mi do sa so'
  ).split(' '),
);

/** True when `word` (as written, without its full stop) is an abbreviation that takes a full stop. */
export function isAbbreviation(word: string): boolean {
  const key = word.toLowerCase();
  return ABBREVIATIONS.has(key) || (CAPITALISED_ABBREVIATIONS.has(key) && /^\p{Lu}/u.test(word));
}

// Words after which a number with a full stop is an ordinal ("am 20. November", "bis 15. März", "im 26. Jahr").
const ORDINAL_CUE = /(?:^|\s)(?:am|im|vom|zum|beim|bis|ab|seit|ums|den|dem|der|die|das|des|zur|vor|nach|ihrem|ihren|seinem|seinen|und|oder|bzw\.|–|-)\s+\d{1,3}\.$/i;
const MONTH_START =
  /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Jän|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\b/;

/** True when the full stop ending `s` belongs to an abbreviation, an initial or an ordinal after a cue word. */
export function shortStop(s: string): boolean {
  // the word lies after the last space: matching from there finds what matching the whole text finds, in a long text fast
  const from = Math.max(0, s.lastIndexOf(' ', s.length - 2));
  const word = /(?:^|[\s(„"«»'/-])([\p{L}.]+)\.$/u.exec(from ? s.slice(from) : s)?.[1] ?? '';
  if (/^\p{L}$/u.test(word)) return true; // an initial: "James B. Comey", "z. B.", "u. a."
  if (isAbbreviation(word)) return true;
  if (/\.\p{L}$/u.test(word)) return true; // "z.B.", "u.a.", "d.h.": dotted abbreviations
  return endsWithDigitStop(s) && ORDINAL_CUE.test(s); // the cheap half of the cue's test first
}

/** "… 20.": a digit before the text's last character, a full stop. */
function endsWithDigitStop(s: string): boolean {
  const c = s.charCodeAt(s.length - 2);
  return s.endsWith('.') && c >= 48 && c <= 57;
}

/** True when `segment` ends with a full stop that does not end a sentence, given the text that follows. */
export function continuesAfter(segment: string, next: string): boolean {
  const s = segment.trimEnd();
  if (!s.endsWith('.') || s.endsWith('..')) return false;
  if (/^[\p{Ll}\d(,;–-]/u.test(next)) return true; // a sentence never opens in lower case or with a comma
  if (MONTH_START.test(next) && /(?:^|\s)\d{1,3}\.$/.test(s)) return true; // "am 20. November"
  return shortStop(s);
}

/** True when `head` ends with a sentence end (. ! ?) that ends a sentence, `next` being the text after it. */
export function endsSentence(head: string, next: string): boolean {
  const end = head.trimEnd().slice(-1); // trimEnd drops exactly what \s matches
  return (end === '.' || end === '!' || end === '?') && !continuesAfter(head, next.trimStart());
}

// What counts as a quotation, for ingest (an article's quotes) and link (quotes carried by several articles):
// speech or writing credited to someone, or a passage of several words in quotation marks; a scare-quoted
// word, a product or a title ("„Malm“", "den „sofortigen“ Abzug", "«Business Insider»") is none.

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
// Words that credit speech or writing: "sagte", "heißt es", "sprach von", "nannte … „beispiellos“".
const CREDIT =
  /(?<![\p{L}])(?:sag|erklär|beton|mein|sprach|spricht|nann|nenn|bezeichn|schrieb|schreib|kritisier|warn|forder|heißt|hieß|heisst|hiess|erwider|antwort|zitier|kündig|räumt|versicher|bekräftig|unterstrich|twitter|lobt|mahnt|klagt|beklagt|urteilt|kommentiert|resümiert)\p{L}*/iu;
const LOWER_PARTICLE = /^(?:von|van|der|de|di|da|und|&|of|the)$/;

/** The sentence around a span: from the last sentence end before `from` to the next after `to`. */
function sentenceAround(text: string, from: number, to: number): string {
  const head = text.slice(Math.max(0, from - 300), from);
  const cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '), head.lastIndexOf('\n'));
  const tail = text.slice(to, to + 200);
  const end = tail.search(/[.!?](?:\s|$)|\n/);
  return head.slice(cut + 1) + text.slice(from, to) + (end >= 0 ? tail.slice(0, end) : tail);
}

/**
 * Is the span between the quotation marks at `open` and `close` a quotation? Several words are, unless they are
 * a name or title (every word capitalised, no clause: "Business Insider"); one word is only when it ends its
 * clause in a sentence that credits someone with it ("nannte er „beispiellos“.", "hieß es, es sei „stabil“.").
 */
export function isQuotation(text: string, open: number, close: number): boolean {
  const inner = text.slice(open + 1, close).trim();
  const words = inner.match(WORD) ?? [];
  if (words.length === 0) return false;
  if (words.length >= 2) {
    const nameLike = words.length <= 4 && !/[.,;:!?]/.test(inner) && words.every((w) => /^\p{Lu}/u.test(w) || LOWER_PARTICLE.test(w));
    return !nameLike;
  }
  // one word: it must close its clause ("… als „beispiellos“." but not "„sofortige“ Verhandlungen")
  // "sprach von einem „Meilenstein“ für …": the word someone used
  if (
    /(?<!\p{L})(?:sprach|spricht|sprachen|sprechen)\s+(?:\S+\s+){0,3}?von\s+(?:(?:einem|einer|einen|der|dem|den|des)\s+)?$/u.test(
      text.slice(Math.max(0, open - 80), open),
    )
  )
    return true;
  const after = text.slice(close + 1, close + 40);
  if (!/^\s*(?:[.,;:!?)–—-]|$|(?:heißt|hieß|heisst|hiess|sagte|so|erklärte|meinte)\b)/u.test(after)) return false;
  return CREDIT.test(sentenceAround(text, open, close + 1).replace(inner, ' '));
}

// Headline recognition and derived titles: whole words, at most 100 characters, no dangling last word.

const HEADING_BAD_END = /[.,;:–—-]$/;

/** A short line that reads as a headline or subheading: no sentence end, few words. */
export function isHeadlineLike(text: string, maxLen = 140): boolean {
  const t = stripOuterQuotes(text);
  if (t.length < 3 || text.length > maxLen) return false;
  if (!/^[\p{Lu}\p{N}„"«»‚‘“'(]/u.test(text)) return false;
  if (HEADING_BAD_END.test(t)) return false;
  if (/[?!]$/.test(t) && text.length > 100) return false;
  const words = text.split(/\s+/).length;
  if (words > 18) return false;
  // a full stop followed by more text means several sentences: a paragraph
  if (/[.!?]\s+\p{Lu}/u.test(t.replace(/\b(?:Dr|Prof|St|Nr|Abs|bzw|ca|vs|z\.B|u\.a|Mio|Mrd)\./g, ''))) return false;
  return true;
}

export function stripOuterQuotes(text: string): string {
  return text.replace(/[\s„“”"«»‚‘’'›‹]+$/u, '').replace(/^[\s„“”"«»‚‘’'›‹]+/u, '');
}

// Words a German title must not end on: articles, prepositions, conjunctions, auxiliaries.
const WEAK_END = new Set(
  ('der die das den dem des ein eine einen einem einer eines und oder aber sowie als wie auf aus bei bis durch für gegen ' +
    'in im ins mit nach seit über um unter vom von vor zu zum zur zwischen nicht noch auch so sich sein seine seinen ' +
    'seiner ihr ihre ihren ihrer es er sie wir man dass ob wenn weil da denn doch sei ist sind war waren wird werden hat ' +
    'haben hatte hatten kann können soll sollen will wollen muss müssen am beim zwar sowohl weder noch an dieser diese dieses diesen ' +
    'jener jene alle allen aller kein keine keinen mehr sehr rund etwa knapp fast nur erst schon ganz je pro per laut trotz wegen während ohne').split(' '),
);

/** A title from running text: the first sentence, else its first clause, else whole words up to `max`. */
export function deriveTitle(text: string, max = 100): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const sentenceMatch = /^(.+?[^\s.]{2}[.!?])(?=\s+[\p{Lu}„"«»]|\s*$)/u.exec(clean);
  const sentence = (sentenceMatch ? sentenceMatch[1]! : clean).replace(/[.]$/, '');
  if (sentence.length <= max) return sentence;
  // the first clause, when it is long enough to say something
  const clause = /^(.{25,}?)(?:[,;:]\s| [–—-] )/.exec(sentence);
  if (clause && clause[1]!.length <= max) return trimWeak(clause[1]!);
  const words = sentence.split(' ');
  let out = '';
  for (const w of words) {
    const next = out ? `${out} ${w}` : w;
    if (next.length > max - 1) break;
    out = next;
  }
  out = trimWeak(out || sentence.slice(0, max - 1));
  return `${out}…`;
}

function trimWeak(s: string): string {
  const words = s.replace(/[\s,;:–—-]+$/, '').split(' ');
  while (words.length > 3 && WEAK_END.has(words[words.length - 1]!.toLowerCase().replace(/[^\p{L}]/gu, ''))) words.pop();
  return words.join(' ').replace(/[\s,;:–—-]+$/, '');
}

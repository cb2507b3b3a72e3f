// Headline recognition and derived titles: whole sentences or whole words, at most 100 characters, no dangling last word.
import { endsOpen, sentences } from './sentences.ts';

const HEADING_BAD_END = /[.,;:–—-]$/;

/** A short line that reads as a headline or subheading: no sentence end, few words. */
export function isHeadlineLike(text: string, maxLen = 140): boolean {
  if (text.length > maxLen) return false; // before stripping: a long paragraph is no headline whatever its quotes
  const t = stripOuterQuotes(text);
  if (t.length < 3) return false;
  if (!/^[\p{Lu}\p{N}„"«»‚‘“'(]/u.test(text)) return false;
  if (HEADING_BAD_END.test(t)) return false;
  if (/[?!]$/.test(t) && text.length > 100) return false;
  const words = text.split(/\s+/).length;
  if (words > 18) return false;
  // several sentences make a paragraph, but a question or exclamation may open a headline ("Nie wieder? Rechter Terror …")
  const parts = sentences(t);
  return parts.slice(0, -1).every((p) => /[?!]$/.test(p)) && !/[.]$/.test(parts.at(-1) ?? '');
}

export function stripOuterQuotes(text: string): string {
  return text.replace(/[\s„“”"«»‚‘’'›‹]+$/u, '').replace(/^[\s„“”"«»‚‘’'›‹]+/u, '');
}

// Words a German title must not end on: articles, prepositions, conjunctions, auxiliaries.
const WEAK_END = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines und oder aber sowie als wie auf aus bei bis durch für gegen ' +
    'in im ins mit nach seit über um unter vom von vor zu zum zur zwischen nicht noch auch so sich sein seine seinen ' +
    'seiner ihr ihre ihren ihrer es er sie wir man dass ob wenn weil da denn doch sei ist sind war waren wird werden hat ' +
    'haben hatte hatten kann können soll sollen will wollen muss müssen am beim zwar sowohl weder noch an dieser diese dieses diesen ' +
    'jener jene alle allen aller kein keine keinen mehr sehr rund etwa knapp fast nur erst schon ganz je pro per laut trotz wegen während ohne'
  ).split(' '),
);

/** A title from running text: the first sentence, else its first clause, else whole words up to `max`. */
export function deriveTitle(text: string, max = 100): string {
  const first = sentences(text)[0] ?? '';
  // the closing full stop goes, unless it is an abbreviation's ("… 72 Mrd.")
  const sentence = endsOpen(first) ? first : first.replace(/[.]$/, '');
  if (sentence.length <= max) return sentence;
  // the first clause, when it is long enough to say something
  const clause = /^(.{25,}?)(?:[,;:]\s| [–—-] )/.exec(sentence);
  // a whole clause keeps its verb ("… bezahlt werden"); only an abbreviation or ordinal may not end it
  if (clause && clause[1]!.length <= max && !endsOpen(clause[1]!)) return clause[1]!;
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

/** Drops trailing words a title must not end on: function words, and abbreviations, ordinals and initials. */
function trimWeak(s: string): string {
  const words = s.replace(/[\s,;:–—-]+$/, '').split(' ');
  const weak = (w: string) => WEAK_END.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')) || endsOpen(words.join(' '));
  while (words.length > 3 && weak(words[words.length - 1]!)) words.pop();
  return words.join(' ').replace(/[\s,;:–—-]+$/, '');
}

// Sentence openers that point back to something said before ("Er …", "Dort …", "Zudem …").
const BACK_OPENER =
  /^(?:Er|Sie|Es|Ihm|Ihr|Ihn|Ihnen|Dort|Damals|Dabei|Damit|Daran|Darauf|Daraus|Darüber|Dafür|Dagegen|Deshalb|Daher|Dazu|Demnach|Zudem|Außerdem|Ebenfalls|Auch|Doch|Aber|Jedoch|Allerdings|Trotzdem|Dennoch|Beide|Beiden)\s/;
// A demonstrative standing for a noun rather than before one: "geht das aus einer Erklärung hervor".
const BACK_PRONOUN =
  /\s(?:[Dd]as|[Dd]ies|[Dd]ieses|er|sie|ihm|ihn|ihnen|dort|damals|dabei|damit|daraus|darauf|darüber|demnach|zudem)\s+(?![\p{Lu}\d]|\p{Ll}+(?:e|en|es|er|em)\s)/u;

/** True when a sentence needs the text before it: its first clause opens with or holds a back-reference. */
export function leansOnContext(sentence: string): boolean {
  const clause = sentence.split(/[,;:–—]\s/)[0]!;
  return BACK_OPENER.test(clause) || BACK_PRONOUN.test(` ${clause} `);
}

// People, places and organisations mentioned in an article, as written and deduplicated within it.
import { mayCloseWithSurname, NAME_PARTICLES, particleSurnameEnd } from '../name-particles.ts';
import { COMPANY_AFTER } from '../company-forms.ts';
import { SIGN_OFF } from '../sign-off.ts';
import { SENTENCE_WORDS } from '../given-names.ts';
import { FIRST_NAMES, LEADING_SURNAMES, NOT_NAME, NOUN_SUFFIX, ORGANISATIONS, PLACES, ROLE_CUE } from './lexicon.ts';

export interface Entities {
  people: string[];
  places: string[];
  organisations: string[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// One regex per list, longest names first, with an optional genitive "s"; maps every spelling to its list form.
function listMatcher(list: string[]): { re: RegExp; canonical: (m: string) => string } {
  const canon = new Map<string, string>();
  for (const w of list) if (!canon.has(w.toLowerCase())) canon.set(w.toLowerCase(), w);
  const alts = [...new Set(list)].sort((a, b) => b.length - a.length).map(escapeRe);
  const re = new RegExp(`(?<![\\p{L}\\p{N}-])(${alts.join('|')})(s|es)?(?![\\p{L}\\p{N}]|-\\p{L})`, 'gu');
  return { re, canonical: (m) => canon.get(m.toLowerCase()) ?? m };
}

const PLACE = listMatcher(PLACES);
const ORG = listMatcher(ORGANISATIONS);
const PLACE_SET = new Set(PLACES.map((p) => p.toLowerCase()));
const ORG_SET = new Set(ORGANISATIONS.map((p) => p.toLowerCase()));

// Lower-case particles inside a name: "Ursula von der Leyen", "Ludwig van Beethoven", "Giovanni di Lorenzo".
// A word with its hyphenated parts apart: the gaps between words tell hyphens, spaces and full stops apart.
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;

interface Token {
  w: string;
  s: number;
  e: number;
}

// Per-token tests, made once (a regex literal is a new object at every evaluation, and tokens run into the millions).
const SURNAME_SHAPE = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?$/u;
const ABSTRACT_NOUN_END = /(ung|ungen|heit|keit|schaft|tion|sion|tät|ismus|nis)$/;
const ADJECTIVE_END = /(ische|ischen|ischer|isches|lichen|liche|licher)$/;
const CAPITAL_WORD = /^\p{Lu}\p{Ll}/u;
const CAPITAL = /^\p{Lu}/u;
const INITIAL = /^\p{Lu}$/u;
const SPACE_OR_TAB = /^[ \t]$/;

function baseOf(token: string): string {
  return token.replace(/s$/, '');
}

function isPlaceOrOrg(token: string): boolean {
  const t = token.toLowerCase();
  return PLACE_SET.has(t) || ORG_SET.has(t) || PLACE_SET.has(t.replace(/s$/, '')) || ORG_SET.has(t.replace(/s$/, ''));
}

/** Could this capitalised word be a family name? */
function plausibleSurname(token: string, afterGiven = false): boolean {
  if (!SURNAME_SHAPE.test(token)) return false;
  if (NOT_NAME.has(token) || NOT_NAME.has(baseOf(token)) || SENTENCE_WORDS.has(token)) return false;
  if (ROLE_CUE.test(token)) return false;
  // after a given name, family names ending like nouns are common ("Müller", "Kamphaus", "Neumann"):
  // only abstract-noun endings rule a word out there
  if (afterGiven ? ABSTRACT_NOUN_END.test(token) : NOUN_SUFFIX.test(token)) return false;
  if (isPlaceOrOrg(token)) return false;
  // adjectives and plurals ending like German inflections are not names ("Russische", "Chinesischen")
  if (ADJECTIVE_END.test(token)) return false;
  return true;
}

function isCue(token: string): boolean {
  const tail = token.includes('-') ? token.replace(/^.*-/, '') : token;
  return ROLE_CUE.test(tail) || (tail !== token && ROLE_CUE.test(token)); // the same test twice only when the tail differs
}

const isFirst = (w: string): boolean => FIRST_NAMES.has(w) || LEADING_SURNAMES.has(w);

/**
 * The person name that starts at token `i` (a given name, or the first word after a role noun): given names,
 * initials ("James B."), particles ("Van der", "von"), then one surname, hyphenated parts kept
 * ("Mikl-Leitner"); a full stop that is no initial's ends it ("… sagte Alexander Kawa. Solange …"). A genitive
 * s is dropped before a noun or a quote ("Frank Stronachs Partei"). Null when the words are no such name.
 */
function nameFrom(text: string, toks: Token[], i: number, afterCue: boolean): { name: string; next: number } | null {
  const n = toks.length;
  const word = (j: number): string => toks[j]?.w ?? '';
  const gap = (j: number): string => (j < n ? text.slice(toks[j - 1]!.e, toks[j]!.s) : '');
  const isInitial = (j: number): boolean => INITIAL.test(word(j)) && text[toks[j]!.e] === '.';
  const single = (j: number): boolean => SPACE_OR_TAB.test(gap(j));
  // "Kennedy-Akten", "Olympia-Boykott": a given name hyphened to a word that is not one is a compound noun
  if (gap(i + 1) === '-' && !isFirst(word(i + 1))) return null;
  // "Van der Bellen": a surname that opens with particles, which only a role noun may introduce
  if (/^(?:Van|Von|De|Di|Da|Du|Le|La|Ten|Ter)$/.test(word(i)) && NAME_PARTICLES.has(word(i + 1))) {
    let k = i + 1;
    while (k < n && NAME_PARTICLES.has(word(k)) && single(k + 1)) k++;
    if (!afterCue || k >= n || !CAPITAL.test(word(k)) || k === i + 1) return null;
    return { name: genitiveFree(text.slice(toks[i]!.s, toks[k]!.e), text.slice(toks[k]!.e)), next: k + 1 };
  }
  let last = i;
  let surname = !isFirst(word(i)) && !isInitial(i);
  if (surname && !plausibleSurname(word(i))) return null;
  let j = i + 1;
  // after a role noun, a given name the list lacks: "Präsidenten Sauli Niinistö"
  if (surname && afterCue && single(j) && plausibleSurname(word(j), true)) last = j++;
  while (j < n && j - i < 7) {
    const w = word(j);
    if (gap(j) === '-' && CAPITAL.test(w)) {
      last = j++; // "Mikl-Leitner", "Heinz-Christian"
      continue;
    }
    if (surname && /^(?:Jr|Sr)$/.test(w) && SPACE_OR_TAB.test(gap(j))) {
      last = j; // "Robert F. Kennedy Jr."
      break;
    }
    if (surname || !(isInitial(last) ? /^\.\s$/.test(gap(j)) : single(j))) break;
    const particleEnd = particleSurnameEnd(j, n, word, single);
    if (particleEnd !== null) {
      if (particleEnd < 0) break;
      last = particleEnd;
      j = particleEnd + 1;
      surname = true;
      continue;
    }
    if (isInitial(j) || (isFirst(w) && !isInitial(last))) {
      last = j++;
      continue;
    }
    if (!plausibleSurname(w, true)) break;
    last = j++;
    surname = true;
  }
  // one more surname that closes the capitalised run: "Recep Tayyip Erdogan"
  const more = last + 1;
  if (mayCloseWithSurname(i, last, surname, word) && single(more) && plausibleSurname(word(more)) && !(single(more + 1) && CAPITAL.test(word(more + 1)))) last = more;
  while (last > i && (isInitial(last) || NAME_PARTICLES.has(word(last)))) last--; // "James B" is no name
  if (last === i && !(afterCue && surname)) return null;
  const tail = text.slice(toks[last]!.e);
  if (COMPANY_AFTER.test(tail)) return null;
  let name = text.slice(toks[i]!.s, toks[last]!.e).replace(/\s+/g, ' ');
  if (/^(?:Jr|Sr)$/.test(word(last)) && tail.startsWith('.')) name += '.';
  return { name: genitiveFree(name, tail), next: last + 1 };
}

/** A name without the genitive s it has before a noun or a quote: "Van der Bellens Rede", "Thomas Bernhards „Heldenplatz“". */
function genitiveFree(name: string, tail: string): string {
  return /[^sxzßuioa]s$/.test(name) && /^\s+(?:\p{Lu}|[„«»"“])/u.test(tail) ? name.slice(0, -1) : name;
}

// a word opening with one of these cannot open with an upper-case letter
const LOWER_OR_DIGIT = /[a-z0-9]/;

/** The words of a text with their positions: the matches of WORD. */
function tokens(text: string): Token[] {
  const toks: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) toks.push({ w: m[0], s: m.index, e: m.index + m[0].length });
  return toks;
}

/** Person names in one text, in order; `at` is the index of each. */
export function findPeople(text: string): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  const toks = tokens(text);
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    const capital = !LOWER_OR_DIGIT.test(t.w[0]!) && CAPITAL_WORD.test(t.w); // most words fail the cheap test
    if (capital && isFirst(t.w)) {
      const found = nameFrom(text, toks, i, false);
      if (found) {
        out.push({ name: found.name, at: t.s });
        i = found.next;
        continue;
      }
    } else if (capital && isCue(t.w) && i + 1 < toks.length && SPACE_OR_TAB.test(text.slice(t.e, toks[i + 1]!.s))) {
      // "Präsident Putin", "Kreml-Sprecher Dmitri Peskow", "Präsidenten Sauli Niinistö"
      const found = CAPITAL.test(toks[i + 1]!.w) ? nameFrom(text, toks, i + 1, true) : null;
      if (found) {
        out.push({ name: found.name, at: toks[i + 1]!.s });
        i = found.next;
        continue;
      }
    }
    i++;
  }
  return out;
}

/** A list in first-seen order without repeats; the set keeps a long article's many names linear. */
class UniqueList {
  readonly list: string[] = [];
  readonly seen = new Set<string>();
  add(v: string): void {
    if (this.seen.has(v)) return;
    this.seen.add(v);
    this.list.push(v);
  }
}

const ACRONYM_IN_PARENS = /\((\p{Lu}{2,6})\)/gu;
const DEFINED_ACRONYM = /\p{Lu}\p{Ll}+(?:\s+\p{L}+){1,8}\s+\((\p{Lu}{2,6})\)/u;
const LETTER_OR_SPACE = /^[\p{L}\s]$/u;

/**
 * The acronyms defined in parentheses ("Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE)"), in order: the
 * matches of DEFINED_ACRONYM across the text. A match is letters and spaces up to its "(…)", so each is sought only in
 * the run of letters and spaces before a "(…)": the same matches without trying the pattern at every capital of a long text.
 */
function definedAcronyms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ACRONYM_IN_PARENS)) {
    let from = m.index;
    for (;;) {
      const unit = from >= 2 && /[\uDC00-\uDFFF]/.test(text[from - 1]!) && /[\uD800-\uDBFF]/.test(text[from - 2]!) ? 2 : 1; // a surrogate pair
      if (from < unit || !LETTER_OR_SPACE.test(text.slice(from - unit, from))) break;
      from -= unit;
    }
    const d = DEFINED_ACRONYM.exec(text.slice(from, m.index + m[0].length));
    if (d) out.push(d[1]!);
  }
  return out;
}

export function extractEntities(texts: string[], authors: string[]): Entities {
  const found = { people: new UniqueList(), places: new UniqueList(), organisations: new UniqueList() };
  for (const text of texts) {
    if (!text) continue;
    // "(Florian Vetter, 23.5.2024)": the author signs off; they are no person of the article
    if (!SIGN_OFF.test(text)) for (const p of findPeople(text)) found.people.add(p.name);
    for (const [matcher, list] of [
      [PLACE, found.places],
      [ORG, found.organisations],
    ] as const) {
      matcher.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = matcher.re.exec(text))) list.add(matcher.canonical(m[1]!));
    }
    // an acronym defined in parentheses names an organisation: "… in Europa (OSZE)"
    for (const acronym of definedAcronyms(text)) {
      if (!PLACE_SET.has(acronym.toLowerCase())) found.organisations.add(ORG_SET.has(acronym.toLowerCase()) ? ORG.canonical(acronym) : acronym);
    }
  }
  // within one article a bare surname, or a genitive, is the same person as the full name that contains it
  const people = found.people.list;
  const full = people.filter((p) => p.includes(' '));
  const partsOfFull = new Set(full.flatMap((f) => f.split(' ')));
  // every shorter ending of a full name: "der Bellen", "Bellen" of "Alexander Van der Bellen"
  const endingsOfFull = new Set(
    full.flatMap((f) =>
      f
        .split(' ')
        .slice(1)
        .map((_, i, words) => words.slice(i).join(' ')),
    ),
  );
  const byAuthor = new Set(authors);
  const keep = people.filter((p) => {
    if (byAuthor.has(p)) return false;
    const bare = p.replace(/s$/, '');
    if (p !== bare ? endingsOfFull.has(p) || endingsOfFull.has(bare) : endingsOfFull.has(p)) return false; // "Van der Bellen"
    if (!p.includes(' ')) return !(partsOfFull.has(p) || partsOfFull.has(bare));
    return !(p.endsWith('s') && found.people.seen.has(p.slice(0, -1)));
  });
  return { people: keep, places: found.places.list, organisations: found.organisations.list };
}

/** Is this a place the lexicon knows ("Berlin", "Singapur")? */
export function isKnownPlace(name: string): boolean {
  return PLACE_SET.has(name.toLowerCase());
}

// People, places and organisations mentioned in an article, as written and deduplicated within it.
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

const PARTICLES = new Set(['von', 'van', 'de', 'der', 'den', 'di', 'da', 'du', 'del', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ten', 'zu']);
// A capitalised word, hyphenated parts allowed; particles may sit between the words of one name.
const CAP_SEQ = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’]*\.?(?:-\p{Lu}?[\p{L}'’]+)*(?:\s+(?:(?:von|van|de|der|den|di|da|du|del|la|le|al|el|bin|ibn|ten|zu)\s+)*\p{Lu}[\p{L}'’]*\.?(?:-\p{Lu}?[\p{L}'’]+)*)*/gu;

function baseOf(token: string): string {
  return token.replace(/s$/, '');
}

function isPlaceOrOrg(token: string): boolean {
  const t = token.toLowerCase();
  return PLACE_SET.has(t) || ORG_SET.has(t) || PLACE_SET.has(t.replace(/s$/, '')) || ORG_SET.has(t.replace(/s$/, ''));
}

/** Could this capitalised word be a family name? */
function plausibleSurname(token: string, afterGiven = false): boolean {
  if (!/^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?$/u.test(token)) return false;
  if (NOT_NAME.has(token) || NOT_NAME.has(baseOf(token))) return false;
  if (ROLE_CUE.test(token)) return false;
  // after a given name, family names ending like nouns are common ("Müller", "Kamphaus", "Neumann"):
  // only abstract-noun endings rule a word out there
  if (afterGiven ? /(ung|ungen|heit|keit|schaft|tion|sion|tät|ismus|nis)$/.test(token) : NOUN_SUFFIX.test(token)) return false;
  if (isPlaceOrOrg(token)) return false;
  // adjectives and plurals ending like German inflections are not names ("Russische", "Chinesischen")
  if (/(ische|ischen|ischer|isches|lichen|liche|licher)$/.test(token)) return false;
  return true;
}

function hasGiven(parts: string[]): boolean {
  return FIRST_NAMES.has(parts[0]!) || LEADING_SURNAMES.has(parts[0]!);
}

function isCue(token: string): boolean {
  return ROLE_CUE.test(token.replace(/^.*-/, '')) || ROLE_CUE.test(token);
}

/** Person names in one text, in order; `at` is the index of each. */
export function findPeople(text: string): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  CAP_SEQ.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAP_SEQ.exec(text))) {
    const seq = m[0];
    // a full stop ends the sentence, except after an initial or a title ("J.", "Dr.")
    const tokens = seq.split(/\s+/).map((t) => (t.length > 3 && !/^(Dr|Prof)\.$/.test(t) ? t.replace(/\.$/, '') : t));
    // offsets of tokens inside the sequence
    const offs: number[] = [];
    let p = 0;
    for (const t of tokens) {
      p = seq.indexOf(t, p);
      offs.push(p);
      p += t.length;
    }
    let k = 0;
    while (k < tokens.length) {
      const t = tokens[k]!;
      const first = FIRST_NAMES.has(t) || LEADING_SURNAMES.has(t);
      const cue = isCue(t);
      if (first || cue) {
        const start = cue ? k + 1 : k;
        const parts: string[] = [];
        let n = start;
        let pendingParticles: string[] = [];
        while (n < tokens.length && parts.length < 4) {
          const tk = tokens[n]!;
          if (PARTICLES.has(tk) && parts.length > 0) {
            pendingParticles.push(tk);
            n++;
            continue;
          }
          const okFirst = FIRST_NAMES.has(tk) || LEADING_SURNAMES.has(tk);
          const afterGiven = parts.length > 0 && FIRST_NAMES.has(parts[parts.length - 1]!);
          if (!(okFirst || plausibleSurname(tk, afterGiven))) break;
          parts.push(...pendingParticles, tk);
          pendingParticles = [];
          n++;
          // after a surname the name is complete, unless one more surname closes the capitalised run ("Recep Tayyip Erdogan")
          if (!okFirst && parts.length >= 2) {
            const last = tokens[n];
            if (n === tokens.length - 1 && last && plausibleSurname(last) && parts.length < 3 && hasGiven(parts)) {
              parts.push(last);
              n++;
            }
            break;
          }
        }
        const hasFirst = parts.length > 0 && (FIRST_NAMES.has(parts[0]!) || LEADING_SURNAMES.has(parts[0]!));
        // a given name alone is not enough ("Maria" could be anything); a cue plus one surname is
        const valid = parts.length >= 2 ? hasFirst || cue : parts.length === 1 && cue && !FIRST_NAMES.has(parts[0]!);
        if (valid) {
          out.push({ name: parts.join(' ').replace(/[.]$/, ''), at: m.index + offs[start]! });
          k = n;
          continue;
        }
      }
      k++;
    }
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

export function extractEntities(texts: string[], authors: string[]): Entities {
  const found = { people: new UniqueList(), places: new UniqueList(), organisations: new UniqueList() };
  for (const text of texts) {
    if (!text) continue;
    for (const p of findPeople(text)) found.people.add(p.name);
    for (const [matcher, list] of [[PLACE, found.places], [ORG, found.organisations]] as const) {
      matcher.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = matcher.re.exec(text))) list.add(matcher.canonical(m[1]!));
    }
    // an acronym defined in parentheses names an organisation: "… in Europa (OSZE)"
    for (const m of text.matchAll(/\p{Lu}\p{Ll}+(?:\s+\p{L}+){1,8}\s+\((\p{Lu}{2,6})\)/gu)) {
      if (!PLACE_SET.has(m[1]!.toLowerCase())) found.organisations.add(ORG_SET.has(m[1]!.toLowerCase()) ? ORG.canonical(m[1]!) : m[1]!);
    }
  }
  // within one article a bare surname, or a genitive, is the same person as the full name that contains it
  const people = found.people.list;
  const partsOfFull = new Set(people.filter((p) => p.includes(' ')).flatMap((f) => f.split(' ')));
  const byAuthor = new Set(authors);
  const keep = people.filter((p) => {
    if (byAuthor.has(p)) return false;
    const bare = p.replace(/s$/, '');
    if (!p.includes(' ')) return !(partsOfFull.has(p) || partsOfFull.has(bare));
    return !(p.endsWith('s') && found.people.seen.has(p.slice(0, -1)));
  });
  return { people: keep, places: found.places.list, organisations: found.organisations.list };
}

/** Is this a place the lexicon knows ("Berlin", "Singapur")? */
export function isKnownPlace(name: string): boolean {
  return PLACE_SET.has(name.toLowerCase());
}

// People, places and organisations: found in the text (known names, first names, role nouns, acronyms,
// "long form (ACRONYM)"), taken over from ingest, and merged across the archive by alias.
import { mayCloseWithSurname, NAME_PARTICLES, particleSurnameEnd } from '../name-particles.ts';
import { makeSlug } from '../slug.ts';
import type { ArticleRecord, Entity, EntityKind } from '../record.ts';
import type { KnownEntity } from './known.ts';
import { SENTENCE_WORDS, isGivenName } from '../given-names.ts';
import { AGENCIES, COMMON_NOUN_SUFFIX_RE, isRoleNoun } from './lexicon.ts';

import { COMPANY_AFTER } from '../company-forms.ts';
import { SIGN_OFF } from '../sign-off.ts';
import { type NameUse, companyNamesIn, nameUse } from './companies.ts';
import type { Prepared, Tokens, WordTable } from './prepare.ts';
import { fold, isStopWord, levenshtein, wordSpans, words } from './text.ts';

const SEEN_WITH = 10;
const MAX_ENTITIES_FOR_COOCCURRENCE = 40;
const ALL_CAPS_NOT_NAMES = new Set(
  'roundup update eil korrektur interview analyse kommentar foto fotos video live neu aktuell ticker exklusiv faq gastbeitrag meinung quelle'.split(' '),
);

const GENERIC_INSTITUTION_RE =
  /(ministerium|amt|bank|regierung|behörde|gericht|parlament|polizei|armee|militär|verwaltung|kommission|rat|büro|agentur|partei|konzern|unternehmen|gipfel)$/i;

interface Mention {
  kind: EntityKind;
  surface: string; // as written (genitive s removed)
  known: number | null; // index into the known list
  surnameOnly?: boolean; // a person named by surname only: resolved later
  acronymOf?: string; // long form "Organisation für ... (OSZE)": the acronym
}

/** Transliteration-tolerant key of a name part: Dmitrij/Dmitri, Jurij/Juri, Selenskyj/Selenski. */
function nameKey(part: string): string {
  let key = nameKeys.get(part);
  if (key === undefined) {
    if (nameKeys.size > 100_000) nameKeys.clear();
    nameKeys.set(part, (key = nameKeyOf(part)));
  }
  return key;
}

/** Two given names one letter apart are one name only as transliterations ("Sergej"/"Sergei"); "Karin" and
 *  "Katrin", both listed given names, are two people. */
function spellingsOfOneName(a: string, b: string): boolean {
  if (!isGivenName(a) || !isGivenName(b)) return true;
  const latin = (w: string) => fold(w).replace(/j/g, 'i').replace(/y/g, 'i').replace(/w/g, 'v').replace(/ou/g, 'u');
  return latin(a) === latin(b);
}

const nameKeys = new Map<string, string>(); // a name part as written -> nameKey: the same names recur in every article

function nameKeyOf(part: string): string {
  return fold(part)
    .replace(/(?:ij|yj|iy|yi|y)$/, 'i')
    .replace(/y/g, 'i')
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f');
}

function orgKey(name: string): string {
  return fold(name).replace(/[^\p{L}\p{N}]+/gu, '');
}

const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);

interface KnownIndex {
  byFirst: Map<string, { tokens: string[]; k: number }[]>;
  byForm: Map<string, number>;
  surnames: Map<string, number[]>; // nameKey(last token of a person's name or alias) -> known persons
  knownOfName: Map<string, number | null>; // knownOf, by the name as written
}

function buildKnownIndex(known: KnownEntity[]): KnownIndex {
  const byFirst = new Map<string, { tokens: string[]; k: number }[]>();
  const byForm = new Map<string, number>();
  const surnames = new Map<string, number[]>();
  known.forEach((e, k) => {
    for (const form of [e.name, ...(e.aliases ?? [])]) {
      const tokens = words(form).map(fold);
      if (tokens.length === 0) continue;
      const l = byFirst.get(tokens[0]!) ?? [];
      l.push({ tokens, k });
      byFirst.set(tokens[0]!, l);
      if (!byForm.has(tokens.join(' '))) byForm.set(tokens.join(' '), k);
      if (e.kind === 'person' && tokens.length >= 1) {
        const sk = nameKey(tokens[tokens.length - 1]!);
        const sl = surnames.get(sk) ?? [];
        if (!sl.includes(k)) sl.push(k);
        surnames.set(sk, sl);
      }
    }
  });
  for (const l of byFirst.values()) l.sort((a, b) => b.tokens.length - a.tokens.length || a.k - b.k);
  return { byFirst, byForm, surnames, knownOfName: new Map() };
}

function knownOf(index: KnownIndex, name: string): number | null {
  let k = index.knownOfName.get(name);
  if (k === undefined) {
    const key = words(name).map(fold).join(' ');
    k = index.byForm.get(key) ?? (key.endsWith('s') ? (index.byForm.get(key.slice(0, -1)) ?? null) : null);
    index.knownOfName.set(name, k);
  }
  return k;
}

const CAP = 1;
const FIRST = 2;
const ROLE = 4;
const ACRONYM = 8;
const STOP = 16;
const COMMON = 32;
const CAPS2 = 64;
const KNOWN_FIRST = 128;
const DONE = 256;

/** What name detection asks of a word, computed once per distinct word (as written) of the archive. */
class WordFacts {
  private readonly flags: number[] = [];
  private readonly cands: ({ tokens: string[]; k: number }[] | undefined)[] = [];
  constructor(
    readonly table: WordTable,
    private readonly index: KnownIndex,
  ) {}

  private compute(id: number): number {
    const w = this.table.word[id]!;
    const f = this.table.folded[id]!;
    let x = DONE;
    if (isCap(w)) x |= CAP;
    if (isGivenName(w) && !SENTENCE_WORDS.has(w)) x |= FIRST; // as written: "Ära" is no "Ara"
    if (isRoleNoun(w)) x |= ROLE;
    if (/^[A-ZÄÖÜ]{3,6}$/.test(w) && !AGENCIES.has(f) && !ALL_CAPS_NOT_NAMES.has(f) && !/^[IVXLCDM]+$/.test(w)) x |= ACRONYM;
    if (isStopWord(f)) x |= STOP;
    if (COMMON_NOUN_SUFFIX_RE.test(w)) x |= COMMON;
    if (/^[A-ZÄÖÜ]{2,}$/.test(w)) x |= CAPS2;
    if (this.index.byFirst.has(f)) x |= KNOWN_FIRST;
    this.flags[id] = x;
    // known names, longest first; the last word may carry a genitive s
    this.cands[id] = this.index.byFirst.get(f) ?? (f.endsWith('s') ? this.index.byFirst.get(f.slice(0, -1)) : undefined);
    return x;
  }

  is(id: number, flag: number): boolean {
    return ((this.flags[id] ?? this.compute(id)) & flag) !== 0;
  }

  candidates(id: number): { tokens: string[]; k: number }[] | undefined {
    if (this.flags[id] === undefined) this.compute(id);
    return this.cands[id];
  }
}

// Lower-case particles inside a name: "Ursula von der Leyen", "Ludwig van Beethoven", "Giovanni di Lorenzo".

/**
 * The person name that starts with the given name at token `i`: given names, initials ("James B."), particles
 * ("Van der", "von"), then one surname, hyphenated parts kept ("Mikl-Leitner"); a full stop that is no
 * initial's ends it ("… sagte Alexander Kawa. Solange …"). A genitive s is dropped when a noun or a quote
 * follows ("Frank Stronachs Partei"). Null when the words are no such name (a compound: "Kennedy-Akten").
 */
function personFrom(toks: Tokens, i: number, facts: WordFacts): { surface: string; next: number } | null {
  const { text, start, end, id } = toks;
  const n = id.length;
  const word = (j: number): string => (j < n ? facts.table.word[id[j]!]! : '');
  const gap = (j: number): string => text.slice(end[j - 1], start[j]);
  const isInitial = (j: number): boolean => /^\p{Lu}$/u.test(word(j)) && text[end[j]!] === '.';
  const is = (j: number, flag: number): boolean => j < n && facts.is(id[j]!, flag);
  // "Kennedy-Akten", "Olympia-Boykott": a given name hyphened to a word that is not one is a compound noun
  if (gap(i + 1) === '-' && !is(i + 1, FIRST)) return null;
  if (/^(?:Van|Von|De|Di|Da|Du|Le|La|Ten|Ter)$/.test(word(i)) && NAME_PARTICLES.has(word(i + 1))) return null; // "Van der Bellen"
  let j = i + 1;
  let last = i; // last token of the name so far
  let surname = false;
  while (j < n && j - i < 7) {
    const g = gap(j);
    const after = isInitial(last) ? /^\.\s$/.test(g) : /^[ \t]$/.test(g);
    if (g === '-' && is(j, CAP)) {
      last = j++; // "Mikl-Leitner", "Heinz-Christian"
      continue;
    }
    const w = word(j);
    if (surname && /^(?:Jr|Sr)$/.test(w) && /^[ \t]$/.test(gap(j))) {
      last = j; // "Robert F. Kennedy Jr."
      break;
    }
    if (!after || surname) break;
    // the particles and the capitalised word they lead to are the surname; no particle surname when they lead nowhere
    const surnameEnd = particleSurnameEnd(j, n, word, (k) => /^[ \t]$/.test(gap(k) ?? ''));
    if (surnameEnd === -1) break;
    if (surnameEnd !== null) {
      surname = true;
      last = surnameEnd;
      j = last + 1;
      continue;
    }
    if (!is(j, CAP) || is(j, STOP) || is(j, ROLE)) break;
    if (is(j, KNOWN_FIRST) && !is(j, FIRST) && last > i && !isInitial(j)) break;
    const afterInitial = isInitial(last);
    last = j++;
    // given names and initials may follow each other; the first other word, or the word after an initial, is the surname
    if (!isInitial(last) && (!is(last, FIRST) || afterInitial)) surname = true;
  }
  // one more surname that closes the capitalised run: "Recep Tayyip Erdogan"
  const more = last + 1;
  if (
    mayCloseWithSurname(i, last, surname, word) &&
    more < n &&
    /^[ \t]$/.test(gap(more)) &&
    !SENTENCE_WORDS.has(word(more)) &&
    is(more, CAP) &&
    !is(more, STOP) &&
    !is(more, ROLE) &&
    !is(more, COMMON) &&
    !is(more, KNOWN_FIRST) &&
    (more + 1 >= n || !is(more + 1, CAP) || !/^[ \t]$/.test(gap(more + 1)))
  )
    last = more;
  while (last > i && (isInitial(last) || NAME_PARTICLES.has(word(last)))) last--; // "James B" is no name
  if (last === i) return null;
  let surface = text.slice(start[i], end[last]);
  if (/^(?:Jr|Sr)$/.test(word(last)) && text[end[last]!] === '.') surface += '.';
  const tail = text.slice(end[last]);
  if (COMPANY_AFTER.test(tail)) return null;
  // genitive before a noun or a quote: "Van der Bellens Rede", "Thomas Bernhards „Heldenplatz“"
  if (/[^sxzßuioa]s$/.test(surface) && /^\s+(?:\p{Lu}|[„«»"“])/u.test(tail)) surface = surface.slice(0, -1);
  return { surface: surface.replace(/\s+/g, ' '), next: last + 1 };
}

/** The gap before token i is " ", "\t", "-", " -" or "\t-" (read from the text: no slice for every word). */
function joinable(toks: Tokens, i: number): boolean {
  const { text, start, end } = toks;
  const g = end[i - 1]!;
  const c = text.charCodeAt(g);
  const blank = c === 32 || c === 9;
  if (start[i]! - g === 1) return blank || c === 45;
  return start[i]! - g === 2 && blank && text.charCodeAt(g + 1) === 45;
}

/** The text between token i - 1 and token i. */
const gapAt = (toks: Tokens, i: number): string => toks.text.slice(toks.end[i - 1], toks.start[i]);

/** Names found in one tokenised text. */
function mentionsIn(toks: Tokens, known: KnownEntity[], index: KnownIndex, facts: WordFacts): Mention[] {
  const { id } = toks;
  const n = id.length;
  const out: Mention[] = [];
  const is = (i: number, flag: number): boolean => facts.is(id[i]!, flag);
  let i = 0;
  while (i < n) {
    const found = knownNameAt(toks, i, known, facts);
    if (found) {
      out.push(found.mention);
      i = found.next;
      continue;
    }
    // first name + surname(s), as the text writes them
    if (is(i, CAP) && is(i, FIRST) && i + 1 < n) {
      const name = personFrom(toks, i, facts);
      if (name) {
        const k = knownOf(index, name.surface);
        if (k !== null && known[k]!.kind !== 'person') out.push({ kind: known[k]!.kind, surface: name.surface, known: k });
        else out.push({ kind: 'person', surface: name.surface, known: k });
        i = name.next;
        continue;
      }
    }
    const titled = nameAfterRole(toks, i, facts);
    if (titled) {
      out.push(titled.mention);
      i = titled.next;
      continue;
    }
    const acronym = acronymAt(toks, i, facts);
    if (acronym) out.push(acronym);
    i++;
  }
  longFormMentions(toks.text, known, index, out);
  const place = datelinePlace(toks.text, index);
  if (place) out.push(place);
  return out;
}

/** A name of the known list starting at token i (its last word may carry a genitive s), longest first. */
function knownNameAt(toks: Tokens, i: number, known: KnownEntity[], facts: WordFacts): { mention: Mention; next: number } | null {
  const { text, start, end, id } = toks;
  const { folded } = facts.table;
  const n = id.length;
  const cands = facts.candidates(id[i]!);
  if (!cands || !(facts.is(id[i]!, CAP) || /^\p{Ll}/u.test(known[cands[0]!.k]!.name) === false)) return null;
  for (const c of cands) {
    if (i + c.tokens.length > n) continue;
    let ok = facts.is(id[i]!, CAP);
    for (let j = 0; ok && j < c.tokens.length; j++) {
      const g = folded[id[i + j]!]!;
      const t = c.tokens[j]!;
      const last = j === c.tokens.length - 1;
      if (j > 0 && !joinable(toks, i + j)) ok = false;
      else if (g !== t && !(last && t.length >= 3 && !t.endsWith('s') && g === t + 's')) ok = false;
    }
    // "Peking" in "Peking-Ente" is fine; a known name followed by another capitalised name part is not the same name
    if (!ok) continue;
    const e = known[c.k]!;
    const last = i + c.tokens.length - 1;
    const genitive = folded[id[last]!] !== c.tokens[c.tokens.length - 1];
    const surface = text.slice(start[i], end[last]! - (genitive ? 1 : 0));
    const next = i + c.tokens.length;
    // a known person's one-word name ("Putin", "Lindner") is a bare surname: it means that person only
    // where the article names them in full
    if (e.kind === 'person' && c.tokens.length === 1) return { mention: { kind: 'person', surface, known: null, surnameOnly: true }, next };
    return { mention: { kind: e.kind, surface, known: c.k }, next };
  }
  return null;
}

/** Role noun + name: "Präsidenten Sauli Niinistö", "Präsident Putin" (a surname alone). */
function nameAfterRole(toks: Tokens, i: number, facts: WordFacts): { mention: Mention; next: number } | null {
  const { id } = toks;
  if (!facts.is(id[i]!, ROLE)) return null; // called for every word: most are no role noun, so no closure for them
  const { word } = facts.table;
  const n = id.length;
  const is = (j: number, flag: number): boolean => facts.is(id[j]!, flag);
  if (!(is(i, ROLE) && is(i, CAP) && i + 1 < n && joinable(toks, i + 1) && gapAt(toks, i + 1) === ' ')) return null;
  const n1 = word[id[i + 1]!]!;
  if (!is(i + 1, CAP) || is(i + 1, STOP) || is(i + 1, FIRST) || is(i + 1, KNOWN_FIRST) || is(i + 1, ROLE) || is(i + 1, COMMON)) return null;
  const n2 = i + 2 < n ? word[id[i + 2]!]! : undefined;
  if (n2 && gapAt(toks, i + 2) === ' ' && is(i + 2, CAP) && !is(i + 2, STOP) && !is(i + 2, ROLE) && !is(i + 2, COMMON) && !is(i + 2, KNOWN_FIRST)) {
    return { mention: { kind: 'person', surface: `${n1} ${n2}`, known: null }, next: i + 3 };
  }
  const after = i + 2 < n ? gapAt(toks, i + 2) : '.';
  if (!n2 || /[^\s]/.test(after) || !is(i + 2, CAP)) {
    return { mention: { kind: 'person', surface: n1.replace(/(?<=\p{L}{3})s$/u, ''), known: null, surnameOnly: true }, next: i + 2 };
  }
  return null;
}

/** Acronyms: NATO, OSZE, AUKUS (not agencies, not Roman numerals, not headline words). */
function acronymAt(toks: Tokens, i: number, facts: WordFacts): Mention | null {
  const { id } = toks;
  const n = id.length;
  if (!facts.is(id[i]!, ACRONYM)) return null;
  const before = i > 0 ? gapAt(toks, i) : ' ';
  const after = i + 1 < n ? gapAt(toks, i + 1) : ' ';
  // a word of an all-caps line ("PEKING (dpa-AFX)") is not an acronym unless it stands in mixed-case text
  const neighbourCaps = (i > 0 && facts.is(id[i - 1]!, CAPS2) && !before.includes('\n')) || (i + 1 < n && facts.is(id[i + 1]!, CAPS2) && !after.includes('\n'));
  const dateline = /^\s*\(/.test(after);
  return neighbourCaps || dateline ? null : { kind: 'organisation', surface: facts.table.word[id[i]!]!, known: null };
}

/** "long form (ACRONYM)": the capitalised words before the brackets whose initials spell the acronym. */
function longFormMentions(text: string, known: KnownEntity[], index: KnownIndex, out: Mention[]): void {
  for (const m of text.matchAll(/\(([A-ZÄÖÜ]{2,6})\)/g)) {
    const acr = m[1]!;
    if (AGENCIES.has(fold(acr))) continue;
    const before = text.slice(Math.max(0, m.index - 200), m.index).trimEnd();
    const ws = wordSpans(before);
    for (let s = ws.length - 1; s >= Math.max(0, ws.length - 10); s--) {
      if (!isCap(ws[s]!.word)) continue;
      const span = ws.slice(s);
      const initials = span
        .filter((x) => isCap(x.word))
        .map((x) => fold(x.word)[0])
        .join('');
      if (initials[0] !== fold(acr)[0]) continue;
      if (/[.,;:!?]/.test(before.slice(ws[s]!.start))) break;
      if (isSubsequence(fold(acr), initials) || isSubsequence(fold(acr), span.map((x) => fold(x.word)).join(''))) {
        if (initials.length >= 2 && fold(acr).startsWith(initials.slice(0, 1))) {
          const long = before.slice(ws[s]!.start);
          const k = knownOf(index, long) ?? knownOf(index, acr);
          out.push({ kind: k !== null ? known[k]!.kind : 'organisation', surface: long, known: k, acronymOf: acr });
          break;
        }
      }
    }
  }
}

/** The place of an agency dateline: "PEKING (dpa) -", "Berlin (AFP) -" (unless it is a known name). */
function datelinePlace(text: string, index: KnownIndex): Mention | null {
  const dl = /^\s*([\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+)?)\s*(?:\/[^(]{0,40})?\(([^)]{1,30})\)\s*[-–—]/u.exec(text);
  if (!dl || ![...dl[2]!.matchAll(/[\p{L}]+/gu)].some((x) => AGENCIES.has(fold(x[0])))) return null;
  const raw = dl[1]!;
  const name = raw === raw.toUpperCase() ? raw.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a, b: string) => a + b.toUpperCase()) : raw;
  return knownOf(index, name) === null ? { kind: 'place', surface: name, known: null } : null;
}

/** The SEEN_WITH entities seen most often with one (`count` by entity number), ties by slug: a selection, not a sort. */
function mostSeenWith(others: number[], count: Int32Array, slugByNo: string[]): { slug: string; count: number }[] {
  const top: { slug: string; count: number }[] = [];
  const before = (x: { slug: string; count: number }, y: { slug: string; count: number }): boolean => x.count > y.count || (x.count === y.count && x.slug < y.slug);
  for (const no of others) {
    const item = { slug: slugByNo[no]!, count: count[no]! };
    if (top.length === SEEN_WITH && !before(item, top[SEEN_WITH - 1]!)) continue;
    let at = top.length;
    while (at > 0 && before(item, top[at - 1]!)) at--;
    top.splice(at, 0, item);
    if (top.length > SEEN_WITH) top.pop();
  }
  return top;
}

function isSubsequence(needle: string, hay: string): boolean {
  let j = 0;
  for (let i = 0; i < hay.length && j < needle.length; i++) if (hay[i] === needle[j]) j++;
  return j === needle.length;
}

export interface EntityResult {
  entities: Entity[];
  byArticle: Map<string, string[]>; // article id -> entity slugs
  /** A speaker's or person's name as the archive names them ("Dmitrij Peskow" -> "Dmitri Peskow"). */
  canonicalName: (name: string) => string;
  personsIn: (text: string) => string[];
}

interface Cluster {
  key: string;
  kind: EntityKind;
  known: number | null;
  surfaces: Map<string, number>;
  articles: Set<number>;
  mentionsIn: Map<number, number>;
}

/** Finds the entities of the archive (each entity's articles in id order: linkArchive puts them in time order). */
export function findEntities(records: ArticleRecord[], known: KnownEntity[], prep: Prepared): EntityResult {
  const index = buildKnownIndex(known);
  const facts = new WordFacts(prep.table, index);
  const perArticle = records.map((r, ai) => articleMentions(r, prep.articles[ai]!, known, index, facts));
  companiesNamedAfterPeople(perArticle, prep);
  const { clusters, articleClusters, pendingSurnames } = clusterMentions(perArticle, known, index);
  const bySurname = clustersBySurname(clusters, known);
  resolveSurnames(pendingSurnames, bySurname, articleClusters);

  const named = nameClusters(clusters, known);
  const slugOf = slugsOf(named);
  const seenWithOf = seenWithFinder(named, slugOf, clusters, articleClusters);
  const entities: Entity[] = named.map(({ c, name }) => ({
    slug: slugOf.get(c.key)!,
    name,
    kind: c.kind,
    aliases: aliasesOf(c, name, known),
    articleIds: [...c.articles].map((i) => records[i]!.id),
    seenWith: seenWithOf(c),
  }));
  entities.sort((a, b) => (a.slug < b.slug ? -1 : 1));
  const byArticle = entitySlugsByArticle(records, articleClusters, clusters, slugOf);
  const canonicalName = speakerNamer(named, bySurname, known);

  /** The persons a text names, as the archive names them, in order of first mention. */
  const personsIn = (text: string): string[] => {
    const out: string[] = [];
    for (const m of mentionsIn(prep.table.tokens(text), known, index, facts)) {
      if (m.kind !== 'person') continue;
      const nm = m.known !== null ? known[m.known]!.name : canonicalName(m.surface);
      if (!out.includes(nm)) out.push(nm);
    }
    return out;
  };
  return { entities, byArticle, canonicalName, personsIn };
}

/** The texts of an article names are looked for in: title, subtitle, lead, body, embedded copy and captions. */
const namedTexts = (p: Prepared['articles'][number]): Tokens[] => [p.title, p.subtitle, p.lead, p.body, ...p.embedded, ...p.captions];

/** The names one article mentions, found in its texts and taken over from ingest, less its own authors. */
function articleMentions(r: ArticleRecord, p: Prepared['articles'][number], known: KnownEntity[], index: KnownIndex, facts: WordFacts): Mention[] {
  const authors = new Set(r.authors.map((a) => fold(a)));
  // "(Florian Vetter, 23.5.2024)" closing the body: the author's sign-off
  const signOff = SIGN_OFF.exec(r.body.slice(r.body.lastIndexOf('\n') + 1));
  if (signOff) authors.add(fold((signOff[1] ?? signOff[2])!.trim()));
  const ms: Mention[] = [];
  for (const t of namedTexts(p)) if (t.text) for (const m of mentionsIn(t, known, index, facts)) ms.push(m);
  for (const name of r.people) ingestMention(name, 'person', known, index, ms);
  for (const name of r.places) ingestMention(name, 'place', known, index, ms);
  for (const name of r.organisations) ingestMention(name, 'organisation', known, index, ms);
  return ms.filter((m) => !(m.kind === 'person' && authors.has(fold(m.surface))));
}

/**
 * Full names the archive writes as a company somewhere (a legal form after it, a company noun before it, people
 * working there) are organisations in each article that does not use them as a person; a name only seen acting as
 * a company ("… baut den Standort in Linz aus") only when no article uses it as a person.
 */
function companiesNamedAfterPeople(perArticle: Mention[][], prep: Prepared): void {
  const isFullName = (m: Mention): boolean => m.kind === 'person' && m.known === null && !m.surnameOnly && words(m.surface).length >= 2;
  const company = new Set<string>();
  const uses = perArticle.map((ms, ai): Map<string, NameUse> => {
    const p = prep.articles[ai]!;
    const text = namedTexts(p)
      .map((t) => t.text)
      .join('\n');
    for (const n of companyNamesIn(text)) company.add(fold(n));
    const names = new Set(ms.filter(isFullName).map((m) => m.surface));
    return new Map([...names].map((n) => [n, nameUse(text, n)]));
  });
  const acting = new Set<string>();
  const person = new Set<string>();
  for (const u of uses) {
    for (const [n, use] of u) {
      if (use.acting) acting.add(fold(n));
      if (use.person) person.add(fold(n));
    }
  }
  perArticle.forEach((ms, ai) => {
    ms.forEach((m, x) => {
      if (!isFullName(m) || uses[ai]!.get(m.surface)!.person) return;
      const f = fold(m.surface);
      if (company.has(f) || (acting.has(f) && !person.has(f))) ms[x] = { kind: 'organisation', surface: m.surface, known: null };
    });
  });
}

/** A name ingest found, as a mention of `kind` unless the known list says otherwise (nothing when it is no name). */
function ingestMention(written: string, kind: EntityKind, known: KnownEntity[], index: KnownIndex, ms: Mention[]): void {
  const name = written.trim();
  if (!name) return;
  const k = knownOf(index, name);
  if (k !== null) {
    ms.push({ kind: known[k]!.kind, surface: name, known: k });
    return;
  }
  const parts = words(name);
  if (kind === 'person') {
    // role nouns ("Kremlchef") and lower-case words are not persons
    if (parts.length === 0 || parts.some((p) => isRoleNoun(p)) || !parts.every((p) => isCap(p) || /^(von|van|de|der|al|bin|ibn|da|di|le|la|zu)$/.test(p))) return;
    // "Putin", "Van der Bellen": a surname alone
    const surnameOnly = parts.length === 1 || !isCap(parts[0]!) || /^(?:Van|Von|De|Di|Da|Du|Le|La|Ten|Ter)$/.test(parts[0]!);
    ms.push(surnameOnly ? { kind, surface: name, known: null, surnameOnly: true } : { kind, surface: name, known: null });
  } else if (parts.length === 1 && kind === 'organisation' && GENERIC_INSTITUTION_RE.test(name)) {
    // "Zentralbank", "Außenministerium": an institution without its owner is not an entity
    return;
  } else ms.push({ kind, surface: name, known: null });
}

/** The clusters (entities to be) with the clusters of each article; surname-only mentions wait to be resolved. */
interface Clustering {
  clusters: Map<string, Cluster>;
  articleClusters: Set<string>[];
  pendingSurnames: { ai: number; m: Mention }[];
}

function clusterMentions(perArticle: Mention[][], known: KnownEntity[], index: KnownIndex): Clustering {
  const clusters = new Map<string, Cluster>();
  const getCluster = (key: string, kind: EntityKind, k: number | null): Cluster => {
    let c = clusters.get(key);
    if (!c) clusters.set(key, (c = { key, kind, known: k, surfaces: new Map(), articles: new Set(), mentionsIn: new Map() }));
    return c;
  };
  const clusterOf = mentionClusterer(perArticle, known, index, getCluster);
  const pendingSurnames: { ai: number; m: Mention }[] = [];
  const articleClusters: Set<string>[] = perArticle.map(() => new Set());
  // stable processing order: articles by index, mentions in order
  perArticle.forEach((ms, ai) => {
    for (const m of ms) {
      if (m.known === null && m.kind === 'person' && m.surnameOnly) {
        pendingSurnames.push({ ai, m });
        continue;
      }
      const c = clusterOf(m);
      if (!c) continue;
      noteMention(c, m.acronymOf ? null : m.surface, ai);
      if (m.acronymOf) noteMention(c, m.acronymOf, ai);
      articleClusters[ai]!.add(c.key);
    }
  });
  return { clusters, articleClusters, pendingSurnames };
}

function noteMention(c: Cluster, surface: string | null, ai: number): void {
  if (surface) c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
  c.articles.add(ai);
  c.mentionsIn.set(ai, (c.mentionsIn.get(ai) ?? 0) + 1);
}

/**
 * The cluster of a mention: its known entity; a person by surname and a tolerant first-name match; an
 * organisation with its long form and acronym as one (case and hyphens do not matter); a place. Null: no person.
 */
function mentionClusterer(
  perArticle: Mention[][],
  known: KnownEntity[],
  index: KnownIndex,
  getCluster: (key: string, kind: EntityKind, k: number | null) => Cluster,
): (m: Mention) => Cluster | null {
  const orgAlias = new Map<string, string>(); // orgKey(long) -> orgKey(acr)
  for (const ms of perArticle) for (const m of ms) if (m.acronymOf && m.known === null) orgAlias.set(orgKey(m.surface), orgKey(m.acronymOf));
  // acronym known? then its long form is that entity too
  const knownByOrgKey = new Map<string, number>();
  known.forEach((e, k) => {
    for (const f of [e.name, ...(e.aliases ?? [])]) if (!knownByOrgKey.has(`${e.kind}:${orgKey(f)}`)) knownByOrgKey.set(`${e.kind}:${orgKey(f)}`, k);
  });
  const personKeyOf = personKeyer();
  const knownPersonBySurname = knownPersonFinder(known, index);
  return (m) => {
    if (m.known !== null) return getCluster(`known:${m.known}`, known[m.known]!.kind, m.known);
    if (m.kind === 'person') {
      const k = knownPersonBySurname(m.surface);
      if (k !== null) return getCluster(`known:${k}`, 'person', k);
      const key = personKeyOf(m.surface);
      return key ? getCluster(key, 'person', null) : null;
    }
    if (m.kind === 'organisation') {
      let ok = orgKey(m.acronymOf ?? m.surface);
      ok = orgAlias.get(ok) ?? ok;
      const k = knownByOrgKey.get(`organisation:${ok}`);
      return k !== undefined ? getCluster(`known:${k}`, 'organisation', k) : getCluster(`organisation:${ok}`, 'organisation', null);
    }
    const pk = orgKey(m.surface);
    const k = knownByOrgKey.get(`place:${pk}`);
    return k !== undefined ? getCluster(`known:${k}`, 'place', k) : getCluster(`place:${pk}`, 'place', null);
  };
}

/** Persons with full names, grouped by surname and a tolerant first-name match: the cluster key of a full name. */
function personKeyer(): (surface: string) => string | null {
  const personGroups = new Map<string, { firsts: string[]; written: string[]; key: string }[]>(); // surname key -> first-name variants
  return (surface) => {
    const parts = words(surface);
    if (parts.length < 2) return null;
    const sk = nameKey(parts[parts.length - 1]!);
    const fk = nameKey(parts[0]!);
    const groups = personGroups.get(sk) ?? [];
    for (const g of groups) {
      const near = (x: string, i: number) =>
        x === fk || (x[0] === fk[0] && levenshtein(x, fk, 1) <= 1 && Math.min(x.length, fk.length) >= 3 && spellingsOfOneName(g.written[i]!, parts[0]!));
      if (g.firsts.some(near)) {
        if (!g.firsts.includes(fk)) {
          g.firsts.push(fk);
          g.written.push(parts[0]!);
        }
        return g.key;
      }
    }
    const key = `person:${sk}:${fk}`;
    groups.push({ firsts: [fk], written: [parts[0]!], key });
    personGroups.set(sk, groups);
    return key;
  };
}

/** Known persons named by an unlisted full form ("Wladimir Wladimirowitsch Putin"): the one of that surname and initial. */
function knownPersonFinder(known: KnownEntity[], index: KnownIndex): (surface: string) => number | null {
  const bySurface = new Map<string, number | null>();
  return (surface) => {
    let found = bySurface.get(surface);
    if (found === undefined) {
      const parts = words(surface);
      const ks = index.surnames.get(nameKey(parts[parts.length - 1]!)) ?? [];
      const f0 = fold(parts[0]!)[0];
      const fits = ks.filter((k) => parts.length === 1 || fold(known[k]!.name)[0] === f0);
      bySurface.set(surface, (found = fits.length === 1 ? fits[0]! : null));
    }
    return found;
  };
}

/** The person clusters by the key of each surname they are written with. */
function clustersBySurname(clusters: Map<string, Cluster>, known: KnownEntity[]): Map<string, Cluster[]> {
  const bySurname = new Map<string, Cluster[]>();
  for (const c of [...clusters.values()].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    if (c.kind !== 'person') continue;
    const surfaces = c.known !== null ? [known[c.known]!.name, ...(known[c.known]!.aliases ?? [])] : [...c.surfaces.keys()];
    const keys = new Set(
      surfaces
        .map((s) => words(s))
        .filter((p) => p.length > 0)
        .map((p) => nameKey(p[p.length - 1]!)),
    );
    for (const k of keys) {
      const l = bySurname.get(k) ?? [];
      l.push(c);
      bySurname.set(k, l);
    }
  }
  return bySurname;
}

/** Surname-only mentions: the person of that surname the same article names in full. */
function resolveSurnames(pending: Clustering['pendingSurnames'], bySurname: Map<string, Cluster[]>, articleClusters: Set<string>[]): void {
  for (const { ai, m } of pending) {
    const cands = bySurname.get(nameKey(words(m.surface).at(-1) ?? m.surface)) ?? [];
    const inArticle = cands.filter((c) => c.articles.has(ai));
    // only someone the same article names in full: a surname alone never reaches into other articles
    const c = inArticle.length === 1 ? inArticle[0]! : null;
    if (!c) continue;
    noteMention(c, null, ai);
    articleClusters[ai]!.add(c.key);
  }
}

type Named = { c: Cluster; name: string };

/** The clusters with articles, each with its name, in name order. */
function nameClusters(clusters: Map<string, Cluster>, known: KnownEntity[]): Named[] {
  const nameOf = (c: Cluster): string => {
    const forms = [...c.surfaces].sort((a, b) => b[1] - a[1] || words(b[0]).length - words(a[0]).length || (a[0] < b[0] ? -1 : 1));
    if (c.known === null) return forms[0]?.[0] ?? c.key;
    // a known person is named as the archive writes them in full ("Wolodymyr Selenski"), the list's form if written
    const e = known[c.known]!;
    if (e.kind !== 'person' || c.surfaces.has(e.name)) return e.name;
    return forms.find(([f]) => words(f).length >= 2)?.[0] ?? e.name;
  };
  const named = [...clusters.values()].filter((c) => c.articles.size > 0).map((c) => ({ c, name: nameOf(c) }));
  named.sort((a, b) => (fold(a.name) < fold(b.name) ? -1 : fold(a.name) > fold(b.name) ? 1 : a.c.key < b.c.key ? -1 : 1));
  return named;
}

/** One slug per cluster key, numbered in name order where names give the same slug. */
function slugsOf(named: Named[]): Map<string, string> {
  const slugOf = new Map<string, string>();
  const used = new Set<string>();
  for (const { c, name } of named) {
    const base = makeSlug(name) || 'eintrag';
    let s = base;
    for (let n = 2; used.has(s); n++) s = `${base}-${n}`;
    used.add(s);
    slugOf.set(c.key, s);
  }
  return slugOf;
}

/** Co-occurrence: each article's most mentioned entities, counted per entity over its articles on cluster numbers. */
function seenWithFinder(
  named: Named[],
  slugOf: Map<string, string>,
  clusters: Map<string, Cluster>,
  articleClusters: Set<string>[],
): (c: Cluster) => { slug: string; count: number }[] {
  const clusterNo = new Map<string, number>();
  named.forEach(({ c }, x) => clusterNo.set(c.key, x));
  const slugByNo = named.map(({ c }) => slugOf.get(c.key)!);
  const topOf = articleClusters.map((keys, ai) => {
    const counted = [...keys].map((k) => ({ k, n: clusters.get(k)!.mentionsIn.get(ai) ?? 0 }));
    counted.sort((a, b) => b.n - a.n || (a.k < b.k ? -1 : 1));
    return Int32Array.from(counted.slice(0, MAX_ENTITIES_FOR_COOCCURRENCE), (x) => clusterNo.get(x.k)!);
  });
  const together = new Int32Array(named.length);
  return (c) => {
    const self = clusterNo.get(c.key)!;
    const others: number[] = [];
    for (const ai of c.articles) {
      for (const b of topOf[ai]!) {
        if (b === self) continue;
        if (together[b] === 0) others.push(b);
        together[b] = together[b]! + 1;
      }
    }
    const top = mostSeenWith(others, together, slugByNo);
    for (const b of others) together[b] = 0;
    return top;
  };
}

/** The other forms an entity is written in, sorted; a known one's list name and spellings among them. */
function aliasesOf(c: Cluster, name: string, known: KnownEntity[]): string[] {
  const aliasSet = new Set<string>();
  for (const s of c.surfaces.keys()) {
    if (s === name) continue;
    if (s.length > 4 && s === s.toUpperCase() && name !== name.toUpperCase()) continue; // "PEKING" in a dateline
    aliasSet.add(s);
  }
  // a known person keeps the list's name and spellings as aliases, so each of them finds the articles (search)
  if (c.known !== null) for (const a of [known[c.known]!.name, ...(known[c.known]!.aliases ?? [])]) if (a !== name) aliasSet.add(a);
  return [...aliasSet].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Each article's entity slugs: persons, organisations, places, each the most mentioned first. */
function entitySlugsByArticle(
  records: ArticleRecord[],
  articleClusters: Set<string>[],
  clusters: Map<string, Cluster>,
  slugOf: Map<string, string>,
): Map<string, string[]> {
  const kindOrder: Record<EntityKind, number> = { person: 0, organisation: 1, place: 2 };
  const byArticle = new Map<string, string[]>();
  articleClusters.forEach((keys, ai) => {
    const ks = [...keys].sort(
      (a, b) =>
        kindOrder[clusters.get(a)!.kind] - kindOrder[clusters.get(b)!.kind] ||
        (clusters.get(b)!.mentionsIn.get(ai) ?? 0) - (clusters.get(a)!.mentionsIn.get(ai) ?? 0) ||
        (slugOf.get(a)! < slugOf.get(b)! ? -1 : 1),
    );
    byArticle.set(
      records[ai]!.id,
      ks.map((k) => slugOf.get(k)!),
    );
  });
  return byArticle;
}

/** A speaker's name as the archive names the person: by any form it is written in, else by a surname only one person has. */
function speakerNamer(named: Named[], bySurname: Map<string, Cluster[]>, known: KnownEntity[]): (name: string) => string {
  const nameByForm = new Map<string, string>();
  for (const { c, name } of named) {
    if (c.kind !== 'person') continue;
    for (const s of [name, ...c.surfaces.keys(), ...(c.known !== null ? (known[c.known]!.aliases ?? []) : [])]) {
      const k = fold(s);
      if (!nameByForm.has(k)) nameByForm.set(k, name);
    }
  }
  return (n) => {
    const direct = nameByForm.get(fold(n.trim()));
    if (direct) return direct;
    const parts = words(n);
    if (parts.length === 0) return n;
    const cands = bySurname.get(nameKey(parts[parts.length - 1]!)) ?? [];
    if (cands.length === 1) return named.find((x) => x.c === cands[0])?.name ?? n;
    return n;
  };
}

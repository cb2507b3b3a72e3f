// Companies named after people ("Hugo Boss", "Peek & Cloppenburg"): how an article writes a full name, as a
// company or as a person. General German usage only: legal forms, company nouns in apposition, work and shares
// at a company, a company's own sites; a role noun, "Herr"/"Frau" or a said-verb with the name as speaker marks a person.
import { COMPANY_AFTER } from '../company-forms.ts';
import { isRoleNoun } from './lexicon.ts';

// A company noun on its own or closing a compound ("Konzern", "des Messtechnikherstellers", "Kaffeeröster"), then a capital.
const COMPANY_NOUN_THEN_NAME =
  /(?:[Hh]ersteller|[Kk]onzern|[Hh]ändler|[Rr]öster|[Uu]nternehmen|[Ff]irma|[Kk]ette|[Vv]erlag|[Vv]ersicherer|[Zz]ulieferer|[Aa]nbieter|[Pp]roduzent|[Bb]rauerei|[Mm]odehaus|[Bb]ank|[Mm]aschinenbauer|[Aa]utobauer)(?:s|es|n|en)?(?=\s+\p{Lu})/gu;
// Work and ownership at a company: "Chef von", "Mitarbeiter bei", "Aktie von", "Werk von".
const OF_COMPANY = new Set(
  'Chef Chefin Konzernchef Firmenchef Vorstandschef Vorstand Mitarbeiter Mitarbeiterin Mitarbeitende Mitarbeitenden Beschäftigte Beschäftigten Belegschaft Aktie Aktien Aktionäre Betriebsrat Werk Werke Filiale Filialen Standort Standorte Umsatz Gewinn'.split(
    ' ',
  ),
);
// Employment: "arbeitet seit 2019 bei", "eine Lehre bei", "Jobs bei".
const WORKS_AT = /\b(?:arbeitet|arbeitete|arbeiten|beschäftigt|angestellt|tätig|Lehre|Ausbildung|Jobs?|Stellen|Arbeitsplätze|Karriere)\b(?:\s+\S+){0,3}\s+bei$/u;
// The name as subject of a company's own action, in its clause: "X baut den Standort in Y aus", "X schließt das Werk in Y",
// "X streicht Stellen", "X verlagert die Produktion".
const COMPANY_ACTION =
  /^\s+\p{Ll}[^.!?;]{0,60}?\b(?:(?:den|seinen|ihren)\s+(?:Standort|Produktionsstandort|Firmensitz|Hauptsitz)\s+(?:in|im|am)\b|(?:das|sein|ihr)\s+Werk\s+(?:in|im)\b|(?:die|seine|ihre)\s+(?:Produktion|Fertigung)\b|Stellen\s+(?:abbauen|streichen|ab\b)|(?:Filialen|Niederlassungen)\b)/u;
const SAID = '(?:sagte|sagt|sagten|erklärte|erklärt|betonte|betont|meinte|meint|kritisierte|warnte|forderte|fordert|ergänzte|fügte|räumte|antwortete)';
const SAID_AFTER_NAME = new RegExp(`^(?:\\s*\\([^)]{1,40}\\))?,?\\s+${SAID}\\b|^:\\s*[„"«»]`, 'u');
const SAID_BEFORE_NAME = new RegExp(`\\b${SAID}\\s+$`, 'u');

// Two or three capitalised words: a name that a company cue points at, after the cue or before a legal form.
const NAME_AFTER = /^\s+(\p{Lu}[\p{L}-]+\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u;
const NAME_BEFORE = /(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){1,2})$/u;
const FORM = new RegExp(COMPANY_AFTER.source.replace(/^\^/, ''), 'gu');

/**
 * The names `text` writes as companies: before a legal form ("Gerda Hollweger GmbH"), after a company noun
 * ("der Kaffeeröster Julius Meinl"), where people work or shares are held ("Chef von", "arbeitet bei").
 * Each as its first (after a cue) or last (before a form) two and three words. Found from the cues, which are
 * rare, not from every capitalised word (this runs over the whole archive).
 */
export function companyNamesIn(text: string): string[] {
  const out: string[] = [];
  const add = (name: string, fromEnd: boolean): void => {
    const ws = name.split(/\s+/);
    for (const n of [2, 3]) if (ws.length >= n) out.push((fromEnd ? ws.slice(-n) : ws.slice(0, n)).join(' '));
  };
  const nameAfter = (end: number): void => {
    const name = NAME_AFTER.exec(text.slice(end, end + 80));
    if (name) add(name[1]!, false);
  };
  for (const m of text.matchAll(FORM)) {
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index));
    if (name) add(name[1]!, true);
  }
  for (const m of text.matchAll(COMPANY_NOUN_THEN_NAME)) {
    const word = /\p{L}[\p{L}-]*$/u.exec(text.slice(Math.max(0, m.index - 40), m.index + m[0].length))?.[0] ?? '';
    if (/^\p{Lu}/u.test(word)) nameAfter(m.index + m[0].length);
  }
  for (const m of text.matchAll(/\b(?:von|bei)(?=\s+\p{Lu})/gu)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const prevWord = /(\p{L}+)\s+$/u.exec(before)?.[1] ?? '';
    if (OF_COMPANY.has(prevWord) || (m[0] === 'bei' && WORKS_AT.test(before + m[0]))) nameAfter(m.index + m[0].length);
  }
  return out;
}

/** How one article writes a name: as a company acting (its own sites, staff, production), as a person. */
export interface NameUse {
  acting: boolean;
  person: boolean;
}

/** What the neighbours of each occurrence of `name` (a full name as written) in `text` say it is. */
export function nameUse(text: string, name: string): NameUse {
  const use: NameUse = { acting: false, person: false };
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const end = at + name.length;
    const genitive = text[end] === 's' && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? '');
    if (/[\p{L}\p{N}]/u.test(text[end] ?? '') && !genitive) continue; // part of a longer word
    const before = text.slice(Math.max(0, at - 60), at);
    const after = text.slice(genitive ? end + 1 : end, end + 80);
    const prevWord = /([\p{L}-]+)\s+$/u.exec(before)?.[1] ?? '';
    if (!genitive && COMPANY_ACTION.test(after)) use.acting = true;
    if (/^(?:Herr|Herrn|Frau)$/.test(prevWord) || isRoleNoun(prevWord) || SAID_AFTER_NAME.test(after) || SAID_BEFORE_NAME.test(before)) use.person = true;
  }
  return use;
}

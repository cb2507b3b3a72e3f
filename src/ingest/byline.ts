// Bylines ("Von A und B"), datelines ("Berlin (AFP) –"), agency credits and outlet names.
import { isGivenName } from '../given-names.ts';
import { normaliseAgency, parseAgencyList } from './agencies.ts';
import { isKnownPlace } from './entities.ts';

// A desk or studio named after the reporters: where they work, not a name nor a place ("ARD-Hauptstadtstudio").
const DESK = /(?:studio|redaktion|büro|ressort|desk|team)(?=$|\s)/i;

const NAME_TOKEN = "(?:\\p{Lu}[\\p{L}'’.-]*)";
const PARTICLE = '(?:von|van|de|der|den|di|da|du|del|la|le|zu|ten|ter|al|el|bin|ibn)';
const PERSON_NAME = new RegExp(`^${NAME_TOKEN}(?:\\s+(?:${PARTICLE}\\s+)*${NAME_TOKEN}){0,3}$`, 'u');

const BYLINE_PREFIX =
  /^(?:(?:Ein|Eine)\s+(?:Kommentar|Gastbeitrag|Gastkommentar|Analyse|Essay|Bericht|Reportage|Interview|Kolumne|Porträt|Feature|Beitrag|Einordnung|Artikel|Text|Video|Podcast|Leitartikel)\s+von|Kommentar\s+von|Analyse\s+von|Interview\s+von|Text\s+von|Von\s+unser(?:er|em)?\s+(?:(?:\p{L}+-)?Korrespondent(?:en|in)?|Redakteur(?:in|en)?|Reporter(?:in|n)?|Mitarbeiter(?:in|n)?)|Von|VON|Autor(?:in)?:|Autoren:|Text:|By|Byline:)\s+(.+)$/u;

export interface Byline {
  authors: string[];
  agencies: string[];
  place: string | null;
  rest: string; // text after the names (e.g. a date), for the date reader
}

/** Reads a byline block; null when the block is not one. */
export function parseByline(text: string): Byline | null {
  if (text.length > 160) return null;
  const m = BYLINE_PREFIX.exec(text);
  if (!m) return null;
  let names = m[1]!.trim();
  let rest = '';
  const cut = /\s*(?:\||•|·|—|–|\s-\s|\bam\b|\bvom\b|,\s*(?=\d)|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}\.\s*\p{Lu}\p{Ll}+\s+\d{4}|Stand:|Aktualisiert)/u.exec(names);
  if (cut) {
    rest = names.slice(cut.index).replace(/^\s*[|•·—–-]\s*/, '');
    names = names.slice(0, cut.index).trim();
  }
  const parts = names
    .split(/\s*(?:,|\bund\b|\band\b|&|\bsowie\b)\s*/u)
    .map((p) => normalisePlace(p.trim())) // "By KEN MORITSUGU and …": names in capitals as names are written
    .filter(Boolean);
  const authors: string[] = [];
  const agencies: string[] = [];
  let place: string | null = null;
  for (const [i, p] of parts.entries()) {
    const agency = normaliseAgency(p);
    if (agency) {
      agencies.push(agency);
      continue;
    }
    const withAgency = /^(.*?)\s*\(([^)]+)\)$/.exec(p); // "Anna Muster (dpa)"
    const name = normalisePlace(withAgency ? withAgency[1]! : p);
    if (withAgency) agencies.push(...(parseAgencyList(withAgency[2]!) ?? []));
    if (!PERSON_NAME.test(name)) return authors.length || agencies.length ? { authors, agencies, place, rest } : null;
    // a single trailing word after a comma is the reporter's location ("Von Anna Muster, Moskau")
    if (i > 0 && i === parts.length - 1 && !/\s/.test(name) && /,\s*[^,]+$/.test(names)) {
      // a desk or studio is not a place ("Von Lena Hartmann, ARD-Hauptstadtstudio")
      if (/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(name) && !DESK.test(name)) place = name;
      continue;
    }
    // a desk or studio after the names is where they work, not a name ("Von Ruth Kirchner, ARD-Studio Peking"): its town is the place
    if (i > 0 && /,\s*[^,]+$/.test(names) && DESK.test(name)) {
      const town = /\s(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)$/u.exec(name);
      if (town) place ??= town[1]!;
      continue;
    }
    if (!/\s/.test(name) && !/^\p{Lu}\p{Ll}+$/u.test(name)) return null;
    authors.push(name);
  }
  if (authors.length === 0 && agencies.length === 0) return null;
  return { authors, agencies, place, rest };
}

/**
 * A byline without "Von": the reporters' names and the place they write from, alone on a line ("Urs Bühler, Bern", "Paul Krisai aus Moskau",
 * "Anna Muster und Beni Gafner, Genf"), as Swiss and Austrian pages print it; each name opens with a given name, the place is known.
 */
export function parseBareByline(t: string): Byline | null {
  const m =
    /^([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2}(?:\s+und\s+[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2})?)(?:,\s*|\s+aus\s+)(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)$/u.exec(
      t.trim(),
    );
  if (!m || !isKnownPlace(m[2]!)) return null;
  const authors = m[1]!.split(/\s+und\s+/);
  return authors.every((a) => isGivenName(a.split(/\s+/)[0]!)) ? { authors, agencies: [], place: m[2]!, rest: '' } : null;
}

/** "(Bericht von A; redigiert von B …)", "Mit Informationen von A, ARD-Hauptstadtstudio": the reporters of the piece. */
export function parseReportCredit(text: string): string[] | null {
  const m = /^\(?(?:Bericht|Reporter(?:in)?|Berichterstattung|Recherche|Mitarbeit|Text|Mit Informationen|Mit Material|Mitarbeit)\s*(?:von|:)\s*([^;:.()]{3,120})/u.exec(
    text,
  );
  if (!m || text.length > 400) return null;
  const names = m[1]!
    .split(/\s*(?:,|\bund\b|&)\s*/)
    .map((n) => n.trim())
    .filter((n) => PERSON_NAME.test(n) && /\s/.test(n));
  return names.length ? names : null;
}

/** A whole block that only credits agencies: "(APA/DPA/AFP)", "Mit Material von dpa und AFP", "Quelle: dpa". */
export function parseCreditBlock(text: string): string[] | null {
  const t = text.trim();
  let m = /^\(([^()]{2,80})\)\.?$/.exec(t);
  // "(red, APA, 13.3.2022)": Austrian papers date their agency credit
  if (m) return parseAgencyList(m[1]!.replace(/,\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}$/, ''));
  m =
    /^(?:Mit Material (?:von|der Agenturen|der Nachrichtenagenturen)|Mit Informationen von|Mit Agenturmaterial von|Material von|Quellen?|Agenturen|Quelle\(n\))\s*:?\s*(.{2,80})$/i.exec(
      t,
    );
  if (m) return parseAgencyList(m[1]!.replace(/\.$/, ''), true);
  if (t.length <= 40 && /\//.test(t)) return parseAgencyList(t); // "mrc/dpa/Reuters"
  if (t.length <= 12) {
    const a = normaliseAgency(t);
    if (a) return [a];
  }
  return null;
}

/** A credit at the end of the last paragraph: "… sagte er. (dpa)". */
export function splitTrailingCredit(text: string): { text: string; agencies: string[] } | null {
  const m = /\s*\(([^()]{2,60})\)\s*$/.exec(text);
  if (!m || m.index === 0) return null;
  const before = text.slice(0, m.index);
  if (!/[.!?“”"»«]$/.test(before)) return null;
  const agencies = parseAgencyList(m[1]!);
  return agencies ? { text: before.trim(), agencies } : null;
}

export interface Dateline {
  place: string;
  agencies: string[];
}

/** "Peking (dpa) - …", "BERLIN (Reuters) –", "Washington/Berlin (AFP/dpa):", "Berlin (dpa). Der …" at the start of a paragraph. */
export function parseDateline(text: string): Dateline | null {
  const m = /^([\p{Lu}][\p{L}.'’ -]{1,40}?(?:\/[\p{Lu}][\p{L}.'’ -]{1,40}?)*)\s*\(([^()]{2,40})\)\s*(?:[-–—:]|\s-|\.(?=\s+\p{Lu}))\s*/u.exec(text);
  if (!m) return null;
  const agencies = parseAgencyList(m[2]!);
  if (!agencies) return null;
  return { place: normalisePlace(m[1]!.trim()), agencies };
}

/** "PEKING" → "Peking", "BADEN-BADEN" → "Baden-Baden"; mixed case stays as written. */
export function normalisePlace(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/(^|[\s\-/])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

const OUTLET_WORD =
  /^(?:[\w-]+\.(?:de|at|ch|com|net|org|eu|ru|info|tv|news|online)|RT(?: DE| Deutsch)?|DER SPIEGEL|SPIEGEL(?: ONLINE)?|ZEIT ONLINE|DIE ZEIT|FAZ(?:\.NET)?|SZ|Süddeutsche Zeitung|WELT|Die Welt|taz|NZZ|Neue Zürcher Zeitung|Handelsblatt|tagesschau(?:\.de)?|ZDFheute|ZDF|ARD|BR24|MDR|NDR|WDR|SWR|HR|RBB|n-tv|ntv|Stern|stern|Focus(?: Online)?|FOCUS online|Bild|BILD|Tagesspiegel|Der Tagesspiegel|Frankfurter Rundschau|FR|Der Standard|derStandard\.at|Die Presse|Kurier|ORF|ORF\.at|SRF|Deutsche Welle|DW|Deutschlandfunk|Sputnik|Telepolis|heise online|t-online|web\.de|RND|Redaktionsnetzwerk Deutschland|Berliner Zeitung|Junge Welt|junge Welt|Neues Deutschland|nd|Cicero|Capital|Wirtschaftswoche|WirtschaftsWoche|Merkur|Kleine Zeitung|Salzburger Nachrichten|Wiener Zeitung|Blick|Watson|watson)$/u;

/** A page-title line "Headline — RT DE" / "Headline - n-tv.de" / "Headline | tagesschau.de". */
export function parseOutletLine(text: string): { outlet: string; headline: string } | null {
  if (text.length > 250) return null;
  const m = /^(.*\S)\s+[-–—|]\s+((?:(?!\s[-–—|]\s).){2,40})$/u.exec(text);
  if (!m) return null;
  const outlet = m[2]!.trim();
  if (!OUTLET_WORD.test(outlet)) return null;
  return { outlet, headline: m[1]!.replace(SECTION, '').trim() };
}

// The site's section between headline and outlet: "Headline - News - SRF", "Headline | Sport | NZZ".
const SECTION =
  /\s+[-–—|]\s+(?:News|Nachrichten|Aktuell|Politik|Wirtschaft|Sport|Kultur|Wissen|Digital|Panorama|Meinung|International|Inland|Ausland|Schweiz|Österreich|Deutschland|Regional|Gesellschaft|Leben)$/u;

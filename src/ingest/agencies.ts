// News agencies and their canonical spelling; credits like "(APA/DPA/AFP)" or "mrc/dpa" are read against this list.
const AGENCIES: [RegExp, string][] = [
  [/^dpa[- ]?afx$/i, 'dpa-AFX'],
  [/^dpa$/i, 'dpa'],
  [/^afp$/i, 'AFP'],
  [/^apa$/i, 'APA'],
  [/^(reuters|rtr)$/i, 'Reuters'],
  [/^(ap|associated press)$/i, 'AP'],
  [/^kna$/i, 'KNA'],
  [/^epd$/i, 'epd'],
  [/^sid$/i, 'SID'],
  [/^(sda|keystone-sda)$/i, 'Keystone-SDA'],
  [/^ansa$/i, 'ANSA'],
  [/^efe$/i, 'EFE'],
  [/^bloomberg$/i, 'Bloomberg'],
  [/^(dow jones|dj)$/i, 'Dow Jones'],
  [/^afx$/i, 'AFX'],
  [/^(tass|itar-tass)$/i, 'TASS'],
  [/^interfax$/i, 'Interfax'],
  [/^(ria|ria nowosti|ria novosti)$/i, 'RIA Nowosti'],
  [/^xinhua$/i, 'Xinhua'],
  [/^(ukrinform)$/i, 'Ukrinform'],
  [/^(ddp|dapd)$/i, 'dapd'],
  [/^(ots|apa-ots)$/i, 'OTS'], // press releases on APA's and news aktuell's wire: "Wien (OTS) - …"
];

/** The agencies' names as they sign their copy ("dpa-AFX", "Reuters"), for patterns that look for a signature. */
export const AGENCY_NAMES: readonly string[] = [...new Set(AGENCIES.map(([, name]) => name))];

/** Canonical agency name for a credit token, or null when it is not a known agency. */
export function normaliseAgency(token: string): string | null {
  const t = token.trim().replace(/\.$/, '');
  for (const [re, name] of AGENCIES) if (re.test(t)) return name;
  return null;
}

/**
 * Reads a credit list like "APA/DPA/AFP", "dpa, AFP", "mrc/dpa/Reuters" or "dpa und AFP".
 * Returns the agencies when every token is an agency or a short lowercase author mark, else null.
 */
export function parseAgencyList(s: string, allowOutlets = false): string[] | null {
  // "Nachrichtenagenturen dpa, AFP", "Agenturen: dpa": the generic word is not a token
  s = s.replace(/^\s*(?:Nachrichtenagentur(?:en)?|Agentur(?:en)?|Agenturmaterial)\s*:?\s+/i, '');
  const tokens = s
    .split(/\s*(?:\/|,|;|\bund\b|&|\+)\s*/)
    .map((t) => t.trim())
    .filter(Boolean);
  if (tokens.length === 0 || tokens.length > 8) return null;
  const found: string[] = [];
  for (const t of tokens) {
    const a = normaliseAgency(t);
    if (a) {
      if (!found.includes(a)) found.push(a);
    } else if (allowOutlets && OUTLET_NAME.test(t)) {
      continue; // "Quelle: ntv.de, mli/dpa": the outlet is read separately
    } else if (!/^[a-zäöü]{1,4}$/.test(t)) {
      return null; // not a credit list, e.g. running text in parentheses
    }
  }
  return found.length ? found : null;
}

// Photo agencies and picture desks, for credits at the end of a caption ("… Westukraine. REUTERS").
export const PHOTO_CREDIT =
  /(?:^|[.!?)»“"]\s+|\s[-–|]\s|\()((?:Foto|Fotos|Bild|Bildquelle|Quelle|Photo)\s*:\s*[^.!?]{2,80}|©\s*[^.!?]{2,80}|(?:REUTERS|Reuters|AFP|dpa|DPA|AP|EPA|APA|IMAGO|imago|Getty Images|picture alliance|picture-alliance|Keystone|Sputnik|TASS|AFP\/Getty Images|EPA-EFE|ANP|Xinhua|Kremlin Pool)(?:\s*\/\s*[\p{L} .-]{2,40})*)\)?\s*$/u;

// Outlet names as they sign their copy ("Quelle: ZEIT ONLINE, dpa", "DER SPIEGEL" under the text); plain
// words that are also outlet names ("Bild", "Stern") are left out so they are not mistaken for one.
export const OUTLET_NAME =
  /^(?:DER SPIEGEL|SPIEGEL ONLINE|ZEIT ONLINE|DIE ZEIT|F\.A\.Z\.|FAZ\.NET|FAZ|Frankfurter Allgemeine(?: Zeitung)?|Süddeutsche Zeitung|SZ\.de|WELT|WELT AM SONNTAG|taz|NZZ|Neue Zürcher Zeitung|Handelsblatt|tagesschau\.de|ZDFheute|n-tv\.de|ntv\.de|Der Tagesspiegel|Tagesspiegel|Frankfurter Rundschau|Berliner Zeitung|DER STANDARD|Der Standard|derStandard\.at|ORF\.at|RT DE|RND|t-online|FOCUS online|Focus Online|stern\.de|BILD|DW|Deutsche Welle|Deutschlandfunk|heise online|[\w-]+\.(?:de|at|ch|com|net|org|eu))$/u;

/** The outlet named in a source line like "Quelle: ntv.de, mli/dpa" or "Quelle: ZEIT ONLINE, dpa, AFP". */
export function outletInCredit(s: string): string | null {
  const m = /^(?:Quellen?|Quelle\(n\))\s*:\s*(.+)$/i.exec(s.trim());
  if (!m) return null;
  const first = m[1]!.split(/\s*(?:,|;|\/)\s*/)[0]!.trim();
  return OUTLET_NAME.test(first) ? first : null;
}

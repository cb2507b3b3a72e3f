// Outlets: the known names and their spellings (data/outlets.json), credit lines that name an outlet, and the
// outlet a file's folder or the input folder's sources.json gives.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const KnownOutlet = z.object({ name: z.string().min(1), country: z.string().optional(), aliases: z.array(z.string()) });
export const SHIPPED_OUTLETS_FILE = new URL('../../data/outlets.json', import.meta.url);

// Read once at load, like a table in code, but kept as data so outlets are added without touching code.
const KNOWN = z.array(KnownOutlet).parse(JSON.parse(readFileSync(SHIPPED_OUTLETS_FILE, 'utf8')));

/** A spelling reduced to letters and digits, without a trailing web domain: "derStandard.at" → "derstandard". */
const key = (s: string) =>
  s
    .toLowerCase()
    .replace(/\.(?:at|de|ch|com|net|org|eu)$/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');

const byKey = new Map<string, string>();
for (const o of KNOWN) for (const spelling of [o.name, ...o.aliases]) if (!byKey.has(key(spelling))) byKey.set(key(spelling), o.name);

// Every spelling as it may be written in a credit line, longest first so "NZZ am Sonntag" wins over "NZZ".
const SPELLINGS = [...new Set(KNOWN.flatMap((o) => [o.name, ...o.aliases]))].sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// short all-capital spellings ("SN", "TT") count only inside a credit list, never as a word of running text
const SPELLING_RE = new RegExp(`(?<![\\p{L}\\p{N}.-])(${SPELLINGS.map(escape).join('|')})(?![\\p{L}\\p{N}-]|\\.\\p{L})`, 'u');

/** The archive's name for an outlet written some known way ("derStandard.at" → "DER STANDARD"); unknown names as written. */
export function canonicalOutlet(name: string): string {
  return byKey.get(key(name)) ?? name.trim();
}

/** True when `name` is a known outlet in any spelling. */
export function isKnownOutlet(name: string): boolean {
  return name.length <= 60 && byKey.has(key(name));
}

// Lines that credit the publication: "(derStandard.at, 12.3.2022)", "© Kleine Zeitung 2022", "red, ORF.at/Agenturen",
// "Dieser Artikel erschien zuerst in der NZZ", "Quelle: SRF", "Copyright Tages-Anzeiger".
const CREDIT_CUE =
  /^(?:\(.*\)|©.*|\(c\).*|Copyright\b.*|Quellen?\s*:.*|Source\s*:.*|(?:Dieser|Der|Dieses|Das)\s+(?:Artikel|Beitrag|Text|Interview|Kommentar)\s+(?:erschien|ist|wurde)\b.*|(?:Zuerst|Erstmals|Ursprünglich)\s+(?:erschienen|veröffentlicht)\b.*|Erschienen\s+(?:in|im|bei|auf)\b.*|(?:red|APA|Agenturen)\s*[,/].*|.*\/Agenturen\)?\.?)$/iu;

/**
 * The outlet a short credit line names, canonical, or null. Only credit lines count: a known name inside
 * running text ("laut der NZZ") says who was cited, not who published.
 */
export function outletInCreditLine(line: string): string | null {
  const t = line.trim();
  if (t.length > 160 || !CREDIT_CUE.test(t)) return null;
  const m = SPELLING_RE.exec(t);
  return m ? canonicalOutlet(m[1]!) : null;
}

/** True when the whole line is a credit naming an outlet and nothing else of substance: it is not body text. */
export function isOutletCreditLine(line: string): boolean {
  if (line.length > 200) return false;
  const t = line.trim();
  if (!outletInCreditLine(t)) return false;
  // what remains besides outlet, agencies, dates and cue words must be short
  const rest = t
    .replace(SPELLING_RE, ' ')
    .replace(/[\d.:/,()©\s-]+/g, ' ')
    .trim();
  return rest.split(/\s+/).filter(Boolean).length <= 8;
}

// Folder names that say nothing about the outlet: dates, numbering, and words for "articles", "input", "archive".
const DATE_LIKE =
  /^(?:\d{4}(?:[-_. ]?\d{1,2}){0,2}|\d{1,2}[-_. ]\d{4}|q[1-4](?:[-_ ]?\d{4})?|\d{4}[-_ ]?q[1-4]|kw[-_ ]?\d{1,2}|\d+|(?:jan(?:uar)?|jänner|feb(?:ruar)?|märz|maerz|apr(?:il)?|mai|juni?|juli?|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dez(?:ember)?)(?:[-_ ]?\d{2,4})?)$/i;
const GENERIC =
  /^(?:articles?|artikel|beiträge|beitraege|texte?|texts?|txt|input|inputs?|eingang|data|daten|files?|dateien|docs?|documents?|dokumente|archiv|archive|archives|export|exports?|import|scrape[ds]?|crawl(?:ed)?|raw|roh|downloads?|neu|new|old|alt|misc|sonstige[s]?|other|various|diverse|undated|ohne[-_ ]?datum|unsorted|unsortiert|sammlung|collection|corpus|korpus|batch[-_ ]?\d*|teil[-_ ]?\d*|part[-_ ]?\d*|seite[-_ ]?\d*|page[-_ ]?\d*|tmp|temp|test|tests|samples?|beispiele?|ausgabe|output|news|nachrichten|presse|pressespiegel|clippings?|medien|media|quellen|sources)$/i;

/** The outlet a file's folders name: the nearest folder that is neither date-like nor generic; known names canonical. */
export function outletFromFolder(path: string): string | null {
  const folders = path.split('/').slice(0, -1).reverse();
  for (const f of folders) {
    const name = f.trim();
    if (!name || DATE_LIKE.test(name) || GENERIC.test(name)) continue;
    return isKnownOutlet(name) ? canonicalOutlet(name) : name.replace(/[_]+/g, ' ');
  }
  return null;
}

/** `<input>/sources.json`: a map of file or folder glob → outlet ("derStandard/**": "DER STANDARD"). */
export type SourcesMap = { pattern: RegExp; outlet: string }[];

export const SOURCES_FILE = 'sources.json';

/** Reads sources.json; returns the map or the reason it is not one. */
export function parseSources(text: string): { map: SourcesMap } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { error: `not JSON: ${(e as Error).message}` };
  }
  const parsed = z.record(z.string().min(1), z.string().min(1)).safeParse(data);
  if (!parsed.success) return { error: 'expected an object mapping file or folder globs to outlet names, e.g. {"derStandard/**": "DER STANDARD"}' };
  return { map: Object.entries(parsed.data).map(([glob, outlet]) => ({ pattern: globToRegExp(glob), outlet: canonicalOutlet(outlet) })) };
}

/** The outlet the first matching entry of sources.json gives a path, or null. */
export function outletFromSources(path: string, map: SourcesMap): string | null {
  return map.find((e) => e.pattern.test(path))?.outlet ?? null;
}

/** "derStandard/**", "nzz/*.txt", "orf" (a folder: everything below it), "a.txt" → a RegExp over relative paths. */
export function globToRegExp(glob: string): RegExp {
  const g = glob
    .trim()
    .replace(/^\.?\/+/, '')
    .replace(/\/+$/, '');
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!;
    if (c === '*' && g[i + 1] === '*') {
      re += g[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += g[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += escape(c);
  }
  // a pattern without wildcards in its last part also names a folder: everything below it
  return new RegExp(`^${re}(?:/.*)?$`, 'u');
}

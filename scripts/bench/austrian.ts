// A synthetic Austrian/Swiss archive for trying a build as a reader would: derStandard, ORF, Kleine Zeitung, NZZ and SRF
// shapes, many undated and untitled, with the hard cases of issue 14 (ordinals and abbreviations in titles, hyphenated and
// particle names, genitives, companies named after people, repeated APA copy, page furniture, scare quotes).
//
// Not tuned to pass: the cases are written from how these outlets print, not from what the rules accept. Deterministic.
// Usage: node --import tsx scripts/bench/austrian.ts [--articles 1000] [--out DIR] [--seed 14]
// Beside DIR it writes DIR.labels.json: per file the people as written (full names) and the companies in it.
import fs from 'node:fs/promises';
import path from 'node:path';
import { rng, type Rng } from './synth.ts';

const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const chance = (r: Rng, p: number) => r() < p;
const split = (s: string) =>
  s
    .trim()
    .split(/\s*\|\s*/)
    .filter(Boolean);

interface Named {
  full: string;
  surname: string;
  role: string;
  party: string;
}

// Real people: hyphens, particles, two given names.
const REAL: Named[] = [
  ['Johanna Mikl-Leitner', 'Mikl-Leitner', 'Landeshauptfrau', 'ÖVP'],
  ['Heinz-Christian Strache', 'Strache', 'Ex-Vizekanzler', 'FPÖ'],
  ['Alexander Van der Bellen', 'Van der Bellen', 'Bundespräsident', ''],
  ['Hans Peter Doskozil', 'Doskozil', 'Landeshauptmann', 'SPÖ'],
  ['Leonore Gewessler', 'Gewessler', 'Klimaschutzministerin', 'Grüne'],
  ['Karl Nehammer', 'Nehammer', 'Bundeskanzler', 'ÖVP'],
  ['Herbert Kickl', 'Kickl', 'FPÖ-Chef', 'FPÖ'],
  ['Andreas Babler', 'Babler', 'SPÖ-Chef', 'SPÖ'],
  ['Beate Meinl-Reisinger', 'Meinl-Reisinger', 'NEOS-Chefin', 'NEOS'],
  ['Karin Keller-Sutter', 'Keller-Sutter', 'Bundesrätin', 'FDP'],
  ['Frank Stronach', 'Stronach', 'Unternehmer', ''],
  ['Werner Kogler', 'Kogler', 'Vizekanzler', 'Grüne'],
  ['Michael Ludwig', 'Ludwig', 'Bürgermeister', 'SPÖ'],
  ['Ignazio Cassis', 'Cassis', 'Aussenminister', 'FDP'],
  ['Viola Amherd', 'Amherd', 'Verteidigungsministerin', 'Die Mitte'],
  ['Magnus Brunner', 'Brunner', 'Finanzminister', 'ÖVP'],
].map(([full, surname, role, party]) => ({ full: full!, surname: surname!, role: role!, party: party! }));

const GIVEN = split(
  `Gerald|Brigitte|Herwig|Roswitha|Florian|Theresa|Wolfgang|Elisabeth|Johann|Barbara|Lukas|Verena|Reinhold|Ulrike|Manfred|Christa|Bernhard|Karin|Matthias|Sabine|Anna-Lena|Karl-Heinz|Hans-Jörg|Eva Maria|Reto|Urs|Beat|Regula|Corinne|Nadja|Jürg|Franziska|Marco|Chiara|Dominik|Katrin`,
);
const SURNAME = split(
  `Gruber|Pichler|Moser|Hofer-Steinbauer|Leitgeb|Wurzinger|Brandstätter|Eder|Auer|Strobl|Kogelnik|Zechner|Rauchenberger|Obernosterer|Hinterleitner|von Trapp|de Vries|Huber-Kranz|Zsifkovics|Wüthrich|Brunschwiler|Gasser|Kälin|Lüthi|Ammann-Zgraggen|Schnyder|Mayr-Melnhof|van Staa|Ortner|Petrović`,
);
const ROLES = split(
  `Sprecherin|Sprecher|Bürgermeister|Geschäftsführerin|Geschäftsführer|Landesrat|Landesrätin|Stadträtin|Gemeinderat|Direktorin|Primar|Ökonom|Ökonomin|Politologe|Historikerin|Bischof|Trainer|Obmann|Vorstandschef|Generalsekretär`,
);
// Companies that carry a person's name: never people.
const COMPANIES = split(`Julius Meinl|Anton Paar|Georg Fischer|Julius Bär|Axel Springer|Hugo Boss|Peek & Cloppenburg|Carl Zeiss`);
const TOPICS = split(
  `Budget|Pflegereform|Spitalsfinanzierung|Klimaticket|Mietpreisbremse|Asylquote|Lehrermangel|Bodenversiegelung|Pensionserhöhung|Gemeindefinanzen|Energiehilfe|Bundesheer|Stromnetz|Schneekanone|Neutralität`,
);
const PLACES = split(`Wien|Graz|Linz|Salzburg|Innsbruck|Klagenfurt|St. Pölten|Eisenstadt|Bregenz|Villach|Wr. Neustadt|Zürich|Bern|Basel|Genf|Luzern|St. Gallen`);
const MONTHS = split(`Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember`);
const SCARE = split(`Kostenbremse|Gerechtigkeit|Systemwechsel|Sparpaket|Wende|Fairness|Reform|Leuchtturmprojekt|Franken|Heimat`);
const SAID = split(`sagte|erklärte|betonte|meinte|kritisierte|warnte|sagte am Montag|sagte am Mittwoch|erklärte im Ö1-Morgenjournal`);
const QUOTES = split(
  `Wir werden das nicht länger hinnehmen|Das ist ein guter Tag für das Land|Die Menschen erwarten sich Lösungen und keine Streitereien|Ohne zusätzliches Geld wird es nicht gehen|Wir haben unsere Hausaufgaben gemacht|Das Budget ist auf Kante genäht|Ich halte das für einen schweren Fehler|Wir sind gesprächsbereit, aber nicht um jeden Preis|Die Zahlen sprechen eine deutliche Sprache|Das war ein Schritt in die richtige Richtung`,
);
const FURNITURE = [
  () => 'Neueste Beiträge',
  () => 'Ähnliche Beiträge',
  () => 'Beliebte Beiträge',
  () => 'Mehr ansehen',
  () => 'Alle Beiträge',
  (r: Rng) => `${int(r, 2, 300)} Ansichten${int(r, 0, 30)} Kommentare`,
  () => 'Teilen auf Facebook',
  () => 'Twittern',
  () => 'Per Mail teilen',
  () => 'Artikel teilen',
  () => 'Posten',
  () => 'Zum Kommentarbereich',
];
const APA =
  'Die Austria Presse Agentur (APA) ist die größte Nachrichtenagentur Österreichs. Alle Meldungen dieses Dienstes werden ohne redaktionelle Bearbeitung übernommen; für den Inhalt ist die APA verantwortlich.';

interface Piece {
  people: string[];
  companies: string[];
}

function person(r: Rng): Named {
  if (chance(r, 0.5)) return pick(r, REAL);
  const surname = pick(r, SURNAME);
  return { full: `${pick(r, GIVEN)} ${surname}`, surname, role: pick(r, ROLES), party: pick(r, ['', '', 'ÖVP', 'SPÖ', 'FPÖ', 'Grüne', 'NEOS']) };
}

function date(r: Rng) {
  return { y: int(r, 2012, 2024), m: int(r, 1, 12), d: int(r, 1, 28) };
}

/** One quote sentence: German or Swiss marks, said-verb after or a colon before, or "heißt es". */
function quote(r: Rng, p: Named, swiss: boolean): string {
  const [open, close] = swiss ? ['«', '»'] : ['„', '“'];
  const q = pick(r, QUOTES);
  const shape = int(r, 0, 3);
  if (shape === 0) return `${open}${q}${close}, ${pick(r, SAID)} ${p.role} ${p.full}${p.party ? ` (${p.party})` : ''}.`;
  if (shape === 1) return `${p.surname} ${pick(r, SAID)}: ${open}${q}.${close}`;
  if (shape === 2) return `${open}${q}${close}, heißt es in einer Aussendung von ${p.surname}.`;
  return `${p.full} ${pick(r, SAID)}, es gehe um eine ${open}${pick(r, SCARE)}${close}: ${open}${q}.${close}`;
}

/** Sentences with ordinals, abbreviations, genitives, companies and scare quotes in the middle of the text. */
function sentence(r: Rng, p: Named, piece: Piece, swiss: boolean): string {
  const [open, close] = swiss ? ['«', '»'] : ['„', '“'];
  const { d } = date(r);
  const month = pick(r, MONTHS);
  const topic = pick(r, TOPICS);
  const place = pick(r, PLACES);
  switch (int(r, 0, 9)) {
    case 0:
      return `Am ${d}. ${month} soll in ${place} über ${topic === 'Budget' ? 'das Budget' : `die ${topic}`} entschieden werden.`;
    case 1:
      return `Die Kosten werden auf ${int(r, 2, 90)},${int(r, 1, 9)} Mrd. Euro geschätzt, rund ${int(r, 2, 40)} Mio. mehr als im Vorjahr.`;
    case 2:
      return `${p.surname}s Vorschlag stieß bei der Opposition auf Ablehnung.`;
    case 3: {
      const c = pick(r, COMPANIES);
      piece.companies.push(c);
      return `Auch ${c} kündigte an, den Standort in ${place} auszubauen.`;
    }
    case 4: // a word someone is credited with, or a scare-quoted word nobody said
      return chance(r, 0.5)
        ? `Kritiker sprechen von einer ${open}${pick(r, SCARE)}${close}, die vor allem den Gemeinden schade.`
        : `Die sogenannte ${open}${pick(r, SCARE)}${close} soll ab ${month} gelten, die ${open}${pick(r, SCARE)}${close} der Regierung bleibt umstritten.`;
    case 5:
      return `Bis ${d}. ${month} müssen die Gebühren bezahlt sein, teilte die Stadt mit.`;
    case 6:
      return `Laut Dr. ${p.surname} ist die Frist bis zum ${d}. ${month} zu knapp bemessen.`;
    case 7:
      piece.people.push('Alois Schwarz');
      return `Der Bischof von St. Pölten, Alois Schwarz, übergab am ${d}. ${month} die Spende.`;
    case 8:
      return `In der ${int(r, 2, 20)}. Sitzung des Gemeinderats wurde das Thema vertagt, die ${pick(r, ['ÖVP', 'SPÖ', 'FPÖ', 'Grünen'])} enthielten sich.`;
    default:
      return `Die Entscheidung fällt frühestens im ${month}, hieß es aus dem Büro von ${p.full}.`;
  }
}

const OPENINGS = [
  (r: Rng, p: Named) => `Am ${int(r, 1, 28)}. ${pick(r, MONTHS)} will ${p.full} die ${pick(r, TOPICS)} vorlegen. Die Opposition ist skeptisch.`,
  (r: Rng) => `Die Staatsschulden liegen bei ${int(r, 60, 380)} Mrd. Euro. Das zeigt der neue Bericht des Fiskalrats.`,
  (r: Rng) => `Bischof Ägidius Zsifkovics übergab in St. Pölten ${int(r, 2, 50)} Tonnen Hilfsgüter. Die Lieferung geht in die Ukraine.`,
  (r: Rng, p: Named) =>
    `${p.role} ${p.full}${p.party ? ` (${p.party})` : ''} hat am Montag die ${pick(r, TOPICS)} präsentiert. Sie soll ab ${int(r, 1, 28)}. ${pick(r, MONTHS)} gelten.`,
  (r: Rng) => `Gebühren müssen bis ${int(r, 1, 28)}. ${pick(r, MONTHS)} beglichen werden. Sonst drohen Mahnspesen.`,
  (r: Rng) => `Nach Angaben des Ministeriums geht das aus einer internen Auswertung hervor. Demnach fehlen ${int(r, 200, 4000)} Stellen.`,
  (r: Rng, p: Named) => `Treffen in ${pick(r, PLACES)} soll am ${int(r, 1, 28)}. ${pick(r, MONTHS)} stattfinden. ${p.full} hat eingeladen.`,
];

const HEADERS = [
  (r: Rng) => `Zypern-Gespräche sollen am ${int(r, 1, 28)}. ${pick(r, MONTHS)} in Genf fortgesetzt werden`,
  (r: Rng) => `Staatsschulden bei ${int(r, 60, 380)} Mrd. Euro`,
  (r: Rng, p: Named) => `Dr. ${p.surname} eröffnet Landesklinikum St. Pölten`,
  (r: Rng) => `Nie wieder? ${pick(r, TOPICS)} noch lange nicht gelöst`,
  (r: Rng, p: Named) => `${p.full}: ${pick(r, TOPICS)} ab 1. ${pick(r, MONTHS)}`,
  (r: Rng) => `Wr. Neustadt: ${pick(r, TOPICS)} kostet ${int(r, 2, 90)} Mio. Euro`,
  (r: Rng, p: Named) => `${pick(r, TOPICS)}: ${p.surname} legt Plan vor`,
];

type Style = 'standard' | 'orf' | 'kleine' | 'nzz' | 'srf';
const STYLES: Style[] = ['standard', 'standard', 'standard', 'orf', 'kleine', 'nzz', 'srf'];
const FOLDER: Record<Style, string> = { standard: 'derstandard', orf: 'orf', kleine: 'kleinezeitung', nzz: 'nzz', srf: 'srf' };

function body(r: Rng, people: Named[], piece: Piece, swiss: boolean): string[] {
  const paras: string[] = [];
  for (let i = 0; i < int(r, 3, 6); i++) {
    const p = pick(r, people);
    const s = [sentence(r, p, piece, swiss)];
    if (chance(r, 0.6)) s.push(quote(r, p, swiss));
    if (chance(r, 0.5)) s.push(sentence(r, pick(r, people), piece, swiss));
    paras.push(s.join(' '));
  }
  return paras.map((p) => (swiss ? p.replace(/ß/g, 'ss') : p));
}

function article(r: Rng, style: Style): { text: string; piece: Piece } {
  const people = Array.from({ length: int(r, 1, 3) }, () => person(r));
  const piece: Piece = { people: people.map((p) => p.full), companies: [] };
  const swiss = style === 'nzz' || style === 'srf';
  const { y, m, d } = date(r);
  const dated = style !== 'standard' || chance(r, 0.25);
  const lines: string[] = [];
  const header = chance(r, 0.3) ? pick(r, HEADERS)(r, people[0]!) : null;
  if (header && dated) lines.push(` date ${y}-${String(m).padStart(2, '0')} ${header}`, '');
  else if (header && style !== 'standard') lines.push(header, '');
  if (style === 'srf' && !header) lines.push(`${pick(r, TOPICS)} im Bundesrat - News - SRF`, '');
  if (style === 'nzz' && !header) lines.push(`${pick(r, TOPICS)}: Der Bund zögert | NZZ`, '');
  if (style === 'kleine')
    lines.push(
      `Von ${pick(r, GIVEN)} ${pick(r, SURNAME)} | ${String(int(r, 6, 22)).padStart(2, '0')}.${String(int(r, 0, 59)).padStart(2, '0')} Uhr, ${d}. ${MONTHS[m - 1]} ${y}`,
      '',
    );
  // derStandard without a title: the first paragraph is the text, often opening with an ordinal or abbreviation.
  lines.push(pick(r, OPENINGS)(r, people[0]!), '');
  if (chance(r, 0.15)) lines.push(pick(r, FURNITURE)(r), '');
  for (const p of body(r, people, piece, swiss)) lines.push(p, '');
  if (chance(r, 0.35)) lines.push(APA, '');
  if (chance(r, 0.4)) {
    lines.push(pick(r, FURNITURE.slice(0, 5))(r), '');
    for (let i = 0; i < 3; i++) lines.push(`${pick(r, TOPICS)}: ${pick(r, REAL).surname} unter Druck`, '');
    lines.push('Mehr ansehen', '');
  }
  if (chance(r, 0.3)) lines.push(`${int(r, 2, 300)} Ansichten${int(r, 0, 30)} Kommentare`, '', 'Teilen auf Facebook', 'Twittern', '');
  if (style === 'standard')
    lines.push(chance(r, 0.5) ? `(red, APA${dated ? `, ${d}.${m}.${y}` : ''})` : `(${pick(r, GIVEN)} ${pick(r, SURNAME)}${dated ? `, ${d}.${m}.${y}` : ''})`);
  if (style === 'orf') lines.push(`red, ${pick(r, ['wien', 'noe', 'steiermark', 'kaernten'])}.ORF.at/Agenturen`);
  return { text: lines.join('\n') + '\n', piece };
}

async function main(): Promise<void> {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1]! : fallback;
  };
  const count = Number(arg('articles', '1000'));
  const out = path.resolve(arg('out', '/tmp/austria-archive'));
  const r = rng(Number(arg('seed', '14')));
  await fs.rm(out, { recursive: true, force: true });
  const labels: Record<string, Piece> = {};
  for (let i = 0; i < count; i++) {
    const style = pick(r, STYLES);
    const { text, piece } = article(r, style);
    // A sub-folder per outlet for part of the archive; the rest lies flat, numbered like a scrape.
    const dir = chance(r, 0.4) ? FOLDER[style] : '';
    const file = path.join(dir, `${String(i + 1).padStart(4, '0')}.txt`);
    await fs.mkdir(path.join(out, dir), { recursive: true });
    await fs.writeFile(path.join(out, file), text);
    labels[file] = piece;
  }
  await fs.writeFile(`${out}.labels.json`, JSON.stringify(labels, null, 1));
  console.log(`${count} articles in ${out}; labels in ${out}.labels.json`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

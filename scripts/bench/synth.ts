// Synthetic news archives for the benchmark: German-ish news prose in every shape ingest accepts, deterministic from a seed.
//
// An archive has stories of 2–20 articles (a few single articles too) about one event: the same people, places and
// organisations, dates a few days to weeks apart, a wire text (dpa, AFP, Reuters, …) that several outlets reprint in
// full or in part, and quotes that travel from outlet to outlet. Dates spread over several years. Files come with and
// without the archive's ` date YYYY-MM title` header, with bylines, datelines, agency credits, captions, timestamps,
// page furniture ("21 Ansichten0 Kommentare"), embedded wire roundups, a few YAML front matter files, a few
// windows-1252 and CRLF files, hard-wrapped text and an occasional exact duplicate.
import fs from 'node:fs/promises';
import path from 'node:path';

// ---- deterministic randomness ----

export type Rng = () => number;

/** mulberry32: small, fast, good enough for text. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const chance = (r: Rng, p: number) => r() < p;
/** Zipf-like pick: low indexes much more often, so word frequencies have a long tail as in real text. */
const zipf = <T>(r: Rng, xs: readonly T[], s = 1.1): T => xs[Math.min(xs.length - 1, Math.floor(xs.length * Math.pow(r(), s * 2.2)))]!;
const split = (s: string) =>
  s
    .trim()
    .split(/\s*\|\s*/)
    .filter(Boolean);

function shuffle<T>(r: Rng, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

// ---- vocabulary ----

const FIRST = split(
  `Anna|Thomas|Michael|Andreas|Stefan|Sabine|Claudia|Katrin|Martin|Peter|Julia|Markus|Christian|Daniela|Frank|Jürgen|Monika|Wolfgang|Ursula|Tobias|Lena|Felix|Johannes|Carla|Ralf|Svenja|Heiko|Birgit|Matthias|Simone|Oliver|Katharina|Jan|Nina|Florian|Petra|Bernd|Elke|Uwe|Silke|Hans|Ingrid|Sebastian|Marie|Lukas|Franziska|Volker|Anja|Dirk|Kristina|Olaf|Annalena|Boris|Irina|Sergej|Olga|Dmitri|Jelena|Viktor|Pierre|François|Giuseppe|Marco|Carlos|Ahmed|Hassan|Ali|Amir|Mette|Sanna|Lars|Pedro|Robert|Emma|Paul|Hannah`,
);
const LAST = split(
  `Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Koch|Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Braun|Zimmermann|Krüger|Hartmann|Lange|Werner|Krause|Lehmann|Köhler|Herrmann|König|Walter|Mayer|Huber|Kaiser|Fuchs|Peters|Lang|Scholz|Möller|Weiß|Jung|Hahn|Vogel|Friedrich|Keller|Günther|Frank|Berger|Winkler|Roth|Beck|Lorenz|Baumann|Franke|Albrecht|Schuster|Simon|Ludwig|Böhm|Winter|Kraus|Martin|Schumacher|Krämer|Vogt|Stein|Jäger|Otto|Sommer|Groß|Seidel|Heinrich|Brandt|Haas|Schreiber|Graf|Dietrich|Ziegler|Kuhn|Kühn|Pohl|Engel|Horn|Busch|Bergmann|Thomas|Voigt|Sauer|Arnold|Wolff|Pfeiffer|Petrow|Iwanow|Kowalski|Nowak|Rossi|Dubois|Moreau|García|Yilmaz|Demir|Haddad|Larsen|Nielsen|Virtanen`,
);
const ROLES = split(
  `Bundeskanzler|Außenministerin|Außenminister|Finanzminister|Wirtschaftsministerin|Innenminister|Gesundheitsminister|Verteidigungsministerin|Regierungssprecher|Oppositionsführer|Fraktionschefin|Parteichef|Ministerpräsident|Bürgermeisterin|Bürgermeister|Landrat|Gewerkschaftschef|Verbandspräsidentin|Konzernchef|Vorstandschefin|Notenbankchef|Ökonomin|Ökonom|Politologe|Historikerin|Polizeisprecher|Staatsanwältin|Richter|Generalsekretär|Botschafter|EU-Kommissarin|Präsident|Präsidentin|Sprecherin|Sprecher|Direktor|Klimaforscherin|Virologe|Trainer|Intendantin|Bischof`,
);
const PLACES = split(
  `Berlin|Hamburg|München|Köln|Frankfurt|Stuttgart|Düsseldorf|Dresden|Leipzig|Hannover|Bremen|Nürnberg|Bonn|Potsdam|Wien|Graz|Linz|Salzburg|Innsbruck|Zürich|Bern|Genf|Basel|Paris|London|Madrid|Rom|Mailand|Brüssel|Amsterdam|Den Haag|Warschau|Prag|Budapest|Bukarest|Sofia|Belgrad|Zagreb|Athen|Lissabon|Dublin|Oslo|Stockholm|Helsinki|Kopenhagen|Tallinn|Riga|Vilnius|Minsk|Moskau|Kiew|Charkiw|Odessa|Lemberg|Ankara|Istanbul|Teheran|Bagdad|Damaskus|Beirut|Jerusalem|Tel Aviv|Kairo|Riad|Doha|Dubai|Kabul|Islamabad|Neu-Delhi|Peking|Shanghai|Hongkong|Tokio|Seoul|Taipeh|Hanoi|Bangkok|Jakarta|Manila|Singapur|Canberra|Sydney|Washington|New York|Los Angeles|Chicago|Ottawa|Toronto|Mexiko-Stadt|Buenos Aires|Havanna|Caracas|Bogotá|Lima|Santiago|Nairobi|Addis Abeba|Lagos|Johannesburg|Kapstadt|Tunis|Rabat|Davos|Straßburg|Luxemburg|Bayern|Sachsen|Thüringen|Hessen|Niedersachsen|Brandenburg|Saarland|Nordrhein-Westfalen|Baden-Württemberg|Schleswig-Holstein|Mecklenburg-Vorpommern|Sachsen-Anhalt|Rheinland-Pfalz|Ukraine|Russland|China|Frankreich|Italien|Spanien|Polen|Österreich|Schweiz|Türkei|Iran|Israel|Japan|Indien|Brasilien|Kanada|USA|Großbritannien|Griechenland|Ungarn|Tschechien|Schweden|Norwegen|Finnland|Dänemark|Niederlande|Belgien|Syrien|Libanon|Ägypten|Südafrika|Mexiko|Argentinien|Australien|Taiwan|Nordkorea|Südkorea|Georgien|Moldau|Serbien|Kosovo|Nahost|Balkan|Baltikum|Krim|Donbass|Gazastreifen|Sibirien|Katalonien|Schottland`,
);
const ORGS = split(
  `NATO|EU-Kommission|EU-Parlament|Bundesregierung|Bundestag|Bundesrat|Bundesverfassungsgericht|Bundeswehr|Bundesbank|EZB|UN-Sicherheitsrat|WHO|IWF|Weltbank|WTO|G7|G20|OSZE|IAEA|Kreml|Weißes Haus|Pentagon|US-Kongress|Auswärtiges Amt|Kanzleramt|Finanzministerium|Innenministerium|Wirtschaftsministerium|Gesundheitsministerium|Verteidigungsministerium|SPD|CDU|CSU|FDP|AfD|Grünen|Linke|ÖVP|SPÖ|FPÖ|Amnesty International|Greenpeace|Rotes Kreuz|Ärzte ohne Grenzen|Gazprom|Siemens|Volkswagen|BASF|Deutsche Bank|Lufthansa|Rheinmetall|Uniper|IG Metall|Verdi|Deutsche Bahn|GDL|DFB|IOC|Europol|Frontex`,
);
// Outlet names that ingest knows from page-title lines ("Headline - n-tv.de").
const OUTLETS = split(
  `n-tv.de|tagesschau.de|DER SPIEGEL|ZEIT ONLINE|FAZ.NET|Süddeutsche Zeitung|WELT|taz|NZZ|Handelsblatt|ZDFheute|BR24|MDR|NDR|WDR|SWR|Stern|FOCUS online|Tagesspiegel|Frankfurter Rundschau|Der Standard|Die Presse|Kurier|ORF.at|SRF|Deutsche Welle|Deutschlandfunk|t-online|RND|Berliner Zeitung|Merkur|Kleine Zeitung|Salzburger Nachrichten|Wiener Zeitung|Blick|watson|heise online|Wirtschaftswoche|Cicero|Telepolis|RT DE`,
);
const AGENCIES = split(`dpa|dpa|dpa|AFP|AFP|Reuters|Reuters|APA|AP|KNA|epd|dpa-AFX`);
const PHOTO = split(`REUTERS|dpa|AFP|AP|IMAGO|Getty Images|picture alliance|EPA-EFE|Keystone|APA`);

// German compounds: first part × (optional middle) × head. With Zipf-weighted choice this gives the long tail of
// distinct word forms German news has, so Pagefind's index has realistic size.
const STEMS = split(
  `Energie|Gas|Strom|Haushalt|Steuer|Klima|Wahl|Bahn|Miet|Gesundheit|Pflege|Kranken|Renten|Sicherheits|Grenz|Handels|Zoll|Export|Bildungs|Schul|Hochschul|Forschungs|Daten|Digital|Verkehrs|Wasser|Wald|Agrar|Lebensmittel|Preis|Lohn|Arbeits|Sozial|Wohnungs|Bau|Industrie|Auto|Chip|Kohle|Atom|Wind|Solar|Flüchtlings|Asyl|Justiz|Polizei|Verteidigungs|Rüstungs|Militär|Friedens|Wirtschafts|Finanz|Banken|Börsen|Zins|Kredit|Schulden|Inflations|Medien|Kultur|Sport|Fußball|Olympia|Kinder|Familien|Jugend|Senioren|Frauen|Migrations|Integrations|Wetter|Hochwasser|Dürre|Ernte|Impf|Corona|Pandemie|Krankenhaus|Apotheken|Arznei|Tarif|Streik|Mindestlohn|Bürgergeld|Wehr|Marine|Luftwaffe|Cyber|Spionage|Sanktions|Öl|Wasserstoff|Netz|Breitband|Mobilfunk|Raumfahrt|Tourismus|Hotel|Gastro|Handwerks|Mittelstands|Start-up|Immobilien|Grundsteuer|Erbschaft|Vermögens|Kommunal|Landes|Bundes|Europa|Nahost|Ukraine|Russland|China|Verfassungs|Wahlrechts|Parteien|Koalitions|Oppositions|Parlaments|Regierungs|Kanzler|Minister|Gipfel|Krisen|Notfall|Katastrophen|Feuerwehr|Rettungs|Gefängnis|Gerichts|Straf|Umwelt|Natur|Tierschutz|Artenschutz|Plastik|Müll|Recycling|Verpackungs`,
);
const HEADS = split(
  `politik|krise|gesetz|reform|streit|debatte|gipfel|plan|paket|preise|versorgung|markt|sektor|ministerium|behörde|verband|bericht|studie|konzept|strategie|programm|fonds|abkommen|vertrag|verhandlungen|konflikt|frage|lage|entwicklung|wende|ausbau|abbau|förderung|kosten|mittel|budget|ziel|quote|grenze|regel|verordnung|richtlinie|kommission|ausschuss|gremium|expertin|branche|unternehmen|konzern|netz|system|infrastruktur|projekt|initiative|bündnis|partner|streik|protest|skandal|affäre|prozess|urteil|klage|verfahren|sprecherin|chefin|minister|beauftragte|gutachten|prognose|bilanz|umfrage|index|anteil|niveau|zuwachs|rückgang|einbruch|defizit|überschuss|zuschuss|entlastung|belastung|abgabe|obergrenze|bremse|wächter|aufsicht|kontrolle|reserve|speicher|leitung|anlage|werk|standort|sparte|geschäft|handel|exporte|importe|lieferungen|engpässe|mangel|bedarf|nachfrage|angebot|lücke|wende|offensive|schutz|sicherheit|zukunft|alltag|gipfeltreffen|tagung|konferenz|sitzung|beschluss|entscheidung|einigung|kompromiss|vorschlag|entwurf|novelle`,
);
const ADJ = split(
  `deutlich|massiv|erheblich|knapp|leicht|drastisch|schrittweise|dauerhaft|vorübergehend|kurzfristig|langfristig|unerwartet|erneut|zunehmend|spürbar|kaum|weitgehend|vollständig|teilweise|offenbar|angeblich|nachweislich|entschieden|scharf|vorsichtig|umstritten|heftig|eindringlich`,
);
const ADJA = split(
  `neue|geplante|umstrittene|europäische|deutsche|österreichische|internationale|staatliche|private|öffentliche|wirtschaftliche|politische|soziale|digitale|militärische|diplomatische|schwierige|angespannte|drohende|anhaltende|geplante|bisherige|künftige|zentrale|wichtige|kritische|erste|letzte|zweite|gemeinsame|regionale|kommunale|nationale`,
);

const WEEKDAYS = split(`Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag`);
const MONTHS = split(`Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember`);
const MONTHS_SHORT = split(`Jan.|Feb.|März|Apr.|Mai|Juni|Juli|Aug.|Sept.|Okt.|Nov.|Dez.`);
const CONNECT = split(
  `Zudem|Außerdem|Allerdings|Unterdessen|Gleichzeitig|Dagegen|Demnach|Zuvor|Nun|Seitdem|Dennoch|Trotzdem|Im Gegenzug|Inzwischen|Derweil|Indes|Parallel dazu|Ebenfalls|Darüber hinaus|Am Rande|Kurz darauf|Später|Am Abend|Am Morgen|Offiziell|Intern|Öffentlich|Bislang|Jedenfalls|Immerhin`,
);
const PARTIES = split(`SPD|CDU|CSU|FDP|Grünen|Linken|AfD|ÖVP|SPÖ|FPÖ|NEOS|SVP|BSW|Freien Wähler`);
const JUNK = [
  () => '21 Ansichten0 Kommentare',
  (r: Rng) => `${int(r, 2, 900)} Ansichten${int(r, 0, 40)} Kommentare`,
  () => 'Mehr zum Thema',
  () => 'Teilen',
  () => 'Artikel teilen',
  (r: Rng) => `Lesezeit: ${int(r, 2, 9)} Min.`,
  () => 'Anzeige',
  () => 'Newsletter',
  () => 'Zur Startseite',
  () => 'Alle Rechte vorbehalten.',
  (r: Rng) => `${int(r, 1, 12)} / ${int(r, 12, 20)}`,
];

export interface Person {
  name: string;
  role: string;
}

interface World {
  people: Person[];
  places: string[];
  orgs: string[];
}

function makeWorld(r: Rng, nPeople: number): World {
  const names = new Set<string>();
  const people: Person[] = [];
  while (people.length < nPeople) {
    const name = `${pick(r, FIRST)} ${pick(r, LAST)}`;
    if (names.has(name)) continue;
    names.add(name);
    people.push({ name, role: pick(r, ROLES) });
  }
  return { people, places: shuffle(r, [...PLACES]), orgs: shuffle(r, [...ORGS]) };
}

function compound(r: Rng): string {
  const a = zipf(r, STEMS);
  const head = zipf(r, HEADS);
  if (chance(r, 0.22)) return a + zipf(r, STEMS).toLowerCase() + head;
  return a + head;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---- stories ----

interface Story {
  id: number;
  topic: string; // a compound noun the story is about
  topic2: string;
  people: Person[];
  places: string[];
  orgs: string[];
  start: Date;
  agency: string;
  wire: string[]; // paragraphs of the agency text, the first with a dateline
  wireTitle: string;
  quotes: { speaker: Person; text: string }[];
}

interface Ctx {
  r: Rng;
  s: Story;
}

const person = (c: Ctx) => pick(c.r, c.s.people);
const place = (c: Ctx) => (chance(c.r, 0.7) ? c.s.places[0]! : pick(c.r, c.s.places));
const org = (c: Ctx) => pick(c.r, c.s.orgs);
const pct = (r: Rng) => `${int(r, 1, 48)}${chance(r, 0.5) ? `,${int(r, 1, 9)}` : ''} Prozent`;
const money = (r: Rng) => `${int(r, 2, 950)} ${pick(r, ['Millionen', 'Milliarden'])} Euro`;
const topicWord = (c: Ctx) => (chance(c.r, 0.5) ? c.s.topic : chance(c.r, 0.5) ? c.s.topic2 : compound(c.r));

// Sentence templates: `{a|b|c}` picks one alternative, `$X` fills a slot. No fixed run of six words or more, so
// that unrelated articles do not share word 6-grams by construction (the link stage looks for copied passages
// with 6-word shingles; real prose shares few of them outside reprints and quotes).
const SENTENCES = [
  '$ORG {kündigte|verkündete|stellte|legte} $WHEN in $PLACE {eine|die} $ADJA $T {vor|an}.',
  '{Nach Angaben|Laut|Nach Berechnungen} {von|der $C bei} $ORG {stiegen|sanken|wuchsen|schrumpften} die $C {im $MON|seit $YEAR|in $PLACE} um $PCT.',
  '{Kritiker|Oppositionspolitiker|Verbände|Gewerkschafter} {werfen|warfen} $ORG vor, die $T {zu lange|monatelang|bewusst} {ignoriert|verschleppt|kleingeredet|blockiert} zu haben.',
  '$ROLE $NAME {sprach|redete} von einer $ADJAn $C, die {$ADJ|vielerorts} {unterschätzt|verharmlost|übersehen} werde.',
  'Die $T soll {nach dem Willen|auf Drängen|nach Plänen} {von $ROLE|der $PARTY|von} $NAME bis $YEAR $ADJ {ausgebaut|umgebaut|reformiert|verschärft|gelockert} werden.',
  '{Insgesamt|Im Kern|Unterm Strich|Dabei} {geht es|handelt es sich} um $MONEY, die {in die|für die} $C {fließen|verwendet werden|bereitstehen} sollen.',
  '$CONNECT {wird|soll} in $PLACE {über|bis $WD über} {eine|die} $ADJA $C {beraten|verhandelt|entschieden} werden.',
  'Die {Opposition|$PARTY|Landesregierung in $PLACE} {nannte|bezeichnete} die $T {unzureichend|verfehlt|überfällig|halbherzig|ein Desaster|$ADJ verspätet}.',
  '{Wie|Nach Darstellung von} $ORG {mitteilte|erklärte|$WHEN bekanntgab}, {sind|wären} {von der|durch die|bei der} $C {rund|etwa|mehr als|knapp} $THOUSAND {Menschen|Haushalte|Beschäftigte|Betriebe} betroffen.',
  '$NAME will die $T {in der kommenden Woche|noch vor $MON|$WHEN|bei einem Treffen in $PLACE} mit $NAME2 {besprechen|erörtern|klären}.',
  'In $PLACE {gingen|demonstrierten|protestierten} $WHEN {nach Polizeiangaben|laut Veranstaltern|Schätzungen zufolge} $THOUSAND Menschen gegen die $T.',
  '{Ein Sprecher|Eine Sprecherin|Die Pressestelle} {von|des} $ORG {in $PLACE|} wollte {sich|sich $WHEN} {zu der|zur} $C {zunächst|vorerst|bislang} nicht äußern.',
  '{Experten|Analysten|Fachleute|Ökonomen} {rechnen damit|erwarten|gehen davon aus}, dass die $C bis {zum Jahresende|$YEAR|Ende $MON} um $PCT {sinkt|steigt|zurückgeht|zulegt}.',
  'Der {Streit|Konflikt|Druck|Widerstand} um die $T {hatte sich|war} {zuletzt|seit $MON|seit $YEAR} $ADJ {verschärft|gewachsen|eskaliert}.',
  '{Bereits|Schon} {im $MON|$WHEN} {hatte|war} $ORG {eine|die} $ADJA $C {vorgelegt|angekündigt}, die {jedoch|allerdings|aber} {im|am} $C {scheiterte|hängen blieb}.',
  '{Für|In} $PLACE {bedeutet|heißt} die $T {vor allem|zunächst|vor allem auch} {eine|mehr} $ADJA $C.',
  '{Noch|Weiterhin|Bislang} {offen|unklar|umstritten|ungeklärt} ist, {wer|ob|wann} {$PLACE|$ORG} die $C {bezahlt|übernimmt|umsetzt}.',
  '{Die|Eine} $C war {bereits|schon|} $SMALL {Jahre|Monate} {zuvor|früher|davor} {Thema|Gegenstand von $C} {im|vor dem} {Bundestag|Landtag|Stadtrat|Parlament|Gemeinderat} {von|in} $PLACE.',
  '{Laut|Nach} einer {Umfrage|Erhebung|Befragung} {von|für} $OUTLET halten $PCT der {Befragten|Bürger in $PLACE} die $T für {richtig|falsch|zu teuer|notwendig|überflüssig|$ADJ überzogen}.',
  '$NAME ($ROLE) {verteidigte|kritisierte|lobte|verwarf} {zuletzt|$WHEN|in $PLACE} die $C.',
  '{Die|Eine} $C {in|aus} $PLACE {gilt als|ist für $NAME} {Vorbild|Warnung|Sonderfall|Testfall} für die $T.',
  '{Seit|Spätestens seit} $YEAR {sind|haben sich} die $C {um|mehr als} $PCT {gestiegen|verteuert|verringert}.',
  '$PARTY und $PARTY2 {streiten|ringen|verhandeln} {seit Wochen|seit $MON|weiter} über {die|eine} $ADJA $C.',
  '$WHEN {sollen|wollen} {die Minister|die Fachleute|Vertreter von $ORG} in $PLACE {erneut|abschließend|erstmals} über die $T {beraten|sprechen}.',
  '{Dem Vernehmen nach|Nach Informationen von $OUTLET} {liegt|lag} {ein|der} {Entwurf|Kompromiss|Vorschlag} zur $C {bereits|seit $WD} vor.',
  '$NAME {warnte|mahnte|drängte} {vor|zur} {einer|raschen} $C und {verwies|wies} auf {die|steigende} $C in $PLACE.',
  'Die {Zahl|Menge|Summe} der $C {hat sich|ist} seit $YEAR {fast verdoppelt|um $PCT erhöht|$ADJ verringert}.',
  '{Auch|Selbst|Sogar} {aus|in} {der $PARTY|$PLACE} {kommt|kam} {Kritik|Widerspruch|Zustimmung} {an|zu} der $T.',
];

const QUOTES = [
  '{Wir|Die $PARTY} {werden|wird} die $T {nicht einfach|so nicht|keinesfalls} {hinnehmen|akzeptieren}, {schon gar nicht|nicht} {in $PLACE|bei der $C}',
  'Die $C ist {eine Frage|am Ende eine Frage} der $C',
  '{Das ist|Heute ist|Es war} ein {schwarzer|guter|wichtiger|bitterer|historischer} {Tag|Moment} für {$PLACE|die $C} und {die|unsere} $C',
  'Ohne {eine|die} $ADJA $C wird {die|unsere} $C {nicht|kaum} gelingen',
  'Wir erwarten, dass $ORG {jetzt|endlich|sofort} die $C {angeht|vorlegt|stoppt}',
  'Die {Menschen|Familien|Betriebe} in $PLACE {haben ein Recht auf|verdienen|erwarten} {Klarheit|Sicherheit|Verlässlichkeit} {bei der|in der} $C',
  'Wer jetzt an der $C spart, {zahlt|bezahlt} {morgen|später|am Ende} für die $C',
  'Die $T kommt {zu spät|gerade rechtzeitig|zur Unzeit|viel zu zögerlich} für $PLACE',
  '{Niemand|Keiner} {hat|hatte} die $C {auf dem Schirm|ernst genommen}, {auch nicht|am wenigsten} $ORG',
  '{Wir stehen erst am Anfang|Wir sind mitten in} der $C, {die|und die} $C {wartet|kommt} {noch|erst}',
];

/** A time expression: "am Montag", "am Dienstagabend", "am 12. März", "Anfang Juni" … */
function when(r: Rng): string {
  switch (int(r, 0, 4)) {
    case 0:
      return `am ${pick(r, WEEKDAYS)}`;
    case 1:
      return `am ${pick(r, WEEKDAYS)}${pick(r, ['abend', 'morgen', 'nachmittag', 'mittag'])}`;
    case 2:
      return `am ${int(r, 1, 28)}. ${pick(r, MONTHS)}`;
    case 3:
      return `${pick(r, ['Anfang', 'Mitte', 'Ende'])} ${pick(r, MONTHS)}`;
    default:
      return `am ${pick(r, WEEKDAYS)} in ${pick(r, PLACES)}`;
  }
}

// Adverbs and particles slipped between words now and then, as writers vary their phrasing.
const FILLERS = split(
  `auch|nun|jedoch|offenbar|bereits|erneut|wohl|allerdings|demnach|zudem|indes|damit|dabei|inzwischen|zuletzt|weiterhin|vorerst|ebenfalls|nochmals|tatsächlich|offiziell|vermutlich|womöglich|angeblich|ausdrücklich|gleichwohl|trotzdem|deshalb|daher|jetzt`,
);

function vary(r: Rng, sentence: string): string {
  const words = sentence.split(' ');
  const out: string[] = [];
  words.forEach((w, i) => {
    out.push(w);
    if (i > 0 && i < words.length - 2 && !/[.,:]$/.test(w) && chance(r, 0.1)) out.push(pick(r, FILLERS));
  });
  return out.join(' ');
}

function expand(c: Ctx, template: string): string {
  const { r, s } = c;
  const p = person(c);
  let other = pick(r, s.people);
  if (other.name === p.name) other = pick(r, s.people);
  const party = pick(r, PARTIES);
  const text = template
    .replace(/\{([^{}]*)\}/g, (_, alts: string) => pick(r, alts.split('|')))
    .replace(/\$([A-Z]+[0-9]?)(n?)/g, (_, slot: string, n: string): string => {
      const v = ((): string => {
        switch (slot) {
          case 'ORG':
            return org(c);
          case 'PLACE':
            return place(c);
          case 'NAME':
            return p.name;
          case 'NAME2':
            return other.name;
          case 'ROLE':
            return p.role;
          case 'PARTY':
            return party;
          case 'PARTY2':
            return pick(
              r,
              PARTIES.filter((x) => x !== party),
            );
          case 'OUTLET':
            return pick(r, OUTLETS);
          case 'T':
            return topicWord(c);
          case 'C':
            return compound(r);
          case 'ADJA':
            return pick(r, ADJA);
          case 'ADJ':
            return pick(r, ADJ);
          case 'WD':
            return pick(r, WEEKDAYS);
          case 'WHEN':
            return when(r);
          case 'MON':
            return pick(r, MONTHS);
          case 'YEAR':
            return String(int(r, 2005, 2035));
          case 'SMALL':
            return String(int(r, 2, 15));
          case 'PCT':
            return pct(r);
          case 'MONEY':
            return money(r);
          case 'THOUSAND':
            return `${int(r, 2, 900)}.000`;
          case 'CONNECT':
            return pick(r, CONNECT);
          default:
            return slot;
        }
      })();
      return v + n;
    });
  return text.replace(/\s+/g, ' ').replace(/\s+([.,])/g, '$1');
}

/** One sentence of news prose about the story. */
function sentence(c: Ctx): string {
  return vary(c.r, expand(c, pick(c.r, SENTENCES)));
}

function paragraph(c: Ctx, sentences = int(c.r, 3, 6)): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(c));
  return out.join(' ');
}

function quoteText(r: Rng, s: Story): string {
  return expand({ r, s }, pick(r, QUOTES));
}

function makeStory(r: Rng, world: World, id: number, start: Date): Story {
  const people = Array.from({ length: int(r, 2, 4) }, () => zipf(r, world.people, 0.8));
  const places = Array.from({ length: int(r, 1, 3) }, () => zipf(r, world.places, 0.7));
  const orgs = Array.from({ length: int(r, 1, 3) }, () => zipf(r, world.orgs, 0.7));
  const s: Story = {
    id,
    topic: compound(r),
    topic2: compound(r),
    people: [...new Map(people.map((p) => [p.name, p])).values()],
    places: [...new Set(places)],
    orgs: [...new Set(orgs)],
    start,
    agency: pick(r, AGENCIES),
    wire: [],
    wireTitle: '',
    quotes: [],
  };
  s.quotes = Array.from({ length: int(r, 2, 4) }, () => ({ speaker: pick(r, s.people), text: quoteText(r, s) }));
  const c = { r, s };
  const n = int(r, 5, 9);
  const dateline = `${s.places[0]} (${s.agency}) - `;
  for (let i = 0; i < n; i++) {
    let p = paragraph(c, int(r, 3, 5));
    if (i > 0 && chance(r, 0.45)) {
      const q = pick(r, s.quotes);
      p += ` „${q.text}“, sagte ${q.speaker.role} ${q.speaker.name}.`;
    }
    s.wire.push(i === 0 ? dateline + p : p);
  }
  s.wireTitle = headline(c);
  return s;
}

function headline(c: Ctx): string {
  const { r, s } = c;
  const forms: (() => string)[] = [
    () => `${s.people[0]!.name.split(' ')[1]} ${pick(r, ['verteidigt', 'kritisiert', 'stoppt', 'fordert', 'verschiebt', 'verteidigt'])} ${s.topic}`,
    () =>
      `${cap(s.topic)}: ${pick(r, ['Einigung in letzter Minute', 'Streit geht weiter', 'Was jetzt auf Verbraucher zukommt', 'Die wichtigsten Fragen', 'Kritik wächst', 'Neue Zahlen'])}`,
    () => `${s.places[0]} ${pick(r, ['ringt um', 'streitet über', 'setzt auf', 'wartet auf'])} ${s.topic}`,
    () => `${s.orgs[0]} ${pick(r, ['legt', 'stellt'])} ${pick(r, ADJA)} ${s.topic2} vor`,
    () => `${pick(r, ['Heftige', 'Scharfe', 'Leise', 'Wachsende'])} Kritik an ${s.topic}`,
    () => `„${pick(r, s.quotes).text}“`,
  ];
  return pick(r, forms)();
}

// ---- dates ----

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function dateLine(r: Rng, d: Date): string {
  const day = d.getUTCDate();
  const m = d.getUTCMonth();
  const y = d.getUTCFullYear();
  const hh = pad(int(r, 6, 22));
  const mm = pad(int(r, 0, 59));
  const forms = [
    () => `${day} ${MONTHS_SHORT[m]} ${y} ${hh}:${mm} Uhr`,
    () => `Stand: ${pad(day)}.${pad(m + 1)}.${y}, ${hh}:${mm} Uhr`,
    () => `${pick(r, WEEKDAYS)}, ${day}. ${MONTHS[m]} ${y}, ${hh}:${mm} Uhr`,
    () => `Aktualisiert am ${pad(day)}.${pad(m + 1)}.${y} um ${hh}:${mm} Uhr`,
    () => `${pad(day)}.${pad(m + 1)}.${y}`,
  ];
  return pick(r, forms)();
}

// ---- articles ----

export interface SynthFile {
  path: string;
  text: string;
  encoding: 'utf8' | 'win1252';
  crlf: boolean;
  /** Article metadata the baseline uses for its plain Markdown pages. */
  title: string;
  story: number; // the story it was generated for (ground truth, for checking the link stage)
}

type Style = 'wire' | 'report' | 'aggregator' | 'short';

function article(r: Rng, s: Story, k: number, world: World): { text: string; title: string; frontMatter: boolean } {
  const c: Ctx = { r, s };
  const date = new Date(s.start.getTime() + (k === 0 ? 0 : int(r, 0, 25)) * 86_400_000);
  const style: Style =
    k === 0 && chance(r, 0.5)
      ? 'wire'
      : pick(r, [
          'wire',
          'wire',
          'wire',
          'report',
          'report',
          'report',
          'report',
          'report',
          'report',
          'report',
          'report',
          'report',
          'aggregator',
          'short',
          'short',
        ] as Style[]);
  const outlet = pick(r, OUTLETS);
  const title = style === 'wire' && chance(r, 0.6) ? s.wireTitle : headline(c);
  const lines: string[] = []; // blocks, joined by blank lines (or single newlines, as scraped text often is)
  let frontMatter = false;

  // top matter
  const header = r();
  if (header < 0.3) {
    const precision = r();
    const d = precision < 0.55 ? isoDay(date).slice(0, 7) : precision < 0.9 ? isoDay(date) : isoDay(date).slice(0, 4);
    lines.push(` date ${d} ${title}`);
  } else if (header < 0.38) {
    lines.push(` date ${isoDay(date).slice(0, 7)} ${paragraph(c, 2)}`); // header followed by a lead, as in the seeds
  } else if (header < 0.41) {
    frontMatter = true;
  } else {
    if (chance(r, 0.2)) lines.push(`${title} - ${outlet}`);
    else lines.push(title);
    if (chance(r, 0.45)) lines.push(paragraph(c, 1).replace(/\.$/, ''));
    if (chance(r, 0.75)) lines.push(dateLine(r, date));
  }
  if (style === 'report' && chance(r, 0.7)) {
    const a = pick(r, world.people).name;
    lines.push(chance(r, 0.8) ? `Von ${a}` : `Von ${a} und ${pick(r, world.people).name}`);
  }
  if (chance(r, 0.12)) lines.push(JUNK[int(r, 0, JUNK.length - 1)]!(r));

  // body
  const body: string[] = [];
  if (style === 'wire') {
    const keep = int(r, Math.max(2, s.wire.length - 3), s.wire.length);
    body.push(...s.wire.slice(0, keep));
    if (chance(r, 0.4)) body.push(paragraph(c));
  } else if (style === 'short') {
    body.push(`${s.places[0]} (${s.agency}) - ${paragraph(c, 3)}`, paragraph(c, 2));
  } else {
    const n = int(r, 5, 12);
    for (let i = 0; i < n; i++) {
      let p = paragraph(c);
      if (chance(r, 0.35)) {
        const q = pick(r, s.quotes);
        const [o, e] = pick(r, [
          ['„', '“'],
          ['«', '»'],
          ['"', '"'],
          ['„', '“'],
        ] as const);
        p = chance(r, 0.5) ? `${o}${q.text}${e}, sagte ${q.speaker.name}. ${p}` : `${p} ${o}${q.text}${e}, erklärte ${q.speaker.role} ${q.speaker.name}.`;
      }
      body.push(p);
      if (i === 1 && chance(r, 0.5)) body.push(pick(r, s.wire.slice(1))); // a reprinted paragraph of wire copy
      if (i === 2 && chance(r, 0.45)) body.push(cap(compound(r)) + (chance(r, 0.5) ? ` in ${place(c)}` : ' unter Druck')); // subheading
      if (i === 3 && chance(r, 0.3))
        body.push(
          `${pick(r, ['Demonstranten', 'Delegierte', 'Einsatzkräfte', 'Besucher', 'Arbeiter'])} vor dem ${pick(r, ['Kanzleramt', 'Rathaus', 'Parlament', 'Werkstor', 'Gericht'])} in ${place(c)}. ${pick(r, PHOTO)}`,
        );
      if (i === 4 && chance(r, 0.15)) body.push(JUNK[int(r, 0, JUNK.length - 1)]!(r));
    }
    if (style === 'aggregator') {
      const d = date;
      body.push(`${s.wireTitle} - ${pick(r, OUTLETS)}`);
      body.push(`  • ${s.topic} ${pick(r, ['in der Kritik', 'vor dem Aus', 'beschlossen'])}...`);
      body.push(
        `ROUNDUP: ${s.wireTitle} ${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${String(d.getUTCFullYear()).slice(2)}, ${pad(int(r, 6, 22))}:${pad(int(r, 0, 59))} dpa-AFX` +
          `${s.places[0]!.toUpperCase()} (dpa-AFX) - ${s.wire.map((w) => w.replace(/^.*? \([^)]+\) - /, '')).join(' ')}`,
      );
    }
  }
  if (style !== 'report' && chance(r, 0.5))
    body.push(pick(r, ['(APA/DPA/AFP)', `(${s.agency})`, `Mit Material von ${s.agency} und AFP`, `(${s.agency}/${pick(r, AGENCIES)})`]));
  else if (chance(r, 0.2)) body[body.length - 1] += ` (${s.agency})`;
  if (chance(r, 0.1)) body.push(JUNK[int(r, 0, JUNK.length - 1)]!(r));

  let text: string;
  if (frontMatter) {
    const fm = [
      '---',
      `title: ${JSON.stringify(title)}`,
      `date: ${isoDay(date)}`,
      `outlet: ${JSON.stringify(outlet)}`,
      ...(chance(r, 0.6) ? [`authors: [${JSON.stringify(pick(r, world.people).name)}]`] : []),
      '---',
      '',
    ];
    text = fm.join('\n') + body.join('\n\n') + '\n';
  } else {
    const sep = chance(r, 0.3) ? '\n' : '\n\n'; // one paragraph per line, or blank lines between
    text = [...lines, ...body].join(sep) + '\n';
  }
  if (!frontMatter && chance(r, 0.04)) text = hardWrap(text, 72);
  return { text, title, frontMatter };
}

function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= width) return line;
      const out: string[] = [];
      let cur = '';
      for (const w of line.split(' ')) {
        if (cur && cur.length + 1 + w.length > width) {
          out.push(cur);
          cur = w;
        } else cur = cur ? `${cur} ${w}` : w;
      }
      if (cur) out.push(cur);
      return out.join('\n');
    })
    .join('\n');
}

function hex16(r: Rng): string {
  let s = '';
  for (let i = 0; i < 16; i++) s += '0123456789abcdef'[Math.floor(r() * 16)];
  return s;
}

/**
 * What kind of archive: `synthetic` (stories whose wire text a few outlets reprint; unrelated articles share few
 * 6-word shingles), `wire-heavy` (as synthetic, and each article also carries about 5 agency paragraphs from a shared
 * pool, each paragraph reprinted by 10–50 articles of unrelated stories and dates, as dpa copy is by regional
 * papers; about half of an article's paragraphs are such copy) or `boilerplate` (as synthetic, and every article ends with the same footer, as scraped pages do).
 */
export type ArchiveProfile = 'synthetic' | 'wire-heavy' | 'boilerplate';
export const ARCHIVE_PROFILES: readonly ArchiveProfile[] = ['synthetic', 'wire-heavy', 'boilerplate'];

export interface SynthOptions {
  articles: number;
  profile?: ArchiveProfile; // default synthetic
  seed?: number;
  startYear?: number; // dates spread from here …
  years?: number; // … over this many years
}

/**
 * The archive: exactly `articles` files, in stories of 2–20 (some single articles), deterministic from the seed.
 * Generating n+k articles gives the same first stories as n only by accident: hold extra articles back with `extra`.
 */
export function generateArchive(options: SynthOptions): SynthFile[] {
  const seed = options.seed ?? 20220204;
  const r = rng(seed);
  const startYear = options.startYear ?? 2018;
  const years = options.years ?? 6;
  const world = makeWorld(r, Math.min(400, 120 + Math.round(options.articles / 40)));
  const span = years * 365 * 86_400_000;
  const t0 = Date.UTC(startYear, 0, 1);
  const files: SynthFile[] = [];
  const width = Math.max(3, String(options.articles).length);
  let storyId = 0;
  while (files.length < options.articles) {
    const size = chance(r, 0.12) ? 1 : Math.min(20, 2 + Math.floor(Math.pow(r(), 2.2) * 19)); // most stories small, a few large
    const story = makeStory(r, world, storyId++, new Date(t0 + Math.floor(r() * span)));
    for (let k = 0; k < size && files.length < options.articles; k++) {
      const a = article(r, story, k, world);
      const n = files.length;
      // an occasional exact duplicate of the previous file (archives collect the same download twice)
      const dup = n > 0 && chance(r, 0.003);
      const prev = files[n - 1];
      const ext = a.frontMatter ? 'md' : 'txt';
      files.push({
        path: `${String(n).padStart(width, '0')}_${hex16(r)}.${dup && prev ? prev.path.split('.').pop() : ext}`,
        text: dup && prev ? prev.text : a.text,
        encoding: dup && prev ? prev.encoding : chance(r, 0.03) ? 'win1252' : 'utf8',
        crlf: dup && prev ? prev.crlf : chance(r, 0.05),
        title: dup && prev ? prev.title : a.title,
        story: story.id,
      });
    }
  }
  if (options.profile === 'wire-heavy') addWireCopy(files, world, seed, t0, span);
  else if (options.profile === 'boilerplate') for (const f of files) f.text = withParagraph(f.text, FOOTER, true);
  return files;
}

/** The footer of the boilerplate profile: the same words at the end of every article. */
export const FOOTER =
  'Hinweis der Redaktion: Dieser Beitrag wurde aus dem Angebot unserer Partneragenturen übernommen und von der Redaktion nicht ' +
  'gesondert bearbeitet. Für die Inhalte externer Seiten, auf die verwiesen wird, übernehmen wir keine Haftung. Fragen und ' +
  'Hinweise zu diesem Beitrag senden Sie bitte an die Leserredaktion, wir melden uns innerhalb von drei Werktagen bei Ihnen.';

/** A paragraph put into an article's text: at its end (`atEnd`), else after its second block (the body has begun). */
function withParagraph(text: string, paragraph: string, atEnd: boolean, at = 2): string {
  const sep = text.includes('\n\n') ? '\n\n' : '\n';
  const blocks = text.replace(/\n+$/, '').split(sep);
  if (atEnd) blocks.push(paragraph);
  else blocks.splice(Math.min(blocks.length, at), 0, paragraph);
  return blocks.join(sep) + '\n';
}

/**
 * The wire-heavy profile: a pool of agency paragraphs, each about its own event, each put into 10–50 articles
 * chosen at random (so of unrelated stories and dates), on average 5 paragraphs per article. Its own random
 * stream: the articles' own text stays as in the synthetic profile.
 */
function addWireCopy(files: SynthFile[], world: World, seed: number, t0: number, span: number): void {
  const r = rng(seed ^ 0x5eed);
  const slots = files.length * 5;
  const pool: { text: string; carriers: number }[] = [];
  for (let used = 0; used < slots;) {
    const s = makeStory(r, world, -1 - pool.length, new Date(t0 + Math.floor(r() * span)));
    const carriers = Math.min(int(r, 10, 50), files.length);
    const text = `${s.places[0]} (${s.agency}) - ${paragraph({ r, s }, int(r, 3, 5))}`;
    pool.push({ text, carriers });
    used += carriers;
  }
  const extra: string[][] = files.map(() => []);
  for (const p of pool) {
    const chosen = new Set<number>();
    while (chosen.size < p.carriers) chosen.add(Math.floor(r() * files.length));
    // now and then an outlet edits the copy a little (a word dropped), as reprints do
    for (const i of chosen) extra[i]!.push(chance(r, 0.2) ? p.text.replace(/ (\p{Ll}+) /u, ' ') : p.text);
  }
  files.forEach((f, i) => {
    for (const p of extra[i]!) f.text = withParagraph(f.text, p, false, 2 + int(r, 0, 4));
  });
}

/** The bytes of a file as it is written to disk (encoding, line ends). */
export function fileBytes(f: SynthFile): Buffer {
  const text = f.crlf ? f.text.replace(/\n/g, '\r\n') : f.text;
  if (f.encoding === 'utf8') return Buffer.from(text, 'utf8');
  // windows-1252: latin1 plus the typographic quotes and dashes ingest must decode
  const map: Record<string, number> = { '„': 0x84, '“': 0x93, '”': 0x94, '‚': 0x82, '‘': 0x91, '’': 0x92, '–': 0x96, '—': 0x97, '…': 0x85, '•': 0x95, '€': 0x80 };
  const out = Buffer.alloc(text.length);
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out[n++] = map[ch] ?? (code <= 0xff ? code : 0x3f);
  }
  return out.subarray(0, n);
}

export async function writeArchive(dir: string, files: SynthFile[]): Promise<number> {
  await fs.mkdir(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < files.length; i += 256) {
    await Promise.all(
      files.slice(i, i + 256).map((f) => {
        const b = fileBytes(f);
        bytes += b.length;
        return fs.writeFile(path.join(dir, f.path), b);
      }),
    );
  }
  return bytes;
}

/** Distinct word forms in the archive, to check the text is rich enough for a realistic index. */
export function vocabulary(files: SynthFile[]): number {
  const words = new Set<string>();
  for (const f of files) for (const w of f.text.match(/\p{L}+/gu) ?? []) words.add(w.toLowerCase());
  return words.size;
}

// `tsx scripts/bench/synth.ts [N] [DIR]`: write an archive, or print a sample
if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 5);
  const files = generateArchive({ articles: n });
  if (process.argv[3]) {
    const bytes = await writeArchive(process.argv[3], files);
    console.log(`${files.length} files, ${(bytes / 1e6).toFixed(1)} MB, ${vocabulary(files)} distinct words → ${process.argv[3]}`);
  } else {
    for (const f of files) console.log(`=== ${f.path} (${f.encoding}${f.crlf ? ', CRLF' : ''})\n${f.text}`);
  }
}

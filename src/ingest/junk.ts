// Page furniture copied along with articles: counters, navigation, share buttons, teaser links.
import { WEEKDAYS_DE } from '../calendar.ts';
import type { Block } from './blocks.ts';

const JUNK_LINES: RegExp[] = [
  /^\d[\d.,]*\s*(Ansichten|Aufrufe|Views|Leser|Likes?|Shares?|Kommentare?)\s*(\d[\d.,]*\s*(Ansichten|Aufrufe|Kommentare?|Likes?|Shares?))?$/i,
  /^(Aktuelle Beiträge|Alle ansehen|Alle anzeigen|Mehr anzeigen|Mehr laden|Mehr zum Thema|Mehr lesen|Weiterlesen|Weiter lesen|Lesen Sie auch|Lesen Sie mehr|Auch interessant|Das könnte Sie auch interessieren|Empfehlungen|Top-Themen|Meistgelesen|Meist gelesen|Schlagzeilen|Zur Startseite|Startseite|Zum Seitenanfang|Nach oben|Seitenanfang|Teilen|Artikel teilen|Teilen auf|Drucken|Artikel drucken|Kommentieren|Kommentare anzeigen|Kommentare|Merken|Artikel merken|Anzeige|Werbung|Newsletter|Jetzt abonnieren|Abonnieren|Abo abschließen|Zum Angebot|Jetzt lesen|Jetzt anmelden|Anmelden|Registrieren|Link kopieren|Link kopiert|Kopieren|E-Mail|Facebook|Twitter|X|WhatsApp|Telegram|LinkedIn|Pinterest|Pocket|Flipboard|Xing|Reddit|Audio abspielen|Artikel anhören|Anhören|Vorlesen|Video abspielen|Bildergalerie|Galerie|Foto öffnen|Bild vergrößern|Vergrößern|Schließen|Menü|Suche|Zurück|Weiter|Mehr|Video|Audio|Podcast|Hören|Cookie-Einstellungen|Datenschutz|Impressum|Kontakt|Feedback|Fehler melden|Tags|Themen|Schlagworte|Ressort|Inhalt|Inhaltsverzeichnis|Share|Tweet|Print|Read more|Advertisement)\s*[:.…]*$/i,
  /^Lesezeit:?\s*(ca\.\s*)?\d+\s*(Min\.?|Minuten?)$/i,
  /^\d+\s*(Min\.?|Minuten?)\s*Lesezeit$/i,
  /^(Seite\s+\d+\s*(von|\/)\s*\d+|\d+\s*\/\s*\d+)$/i,
  /^(https?:\/\/|www\.)\S+$/i, // a bare link
  /^[•·▪►▶»>*-]\s*.{0,120}(\.\.\.|…)$/, // truncated teaser link in a list
  /^(Bild|Foto|Video)\s+\d+\s+(von|\/)\s+\d+$/i,
  /^©\s*\d{4}.{0,60}(alle rechte vorbehalten|all rights reserved)?\.?$/i,
  /^(?:©.{0,80}\b)?(Alle Rechte vorbehalten|All rights reserved)\b.{0,160}$/i, // "© Neue Zürcher Zeitung AG. Alle Rechte vorbehalten. Vervielfältigung nur …"
  /^(Dieser|Der) (Artikel|Beitrag|Inhalt) ist (exklusiv |nur )*für (Abonnenten|Abonnentinnen|Abonnent\*innen|Abonnierende|Digital-Abonnenten|Plus-Kunden)\b.{0,100}$/i, // a paywall's notice
  /^(Artikel|Beitrag) (teilen|versenden|drucken)$/i,
  /^(Quelle|Source):?\s*$/i,
  // consent banners, paywalls, players and sharing bars
  /^(Alle akzeptieren|Akzeptieren|Alle ablehnen|Ablehnen|Zustimmen|Einverstanden|Einstellungen|Cookie-Einstellungen|Datenschutzeinstellungen|Privatsphäre-Einstellungen|Mehr Informationen|Abmelden|Jetzt unterstützen|Jetzt spenden|Jetzt testen|Jetzt weiterlesen|Weiterlesen mit \S+|Exklusiv für Abonnenten|Nur für Abonnenten|Abo-Artikel|Plus-Artikel|\S+-Artikel lesen|Artikel hören|Artikel vorlesen lassen|Player wird geladen.*|Folgen auf|Folgen Sie uns.{0,40}|Bildbeschreibung einblenden|Bildbeschreibung ausblenden|Bildunterschrift einblenden|Vollbild|Zum Artikel|Zum Liveblog|Mehr zu diesem Thema|Mehr aus diesem Ressort|Weitere Artikel|Verwandte Themen|Ähnliche Artikel|Zum Thema|Audio herunterladen|Video herunterladen|Lesedauer:?\s*\d+\s*(Min\.?|Minuten?))\s*[:.…]*$/i,
  /^Kommentare?\s*\(\d+\)$/i,
  // a related-article pointer on its own: "Mehr: Wie die Chipkrise die Branche verändert"
  /^(Mehr|Lesen Sie auch|Lesen Sie hier|Lesen Sie dazu|Hier lesen Sie|Auch interessant|Mehr zum Thema|Lesetipp|Zum Weiterlesen|Zum Thema)\s*:\s*[^.]{3,150}[^.]$/,
  /^\d+\s*Kommentare?$/i,
  /^(Fehler gefunden|Haben Sie einen Fehler gefunden|Fehler entdeckt)\s*\??\s*(Jetzt melden|Melden Sie (ihn|es) uns|Hier melden)?[.!]?$/i, // the error-report footer of Swiss and Austrian pages
  /^Newsletter\b.{0,140}$/i, // "Newsletter: Melden Sie sich hier an"
  /^(Dieses Thema im Programm|Über dieses Thema berichtete(n)?|Diese(s|r) (Beitrag|Artikel|Thema) (lief|erschien|wurde)|Hinweis: Dieser Artikel)\b.{0,200}$/i,
  /^(Telefon|Tel\.|Fax|Mobil|E-Mail|Email|Mail|Web|Internet)\s*:\s*\S.{0,80}$/i,
  /^©\s*dpa-infocom\b.{0,80}$/i, // dpa's item id line: "© dpa-infocom, dpa:220204-99-…"
  /^dpa-infocom\b.{0,80}$/i,
  /^\*{2,}\s*OTS-ORIGINALTEXT\b.{0,200}$/i, // the foot of an APA-OTS release
  // a press database's record around the text (LexisNexis, Genios, Factiva): length, labels, editions, section and page
  /^(Länge|Length|Umfang):\s*\d[\d.,]*\s*(Wörter|Words|Zeichen)$/i,
  /^(Load-Date|Ladedatum|Publication-Type|Publikationstyp|Language|Sprache|Graphic|Grafik|Section|Rubrik|Ressort|Dokument-ID|Document-Type|Dokumenttyp|Journal-Code):\s*.{1,160}$/i,
  /^(Body|End of Document|Ende des Dokuments|Dokumentende)$/i,
  /^Dokument \d+ von \d+$/i,
  new RegExp(`^(?:${[...WEEKDAYS_DE, 'Sonnabend'].join('|')})$`), // a weekday alone (LexisNexis prints the day under the date)
  /^[\p{L} -]{2,40} Ausgabe(?:\s*,\s*[\p{L} -]{2,40} Ausgabe)*$/u,
  /^[\p{L} &-]{2,40};\s*(?:S\.|Seite)\s*\d+[a-z]?$/u, // "Politik; S. 7"
  /^OTS\d{3,4}\s+\d{4}-\d{2}-\d{2}\/\d{2}:\d{2}$/, // and its item number with the time it went out
  /^(\/[a-zäöü]{2,4}){1,6}\/?$/, // dpa-AFX desk marks "/bgf/jsl/mis" on their own line
];

// Web-page furniture by family, not by example: a list heading is an adjective (or "Mehr", "Alle", "Top") before a
// plural of what pages list ("Neueste Beiträge", "Ähnliche Artikel", "Alle Meldungen", "Mehr Videos"); a button is
// "Mehr"/"Alle" (+ what) + a verb of showing ("Mehr ansehen", "Alle Beiträge anzeigen"); a counter is a number with
// what was counted ("1.204 Mal geteilt", "Kommentare: 12").
const LISTED =
  '(?:Beiträge|Artikel|Meldungen|Nachrichten|News|Themen|Videos|Podcasts|Storys|Stories|Geschichten|Posts|Kommentare|Links|Inhalte|Ressorts|Fotos|Bilder|Bildergalerien|Galerien)';
// determiners end like adjectives but make a phrase of running text ("Die Artikel", "Beide Beiträge")
const LIST_WORD =
  '(?:Mehr|Alle|Top|Weitere|Meist|Zuletzt|(?!(?:Die|Diese|Jene|Beide|Keine|Eine|Seine|Ihre|Unsere|Meine|Deine|Solche|Manche|Einige|Wenige|Viele|Andere)\\s)[\\p{Lu}][\\p{Ll}-]{2,}(?:e|en|ste|sten))';
const FURNITURE_HEADING = new RegExp(`^(?:${LIST_WORD}\\s+){1,2}${LISTED}(?:\\s+(?:zum Thema|aus (?:dem|diesem) Ressort|des Tages|der Woche))?\\s*[:.…]*$`, 'u');
const SHOW_BUTTON = new RegExp(`^(?:Mehr|Alle|Weitere)(?:\\s+${LISTED})?\\s+(?:ansehen|anzeigen|laden|lesen|entdecken|zeigen|aufrufen|öffnen)\\s*[:.…>»→]*$`, 'iu');
const COUNTER =
  /^(?:\d[\d.,]*\s*(?:Mal\s+)?(?:geteilt|gelesen|angesehen|aufgerufen|kommentiert|gemerkt|Reaktionen|Antworten|Mal)|(?:Geteilt|Gelesen|Aufrufe|Ansichten|Views|Likes|Shares|Kommentare|Reaktionen)\s*:?\s*\d[\d.,]*)$/iu;

// A share button: a network or channel with a verb of sharing, either order ("Teilen auf Facebook", "Per Mail teilen", "Twittern").
const NETWORK = '(?:Facebook|Twitter|X|WhatsApp|Telegram|LinkedIn|Xing|Pinterest|Reddit|Threads|Bluesky|Mastodon|Messenger|Flipboard|E-Mail|Mail|SMS)';
const SHARE_BUTTON = new RegExp(
  `^(?:Twittern|Tweeten|Posten|(?:Teilen|Posten|Senden|Empfehlen|Versenden)\\s+(?:auf|bei|via|über|per|mit)\\s+${NETWORK}|(?:(?:Auf|Bei|Via|Über|Per|Mit)\\s+)?${NETWORK}\\s+(?:teilen|posten|senden|versenden|empfehlen))$`,
  'iu',
);

// A consent banner or subscription pitch pasted as a paragraph.
const PITCH = /(\bCookies?\b.{0,200}\b(akzeptier|zustimm|einwillig|Datenschutz|Nutzungserlebnis)|\bWir verwenden Cookies\b|\bMit Ihrer Zustimmung\b.{0,100}\bDaten\b)/i;

export function isJunkLine(text: string): boolean {
  const t = text.trim();
  if (t === '') return true;
  if (/^[\p{P}\p{S}\s]+$/u.test(t) && !/[„“"«»]/.test(t)) return true; // rulers, stray symbols
  if (t.length <= 500 && PITCH.test(t)) return true;
  if (t.length <= 80 && (FURNITURE_HEADING.test(t) || SHOW_BUTTON.test(t) || COUNTER.test(t) || SHARE_BUTTON.test(t))) return true;
  return JUNK_LINES.some((re) => re.test(t));
}

// Teaser tails pasted into the last sentence of a paragraph ("… anstreben. Mehr zum Thema - …").
const TAIL =
  /(^|[.!?“”"»«)]\s+)(Mehr zum Thema|Lesen Sie auch|Lesen Sie mehr|Mehr dazu|Auch interessant|Das könnte Sie auch interessieren|Weiterlesen|Zum Thema)\s*[-–—:]\s*.*$/u;

/** Removes a teaser tail from a paragraph; returns the cleaned text (possibly empty). */
export function stripJunkTail(text: string): string {
  const m = TAIL.exec(text);
  if (!m) return text;
  return text.slice(0, m.index + m[1]!.length).trim();
}

// Headers of related-article lists: the short headline lines right after them are links, not text.
const RELATED_MARKER =
  /^(Mehr zum Thema|Lesen Sie auch|Lesen Sie mehr|Auch interessant|Das könnte Sie auch interessieren|Mehr zu diesem Thema|Zum Thema|Weitere Artikel|Verwandte Themen|Verwandte Artikel|Ähnliche Artikel|Empfehlungen|Top-Themen|Meistgelesen|Meist gelesen|Schlagzeilen|Mehr aus diesem Ressort)\s*[:.…]*$/i;
// Calls to action that close a subscription or donation box.
const CALL_TO_ACTION = /^(Jetzt (unterstützen|spenden|abonnieren|testen|weiterlesen|registrieren|anmelden)|Weiterlesen mit \S+|Abo abschließen|Zum Angebot)\s*[:.…!]*$/i;
const PITCH_WORDS = /(abo\b|abonn|unterstütz|spende|journalismus|presse|bezahl|kostenlos|gratis|testen|newsletter|freiwillig|zahl ich|Beitrag leisten|registrier)/i;
// The start of a press release's contact block, which runs to the end of its group of lines.
const CONTACT =
  /^(Pressekontakt|Medienkontakt|Pressestelle|Kontakt für (Medien|Journalisten|die Presse)|Ansprechpartner(in)?( für die Presse)?|Für Rückfragen|Rückfragen an|Presseanfragen)\b[^.!?]{0,60}:?$/i;

const last = (b: Block) => b.lastLine ?? b.line;
const SOURCE_LINE = /^(?:Quellen?|Source|Copyright|©|\(c\))(?:\s*:|\s)/i;

// a credit in parentheses ("(derStandard.at, red, APA)") closes the article; no headline is written so
const listed = (b: Block, isHeadline: (t: string) => boolean) => isHeadline(b.text) && !SOURCE_LINE.test(b.text) && !/^\(.*\)$/.test(b.text);

/**
 * The headlines a related-article list holds from block `from` on: the first, then those on the following lines.
 * A list set with blank lines between its headlines counts only when it runs to the article's end or to a button
 * ("Mehr ansehen"), since a subheading after a pointer is followed by its paragraph, a list of links is not.
 */
function listedHeadlines(blocks: Block[], from: number, isHeadline: (t: string) => boolean): number[] {
  const tight: number[] = [];
  // a source line after the list ("Quelle: SRF", "© NZZ") is the article's credit, not a listed headline
  for (let j = from; j < blocks.length && listed(blocks[j]!, isHeadline) && (j === from || blocks[j]!.line === last(blocks[j - 1]!) + 1); j++) tight.push(j);
  const loose: number[] = [];
  let k = from;
  for (; k < blocks.length && (listed(blocks[k]!, isHeadline) || isJunkLine(blocks[k]!.text)); k++) {
    if (k > from && blocks[k]!.line > last(blocks[k - 1]!) + 2) break; // more than one blank line: the list has ended
    if (!isJunkLine(blocks[k]!.text)) loose.push(k);
  }
  const endsList = k === blocks.length || (k > from && isJunkLine(blocks[k - 1]!.text));
  return endsList && loose.length > tight.length ? loose : tight;
}

/**
 * A list without a header: two or more headlines right before a button that shows more ("Mehr ansehen"), at most one
 * blank line apart. One headline before a button may be the article's last subheading, so it stays.
 */
function headlinesBeforeButton(blocks: Block[], button: number, isHeadline: (t: string) => boolean): number[] {
  const run: number[] = [];
  for (let k = button - 1; k >= 0 && listed(blocks[k]!, isHeadline) && blocks[k + 1]!.line <= last(blocks[k]!) + 2; k--) run.push(k);
  return run.length >= 2 ? run : [];
}

/**
 * Removes page furniture that spans several blocks: related-article lists after their header,
 * subscription/donation boxes before their call to action, press contact blocks. Blocks on
 * consecutive source lines (no blank line between) belong to one box.
 */
export function dropFurnitureBlocks(blocks: Block[], isHeadline: (t: string) => boolean): Block[] {
  const drop = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    const t = blocks[i]!.text;
    if (RELATED_MARKER.test(t) || (t.length <= 80 && FURNITURE_HEADING.test(t))) {
      // the first headline after the header, then every headline on the following lines
      let j = i + 1;
      while (j < blocks.length && isJunkLine(blocks[j]!.text)) j++;
      for (const k of listedHeadlines(blocks, j, isHeadline)) drop.add(k);
    } else if (t.length <= 80 && SHOW_BUTTON.test(t)) {
      for (const k of headlinesBeforeButton(blocks, i, isHeadline)) drop.add(k);
    } else if (CALL_TO_ACTION.test(t)) {
      let k = i;
      for (let n = 0; n < 3 && k > 0; n++) {
        const p = blocks[k - 1]!;
        if (p.line !== last(p) || last(p) + 1 !== blocks[k]!.line || p.text.length > 240) break;
        const boxTitle = isHeadline(p.text) && drop.has(k);
        if (!PITCH_WORDS.test(p.text) && !boxTitle) break;
        drop.add(k - 1);
        k--;
      }
    } else if (CONTACT.test(t)) {
      drop.add(i);
      for (let j = i + 1; j < blocks.length && blocks[j]!.line === last(blocks[j - 1]!) + 1; j++) drop.add(j);
    }
  }
  return blocks.filter((_, i) => !drop.has(i));
}

// Page furniture copied along with articles: counters, navigation, share buttons, teaser links.

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
  /^(Alle Rechte vorbehalten|All rights reserved)\.?$/i,
  /^(Artikel|Beitrag) (teilen|versenden|drucken)$/i,
  /^(Quelle|Source):?\s*$/i,
];

export function isJunkLine(text: string): boolean {
  const t = text.trim();
  if (t === '') return true;
  if (/^[\p{P}\p{S}\s]+$/u.test(t) && !/[„“"«»]/.test(t)) return true; // rulers, stray symbols
  return JUNK_LINES.some((re) => re.test(t));
}

// Teaser tails pasted into the last sentence of a paragraph ("… anstreben. Mehr zum Thema - …").
const TAIL = /(^|[.!?“”"»«)]\s+)(Mehr zum Thema|Lesen Sie auch|Lesen Sie mehr|Mehr dazu|Auch interessant|Das könnte Sie auch interessieren|Weiterlesen|Zum Thema)\s*[-–—:]\s*.*$/u;

/** Removes a teaser tail from a paragraph; returns the cleaned text (possibly empty). */
export function stripJunkTail(text: string): string {
  const m = TAIL.exec(text);
  if (!m) return text;
  return text.slice(0, m.index + m[1]!.length).trim();
}

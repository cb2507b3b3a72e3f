// Every word of the UI lives here, so an English UI is a config change (`--locale en`).
export type LocaleCode = 'de' | 'en';

/** Singular and plural of a counted noun: "1 Artikel", "2 Geschichten". */
export type Plural = [one: string, many: string];

/** The story page's words (src/render/story.ts). */
export interface StoryStrings {
  heading: string;
  timeline: string;
  carriers: string;
  firstIn: string; // "Zuerst bei"
  takenBy: string; // "übernommen von"
  passages: (n: number) => string;
  words: (n: number) => string;
  quotes: string;
  inArticles: (n: number) => string;
  takesFrom: string; // "übernimmt Text von {credit}"
  compare: string;
  summaryPassages: (n: number) => string;
  summaryQuotes: (n: number) => string;
  inferred: string;
  titleDerived: string;
  moreQuotes: (n: number) => string;
  restInQuoteIndex: (n: number) => string; // after the folded list: the quotes it leaves to the quotes' index
}

export interface Locale {
  code: LocaleCode;
  dayjs: string; // dayjs locale name
  ogLocale: string; // Open Graph locale, e.g. "de_DE"
  number: string; // Intl locale for numbers: "1.234" in German
  story: StoryStrings;
  strings: {
    siteTitle: string;
    siteDescription: string;
    tagline: string;
    home: string;
    skipToContent: string;
    mainNav: string;
    articles: string;
    newestFirst: string;
    oldestFirst: string;
    undated: string;
    undatedIntro: string;
    undatedHome: string; // heading of the undated articles on the home page
    fileOrder: string; // how undated articles are ordered
    outletUnknown: string;
    titleIsOpening: string; // marks a title that is only the opening words of the text
    dateInferred: string;
    dateUnknown: string;
    by: string;
    source: string;
    search: string;
    searchSubmit: string; // the search button: a verb
    olderArticles: string; // under the home timeline: on to the chronicle
    searchPlaceholder: string;
    about: string;
    notFoundTitle: string;
    notFoundText: string;
    filesRead: string;
    warnings: string;
    noWarnings: string;
    builtOn: string;
    previous: string;
    next: string;
    previousPeriod: string;
    nextPeriod: string;
    agencies: string;
    agency: string;
    outlet: string;
    outlets: string;
    minuteSuffix: string; // "Uhr" after a time
    timeline: string;
    timelineIntro: string;
    chronicle: string;
    chronicleIntro: string;
    stories: string;
    story: string;
    storiesIntro: string;
    partOfStory: string;
    moreInStory: string;
    related: string;
    sources: string;
    sourcesIntro: string;
    people: string;
    person: string;
    places: string;
    place: string;
    organisations: string;
    organisation: string;
    entitiesIntro: string;
    alsoKnownAs: string;
    seenWith: string;
    quotes: string;
    quotesIntro: string;
    quotesInArticle: string;
    quoteCarriedBy: string;
    quoteWording: string;
    quoteOpen: string; // quotation marks around a quoted text in the UI's language
    quoteClose: string;
    inThisArticle: string;
    aboutArticle: string;
    year: string;
    month: string;
    day: string;
    yearArchive: string;
    monthArchive: string;
    dayArchive: string;
    withoutDay: string;
    withoutMonth: string;
    allArticles: string;
    page: string;
    pageOf: string; // "Seite {n} von {total}"
    pagination: string;
    previousPage: string;
    nextPage: string;
    and: string;
    wireCopyOf: string;
    reprintedBy: string;
    mostlyReprints: string; // "Dieser Artikel übernimmt größtenteils" + link to the source
    reprintedIn: string; // "Nachgedruckt von:" + links to the reprints
    sharedAlsoIn: string; // label of a marked shared passage: "Auch bei:" + links
    sharedPassage: string; // a widely carried passage's own page: its kicker and title
    sharedCopyAlsoIn: string; // the same in reproduced agency copy: "Agenturtext ({credit}), auch bei:"
    reproducesCopy: string; // notice when the reprinted text is reproduced agency copy, + link to the other article
    quoteAlsoIn: string; // after a shared quote: "auch bei" + links
    embeddedCopy: string;
    imageNotArchived: string;
    photo: string;
    provenance: string;
    originalFile: string;
    originalShow: string; // the button that opens the original (templates/assets/originals.js)
    originalDownload: string;
    originalClose: string;
    originalFailed: string;
    // the dialog's words travel in one attribute joined by "|", so none may contain one
    originalNoscript: string; // in place of the button without JavaScript
    encoding: string;
    size: string;
    checksum: string;
    titleFrom: string;
    dateFrom: string;
    titleSources: Record<'header' | 'headline' | 'derived' | 'opening' | 'frontmatter', string>;
    dateSources: Record<'header' | 'body' | 'frontmatter' | 'inferred' | 'none', string>;
    line: string;
    file: string;
    page_: string; // column heading "Seite" on the about page
    status: string;
    duplicateOf: string;
    notReadable: string;
    aboutIntro: string;
    feeds: string;
    atomFeed: string;
    jsonFeed: string;
    words: string;
    readingTime: string; // "{n} Min. Lesezeit"
    printSource: string;
    newest: string;
    viewAll: string;
    andMore: string; // "und {n} weitere"
    boilerplateNote: string; // over a passage that is boilerplate (record.ts SharedPassage.boilerplate): at least "{n}" articles carry it (carriersAtLeast)
    entityKinds: Record<'person' | 'place' | 'organisation', string>;
  };
  plurals: {
    article: Plural;
    story: Plural;
    source: Plural;
    outlet: Plural;
    agency: Plural;
    person: Plural;
    place: Plural;
    organisation: Plural;
    quote: Plural;
    file: Plural;
    warning: Plural;
    word: Plural;
  };
}

const storyDe: StoryStrings = {
  heading: 'Was diese Artikel verbindet',
  timeline: 'Verlauf der Berichterstattung',
  carriers: 'Gemeinsamer Text: wer zuerst, wer übernahm',
  firstIn: 'Zuerst bei',
  takenBy: 'übernommen von',
  passages: (n) => (n === 1 ? '1 Passage' : `${n} Passagen`),
  words: (n) => `${n} Wörter`,
  quotes: 'Gemeinsame Zitate',
  inArticles: (n) => `in ${n} Artikeln`,
  takesFrom: 'übernimmt Text von {credit}',
  compare: 'Versionen vergleichen',
  summaryPassages: (n) => (n === 1 ? '1 gemeinsame Passage' : `${n} gemeinsame Passagen`),
  summaryQuotes: (n) => (n === 1 ? '1 gemeinsames Zitat' : `${n} gemeinsame Zitate`),
  inferred: 'Datum erschlossen',
  titleDerived: 'Titel aus einem Artikeltext abgeleitet, keiner der Artikel hat eine Überschrift',
  moreQuotes: (n) => (n === 1 ? 'und ein weiteres' : `und ${n} weitere`),
  restInQuoteIndex: (n) => (n === 1 ? 'ein weiteres im Verzeichnis der Zitate' : `${n} weitere im Verzeichnis der Zitate`),
};

const storyEn: StoryStrings = {
  heading: 'What ties these articles',
  timeline: 'The coverage over time',
  carriers: 'Shared text: who had it first, who took it over',
  firstIn: 'First in',
  takenBy: 'taken over by',
  passages: (n) => (n === 1 ? '1 passage' : `${n} passages`),
  words: (n) => `${n} words`,
  quotes: 'Shared quotes',
  inArticles: (n) => `in ${n} articles`,
  takesFrom: 'takes text from {credit}',
  compare: 'Compare the versions',
  summaryPassages: (n) => (n === 1 ? '1 shared passage' : `${n} shared passages`),
  summaryQuotes: (n) => (n === 1 ? '1 shared quote' : `${n} shared quotes`),
  inferred: 'date inferred',
  titleDerived: 'title taken from an article’s text, none of the articles has a headline',
  moreQuotes: (n) => (n === 1 ? 'and one more' : `and ${n} more`),
  restInQuoteIndex: (n) => (n === 1 ? 'one more in the index of quotes' : `${n} more in the index of quotes`),
};

const de: Locale = {
  code: 'de',
  story: storyDe,
  dayjs: 'de',
  ogLocale: 'de_DE',
  number: 'de-DE',
  strings: {
    siteTitle: 'Pressearchiv',
    siteDescription: 'Ein durchsuchbares Archiv der Berichterstattung',
    tagline: 'Die Berichterstattung, geordnet nach Zeit, Quellen und Personen',
    home: 'Startseite',
    skipToContent: 'Zum Inhalt springen',
    mainNav: 'Hauptnavigation',
    articles: 'Artikel',
    newestFirst: 'Neueste zuerst',
    oldestFirst: 'In zeitlicher Folge',
    undated: 'Ohne Datum',
    undatedIntro: 'Artikel, deren Erscheinungsdatum weder in der Datei steht noch erschlossen werden konnte.',
    undatedHome: 'Ohne Datum',
    fileOrder: 'In der Reihenfolge der Dateien',
    outletUnknown: 'Medium unbekannt',
    titleIsOpening: 'Anfang des Textes',
    dateInferred: 'Datum erschlossen',
    dateUnknown: 'Datum unbekannt',
    by: 'Von',
    source: 'Quelldatei',
    search: 'Suche',
    searchSubmit: 'Suchen',
    olderArticles: 'Ältere Artikel in der Chronik',
    searchPlaceholder: 'Archiv durchsuchen',
    about: 'Über das Archiv',
    notFoundTitle: 'Seite nicht gefunden',
    notFoundText: 'Diese Seite gibt es im Archiv nicht.',
    filesRead: 'Gelesene Dateien',
    warnings: 'Hinweise',
    noWarnings: 'keine',
    builtOn: 'Erstellt am',
    previous: 'Vorheriger Artikel',
    next: 'Nächster Artikel',
    previousPeriod: 'Früher',
    nextPeriod: 'Später',
    agencies: 'Agenturen',
    agency: 'Agentur',
    outlet: 'Medium',
    outlets: 'Medien',
    minuteSuffix: 'Uhr',
    timeline: 'Die Berichterstattung im Zeitverlauf',
    timelineIntro: 'Geschichten und Einzelartikel, die neuesten zuerst.',
    chronicle: 'Chronik',
    chronicleIntro: 'Alle Jahre und Monate, aus denen das Archiv Artikel enthält.',
    stories: 'Geschichten',
    story: 'Geschichte',
    storiesIntro: 'Artikel, die über dasselbe Ereignis berichten, zusammengefasst.',
    partOfStory: 'Teil der Geschichte',
    moreInStory: 'Mehr zu dieser Geschichte',
    related: 'Verwandte Artikel',
    sources: 'Quellen',
    sourcesIntro: 'Die Medien, in denen die Artikel erschienen, und die Agenturen, deren Meldungen sie verwenden.',
    people: 'Personen',
    person: 'Person',
    places: 'Orte',
    place: 'Ort',
    organisations: 'Organisationen',
    organisation: 'Organisation',
    entitiesIntro: 'In den Artikeln genannt, mit der Zahl der Artikel.',
    alsoKnownAs: 'Auch',
    seenWith: 'Häufig genannt mit',
    quotes: 'Zitate',
    quotesIntro: 'Wörtliche Zitate, die in mehreren Artikeln stehen, mit jedem Artikel, der sie bringt.',
    quotesInArticle: 'Zitate, die auch andere Artikel bringen',
    quoteCarriedBy: 'Steht in',
    quoteWording: 'Wortlaut dort',
    quoteOpen: '„',
    quoteClose: '“',
    inThisArticle: 'In diesem Artikel',
    aboutArticle: 'Zum Artikel',
    year: 'Jahr',
    month: 'Monat',
    day: 'Tag',
    yearArchive: 'Jahresarchiv',
    monthArchive: 'Monatsarchiv',
    dayArchive: 'Tagesarchiv',
    withoutDay: 'Ohne genauen Tag',
    withoutMonth: 'Ohne genauen Monat',
    allArticles: 'Alle Artikel',
    page: 'Seite',
    pageOf: 'Seite {n} von {total}',
    pagination: 'Seiten',
    previousPage: 'Vorherige Seite',
    nextPage: 'Nächste Seite',
    and: 'und',
    wireCopyOf: 'Weitgehend übernommen aus',
    reprintedBy: 'Weitgehend übernommen von',
    mostlyReprints: 'Dieser Artikel übernimmt größtenteils',
    reprintedIn: 'Nachgedruckt von:',
    sharedAlsoIn: 'Auch bei:',
    sharedPassage: 'Geteilter Text',
    sharedCopyAlsoIn: 'Wiedergegebener Agenturtext ({credit}), auch bei:',
    reproducesCopy: 'Der größte Teil dieses Artikels ist ein wiedergegebener Agenturtext ({credit}); denselben Text brachte',
    quoteAlsoIn: 'auch bei',
    embeddedCopy: 'Im Artikel wiedergegeben',
    imageNotArchived: 'Bild nicht im Archiv',
    photo: 'Foto',
    provenance: 'Herkunft',
    originalFile: 'Originaldatei',
    originalShow: 'Original anzeigen',
    originalDownload: 'Herunterladen',
    originalClose: 'Schließen',
    originalFailed: 'Das Original ließ sich nicht laden.',
    originalNoscript: 'Original anzeigen und herunterladen: nur mit JavaScript.',
    encoding: 'Zeichenkodierung',
    size: 'Größe',
    checksum: 'SHA-256',
    titleFrom: 'Titel',
    dateFrom: 'Datum',
    titleSources: {
      header: 'aus der Kopfzeile der Datei',
      headline: 'aus der Überschrift',
      derived: 'aus dem ersten Satz abgeleitet',
      opening: 'Anfang des Textes (der erste Satz braucht, was davor stand)',
      frontmatter: 'aus den Metadaten der Datei',
    },
    dateSources: {
      header: 'aus der Kopfzeile der Datei',
      body: 'aus dem Text',
      frontmatter: 'aus den Metadaten der Datei',
      inferred: 'erschlossen',
      none: 'nicht bekannt',
    },
    line: 'Zeile',
    file: 'Datei',
    page_: 'Seite',
    status: 'Status',
    duplicateOf: 'Duplikat von',
    notReadable: 'Nicht gelesen',
    aboutIntro: 'Dieses Archiv wurde aus einem Ordner von Textdateien erzeugt. Jede Datei ist hier aufgeführt: mit ihrer Seite, oder mit dem Grund, warum sie keine hat.',
    feeds: 'Feeds',
    atomFeed: 'Atom-Feed',
    jsonFeed: 'JSON-Feed',
    words: 'Wörter',
    readingTime: '{n} Min. Lesezeit',
    printSource: 'Quelle',
    newest: 'Neueste Artikel',
    viewAll: 'Alle anzeigen',
    andMore: 'und {n} weitere',
    boilerplateNote: 'Standardtext, in mindestens {n} Artikeln',
    entityKinds: { person: 'Person', place: 'Ort', organisation: 'Organisation' },
  },
  plurals: {
    article: ['Artikel', 'Artikel'],
    story: ['Geschichte', 'Geschichten'],
    source: ['Quelle', 'Quellen'],
    outlet: ['Medium', 'Medien'],
    agency: ['Agentur', 'Agenturen'],
    person: ['Person', 'Personen'],
    place: ['Ort', 'Orte'],
    organisation: ['Organisation', 'Organisationen'],
    quote: ['Zitat', 'Zitate'],
    file: ['Datei', 'Dateien'],
    warning: ['Hinweis', 'Hinweise'],
    word: ['Wort', 'Wörter'],
  },
};

const en: Locale = {
  code: 'en',
  story: storyEn,
  dayjs: 'en',
  ogLocale: 'en_GB',
  number: 'en-GB',
  strings: {
    siteTitle: 'Press archive',
    siteDescription: 'A searchable archive of news coverage',
    tagline: 'The coverage, ordered by time, sources and people',
    home: 'Home',
    skipToContent: 'Skip to content',
    mainNav: 'Main navigation',
    articles: 'Articles',
    newestFirst: 'Newest first',
    oldestFirst: 'In order of time',
    undated: 'Undated',
    undatedIntro: 'Articles whose date is neither in the file nor could be inferred.',
    undatedHome: 'Undated',
    fileOrder: 'In the order of the files',
    outletUnknown: 'Outlet unknown',
    titleIsOpening: 'start of the text',
    dateInferred: 'Date inferred',
    dateUnknown: 'Date unknown',
    by: 'By',
    source: 'Source file',
    search: 'Search',
    searchSubmit: 'Search',
    olderArticles: 'Older articles in the chronicle',
    searchPlaceholder: 'Search the archive',
    about: 'About this archive',
    notFoundTitle: 'Page not found',
    notFoundText: 'This page does not exist in the archive.',
    filesRead: 'Files read',
    warnings: 'Warnings',
    noWarnings: 'none',
    builtOn: 'Built on',
    previous: 'Previous article',
    next: 'Next article',
    previousPeriod: 'Earlier',
    nextPeriod: 'Later',
    agencies: 'Agencies',
    agency: 'Agency',
    outlet: 'Outlet',
    outlets: 'Outlets',
    minuteSuffix: '',
    timeline: 'The coverage over time',
    timelineIntro: 'Stories and single articles, newest first.',
    chronicle: 'Chronicle',
    chronicleIntro: 'Every year and month the archive holds articles from.',
    stories: 'Stories',
    story: 'Story',
    storiesIntro: 'Articles reporting on the same event, gathered.',
    partOfStory: 'Part of the story',
    moreInStory: 'More on this story',
    related: 'Related articles',
    sources: 'Sources',
    sourcesIntro: 'The outlets the articles appeared in, and the agencies whose copy they use.',
    people: 'People',
    person: 'Person',
    places: 'Places',
    place: 'Place',
    organisations: 'Organisations',
    organisation: 'Organisation',
    entitiesIntro: 'Named in the articles, with the number of articles.',
    alsoKnownAs: 'Also',
    seenWith: 'Often named with',
    quotes: 'Quotes',
    quotesIntro: 'Verbatim quotes carried by several articles, with every article that carries them.',
    quotesInArticle: 'Quotes other articles carry too',
    quoteCarriedBy: 'Carried by',
    quoteWording: 'Wording there',
    quoteOpen: '“',
    quoteClose: '”',
    inThisArticle: 'In this article',
    aboutArticle: 'About this article',
    year: 'Year',
    month: 'Month',
    day: 'Day',
    yearArchive: 'Year archive',
    monthArchive: 'Month archive',
    dayArchive: 'Day archive',
    withoutDay: 'No exact day',
    withoutMonth: 'No exact month',
    allArticles: 'All articles',
    page: 'Page',
    pageOf: 'Page {n} of {total}',
    pagination: 'Pages',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    and: 'and',
    wireCopyOf: 'Mostly taken from',
    reprintedBy: 'Mostly reprinted by',
    mostlyReprints: 'This article mostly reprints',
    reprintedIn: 'Reprinted by:',
    sharedAlsoIn: 'Also in:',
    sharedPassage: 'Shared text',
    sharedCopyAlsoIn: 'Reproduced agency copy ({credit}), also in:',
    reproducesCopy: 'Most of this article is reproduced agency copy ({credit}); the same text appeared in',
    quoteAlsoIn: 'also in',
    embeddedCopy: 'Reproduced in the article',
    imageNotArchived: 'Image not archived',
    photo: 'Photo',
    provenance: 'Provenance',
    originalFile: 'Original file',
    originalShow: 'Show original',
    originalDownload: 'Download',
    originalClose: 'Close',
    originalFailed: 'The original could not be loaded.',
    originalNoscript: 'Showing and downloading the original needs JavaScript.',
    encoding: 'Encoding',
    size: 'Size',
    checksum: 'SHA-256',
    titleFrom: 'Title',
    dateFrom: 'Date',
    titleSources: {
      header: 'from the header line of the file',
      headline: 'from the headline',
      derived: 'derived from the first sentence',
      opening: 'start of the text (its first sentence needs what came before it)',
      frontmatter: 'from the file’s metadata',
    },
    dateSources: {
      header: 'from the header line of the file',
      body: 'from the text',
      frontmatter: 'from the file’s metadata',
      inferred: 'inferred',
      none: 'unknown',
    },
    line: 'line',
    file: 'File',
    page_: 'Page',
    status: 'Status',
    duplicateOf: 'Duplicate of',
    notReadable: 'Not read',
    aboutIntro: 'This archive was generated from a folder of text files. Every file is listed here: with its page, or with the reason it has none.',
    feeds: 'Feeds',
    atomFeed: 'Atom feed',
    jsonFeed: 'JSON feed',
    words: 'words',
    readingTime: '{n} min read',
    printSource: 'Source',
    newest: 'Newest articles',
    viewAll: 'View all',
    andMore: 'and {n} more',
    boilerplateNote: 'Standard text, carried by at least {n} articles',
    entityKinds: { person: 'Person', place: 'Place', organisation: 'Organisation' },
  },
  plurals: {
    article: ['article', 'articles'],
    story: ['story', 'stories'],
    source: ['source', 'sources'],
    outlet: ['outlet', 'outlets'],
    agency: ['agency', 'agencies'],
    person: ['person', 'people'],
    place: ['place', 'places'],
    organisation: ['organisation', 'organisations'],
    quote: ['quote', 'quotes'],
    file: ['file', 'files'],
    warning: ['warning', 'warnings'],
    word: ['word', 'words'],
  },
};

export const locales: Record<LocaleCode, Locale> = { de, en };

export function getLocale(code: string): Locale {
  const locale = locales[code as LocaleCode];
  if (!locale) throw new TypeError(`unknown locale "${code}": expected one of ${Object.keys(locales).join(', ')}`);
  return locale;
}

/** "1 Artikel", "1.234 Geschichten": a number in the locale's format with the right noun form. */
export function formatCount(n: number, noun: keyof Locale['plurals'], locale: Locale): string {
  const [one, many] = locale.plurals[noun];
  return `${n.toLocaleString(locale.number)} ${n === 1 ? one : many}`;
}

/** Fills "{n}"-style placeholders of a UI string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}

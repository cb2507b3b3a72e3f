// Every word of the UI lives here, so an English UI is a config change (`--locale en`).
export type LocaleCode = 'de' | 'en';

export interface Locale {
  code: LocaleCode;
  dayjs: string; // dayjs locale name
  strings: {
    siteTitle: string;
    siteDescription: string;
    home: string;
    skipToContent: string;
    articles: string;
    newestFirst: string;
    undated: string;
    dateInferred: string;
    by: string;
    source: string;
    search: string;
    searchPlaceholder: string;
    about: string;
    notFoundTitle: string;
    notFoundText: string;
    filesRead: string;
    warnings: string;
    builtOn: string;
    previous: string;
    next: string;
    agencies: string;
    outlet: string;
    minuteSuffix: string; // "Uhr" after a time
  };
}

const de: Locale = {
  code: 'de',
  dayjs: 'de',
  strings: {
    siteTitle: 'Pressearchiv',
    siteDescription: 'Ein durchsuchbares Archiv der Berichterstattung',
    home: 'Startseite',
    skipToContent: 'Zum Inhalt springen',
    articles: 'Artikel',
    newestFirst: 'Neueste zuerst',
    undated: 'Ohne Datum',
    dateInferred: 'Datum erschlossen',
    by: 'Von',
    source: 'Quelldatei',
    search: 'Suche',
    searchPlaceholder: 'Archiv durchsuchen',
    about: 'Über das Archiv',
    notFoundTitle: 'Seite nicht gefunden',
    notFoundText: 'Diese Seite gibt es im Archiv nicht.',
    filesRead: 'Gelesene Dateien',
    warnings: 'Hinweise',
    builtOn: 'Erstellt am',
    previous: 'Vorheriger Artikel',
    next: 'Nächster Artikel',
    agencies: 'Agenturen',
    outlet: 'Medium',
    minuteSuffix: 'Uhr',
  },
};

const en: Locale = {
  code: 'en',
  dayjs: 'en',
  strings: {
    siteTitle: 'Press archive',
    siteDescription: 'A searchable archive of news coverage',
    home: 'Home',
    skipToContent: 'Skip to content',
    articles: 'Articles',
    newestFirst: 'Newest first',
    undated: 'Undated',
    dateInferred: 'Date inferred',
    by: 'By',
    source: 'Source file',
    search: 'Search',
    searchPlaceholder: 'Search the archive',
    about: 'About this archive',
    notFoundTitle: 'Page not found',
    notFoundText: 'This page does not exist in the archive.',
    filesRead: 'Files read',
    warnings: 'Warnings',
    builtOn: 'Built on',
    previous: 'Previous article',
    next: 'Next article',
    agencies: 'Agencies',
    outlet: 'Outlet',
    minuteSuffix: '',
  },
};

export const locales: Record<LocaleCode, Locale> = { de, en };

export function getLocale(code: string): Locale {
  const locale = locales[code as LocaleCode];
  if (!locale) throw new TypeError(`unknown locale "${code}": expected one of ${Object.keys(locales).join(', ')}`);
  return locale;
}

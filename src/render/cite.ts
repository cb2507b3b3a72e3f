// Citing an article: the `citation_*` meta tags reference managers read (Zotero, Google Scholar), a formatted
// reference, and what the page's script (templates/assets/cite.js) adds to those tags to offer BibTeX / CSL-JSON
// downloads (as base64 data: links in every page they were ~1.1 KB of each article page). Pure.
import type { ArticleRecord } from '../record.ts';
import { getLocale } from './locale.ts';

export interface Citation {
  meta: { name: string; content: string }[];
  reference: string; // plain text: "Bigalke, Silke: Titel. In: Süddeutsche Zeitung, 15. Dezember 2021."
  download: CiteDownload; // the data-* attributes of .cite-downloads
  strings: { heading: string; intro: string; copy: string };
}

/** What the downloads need beyond the citation_* tags (templates/assets/cite.js reads both). */
export interface CiteDownload {
  key: string; // BibTeX key
  id: string; // CSL id
  file: string; // file name without extension
  archive: string;
  note: string; // "Archiviert in: Pressearchiv, https://…"
  accessed: string | null; // ISO day of the build, with a public URL only
}

export interface CiteInput {
  record: ArticleRecord; // with its own date (an inferred one is not cited as publication date)
  dateLabel: string | null; // the own date as printed, "15. Dezember 2021"
  publicUrl: string | null; // the page's absolute URL when the site has a public base URL
  archiveName: string;
  accessed: string; // ISO date of the build: when the archive copy was made
  code: string; // UI language
}

const STRINGS = {
  de: { heading: 'Zitieren', intro: 'Quellenangabe für diesen Artikel:', copy: 'Archiviert in', in: 'In', accessed: 'abgerufen am', undated: 'o. D.' },
  en: { heading: 'Cite', intro: 'Reference for this article:', copy: 'Archived in', in: 'In', accessed: 'accessed', undated: 'n.d.' },
};

/** "Silke Bigalke" → { family: "Bigalke", given: "Silke" }; a single word or an agency is a literal name. */
export function splitName(name: string): { family: string; given?: string } {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return { family: name.trim() };
  const particle = parts.findIndex((p, i) => i > 0 && /^(von|van|de|der|den|du|da|zu|la|le)$/i.test(p));
  const at = particle > 0 ? particle : parts.length - 1;
  return { family: parts.slice(at).join(' '), given: parts.slice(0, at).join(' ') };
}

/** A BibTeX key: first author's (or outlet's) family name, year, first title word; ASCII only. */
function bibKey(record: ArticleRecord): string {
  const who = record.authors[0] ? splitName(record.authors[0]).family : (record.outlet ?? record.agencies[0] ?? 'anon');
  const word = record.title.match(/\p{L}{3,}/u)?.[0] ?? 'artikel';
  const ascii = (s: string) => s.normalize('NFD').replace(/[^A-Za-z0-9]/g, '');
  return `${ascii(who).toLowerCase()}${record.date?.slice(0, 4) ?? ''}${ascii(word).toLowerCase()}`;
}

export function citation(input: CiteInput): Citation {
  const { record } = input;
  const t = input.code === 'en' ? STRINGS.en : STRINGS.de;
  const own = record.dateSource !== 'inferred' ? record.date : null;
  const ymd = own?.slice(0, 10).split('-') ?? [];
  const container = record.outlet ?? (record.agencies.length ? record.agencies.join(', ') : null);
  const names = record.authors.map(splitName);

  const meta: Citation['meta'] = [{ name: 'citation_title', content: record.title }];
  for (const n of names) meta.push({ name: 'citation_author', content: n.given ? `${n.family}, ${n.given}` : n.family });
  if (own) {
    meta.push({ name: 'citation_publication_date', content: ymd.join('/') });
    meta.push({ name: 'citation_date', content: ymd.join('/') });
  }
  if (record.outlet) meta.push({ name: 'citation_journal_title', content: record.outlet });
  if (container) meta.push({ name: 'citation_publisher', content: container });
  meta.push({ name: 'citation_language', content: 'de' });
  if (input.publicUrl) meta.push({ name: 'citation_public_url', content: input.publicUrl });

  const who = names.length ? names.map((n) => (n.given ? `${n.family}, ${n.given}` : n.family)).join('; ') : null;
  const where = [container, input.dateLabel ?? t.undated].filter(Boolean).join(', ');
  const archived = `${t.copy}: ${input.archiveName}${input.publicUrl ? `, ${input.publicUrl}` : ''}`;
  const stop = (text: string) => (text.endsWith('.') ? text : `${text}.`); // "o. D." ends with its own full stop
  const { quoteOpen, quoteClose } = getLocale(input.code).strings;
  const reference = `${who ? `${who}: ` : ''}${quoteOpen}${record.title}${quoteClose}. ${t.in}: ${stop(where)} ${stop(archived)}`;

  return {
    meta,
    reference,
    download: {
      key: bibKey(record),
      id: record.id,
      file: record.slug || record.id,
      archive: input.archiveName,
      note: archived,
      accessed: input.publicUrl ? input.accessed.slice(0, 10) : null,
    },
    strings: { heading: t.heading, intro: t.intro, copy: t.copy },
  };
}

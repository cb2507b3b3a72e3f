// The ingest stage: input files → validated article records, or located issues; pure except readInputFolder.
import matter from '@11ty/gray-matter';
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { forEachBounded } from '../concurrency.ts';
import { ArticleRecord, IngestIssue, parseRecord } from '../record.ts';
import { parseArticle } from './article.ts';
import { decodeBytes } from './decode.ts';
import { contentSha256, idFromPath, slugFromTitle } from './ids.ts';
import { outletFromFolder, outletFromSources, parseSources, SOURCES_FILE, type SourcesMap } from './outlets.ts';

export interface InputFile {
  path: string; // relative to the input folder, forward slashes
  bytes: Uint8Array;
  /** Why this entry was not read (its bytes are empty): it becomes this issue, not an article. */
  unread?: { kind: 'error' | 'warning'; message: string };
}

/** The largest input file read: a larger one is reported and skipped, not parsed for minutes (README: "What the build reads"). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const MB = 1024 * 1024;

const tooLarge = (bytes: number) =>
  `${(bytes / MB).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB, über der Grenze von ${MAX_FILE_BYTES / MB} MB; übersprungen`;

export interface IngestResult {
  records: ArticleRecord[];
  issues: IngestIssue[];
  filesRead: number;
}

function issue(path: string, line: number | null, message: string): { issue: IngestIssue } {
  return { issue: { path, line, kind: 'error', message, duplicateOf: null } };
}

/** One file → a record or a located error. Never throws, whatever the bytes. */
export function ingestFile(file: InputFile): { record: ArticleRecord } | { issue: IngestIssue } {
  if (file.unread) return { issue: { path: file.path, line: null, kind: file.unread.kind, message: file.unread.message, duplicateOf: null } };
  if (file.bytes.length > MAX_FILE_BYTES) return issue(file.path, null, tooLarge(file.bytes.length));
  try {
    const decoded = decodeBytes(file.bytes);
    if (!decoded.ok) return issue(file.path, decoded.line, decoded.message);
    const id = idFromPath(file.path);
    const f = parseArticle(decoded.text);
    if (!f.body.trim() && (f.titleSource === 'derived' || f.titleSource === 'opening') && f.embedded.length === 0) {
      return issue(file.path, 1, 'no article text found (only page furniture or credits), expected at least one paragraph');
    }
    if (decoded.legacy) f.warnings.unshift({ line: decoded.legacy.line, message: decoded.legacy.message });
    const record: ArticleRecord = {
      id,
      slug: slugFromTitle(f.title, id),
      source: { path: file.path, sha256: contentSha256(file.bytes), encoding: decoded.encoding, bytes: file.bytes.length },
      ...f,
    };
    return { record: parseRecord(record, file.path) };
  } catch (e) {
    // a bug must cost one file, not the build: report it as that file's error
    return issue(file.path, null, `internal error while reading the file: ${(e as Error)?.message ?? String(e)}`);
  }
}

/** One file's parse; the incremental build passes a cached one (src/incremental/ingest-cache.ts). */
export type ParseFile = (file: InputFile, sha256: string) => ReturnType<typeof ingestFile>;

/** Files by path. */
export const comparePaths = (a: InputFile, b: InputFile): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The files in path order with their content hash and whether an earlier file (by path) has the same bytes. */
export function contentOrder(files: InputFile[]): { file: InputFile; hash: string; copy: boolean }[] {
  const seen = new Set<string>();
  return [...files].sort(comparePaths).map((file) => {
    // an entry that was not read has no content: it is nobody's copy (its hash names it, for the ingest cache)
    if (file.unread) return { file, hash: `unread:${file.path}`, copy: false };
    const hash = contentSha256(file.bytes);
    const copy = seen.has(hash);
    seen.add(hash);
    return { file, hash, copy };
  });
}

/**
 * The outlet of a record: what `<input>/sources.json` says for its path wins (the archive's owner said so), then
 * what the text says, then the file's folder ("derStandard/x.txt"), unless that folder is date-like or generic.
 */
function withOutlet(record: ArticleRecord, sources: SourcesMap): ArticleRecord {
  const outlet = outletFromSources(record.source.path, sources) ?? record.outlet ?? outletFromFolder(record.source.path);
  return outlet === record.outlet ? record : { ...record, outlet };
}

/** sources.json beside the articles is configuration, not an article: its map, or the issue that it is broken. */
function readSources(files: InputFile[]): { sources: SourcesMap; issue: IngestIssue | null } {
  const file = files.find((f) => f.path === SOURCES_FILE);
  if (!file) return { sources: [], issue: null };
  const r = parseSources(new TextDecoder().decode(file.bytes));
  if ('map' in r) return { sources: r.map, issue: null };
  return { sources: [], issue: { path: file.path, line: null, kind: 'error', message: `sources.json ignored: ${r.error}`, duplicateOf: null } };
}

/** All files → records (sorted by id) and issues; identical files become duplicates of the first by path. */
export function ingestFiles(allFiles: InputFile[], parse: ParseFile = (file) => ingestFile(file)): IngestResult {
  const records: ArticleRecord[] = [];
  const issues: IngestIssue[] = [];
  const { sources, issue: sourcesIssue } = readSources(allFiles);
  if (sourcesIssue) issues.push(sourcesIssue);
  const files = allFiles.filter((f) => f.path !== SOURCES_FILE);
  const firstByHash = new Map<string, { path: string; result: ReturnType<typeof ingestFile> }>();
  const usedIds = new Map<string, string>(); // id → path
  for (const { file, hash, copy } of contentOrder(files)) {
    if (file.unread) {
      issues.push((ingestFile(file) as { issue: IngestIssue }).issue); // never parsed, never cached: it is read again next time
      continue;
    }
    const seen = copy ? firstByHash.get(hash) : undefined;
    if (seen) {
      if ('record' in seen.result) {
        issues.push({
          path: file.path,
          line: null,
          kind: 'duplicate',
          message: `exact duplicate of ${seen.path} (same sha256), kept as article ${seen.result.record.id}`,
          duplicateOf: seen.result.record.id,
        });
      } else {
        issues.push({ ...seen.result.issue, path: file.path, message: `${seen.result.issue.message} (identical to ${seen.path})` });
      }
      continue;
    }
    const result = parse(file, hash);
    if ('record' in result) {
      // ids must be unique: "a b.txt" and "a-b.txt" map to the same id, the later path gets a suffix
      let id = result.record.id;
      for (let n = 2; usedIds.has(id); n++) id = `${result.record.id}-${n}`;
      usedIds.set(id, file.path);
      result.record.id = id;
      records.push(withOutlet(result.record, sources));
    } else {
      issues.push(result.issue);
    }
    firstByHash.set(hash, { path: file.path, result });
  }
  records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { records, issues, filesRead: files.length };
}

/** The file-system calls readInputFolder makes; tests pass failing ones (root reads any file, whatever its mode). */
export interface InputFs {
  readdir(dir: string): Promise<Dirent[]>;
  size(file: string): Promise<number>;
  readFile(file: string): Promise<Uint8Array>;
}

const nodeFs: InputFs = {
  readdir: (dir) => readdir(dir, { withFileTypes: true }),
  size: async (file) => (await stat(file)).size,
  readFile: async (file) => new Uint8Array(await readFile(file)),
};

const WHY: Record<string, string> = {
  EACCES: 'keine Leserechte',
  EPERM: 'keine Leserechte',
  ENOENT: 'während des Lesens verschwunden',
  EIO: 'Ein-/Ausgabefehler des Datenträgers',
  ENAMETOOLONG: 'Pfad zu lang',
  ELOOP: 'zu viele symbolische Links',
  EMFILE: 'zu viele offene Dateien',
  ENFILE: 'zu viele offene Dateien',
};

/** "Datei nicht lesbar (EACCES: keine Leserechte); übersprungen": a read error in one sentence, without a stack. */
export function unreadableMessage(what: 'Datei' | 'Ordner', e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  const why = code ? `${code}: ${WHY[code] ?? (e as Error).message}` : e instanceof Error ? e.message : String(e);
  return what === 'Datei' ? `Datei nicht lesbar (${why}); übersprungen` : `Ordner nicht lesbar (${why}); seine Dateien fehlen im Archiv`;
}

function otherEntry(e: Dirent): string | null {
  if (e.isSymbolicLink()) return 'symbolischer Link übersprungen: Links werden nicht verfolgt, damit der Build nur Dateien aus dem Eingabeordner liest';
  const kind = e.isFIFO() ? 'FIFO' : e.isSocket() ? 'Socket' : e.isCharacterDevice() || e.isBlockDevice() ? 'Gerätedatei' : null;
  return kind ? `keine reguläre Datei (${kind}); übersprungen` : null;
}

/**
 * Reads every regular file below `dir` (dot-files and dot-folders skipped), sorted by relative path. A file or
 * folder that cannot be read, a file over MAX_FILE_BYTES (not read at all) and a symbolic link or other special
 * entry come back as entries with `unread` set: each becomes a located issue, and the rest of the input is read.
 * Only the input folder itself failing to open throws.
 */
export async function readInputFolder(dir: string, fs: InputFs = nodeFs): Promise<InputFile[]> {
  const out: InputFile[] = [];
  const toRead: string[] = [];
  const skip = (path: string, kind: 'error' | 'warning', message: string) => out.push({ path, bytes: new Uint8Array(0), unread: { kind, message } });
  async function walk(rel: string): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(join(dir, rel));
    } catch (e) {
      if (!rel) throw new Error(`Eingabeordner ${dir} nicht lesbar (${(e as NodeJS.ErrnoException)?.code ?? (e as Error)?.message})`, { cause: e });
      return void skip(`${rel}/`, 'error', unreadableMessage('Ordner', e));
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const relPath = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(relPath);
      else if (e.isFile()) {
        // entities.json beside the articles is the link stage's configuration, not an article
        if (relPath === 'entities.json') continue;
        toRead.push(relPath);
      } else {
        const why = otherEntry(e);
        if (why) skip(relPath, 'warning', why);
      }
    }
  }
  async function readOne(relPath: string): Promise<void> {
    try {
      const size = await fs.size(join(dir, relPath)); // a huge file is never read: stat first
      if (size > MAX_FILE_BYTES) return void skip(relPath, 'error', tooLarge(size));
      const bytes = await fs.readFile(join(dir, relPath));
      if (bytes.length > MAX_FILE_BYTES) return void skip(relPath, 'error', tooLarge(bytes.length)); // it grew meanwhile
      out.push({ path: relPath, bytes });
    } catch (e) {
      skip(relPath, 'error', unreadableMessage('Datei', e));
    }
  }
  await walk('');
  await forEachBounded(toRead, 16, readOne); // a few reads in flight: the disk and the thread pool stay busy
  return out.sort(comparePaths);
}

/** The record as a Markdown file: YAML front matter with every field but the body, then the body. */
export function toFrontMatter(record: ArticleRecord): string {
  const { body, ...data } = record;
  // stringify with an empty body, then append ours: gray-matter would otherwise add or keep newlines unpredictably
  const head = matter.stringify('', JSON.parse(JSON.stringify(data)) as Record<string, unknown>);
  return `${head.replace(/\n*$/, '\n')}${body}\n`;
}

/** Inverse of toFrontMatter, validated; `where` names the file in error messages. */
export function fromFrontMatter(text: string, where: string): ArticleRecord {
  const parsed = matter(text, { excerpt: false });
  const body = parsed.content.replace(/^\n/, '').replace(/\n$/, '');
  return parseRecord({ ...(parsed.data as object), body }, where);
}

// A failed write says what happened in a sentence: "no space", "read-only", "no permission", not `ENOENT … mkdir`.
import fs from 'node:fs/promises';

const REASONS: Record<string, string> = {
  ENOSPC: 'kein Platz mehr auf dem Datenträger',
  EDQUOT: 'das Speicherkontingent (Quota) ist erschöpft',
  EROFS: 'der Datenträger ist schreibgeschützt',
  EACCES: 'keine Schreib- oder Leserechte',
  EPERM: 'die Aktion ist nicht erlaubt',
  EMFILE: 'zu viele offene Dateien (ulimit -n)',
};

/** The code of a file-system failure, also when it came as text (a child process, Pagefind's binary). */
function codeOf(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code && REASONS[code]) return code;
  const text = e instanceof Error ? e.message : String(e);
  if (/No space left on device|os error 28/i.test(text)) return 'ENOSPC';
  if (/Read-only file system|os error 30/i.test(text)) return 'EROFS';
  return Object.keys(REASONS).find((c) => text.includes(c));
}

/** What failed, in words, when `e` is a file-system failure the user can act on; otherwise null. */
export function describeFsFailure(e: unknown): string | null {
  if (!(e instanceof Error)) return null;
  const code = codeOf(e);
  if (!code) return null;
  const where = (e as NodeJS.ErrnoException).path;
  return `${REASONS[code]}${where ? ` (${where})` : ''}; die bisherige Website bleibt unverändert (${e.message})`;
}

/** Whether the disk holding `dir` is full: some writers (Pagefind's binary) truncate a file without an error. */
export async function diskIsFull(dir: string): Promise<boolean> {
  const stat = await fs.statfs(dir).catch(() => null);
  return stat !== null && stat.bavail * stat.bsize < 256 * 1024;
}

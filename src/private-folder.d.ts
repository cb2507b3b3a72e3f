// The types of src/private-folder.js (plain JavaScript, see there).

/** A folder in the temp folder that only this user can write; null where no such folder can be had. */
export function privateTempDir(): string | null;

/** This user's entries of `dir` whose names match `pattern`, each with its lstat (none when `dir` cannot be read). */
export function ownEntries(dir: string, pattern: RegExp): { name: string; stat: import('node:fs').Stats }[];

/** `<tmp>/pressearchiv-<uid>`, made with mode 700 when missing; null unless it is a folder (no link) of this user that no one else can write. */
export function privateFolderIn(tmp: string): string | null;

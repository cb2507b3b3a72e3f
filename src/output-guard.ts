// What the build may replace: only a folder it wrote itself (it carries our marker file) or an empty one, never
// the input, a folder holding it, the home folder or `/`. Checked before any work, and again just before the
// swap, so a user's files are never deleted. An I/O edge.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Written into every site and staging folder: the proof that the build made it and may replace it. */
export const SITE_MARKER = '.pressearchiv-site';
const MARKER_TEXT = 'Dieser Ordner wurde von pressearchiv gebaut und wird beim nächsten Build ersetzt.\n';

/** The build refuses its output folder; nothing was written or deleted. */
export class OutputRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputRefused';
  }
}

/** `p` with symlinks resolved as far as it exists (a new output folder does not exist yet). */
export function realPathAsFarAsItExists(p: string): string {
  const absolute = path.resolve(p);
  const missing: string[] = [];
  let existing = absolute;
  for (;;) {
    try {
      return path.join(fs.realpathSync(existing), ...missing.reverse());
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return absolute;
      missing.push(path.basename(existing));
      existing = parent;
    }
  }
}

const isInside = (child: string, parent: string) => child !== parent && (parent === path.sep || child.startsWith(parent + path.sep));

/** Folders that are never an output, whatever they hold: `/` and the home folder (and what holds it). */
function protectedFolders(): string[] {
  const homes = [os.homedir(), process.env.HOME].filter((h): h is string => Boolean(h)).map(realPathAsFarAsItExists);
  return [path.parse(process.cwd()).root, ...homes];
}

/** Whether `dir` is a site an earlier build wrote (our marker file is in it). */
export function isOurSite(dir: string): boolean {
  return fs.existsSync(path.join(dir, SITE_MARKER));
}

/** Writes the marker into a folder the build creates. */
export function markAsOurs(dir: string): void {
  fs.writeFileSync(path.join(dir, SITE_MARKER), MARKER_TEXT);
}

/** A sentence naming a few of a folder's entries, for the refusal. */
function someEntries(dir: string): string {
  const names = fs.readdirSync(dir).sort();
  const shown = names
    .slice(0, 3)
    .map((n) => `„${n}“`)
    .join(', ');
  return names.length > 3 ? `${shown} und ${names.length - 3} weitere` : shown;
}

/**
 * Throws OutputRefused unless `output` may be replaced by a build of `input`: it does not exist, is empty, or
 * carries our marker; and it is neither `/`, the home folder, the input, inside it, nor above it.
 */
export function checkOutputFolder(input: string, output: string): void {
  const inDir = realPathAsFarAsItExists(input);
  const outDir = realPathAsFarAsItExists(output);
  const named = `Ausgabeordner ${output}`;
  for (const folder of protectedFolders()) {
    if (outDir === folder || isInside(folder, outDir)) {
      throw new OutputRefused(
        `${named}: ist ${folder === path.sep ? 'das Wurzelverzeichnis' : 'der Home-Ordner oder enthält ihn'}; ein Build ersetzt nie diesen Ordner. Wähle einen eigenen, leeren Ordner, z. B. --output ${path.join(folder, 'archiv-site')}`,
      );
    }
  }
  if (outDir === inDir) throw new OutputRefused(`${named}: ist der Eingabeordner; die Artikel würden gelöscht. Wähle einen Ordner außerhalb der Eingabe.`);
  if (isInside(inDir, outDir)) throw new OutputRefused(`${named}: enthält den Eingabeordner ${input}; er würde mit ersetzt. Wähle einen Ordner außerhalb.`);
  if (isInside(outDir, inDir))
    throw new OutputRefused(`${named}: liegt im Eingabeordner ${input}; die Website würde beim nächsten Build wieder eingelesen. Wähle einen Ordner außerhalb.`);
  checkReplaceable(output, outDir);
}

/** The part of the check that can change while the build runs: what is in the output folder now. */
export function checkReplaceable(output: string, outDir = realPathAsFarAsItExists(output)): void {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(outDir);
  } catch {
    return; // not there yet: the build creates it
  }
  const named = `Ausgabeordner ${output}`;
  if (!stat.isDirectory()) throw new OutputRefused(`${named}: ist eine Datei, kein Ordner; sie wird nicht überschrieben. Wähle einen anderen Namen.`);
  if (isOurSite(outDir) || fs.readdirSync(outDir).length === 0) return;
  throw new OutputRefused(
    `${named}: ist nicht leer und keine von pressearchiv gebaute Website (es fehlt die Datei ${SITE_MARKER}); ` +
      `er enthält ${someEntries(outDir)}. Nichts wurde gelöscht. Wähle einen leeren oder neuen Ordner.`,
  );
}

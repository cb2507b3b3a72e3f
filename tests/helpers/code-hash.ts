// Hashes of the code a test's result depends on: keys of the shared builds (shared-site.ts) and of the bundle
// the tests run the command from (cli.ts).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A hex hash of the files below each of `parts` (folders or files of the project; missing ones count as missing). */
export function codeHash(parts: string[]): string {
  const h = createHash('sha256');
  for (const part of parts) hashTree(h, path.join(root, part), part);
  return h.digest('hex');
}

export function hashTree(h: ReturnType<typeof createHash>, at: string, label: string): void {
  const stat = fs.statSync(at, { throwIfNoEntry: false });
  if (!stat) return void h.update(`${label}: none\0`);
  const files = stat.isDirectory() ? (fs.readdirSync(at, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(at, f)).isFile()).sort() : [''];
  for (const f of files) {
    h.update(`${label}/${f.split(path.sep).join('/')}\0`);
    h.update(fs.readFileSync(path.join(at, f)));
  }
}

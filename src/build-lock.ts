// One build at a time per output folder: a second build waits for the first (two builds swapping the same
// folder and its records would fail or mix). The lock is a file beside the output holding the owner's pid; a
// lock whose process is gone (kill -9) is taken over. An I/O edge.
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { processAlive } from './child-process.ts';

export interface BuildLock {
  file: string;
  release(): void;
}

/** The pid in a lock file, or null when it is unreadable or half-written. */
function ownerOf(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Creates the lock file or returns the pid that holds it (null: stale or vanished, try again). */
function tryLock(file: string): { ok: true } | { ok: false; owner: number | null } {
  try {
    fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
    return { ok: true };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  const owner = ownerOf(file);
  if (owner !== null && processAlive(owner) && owner !== process.pid) return { ok: false, owner };
  // Its build is gone: take it over by renaming it aside, which only one waiting build can do.
  const aside = `${file}.stale-${process.pid}`;
  try {
    if (ownerOf(file) === owner) fs.renameSync(file, aside);
    const took = ownerOf(aside);
    if (took !== null && took !== owner && processAlive(took)) fs.linkSync(aside, file); // a live build's, taken in a race: put back
  } catch {
    // another build took it over first
  } finally {
    fs.rmSync(aside, { force: true });
  }
  return { ok: false, owner: null };
}

/** Takes `<output>.lock`, waiting while another live build holds it; `onWait` hears once whom it waits for. */
export async function lockOutput(output: string, onWait: (pid: number) => void = () => {}): Promise<BuildLock> {
  const file = `${output}.lock`;
  let told = false;
  for (;;) {
    const attempt = tryLock(file);
    if (attempt.ok) break;
    if (attempt.owner !== null) {
      if (!told) onWait(attempt.owner);
      told = true;
      await sleep(250);
    }
  }
  const release = () => {
    if (ownerOf(file) === process.pid) fs.rmSync(file, { force: true });
  };
  process.once('exit', release); // also when the build throws past its own release
  return { file, release };
}

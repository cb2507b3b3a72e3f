// The particles that begin a surname ("Ursula von der Leyen", "Alexander Van der Bellen", "Charles de Gaulle",
// "Mohammed bin Salman"), written in lower case: one list for finding names (ingest, link) and sorting them (render).
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'von',
  'van',
  'vom',
  'de',
  'der',
  'den',
  'des',
  'di',
  'da',
  'do',
  'dos',
  'du',
  'del',
  'della',
  'la',
  'le',
  'zu',
  'ten',
  'ter',
  'bin',
  'ibn',
  'al',
  'el',
]);
// capitalised, a particle begins a surname only before another particle ("Van der Bellen"), not alone ("Van Morrison")
const CAPITAL_PARTICLE = /^(?:Van|Von|De|Di|Da|Du|Le|La|Al|El|Ten|Ter)$/;

/**
 * A surname that runs from particles at word `j` to a capitalised word: that word's index; -1 when the particles
 * lead to no such word; null when word `j` begins no particle surname. `word(k)` is word k ('' past the end),
 * `spaced(k)` tells that word k follows word k − 1 after one space or tab.
 */
export function particleSurnameEnd(j: number, n: number, word: (k: number) => string, spaced: (k: number) => boolean): number | null {
  const w = word(j);
  if (!NAME_PARTICLES.has(w) && !(CAPITAL_PARTICLE.test(w) && NAME_PARTICLES.has(word(j + 1)))) return null;
  let k = j;
  while (k < n && NAME_PARTICLES.has(word(k).toLowerCase()) && spaced(k + 1)) k++;
  return k === j || k >= n || !/^\p{Lu}/u.test(word(k)) ? -1 : k;
}

/**
 * Whether a two-word name (words `first`, `last`, the second a surname) may take the next word as one more surname
 * ("Recep Tayyip Erdogan"): not when either word ends in s, which is a genitive more often than a name ("Frank
 * Stronachs Partei"). The stage's own tests of the next word follow.
 */
export function mayCloseWithSurname(first: number, last: number, surname: boolean, word: (k: number) => string): boolean {
  return surname && last - first === 1 && !/s$/.test(word(last)) && !/s$/.test(word(last + 1));
}
